import { useRef, useState } from 'preact/hooks';
import { focusKey, returnFocusTo, useScreenFocus } from '../common/screen-focus';
import type { Followup } from '../../lib/model/followup';
import { t } from '../../lib/i18n';
import type { LogEntry } from '../../lib/model/log-entry';
import { FollowupForm, type AssigneeOption } from './FollowupForm';
import { FollowupList } from './FollowupList';
import { entryDate, formatLabel, kindIcon, kindLabel } from './format';
import type { FollowupInput } from '../../lib/model/followup';
import { meetingCheckinText, type EntryExport } from './log-export';
import type { AgendaGoal } from '../../lib/model/meeting-checkins';
import { CheckinForm } from '../goals/CheckinForm';

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
  /** Agenda items linked to goals, with the check-ins recorded from them in this meeting. */
  agendaGoals?: AgendaGoal[] | undefined;
  onRecordCheckin?:
    | ((goal: AgendaGoal, checkin: { date: string; value: number; note?: string }) => void)
    | undefined;
}

/** One entry: what happened, the agenda with its minutes, follow-ups, and exports. */
export function LogEntryDetail(props: LogEntryDetailProps) {
  const { entry } = props;
  const [adding, setAdding] = useState<{ agendaItemId?: string; text?: string } | null>(null);
  const [checkingIn, setCheckingIn] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useScreenFocus(heading, { focus: 'heading', key: entry.id });
  const closeCheckinForm = () => {
    returnFocusTo(`record-checkin:${checkingIn}`);
    setCheckingIn(null);
  };
  const closeFollowupForm = () => {
    returnFocusTo(`add-followup:${adding?.agendaItemId ?? 'entry'}`);
    setAdding(null);
  };
  const goalOf = (itemId: string) => props.agendaGoals?.find((g) => g.agendaItemId === itemId);
  const checkins = (goal: AgendaGoal) => (
    <>
      {goal.checkins.length > 0 && (
        <ul class="decisions" aria-label={t('log.detail.checkinsOn', { goal: goal.title })}>
          {goal.checkins.map((checkin) => (
            <li key={checkin.id}>{meetingCheckinText(goal, checkin)}</li>
          ))}
        </ul>
      )}
      {checkingIn === goal.agendaItemId ? (
        <CheckinForm
          unit={goal.unit}
          initialDate={entry.date.slice(0, 10)}
          onCancel={closeCheckinForm}
          onSave={(checkin) => {
            props.onRecordCheckin?.(goal, checkin);
            closeCheckinForm();
          }}
        />
      ) : (
        props.onRecordCheckin && (
          <button
            type="button"
            class="button link"
            {...focusKey(`record-checkin:${goal.agendaItemId}`)}
            aria-label={t('log.detail.recordCheckinFor', { goal: goal.title })}
            onClick={() => setCheckingIn(goal.agendaItemId)}
          >
            {t('log.detail.recordCheckin')}
          </button>
        )
      )}
    </>
  );
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
      onCancel={closeFollowupForm}
      onSave={(input) => {
        props.onAddFollowup({
          ...input,
          logEntryId: entry.id,
          ...(agendaItemId ? { agendaItemId } : {}),
          ...(entry.partnerIds[0] ? { partnerId: entry.partnerIds[0] } : {}),
        });
        closeFollowupForm();
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
          {kindIcon(entry.kind)}
        </span>
        <div>
          <h2 id="entry-title" ref={heading} tabIndex={-1}>
            {entry.title}
          </h2>
          <p class="muted">
            {kindLabel(entry.kind)} · {entryDate(entry.date)}
            {meeting ? ` · ${formatLabel(meeting.format)}` : ''}
          </p>
        </div>
      </header>
      <div class="actions">
        <button type="button" class="button" {...focusKey('edit-entry')} onClick={props.onEdit}>
          {t('log.detail.edit')}
        </button>
        <details class="menu">
          <summary class="button">{t('log.detail.export')}</summary>
          <div class="menu-items">
            {entry.kind === 'meeting' && (
              <>
                <button
                  type="button"
                  class="button small"
                  onClick={() => props.onExport('copy-agenda')}
                >
                  {t('log.detail.copyAgenda')}
                </button>
                <button type="button" class="button small" onClick={() => props.onExport('agenda')}>
                  {t('log.detail.downloadAgenda')}
                </button>
              </>
            )}
            <button
              type="button"
              class="button small"
              onClick={() => props.onExport('copy-minutes')}
            >
              {t('log.detail.copyMinutes')}
            </button>
            <button type="button" class="button small" onClick={() => props.onExport('minutes')}>
              {t('log.detail.downloadMinutes')}
            </button>
            <button type="button" class="button small" onClick={() => props.onExport('ics')}>
              {t('log.detail.downloadIcs')}
            </button>
          </div>
        </details>
        <button type="button" class="button danger" onClick={props.onDelete}>
          {t('log.detail.delete')}
        </button>
      </div>
      <dl class="contact-list">
        {props.partners.length > 0 && (
          <>
            <dt>{t('log.detail.partners')}</dt>
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
            <dt>{entry.kind === 'meeting' ? t('log.detail.attendees') : t('log.detail.people')}</dt>
            <dd>{attendees.join(', ')}</dd>
          </>
        )}
        {meeting?.location && (
          <>
            <dt>
              {/^https?:/i.test(meeting.location) ? t('log.detail.link') : t('log.detail.where')}
            </dt>
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
            <dt>{t('log.detail.page')}</dt>
            <dd>
              <a href={entry.sourceUrl} target="_blank" rel="noopener noreferrer">
                {entry.sourceUrl.replace(/^https?:\/\//, '').slice(0, 60)}
              </a>
            </dd>
          </>
        )}
        {props.goals.length > 0 && (
          <>
            <dt>{t('log.detail.goals')}</dt>
            <dd>{props.goals.join(', ')}</dd>
          </>
        )}
      </dl>

      {entry.kind === 'meeting' && (
        <section class="section" aria-labelledby="agenda-heading">
          <h3 id="agenda-heading">{t('log.detail.agenda')}</h3>
          {entry.agenda.length === 0 ? (
            <p class="muted">{t('log.detail.noAgenda')}</p>
          ) : (
            <ol class="agenda-view">
              {entry.agenda.map((item) => (
                <li key={item.id} id={`agenda-${item.id}`}>
                  <strong>{item.text}</strong>
                  {item.notes && <p class="description">{item.notes}</p>}
                  {item.decisions.length > 0 && (
                    <ul
                      class="decisions"
                      aria-label={t('log.detail.decisionsOn', { item: item.text })}
                    >
                      {item.decisions.map((d) => (
                        <li key={d}>{d}</li>
                      ))}
                    </ul>
                  )}
                  {goalOf(item.id) && checkins(goalOf(item.id)!)}
                  {list(followupsOf(item.id), t('log.detail.followupsFrom', { item: item.text }))}
                  {adding?.agendaItemId === item.id ? (
                    form(item.id, t('log.detail.fromAgendaItem', { item: item.text }))
                  ) : (
                    <button
                      type="button"
                      class="button link"
                      {...focusKey(`add-followup:${item.id}`)}
                      aria-label={t('log.detail.addFollowupFor', { item: item.text })}
                      onClick={() => setAdding({ agendaItemId: item.id })}
                    >
                      {t('log.detail.followupShort')}
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
          <h3 id="notes-heading">{t('log.detail.notes')}</h3>
          <p class="description">{entry.notes}</p>
        </section>
      )}
      {entry.decisions.length > 0 && (
        <section class="section" aria-labelledby="decisions-heading">
          <h3 id="decisions-heading">{t('log.detail.decisions')}</h3>
          <ul class="decisions">
            {entry.decisions.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </section>
      )}
      <section class="section" aria-labelledby="entry-followups-heading">
        <div class="section-header">
          <h3 id="entry-followups-heading">{t('log.detail.followups')}</h3>
          {!adding && (
            <button
              type="button"
              class="button"
              {...focusKey('add-followup:entry')}
              onClick={() => setAdding({})}
            >
              {t('log.detail.addFollowup')}
            </button>
          )}
        </div>
        {adding && !adding.agendaItemId && form()}
        {list(followupsOf(), t('log.detail.followups'))}
        {props.followups.length === 0 && !adding && (
          <p class="muted">{t('log.detail.noFollowups')}</p>
        )}
      </section>
    </article>
  );
}
