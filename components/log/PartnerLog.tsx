import { useEffect, useState } from 'preact/hooks';
import { isDueOn } from '../../lib/model/cadence';
import { dayNumber, formatDay, relativeDay } from '../../lib/model/days';
import type { LogEntryInput } from '../../lib/model/log-entry';
import type { Partner } from '../../lib/model/partner';
import { EntryList, ENTRY_ROW_HEIGHT } from './EntryRow';
import { EntryScreens, followupHandlers, type Notify } from './EntryScreens';
import { FollowupForm } from './FollowupForm';
import { FollowupList } from './FollowupList';
import type { EntryScreen, LogActions, LogData } from './types';

/** Rows the timeline box shows before it scrolls. */
const VISIBLE_ROWS = 6;
const QUICK_KINDS = [
  ['call', 'Log a call'],
  ['email', 'Log an email'],
  ['visit', 'Log a visit'],
] as const;

const TEXT = {
  entryRegion: 'Contact log entry',
  region: 'Contact log',
  loading: 'Loading the contact log…',
  heading: (n: number) => `Contact log (${n})`,
  logContact: 'Log contact',
  quick: 'Quick:',
  logPage: 'Log this page',
  back: (name: string) => `${name} timeline`,
  lastContact: (relative: string, day: string) => `Last contact ${relative} (${day}).`,
  never: 'No contact logged yet.',
  overdueBy: (n: number) => `Overdue for contact by ${n} ${n === 1 ? 'day' : 'days'}.`,
  due: 'Due for contact.',
  dueWithin: (n: number) => `Next contact due within ${n} days.`,
  openFollowups: (n: number) => `Open follow-ups (${n})`,
  addFollowup: 'Add follow-up',
  with: (name: string) => `With ${name}`,
  openWith: (name: string) => `Open follow-ups with ${name}`,
  timeline: 'Timeline',
  timelineWith: (name: string) => `Timeline with ${name}`,
  noneWith: (name: string) => `No meetings, calls or emails logged with ${name} yet.`,
};

interface Props {
  partner: Partner;
  data: LogData;
  actions: LogActions;
  notify: Notify;
}

/** The partner page's contact log: status, `Log contact`, open follow-ups and the timeline. */
export function PartnerLog({ partner, data, actions, notify }: Props) {
  const [screen, setScreen] = useState<EntryScreen>({ name: 'none' });
  const [addingFollowup, setAddingFollowup] = useState(false);
  useEffect(() => setScreen({ name: 'none' }), [partner.id]);
  const handlers = followupHandlers(actions, notify);

  if (screen.name !== 'none') {
    return (
      <section class="section partner-log" aria-label={TEXT.entryRegion}>
        <EntryScreens
          data={data}
          actions={actions}
          notify={notify}
          screen={screen}
          setScreen={setScreen}
          backLabel={TEXT.back(partner.name)}
        />
      </section>
    );
  }
  if (!data.ready) {
    return (
      <section class="section partner-log" aria-label={TEXT.region}>
        <p class="muted" role="status">
          {TEXT.loading}
        </p>
      </section>
    );
  }
  const timeline = data.timelineOf(partner.id);
  const status = data.contactStatusOf(partner);
  const openFollowups = data.openFollowupsOf(partner.id);
  const last = status.lastContact ? dayNumber(status.lastContact) : null;
  const logNew = (prefill: Partial<LogEntryInput>) =>
    setScreen({ name: 'new', prefill: { partnerIds: [partner.id], ...prefill } });
  return (
    <section class="section partner-log" aria-labelledby="partner-log-title">
      <div class="section-header">
        <h3 id="partner-log-title">{TEXT.heading(timeline.length)}</h3>
        <button type="button" class="button primary" onClick={() => logNew({ kind: 'meeting' })}>
          {TEXT.logContact}
        </button>
      </div>
      <div class="actions quick-log">
        <span class="small muted">{TEXT.quick}</span>
        {QUICK_KINDS.map(([kind, label]) => (
          <button key={kind} type="button" class="button small" onClick={() => logNew({ kind })}>
            {label}
          </button>
        ))}
        <button
          type="button"
          class="button small"
          onClick={() =>
            void actions
              .prefillFromPage(partner.id)
              .then((prefill) => setScreen({ name: 'new', prefill }))
          }
        >
          {TEXT.logPage}
        </button>
      </div>
      <p class={`contact-status${status.overdue ? ' overdue' : ''}`}>
        {last !== null
          ? TEXT.lastContact(
              relativeDay(last, data.today),
              formatDay(status.lastContact!.slice(0, 10)),
            )
          : TEXT.never}{' '}
        {status.overdue
          ? Number.isFinite(status.daysOverdue)
            ? TEXT.overdueBy(status.daysOverdue)
            : TEXT.due
          : TEXT.dueWithin(status.cadenceDays - (status.daysSince ?? 0))}
      </p>
      <div class="section-header">
        <h4 class="subheading">{TEXT.openFollowups(openFollowups.length)}</h4>
        {!addingFollowup && (
          <button type="button" class="button small" onClick={() => setAddingFollowup(true)}>
            {TEXT.addFollowup}
          </button>
        )}
      </div>
      {addingFollowup && (
        <FollowupForm
          idPrefix="partner-fu"
          assignees={data.assignees}
          context={TEXT.with(partner.name)}
          onCancel={() => setAddingFollowup(false)}
          onSave={(input) => {
            handlers.add({ ...input, partnerId: partner.id });
            setAddingFollowup(false);
          }}
        />
      )}
      {openFollowups.length > 0 && (
        <FollowupList
          followups={openFollowups}
          label={TEXT.openWith(partner.name)}
          daysOverdue={data.daysOverdue}
          isDueToday={(f) => isDueOn(f, data.today)}
          partnerName={() => undefined}
          sourceTitle={(f) => (f.logEntryId ? data.entry(f.logEntryId)?.title : undefined)}
          onToggle={handlers.toggle}
          onOpenSource={(f) =>
            f.logEntryId && setScreen({ name: 'entry', id: f.logEntryId, followup: f.id })
          }
        />
      )}
      <h4 class="subheading">{TEXT.timeline}</h4>
      {timeline.length === 0 ? (
        <p class="muted">{TEXT.noneWith(partner.name)}</p>
      ) : (
        <div
          class="timeline-box"
          style={{ height: `${Math.min(timeline.length, VISIBLE_ROWS) * ENTRY_ROW_HEIGHT + 4}px` }}
        >
          <EntryList
            entries={timeline}
            label={TEXT.timelineWith(partner.name)}
            partnerName={data.partnerName}
            getEntry={data.entry}
            onOpen={(id) => setScreen({ name: 'entry', id })}
          />
        </div>
      )}
    </section>
  );
}
