import { useState } from 'preact/hooks';
import type { Followup } from '../../lib/model/followup';
import { MEETING_FORMAT_LABELS, type LogEntry } from '../../lib/model/log-entry';
import { FollowupForm, type AssigneeOption } from './FollowupForm';
import { FollowupList } from './FollowupList';
import { formatDay } from '../../lib/model/days';
import { KIND_ICONS, kindLabel } from './format';
import type { FollowupInput } from '../../lib/model/followup';
import type { EntryExport } from './log-export';

export interface LogEntryDetailProps {
  entry: LogEntry;
  partners: { id: string; name: string }[];
  people: string[];
  goals: string[];
  followups: Followup[];
  assignees: AssigneeOption[];
  daysOverdue: (f: Followup) => number;
  isDueToday: (f: Followup) => boolean;
  onBack: () => void;
  backLabel: string;
  onEdit: () => void;
  /** Asks to delete the entry (the caller confirms first). */
  onDelete: () => void;
  onOpenPartner?: ((id: string) => void) | undefined;
  onAddFollowup: (input: FollowupInput) => void;
  onToggleFollowup: (f: Followup) => void;
  onExport: (what: EntryExport) => void;
  /** Follow-up to point at (opened from a link). */
  highlightedFollowup?: string | undefined;
}

