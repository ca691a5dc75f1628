import { useEffect, useRef, useState } from 'preact/hooks';
import { focusKey, returnFocusTo, useScreenFocus } from '../common/screen-focus';
import { isDueOn } from '../../lib/model/cadence';
import { formatDay, formatRelativeDay, t } from '../../lib/i18n';
import { dayNumber } from '../../lib/model/days';
import type { LogEntryInput } from '../../lib/model/log-entry';
import type { Partner } from '../../lib/model/partner';
import {
  sectionOf,
  showTimeline,
  type RecordEvent,
  type TimelineShow,
} from '../../lib/model/timeline';
import { revealRecord } from '../timeline/reveal-record';
import { TimelineList } from '../timeline/RecordRow';
import { ShowFilter } from '../timeline/ShowFilter';
import { ENTRY_ROW_HEIGHT } from './EntryRow';
import { EarlierEntries } from './earlier-entries';
import { EntryScreens, followupHandlers, type Notify } from './EntryScreens';
import { FollowupForm } from './FollowupForm';
import { FollowupList } from './FollowupList';
import type { EntryScreen, LogActions, LogData } from './types';

/** Rows the timeline box shows before it scrolls. */
const VISIBLE_ROWS = 6;
const QUICK_KINDS = [
  ['call', 'log.partner.logCall'],
  ['email', 'log.partner.logEmail'],
  ['visit', 'log.partner.logVisit'],
] as const;

/** The section's words, read in render so they follow the interface language. */
const TEXT = {
  entryRegion: () => t('log.partner.entryRegion'),
  region: () => t('log.partner.region'),
  loading: () => t('log.view.loading'),
  heading: (count: number) => t('log.partner.heading', { count }),
  logContact: () => t('log.partner.logContact'),
  quick: () => t('log.partner.quick'),
  logPage: () => t('log.partner.logPage'),
  back: (name: string) => t('log.partner.back', { name }),
  lastContact: (relative: string, day: string) => t('log.partner.lastContact', { relative, day }),
  never: () => t('log.partner.never'),
  overdueBy: (days: number) => t('log.partner.overdueBy', { days }),
  due: () => t('log.partner.due'),
  dueWithin: (days: number) => t('log.partner.dueWithin', { days }),
  openFollowups: (count: number) => t('log.partner.openFollowups', { count }),
  addFollowup: () => t('log.partner.addFollowup'),
  with: (name: string) => t('log.partner.with', { name }),
  openWith: (name: string) => t('log.partner.openWith', { name }),
  timeline: () => t('log.partner.timeline'),
  timelineWith: (name: string) => t('log.partner.timelineWith', { name }),
  noneWith: (name: string) => t('log.partner.noneWith', { name }),
  noneLoaded: (name: string) => t('log.partner.noneLoaded', { name }),
  noneShown: (name: string) => t('timeline.none', { name }),
};

interface Props {
  partner: Partner;
  data: LogData;
  actions: LogActions;
  notify: Notify;
  /**
   * The partner's accountability and value records as dated events (lib/state/partner-timeline):
   * merged into the timeline by date, each opening its record on this page.
   */
  recordEvents?: readonly RecordEvent[] | undefined;
}

