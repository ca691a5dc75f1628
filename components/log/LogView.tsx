import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { focusKey, useScreenFocus } from '../common/screen-focus';
import { t, type MessageKey } from '../../lib/i18n';
import { mergeTimeline, type RecordHit } from '../../lib/model/timeline';
import { TimelineList } from '../timeline/RecordRow';
import { DueForContactList } from './DueForContactList';
import { dueSummary } from './due-summary';
import { EarlierEntries } from './earlier-entries';
import { EntryScreens, type Notify } from './EntryScreens';
import { FollowupsTab, type FollowupView } from './FollowupsTab';
import { EMPTY_FILTERS, TimelineFilters, type FilterState } from './TimelineFilters';
import type { EntryScreen, LogActions, LogData } from './types';

export type LogTab = 'timeline' | 'followups' | 'commitments' | 'due';

const TABS: [LogTab, MessageKey][] = [
  ['timeline', 'log.view.tab.timeline'],
  ['followups', 'log.view.tab.followups'],
  ['due', 'log.view.tab.due'],
];

/** With the agreements feature, its Commitments tab sits next to Follow-ups. */
const TABS_WITH_COMMITMENTS: [LogTab, MessageKey][] = [
  TABS[0]!,
  TABS[1]!,
  ['commitments', 'agreements.all.tab'],
  TABS[2]!,
];

/** Matches no partner: the filter names a partner that does not exist. */
const NO_PARTNER = '\u0000none';

/** The view's words, read in render so they follow the interface language. */
const TEXT = {
  heading: () => t('log.view.heading'),
  logContact: () => t('log.view.logContact'),
  addFollowup: () => t('log.view.addFollowup'),
  logPage: () => t('log.view.logPage'),
  tabs: () => t('log.view.tabs'),
  loading: () => t('log.view.loading'),
  dueList: () => t('log.due.list'),
  notYet: () => t('log.due.notYet'),
  overdue: (count: number) => t('log.view.overdue', { count }),
  count: (shown: number, total: number) =>
    shown === total
      ? t('log.view.count', { total })
      : t('log.view.countFiltered', { shown, total }),
  empty: () => t('log.view.empty'),
  emptyHint: () => t('log.view.emptyHint'),
  noMatch: () => t('log.view.noMatch'),
  records: (count: number) => t('timeline.search.records', { count }),
};

const NO_RECORDS: readonly RecordHit[] = [];