/** One entry: what happened, the agenda with its minutes, follow-ups, and exports. */
export function LogEntryDetail(props: LogEntryDetailProps) {
  const { entry } = props;
  const [adding, setAdding] = useState<{ agendaItemId?: string; text?: string } | null>(null);
  const meeting = entry.meeting;
  const attendees = [...props.people, ...(meeting?.attendeeNames ?? [])];
  const followupsOf = (itemId?: string) =>
    props.followups.filter((f) =>
      itemId
        ? f.agendaItemId === itemId
        : !f.agendaItemId || !entry.agenda.some((i) => i.id === f.agendaItemId),
    );
  const form = (agendaItemId?: string, context?: string) => (
    <FollowupForm
      idPrefix={`fu-${agendaItemId ?? 'entry'}`}
      assignees={props.assignees}
      context={context}
      onCancel={() => setAdding(null)}
      onSave={(input) => {
        props.onAddFollowup({
          ...input,
          logEntryId: entry.id,
          ...(agendaItemId ? { agendaItemId } : {}),
          ...(entry.partnerIds[0] ? { partnerId: entry.partnerIds[0] } : {}),
        });
        setAdding(null);
      }}
    />
  );
  const list = (items: Followup[], label: string) =>
    items.length > 0 && (
      <FollowupList
        followups={items}
        label={label}
        daysOverdue={props.daysOverdue}
        isDueToday={props.isDueToday}
        partnerName={() => undefined}
        sourceTitle={() => undefined}
        onToggle={props.onToggleFollowup}
        highlightedId={props.highlightedFollowup}
      />
    );

  return (
    <article class="detail log-detail" aria-labelledby="entry-title">
      <div class="detail-nav">
        <button type="button" class="button link" onClick={props.onBack}>
          ← {props.backLabel}
        </button>
      </div>
      <header class="detail-header">
        <span class={`kind-badge large kind-${entry.kind}`} aria-hidden="true">
          {KIND_ICONS[entry.kind]}
        </span>
        <div>
          <h2 id="entry-title">{entry.title}</h2>
          <p class="muted">
            {kindLabel(entry.kind)} · {formatDay(entry.date)}
            {meeting ? ` · ${MEETING_FORMAT_LABELS[meeting.format]}` : ''}
          </p>
        </div>
      </header>
      <div class="actions">
        <button type="button" class="button" onClick={props.onEdit}>
          Edit entry
        </button>
        <details class="menu">
          <summary class="button">Export</summary>
          <div class="menu-items">
            {entry.kind === 'meeting' && (
              <>
                <button
                  type="button"
                  class="button small"
                  onClick={() => props.onExport('copy-agenda')}
                >
                  Copy agenda
                </button>
                <button type="button" class="button small" onClick={() => props.onExport('agenda')}>
                  Download agenda (.md)
                </button>
              </>
            )}
            <button
              type="button"
              class="button small"
              onClick={() => props.onExport('copy-minutes')}
            >
              Copy minutes
            </button>
            <button type="button" class="button small" onClick={() => props.onExport('minutes')}>
              Download minutes (.md)
            </button>
            <button type="button" class="button small" onClick={() => props.onExport('ics')}>
              Download calendar event (.ics)
            </button>
          </div>
        </details>
        <button type="button" class="button danger" onClick={props.onDelete}>
          Delete entry
        </button>
      </div>
      <dl class="contact-list">
        {props.partners.length > 0 && (
          <>
            <dt>Partners</dt>
            <dd>
              {props.partners.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ', '}
                  {props.onOpenPartner ? (
                    <button
                      type="button"
                      class="button link inline"
                      onClick={() => props.onOpenPartner?.(p.id)}
                    >
                      {p.name}
                    </button>
                  ) : (
                    p.name
                  )}
                </span>
              ))}
            </dd>
          </>
        )}
        {attendees.length > 0 && (
          <>
            <dt>{entry.kind === 'meeting' ? 'Attendees' : 'People'}</dt>
            <dd>{attendees.join(', ')}</dd>
          </>
        )}
        {meeting?.location && (
          <>
            <dt>{/^https?:/i.test(meeting.location) ? 'Link' : 'Where'}</dt>
            <dd>
              {/^https?:\/\//i.test(meeting.location) ? (
                <a href={meeting.location} target="_blank" rel="noopener noreferrer">
                  {meeting.location}
                </a>
              ) : (
                meeting.location
              )}
            </dd>
          </>
        )}
        {entry.sourceUrl && /^https?:\/\//i.test(entry.sourceUrl) && (
          <>
            <dt>Page</dt>
            <dd>
              <a href={entry.sourceUrl} target="_blank" rel="noopener noreferrer">
                {entry.sourceUrl.replace(/^https?:\/\//, '').slice(0, 60)}
              </a>
            </dd>
          </>
        )}
        {props.goals.length > 0 && (
          <>
            <dt>Goals</dt>
            <dd>{props.goals.join(', ')}</dd>
          </>
        )}
      </dl>

      {entry.kind === 'meeting' && (
        <section class="section" aria-labelledby="agenda-heading">
          <h3 id="agenda-heading">Agenda</h3>
          {entry.agenda.length === 0 ? (
            <p class="muted">No agenda items.</p>
          ) : (
            <ol class="agenda-view">
              {entry.agenda.map((item) => (
                <li key={item.id} id={`agenda-${item.id}`}>
                  <strong>{item.text}</strong>
                  {item.notes && <p class="description">{item.notes}</p>}
                  {item.decisions.length > 0 && (
                    <ul class="decisions" aria-label={`Decisions on ${item.text}`}>
                      {item.decisions.map((d) => (
                        <li key={d}>{d}</li>
                      ))}
                    </ul>
                  )}
                  {list(followupsOf(item.id), `Follow-ups from ${item.text}`)}
                  {adding?.agendaItemId === item.id ? (
                    form(item.id, `From agenda item “${item.text}”`)
                  ) : (
                    <button
                      type="button"
                      class="button link"
                      aria-label={`Add follow-up for ${item.text}`}
                      onClick={() => setAdding({ agendaItemId: item.id })}
                    >
                      + Follow-up
                    </button>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      {entry.notes && (
        <section class="section" aria-labelledby="notes-heading">
          <h3 id="notes-heading">Notes</h3>
          <p class="description">{entry.notes}</p>
        </section>
      )}
      {entry.decisions.length > 0 && (
        <section class="section" aria-labelledby="decisions-heading">
          <h3 id="decisions-heading">Decisions</h3>
          <ul class="decisions">
            {entry.decisions.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </section>
      )}
      <section class="section" aria-labelledby="entry-followups-heading">
        <div class="section-header">
          <h3 id="entry-followups-heading">Follow-ups</h3>
          {!adding && (
            <button type="button" class="button" onClick={() => setAdding({})}>
              Add follow-up
            </button>
          )}
        </div>
        {adding && !adding.agendaItemId && form()}
        {list(followupsOf(), 'Follow-ups')}
        {props.followups.length === 0 && !adding && <p class="muted">No follow-ups yet.</p>}
      </section>
    </article>
  );
}