/** The partner page's contact log: status, `Log contact`, open follow-ups and the timeline. */
export function PartnerLog({ partner, data, actions, notify, recordEvents }: Props) {
  const [screen, setScreen] = useState<EntryScreen>({ name: 'none' });
  const [show, setShow] = useState<TimelineShow>('all');
  const [addingFollowup, setAddingFollowup] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useScreenFocus(heading, { focus: 'returning' });
  const closeFollowupForm = () => {
    returnFocusTo('partner-add-followup');
    setAddingFollowup(false);
  };
  useEffect(() => setScreen({ name: 'none' }), [partner.id]);
  const handlers = followupHandlers(actions, notify);

  if (screen.name !== 'none') {
    return (
      <section class="section partner-log" aria-label={TEXT.entryRegion()}>
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
      <section class="section partner-log" aria-label={TEXT.region()}>
        <p class="muted" role="status">
          {TEXT.loading()}
        </p>
      </section>
    );
  }
  const timeline = data.timelineOf(partner.id);
  // The log part may be thousands of rows: one pass merges the partner's few records into it.
  const rows = recordEvents ? showTimeline(timeline, recordEvents, show) : timeline;
  const status = data.contactStatusOf(partner);
  const openFollowups = data.openFollowupsOf(partner.id);
  const last = status.lastContact ? dayNumber(status.lastContact) : null;
  const logNew = (prefill: Partial<LogEntryInput>) =>
    setScreen({ name: 'new', prefill: { partnerIds: [partner.id], ...prefill } });
  return (
    <section class="section partner-log" aria-labelledby="partner-log-title">
      <div class="section-header">
        <h3 id="partner-log-title" ref={heading} tabIndex={-1}>
          {TEXT.heading(timeline.length)}
        </h3>
        <button
          type="button"
          class="button primary"
          {...focusKey('log-contact')}
          onClick={() => logNew({ kind: 'meeting' })}
        >
          {TEXT.logContact()}
        </button>
      </div>
      <div class="actions quick-log">
        <span class="small muted">{TEXT.quick()}</span>
        {QUICK_KINDS.map(([kind, label]) => (
          <button key={kind} type="button" class="button small" onClick={() => logNew({ kind })}>
            {t(label)}
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
          {TEXT.logPage()}
        </button>
      </div>
      <p class={`contact-status${status.overdue ? ' overdue' : ''}`}>
        {last !== null
          ? TEXT.lastContact(
              formatRelativeDay(last, data.today),
              formatDay(status.lastContact!.slice(0, 10), { weekday: true }),
            )
          : TEXT.never()}{' '}
        {status.overdue
          ? Number.isFinite(status.daysOverdue)
            ? TEXT.overdueBy(status.daysOverdue)
            : TEXT.due()
          : TEXT.dueWithin(status.cadenceDays - (status.daysSince ?? 0))}
      </p>
      <div class="section-header">
        <h4 class="subheading">{TEXT.openFollowups(openFollowups.length)}</h4>
        {!addingFollowup && (
          <button
            type="button"
            class="button small"
            {...focusKey('partner-add-followup')}
            onClick={() => setAddingFollowup(true)}
          >
            {TEXT.addFollowup()}
          </button>
        )}
      </div>
      {addingFollowup && (
        <FollowupForm
          idPrefix="partner-fu"
          assignees={data.assignees}
          context={TEXT.with(partner.name)}
          onCancel={closeFollowupForm}
          onSave={(input) => {
            handlers.add({ ...input, partnerId: partner.id });
            closeFollowupForm();
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
      <div class="timeline-heading">
        <h4 class="subheading">{TEXT.timeline()}</h4>
        {recordEvents && <ShowFilter id="partner-timeline-show" value={show} onChange={setShow} />}
      </div>
      {rows.length === 0 ? (
        <p class="muted">
          {show === 'all' || show === 'contacts'
            ? data.earlier?.next
              ? TEXT.noneLoaded(partner.name)
              : TEXT.noneWith(partner.name)
            : TEXT.noneShown(partner.name)}
        </p>
      ) : (
        <div
          class="timeline-box"
          style={{ height: `${Math.min(rows.length, VISIBLE_ROWS) * ENTRY_ROW_HEIGHT + 4}px` }}
        >
          <TimelineList
            items={rows}
            label={TEXT.timelineWith(partner.name)}
            partnerName={data.partnerName}
            getEntry={data.entry}
            onOpenEntry={(id) => setScreen({ name: 'entry', id })}
            onOpenRecord={(event) => revealRecord(sectionOf(event), event.recordId)}
          />
        </div>
      )}
      {data.earlier && <EarlierEntries earlier={data.earlier} />}
    </section>
  );
}