/** What a search across the other kinds of records is narrowed by (the timeline's filters). */
export interface RecordQuery {
  query: string;
  partnerId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

interface Props {
  data: LogData;
  actions: LogActions;
  notify: Notify;
  /** A follow-up a reminder asked to show ('' for the list alone), or null; cleared once shown. */
  requestedFollowup?: string | null | undefined;
  onRequestHandled?: (() => void) | undefined;
  /** Every partner's commitments (the agreements feature), shown in a tab of its own. */
  commitmentsTab?: ComponentChildren;
  /** An entry another view asked to open (a goal's check-in links to its meeting), or null. */
  requestedEntry?: string | null | undefined;
  /** A tab another view asked for (the dashboard's links), or null; cleared once shown. */
  requestedTab?: 'due' | 'followups' | null | undefined;
  onTabRequestHandled?: (() => void) | undefined;
  onEntryRequestHandled?: (() => void) | undefined;
  /**
   * Commitments, concerns, feedback, contributions, stories and lessons holding the search words
   * (lib/state/partner-timeline), shown among the matching entries by date.
   */
  searchRecords?: ((query: RecordQuery) => readonly RecordHit[]) | undefined;
  /** Changes whenever one of those records does: the key their search is redone on. */
  recordsRevision?: string | undefined;
  /** Opens a found record where it lives (its partner's page). */
  onOpenRecord?: ((hit: RecordHit) => void) | undefined;
}

/** The contact log: its tabs (timeline, follow-ups, due for contact) and the entry screens. */
export function LogView({
  data,
  actions,
  notify,
  requestedFollowup,
  onRequestHandled,
  commitmentsTab,
  requestedEntry,
  requestedTab,
  onTabRequestHandled,
  onEntryRequestHandled,
  searchRecords,
  recordsRevision,
  onOpenRecord,
}: Props) {
  const [screen, setScreen] = useState<EntryScreen>({ name: 'none' });
  const [tab, setTab] = useState<LogTab>('timeline');
  const [followupView, setFollowupView] = useState<FollowupView>('open');
  const [filters, setFilters] = useState<FilterState>(EMPTY_FILTERS);
  const [addingFollowup, setAddingFollowup] = useState(false);
  const [pinned, setPinned] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useScreenFocus(heading, { focus: 'returning' });

  useEffect(() => {
    if (requestedFollowup === null || requestedFollowup === undefined) return;
    onRequestHandled?.();
    setScreen({ name: 'none' });
    setTab('followups');
    setFollowupView('open');
    setPinned(requestedFollowup || null);
  }, [requestedFollowup]);

  useEffect(() => {
    if (!requestedEntry) return;
    onEntryRequestHandled?.();
    setScreen({ name: 'entry', id: requestedEntry });
  }, [requestedEntry]);

  useEffect(() => {
    if (!requestedTab) return;
    onTabRequestHandled?.();
    setScreen({ name: 'none' });
    setTab(requestedTab);
    if (requestedTab === 'followups') setFollowupView('overdue');
  }, [requestedTab]);

  const partnerText = filters.partnerText.trim();
  const partnerId = partnerText ? (data.partnerIdByName(partnerText) ?? NO_PARTNER) : undefined;
  // A search over a district's log is not free: redo it only when the log or the filters change.
  const entries = useMemo(
    () =>
      data.timeline({
        query: filters.query,
        kinds: filters.kind ? [filters.kind] : undefined,
        partnerId,
        from: filters.from || undefined,
        to: filters.to || undefined,
      }),
    [data.timeline, data.revision, filters, partnerId],
  );
  // A log kind filter asks for contacts only; otherwise the words may be in any record.
  const recordQuery = filters.kind ? '' : filters.query.trim();
  const records = useMemo(
    () =>
      searchRecords && recordQuery
        ? searchRecords({
            query: recordQuery,
            partnerId,
            from: filters.from || undefined,
            to: filters.to || undefined,
          })
        : NO_RECORDS,
    [searchRecords, recordsRevision, recordQuery, partnerId, filters.from, filters.to],
  );
  const rows = useMemo(() => mergeTimeline(entries, records), [entries, records]);
  const partnerOptions = useMemo(
    () => (partnerText ? data.searchPartners(partnerText).map((p) => p.name) : []),
    [partnerText, data.searchPartners],
  );

  if (screen.name !== 'none') {
    return (
      <EntryScreens
        data={data}
        actions={actions}
        notify={notify}
        screen={screen}
        setScreen={setScreen}
        backLabel={TEXT.heading()}
      />
    );
  }

  const overdueCount = data.overdueFollowups.length;
  const due = tab === 'due' && data.ready ? data.dueForContact() : [];
  const notYet = tab === 'due' && data.ready ? data.notYetContacted() : [];
  const openPartnerTimeline = (partnerId: string) => {
    setFilters({ ...EMPTY_FILTERS, partnerText: data.partnerName(partnerId) ?? '' });
    setTab('timeline');
  };
  const logWith = (partnerId: string) =>
    setScreen({ name: 'new', prefill: { kind: 'call', partnerIds: [partnerId] } });
  const tabs = commitmentsTab ? TABS_WITH_COMMITMENTS : TABS;
  const selectTab = (next: LogTab) => {
    setTab(next);
    document.getElementById(`log-tab-${next}`)?.focus();
  };
  return (
    <section class="log-section" aria-labelledby="log-heading">
      <h2 id="log-heading" class="visually-hidden" ref={heading} tabIndex={-1}>
        {TEXT.heading()}
      </h2>
      <div class="toolbar">
        <div class="toolbar-actions">
          <button
            type="button"
            class="button primary"
            {...focusKey('log-contact')}
            onClick={() => setScreen({ name: 'new' })}
          >
            {TEXT.logContact()}
          </button>
          <button
            type="button"
            class="button"
            {...focusKey('log-add-followup')}
            onClick={() => {
              setTab('followups');
              setAddingFollowup(true);
            }}
          >
            {TEXT.addFollowup()}
          </button>
          <button
            type="button"
            class="button"
            onClick={() =>
              void actions.prefillFromPage().then((prefill) => setScreen({ name: 'new', prefill }))
            }
          >
            {TEXT.logPage()}
          </button>
        </div>
      </div>
      <div class="subtabs" role="tablist" aria-label={TEXT.tabs()}>
        {tabs.map(([key, label], index) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`log-tab-${key}`}
            aria-selected={tab === key}
            aria-controls="log-tabpanel"
            tabIndex={tab === key ? 0 : -1}
            class="subtab"
            onClick={() => setTab(key)}
            onKeyDown={(event) => {
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              event.preventDefault();
              selectTab(tabs[(index + step + tabs.length) % tabs.length]![0]);
            }}
          >
            {t(label)}
            {key === 'followups' && overdueCount > 0 && (
              <span class="count-badge" aria-label={TEXT.overdue(overdueCount)}>
                {overdueCount}
              </span>
            )}
          </button>
        ))}
      </div>
      <div
        id="log-tabpanel"
        role="tabpanel"
        aria-labelledby={`log-tab-${tab}`}
        class="log-tabpanel"
      >
        {tab === 'commitments' && commitmentsTab}
        {tab === 'timeline' && !data.ready && (
          <p class="count" role="status">
            {TEXT.loading()}
          </p>
        )}
        {tab === 'timeline' && data.ready && (
          <>
            <TimelineFilters
              value={filters}
              onChange={setFilters}
              partnerOptions={partnerOptions}
            />
            <p class="count" aria-live="polite">
              {TEXT.count(entries.length, data.size)}
              {records.length > 0 && ` ${TEXT.records(records.length)}`}
            </p>
            {data.size === 0 && records.length === 0 && !data.earlier?.next ? (
              <div class="empty-state">
                <p>{TEXT.empty()}</p>
                <p class="muted">{TEXT.emptyHint()}</p>
              </div>
            ) : rows.length === 0 ? (
              <>
                <p class="empty-state">{TEXT.noMatch()}</p>
                {data.earlier && <EarlierEntries earlier={data.earlier} />}
              </>
            ) : (
              <TimelineList<RecordHit>
                items={rows}
                label={TEXT.heading()}
                partnerName={data.partnerName}
                getEntry={data.entry}
                onOpenEntry={(id) => setScreen({ name: 'entry', id })}
                onOpenRecord={(hit) => onOpenRecord?.(hit)}
                recordPartner={(hit) =>
                  hit.partnerId ? data.partnerName(hit.partnerId) : undefined
                }
                footer={data.earlier && <EarlierEntries earlier={data.earlier} />}
              />
            )}
          </>
        )}
        {tab === 'followups' && (
          <FollowupsTab
            data={data}
            actions={actions}
            notify={notify}
            view={followupView}
            onView={setFollowupView}
            adding={addingFollowup}
            onAdding={setAddingFollowup}
            pinnedId={pinned}
            setScreen={setScreen}
          />
        )}
        {tab === 'due' && (
          <>
            <p class="count" aria-live="polite">
              {!data.ready ? TEXT.loading() : dueSummary(due.length, notYet.length)}
            </p>
            {due.length > 0 && (
              <DueForContactList
                statuses={due}
                label={TEXT.dueList()}
                onOpen={openPartnerTimeline}
                onLog={logWith}
              />
            )}
            {notYet.length > 0 && (
              <>
                <h3 class="subheading pad">{TEXT.notYet()}</h3>
                <DueForContactList
                  statuses={notYet}
                  label={TEXT.notYet()}
                  onOpen={openPartnerTimeline}
                  onLog={logWith}
                />
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
