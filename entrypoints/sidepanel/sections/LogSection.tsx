import '../../../components/log/log.css';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { DueForContactList } from '../../../components/log/DueForContactList';
import { EntryList, ENTRY_ROW_HEIGHT } from '../../../components/log/EntryRow';
import { FollowupForm, type AssigneeOption } from '../../../components/log/FollowupForm';
import { FollowupList, FollowupRow } from '../../../components/log/FollowupList';
import { downloadText, formatLogDate } from '../../../components/log/format';
import { LogEntryDetail } from '../../../components/log/LogEntryDetail';
import { DeletedNotice } from '../../../components/trust/DeletedNotice';
import { LogEntryForm, type NamedRef } from '../../../components/log/LogEntryForm';
import { ReminderToggle } from '../../../components/log/ReminderToggle';
import {
  EMPTY_FILTERS,
  TimelineFilters,
  type FilterState,
} from '../../../components/log/TimelineFilters';
import { readGoalProgress, readGoalTitles, suggestAgendaItems } from '../../../lib/model/agenda';
import { dayNumber, relativeDay } from '../../../lib/model/days';
import { meetingToIcs } from '../../../lib/model/export-ics';
import {
  agendaMarkdown,
  exportFileName,
  minutesMarkdown,
} from '../../../lib/model/export-markdown';
import {
  addFollowup,
  setFollowupDone,
  type Followup,
  type FollowupInput,
} from '../../../lib/model/followup';
import {
  addLogEntry,
  restoreLogEntry,
  updateLogEntry,
  type LogEntry,
  type LogEntryInput,
} from '../../../lib/model/log-entry';
import type { Partner } from '../../../lib/model/partner';
import { requestedFollowup } from '../../../lib/reminders/open-request';
import { dailyRemindersItem } from '../../../lib/storage/reminder-settings';
import { logViewOf, type LogView } from '../../../lib/state/log-view';
import { findPageTab } from '../../../lib/extension/capture-tab';
import { usePanel } from '../panel-context';

const MAIL_HOSTS =
  /(^|\.)(mail\.google\.com|outlook\.(live|office|office365)\.com|mail\.yahoo\.com|proton\.me)$/;

/**
 * Quick capture: a log entry prefilled from the page in front of the user
 * (title, address, an email when it is a webmail tab) and, when the page is
 * a partner's website, that partner.
 */
async function prefillFromPage(
  partners: Iterable<Partner>,
  partnerId?: string,
): Promise<Partial<LogEntryInput>> {
  const tab = await findPageTab().catch(() => undefined);
  const url = tab?.url && /^https?:/i.test(tab.url) ? tab.url : undefined;
  const host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
  let match = partnerId;
  if (!match && host) {
    for (const partner of partners) {
      if (partner.website && new URL(partner.website).hostname.replace(/^www\./, '') === host) {
        match = partner.id;
        break;
      }
    }
  }
  return {
    kind: MAIL_HOSTS.test(host) ? 'email' : 'note',
    title: tab?.title?.slice(0, 200) ?? '',
    sourceUrl: url,
    partnerIds: match ? [match] : [],
  };
}

type EntryScreen =
  | { name: 'none' }
  | { name: 'new'; prefill?: Partial<LogEntryInput> }
  | { name: 'entry'; id: string; followup?: string }
  | { name: 'edit'; id: string };

/** Everything the log's screens need from the panel, shared by the Log section and the partner page. */
function useLogController() {
  const { session, settings, notify } = usePanel();
  const { doc } = session;
  const log: LogView = logViewOf(session);
  // Reading these signals subscribes the calling component to changes.
  void log.changes.value;
  void log.followups.changes.value;
  void session.sortedPartners.value;

  const partnerName = useCallback((id: string) => session.partners.get(id)?.name, [session]);
  const searchPartners = useCallback(
    (query: string): NamedRef[] =>
      session
        .searchPartners(query)
        .slice(0, 20)
        .map((p) => ({ id: p.id, name: p.name })),
    [session],
  );
  const peopleByPartner = session.peopleByPartner.value;
  const peopleOf = useCallback(
    (partnerIds: readonly string[]) =>
      partnerIds.flatMap((id) =>
        (peopleByPartner.get(id) ?? []).map((p) => ({ id: p.id, name: p.name })),
      ),
    [peopleByPartner],
  );
  const assignees = useMemo<AssigneeOption[]>(() => {
    const me = settings.displayName ? [{ name: settings.displayName }] : [];
    const people = [...session.people.live()]
      .slice(0, 2000)
      .map((p) => ({ id: p.id, name: p.name }));
    return [...me, ...people];
  }, [session, settings.displayName, peopleByPartner]);
  const goals = useMemo(() => readGoalTitles(doc), [doc, log.changes.value]);
  const suggest = useCallback(
    (state: {
      partnerIds: string[];
      goalIds: string[];
      agenda: { source?: { kind: 'followup' | 'goal'; id: string } | undefined }[];
    }) =>
      suggestAgendaItems({
        partnerIds: state.partnerIds,
        followups: log.openFollowups.value,
        goals: readGoalProgress(doc, state.goalIds),
        agenda: state.agenda,
        partnersOfEntry: (id) => log.entry(id)?.partnerIds,
      }),
    [doc, log],
  );

  const names = (entry: LogEntry) => ({
    partners: entry.partnerIds.map(partnerName).filter((n): n is string => Boolean(n)),
    people: entry.personIds
      .map((id) => session.people.get(id)?.name)
      .filter((n): n is string => Boolean(n)),
    goals: readGoalProgress(doc, entry.goalIds).map((g) => g.title),
  });

  const save = (input: LogEntryInput, editingId?: string): string => {
    if (editingId) {
      session.act(() => updateLogEntry(doc, editingId, input));
      notify({
        text: `Saved ${input.title}.`,
        actionLabel: 'Undo',
        onAction: () => session.undo(),
      });
      return editingId;
    }
    const { id } = session.act(() =>
      addLogEntry(doc, { ...input, createdBy: settings.displayName || undefined }),
    );
    notify({ text: `Logged ${input.title}.`, actionLabel: 'Undo', onAction: () => session.undo() });
    return id;
  };
  const addFollowupAction = (input: FollowupInput) => {
    session.act(() => addFollowup(doc, { ...input, createdBy: settings.displayName || undefined }));
    notify({ text: 'Follow-up added.', actionLabel: 'Undo', onAction: () => session.undo() });
  };
  const toggleFollowup = (f: Followup) => {
    session.act(() => setFollowupDone(doc, f.id, !f.done));
    notify({
      text: f.done ? `Reopened “${f.text}”.` : `Done: “${f.text}”.`,
      actionLabel: 'Undo',
      onAction: () => session.undo(),
    });
  };
  const exportEntry = (
    entry: LogEntry,
    what: 'copy-agenda' | 'copy-minutes' | 'agenda' | 'minutes' | 'ics',
  ) => {
    const n = names(entry);
    const followups = log.followupsOf(entry.id);
    if (what === 'ics') {
      const ics = meetingToIcs(entry, {
        attendees: [...n.people, ...(entry.meeting?.attendeeNames ?? [])],
        description: entry.notes,
      });
      downloadText(exportFileName(entry, '', 'ics'), ics, 'text/calendar');
      return;
    }
    const markdown = what.endsWith('agenda')
      ? agendaMarkdown(entry, n)
      : minutesMarkdown(entry, n, followups);
    if (what.startsWith('copy-')) {
      navigator.clipboard.writeText(markdown).then(
        () =>
          notify({
            text:
              what === 'copy-agenda' ? 'Agenda copied as Markdown.' : 'Minutes copied as Markdown.',
          }),
        () => notify({ text: 'The clipboard is not available here; use Download instead.' }),
      );
    } else {
      downloadText(exportFileName(entry, what, 'md'), markdown, 'text/markdown');
    }
  };
  return {
    session,
    log,
    partnerName,
    searchPartners,
    peopleOf,
    assignees,
    goals,
    suggest,
    names,
    save,
    addFollowup: addFollowupAction,
    toggleFollowup,
    exportEntry,
    today: log.today.value,
  };
}

type Controller = ReturnType<typeof useLogController>;

/** New, edit and detail screens for one entry; shared by the Log section and the partner page. */
function EntryScreens({
  ctl,
  screen,
  setScreen,
  backLabel,
  onOpenPartner,
}: {
  ctl: Controller;
  screen: Exclude<EntryScreen, { name: 'none' }>;
  setScreen: (screen: EntryScreen) => void;
  backLabel: string;
  onOpenPartner?: (id: string) => void;
}) {
  const formProps = {
    searchPartners: ctl.searchPartners,
    partnerName: ctl.partnerName,
    peopleOf: ctl.peopleOf,
    goals: ctl.goals,
    suggest: ctl.suggest,
  };
  if (screen.name === 'new') {
    return (
      <LogEntryForm
        {...formProps}
        prefill={screen.prefill}
        onCancel={() => setScreen({ name: 'none' })}
        onSave={(input) => setScreen({ name: 'entry', id: ctl.save(input) })}
      />
    );
  }
  const entry = ctl.log.entry(screen.id);
  if (!entry) {
    return (
      <div class="empty-state">
        <p>This entry no longer exists.</p>
        <button type="button" class="button" onClick={() => setScreen({ name: 'none' })}>
          {backLabel}
        </button>
      </div>
    );
  }
  if (entry.deletedAt !== undefined) {
    return (
      <DeletedNotice
        title={entry.title}
        what="log entry"
        deletedAt={entry.deletedAt}
        deletedBy={entry.deletedBy}
        backLabel={backLabel}
        onBack={() => setScreen({ name: 'none' })}
        onRestore={() => ctl.session.act(() => restoreLogEntry(ctl.session.doc, entry.id))}
      />
    );
  }
  if (screen.name === 'edit') {
    return (
      <LogEntryForm
        {...formProps}
        key={entry.id}
        initial={entry}
        onCancel={() => setScreen({ name: 'entry', id: entry.id })}
        onSave={(input) => setScreen({ name: 'entry', id: ctl.save(input, entry.id) })}
      />
    );
  }
  const today = ctl.today;
  return (
    <LogEntryDetail
      entry={entry}
      partners={entry.partnerIds.map((id) => ({
        id,
        name: ctl.partnerName(id) ?? 'Deleted partner',
      }))}
      people={ctl.names(entry).people}
      goals={ctl.names(entry).goals}
      followups={ctl.log.followupsOf(entry.id)}
      assignees={ctl.assignees}
      daysOverdue={(f) => ctl.log.daysOverdue(f)}
      isDueToday={(f) => !f.done && !!f.due && dayNumber(f.due) === today}
      backLabel={backLabel}
      onBack={() => setScreen({ name: 'none' })}
      onEdit={() => setScreen({ name: 'edit', id: entry.id })}
      onOpenPartner={onOpenPartner}
      onAddFollowup={ctl.addFollowup}
      onToggleFollowup={ctl.toggleFollowup}
      onExport={(what) => ctl.exportEntry(entry, what)}
      highlightedFollowup={screen.followup}
    />
  );
}

type Tab = 'timeline' | 'followups' | 'due';
type FollowupView = 'open' | 'mine' | 'overdue' | 'done';
const TABS: [Tab, string][] = [
  ['timeline', 'Timeline'],
  ['followups', 'Follow-ups'],
  ['due', 'Due for contact'],
];
const FOLLOWUP_VIEWS: [FollowupView, string][] = [
  ['open', 'All open'],
  ['mine', 'My follow-ups'],
  ['overdue', 'Overdue'],
  ['done', 'Done'],
];

export function LogSection() {
  const ctl = useLogController();
  const { log, session } = ctl;
  const { settings } = usePanel();
  const [screen, setScreen] = useState<EntryScreen>({ name: 'none' });
  const [tab, setTab] = useState<Tab>('timeline');
  const [followupView, setFollowupView] = useState<FollowupView>('open');
  const [filters, setFilters] = useState<FilterState>(EMPTY_FILTERS);
  const [addingFollowup, setAddingFollowup] = useState(false);
  const [pinned, setPinned] = useState<string | null>(null);

  const requested = requestedFollowup.value;
  useEffect(() => {
    if (requested === null) return;
    requestedFollowup.value = null;
    setScreen({ name: 'none' });
    setTab('followups');
    setFollowupView('open');
    setPinned(requested || null);
  }, [requested]);

  const partnerFilterId = useMemo(() => {
    const text = filters.partnerText.trim().toLowerCase();
    if (!text) return undefined;
    return (
      session.sortedPartners.value.find((p) => p.name.toLowerCase() === text)?.id ?? '\u0000none'
    );
  }, [filters.partnerText, session.sortedPartners.value]);
  const entries = useMemo(
    () =>
      log.timeline({
        query: filters.query,
        kinds: filters.kind ? [filters.kind] : undefined,
        partnerId: partnerFilterId,
        from: filters.from || undefined,
        to: filters.to || undefined,
      }),
    [log, log.changes.value, filters, partnerFilterId],
  );
  const partnerOptions = useMemo(
    () =>
      filters.partnerText.trim() ? ctl.searchPartners(filters.partnerText).map((p) => p.name) : [],
    [filters.partnerText, ctl.searchPartners],
  );

  if (screen.name !== 'none') {
    return <EntryScreens ctl={ctl} screen={screen} setScreen={setScreen} backLabel="Contact log" />;
  }

  const today = ctl.today;
  const me = settings.displayName.trim().toLowerCase();
  const open = log.openFollowups.value;
  const followups: Followup[] =
    followupView === 'overdue'
      ? log.overdueFollowups.value
      : followupView === 'mine'
        ? open.filter((f) =>
            me ? (f.assigneeName ?? (f.createdBy || '')).toLowerCase() === me : !f.assigneeName,
          )
        : followupView === 'done'
          ? [...log.followups.live()]
              .filter((f) => f.done)
              .sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0))
          : open;
  const overdueCount = log.overdueFollowups.value.length;
  const due =
    tab === 'due' && log.ready.value ? log.dueForContact(session.sortedPartners.value) : [];
  const pinnedFollowup = pinned ? log.followups.get(pinned) : undefined;
  const followupRowProps = {
    daysOverdue: (f: Followup) => log.daysOverdue(f),
    isDueToday: (f: Followup) => !f.done && !!f.due && dayNumber(f.due) === today,
    partnerName: (f: Followup) => {
      const partnerId =
        f.partnerId ?? (f.logEntryId ? log.entry(f.logEntryId)?.partnerIds[0] : undefined);
      return partnerId ? ctl.partnerName(partnerId) : undefined;
    },
    sourceTitle: (f: Followup) => (f.logEntryId ? log.entry(f.logEntryId)?.title : undefined),
    onToggle: ctl.toggleFollowup,
    onOpenSource: (f: Followup) =>
      f.logEntryId && setScreen({ name: 'entry', id: f.logEntryId, followup: f.id }),
  };

  return (
    <section class="log-section" aria-labelledby="log-heading">
      <h2 id="log-heading" class="visually-hidden">
        Contact log
      </h2>
      <div class="toolbar">
        <div class="toolbar-actions">
          <button type="button" class="button primary" onClick={() => setScreen({ name: 'new' })}>
            Log contact
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              setTab('followups');
              setAddingFollowup(true);
            }}
          >
            Add follow-up
          </button>
          <button
            type="button"
            class="button"
            onClick={() =>
              void prefillFromPage(session.partners.live()).then((prefill) =>
                setScreen({ name: 'new', prefill }),
              )
            }
          >
            Log this page
          </button>
        </div>
      </div>
      <div class="subtabs" role="tablist" aria-label="Contact log views">
        {TABS.map(([key, label]) => (
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
              const index = TABS.findIndex(([k]) => k === key);
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              event.preventDefault();
              const next = TABS[(index + step + TABS.length) % TABS.length]![0];
              setTab(next);
              document.getElementById(`log-tab-${next}`)?.focus();
            }}
          >
            {label}
            {key === 'followups' && overdueCount > 0 && (
              <span class="count-badge" aria-label={`${overdueCount} overdue`}>
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
        {tab === 'timeline' && !log.ready.value && (
          <p class="count" role="status">
            Loading the contact log…
          </p>
        )}
        {tab === 'timeline' && log.ready.value && (
          <>
            <TimelineFilters
              value={filters}
              onChange={setFilters}
              partnerOptions={partnerOptions}
            />
            <p class="count" aria-live="polite">
              {entries.length === log.size
                ? `${log.size} ${log.size === 1 ? 'entry' : 'entries'}`
                : `${entries.length} of ${log.size} entries`}
            </p>
            {log.size === 0 ? (
              <div class="empty-state">
                <p>No contacts logged yet.</p>
                <p class="muted">
                  Log a meeting, call, email or visit to start your partners’ timelines.
                </p>
              </div>
            ) : entries.length === 0 ? (
              <p class="empty-state">No entries match these filters.</p>
            ) : (
              <EntryList
                entries={entries}
                label="Contact log"
                partnerName={ctl.partnerName}
                getEntry={log.getEntry}
                onOpen={(id) => setScreen({ name: 'entry', id })}
              />
            )}
          </>
        )}
        {tab === 'followups' && (
          <>
            {addingFollowup && (
              <div class="pad">
                <FollowupForm
                  assignees={ctl.assignees}
                  onCancel={() => setAddingFollowup(false)}
                  onSave={(input) => {
                    ctl.addFollowup(input);
                    setAddingFollowup(false);
                  }}
                />
              </div>
            )}
            {pinnedFollowup && (
              <div class="pinned" role="region" aria-label="Reminder">
                <p class="small muted">From your reminder</p>
                <ul class="plain-list" aria-label="Reminder follow-up">
                  <li aria-labelledby="pinned-title">
                    <FollowupRow
                      followup={pinnedFollowup}
                      labelId="pinned-title"
                      daysOverdue={log.daysOverdue(pinnedFollowup)}
                      dueToday={followupRowProps.isDueToday(pinnedFollowup)}
                      partnerName={followupRowProps.partnerName(pinnedFollowup)}
                      sourceTitle={followupRowProps.sourceTitle(pinnedFollowup)}
                      onToggle={ctl.toggleFollowup}
                      onOpenSource={followupRowProps.onOpenSource}
                      highlighted
                    />
                  </li>
                </ul>
              </div>
            )}
            <div class="fu-views" role="radiogroup" aria-label="Show follow-ups">
              {FOLLOWUP_VIEWS.map(([key, label]) => (
                <label key={key} class={`segment${followupView === key ? ' selected' : ''}`}>
                  <input
                    type="radio"
                    name="followup-view"
                    checked={followupView === key}
                    onChange={() => setFollowupView(key)}
                  />
                  {label}
                  {key === 'overdue' && overdueCount > 0 ? ` (${overdueCount})` : ''}
                </label>
              ))}
            </div>
            {followupView === 'mine' && !me && (
              <p class="notice">
                Set your name in Settings to see the follow-ups assigned to you. Showing unassigned
                ones.
              </p>
            )}
            {followups.length === 0 ? (
              <p class="empty-state">
                {followupView === 'overdue'
                  ? 'Nothing overdue. Well done.'
                  : followupView === 'done'
                    ? 'No follow-ups done yet.'
                    : 'No open follow-ups.'}
              </p>
            ) : (
              <FollowupList
                virtual
                followups={followups}
                label={FOLLOWUP_VIEWS.find(([k]) => k === followupView)![1]}
                {...followupRowProps}
              />
            )}
          </>
        )}
        {tab === 'due' && (
          <>
            <p class="count" aria-live="polite">
              {!log.ready.value
                ? 'Loading the contact log…'
                : due.length === 0
                  ? 'Every partner has been contacted within their cadence.'
                  : `${due.length} ${due.length === 1 ? 'partner is' : 'partners are'} due for contact`}
            </p>
            {due.length > 0 && (
              <DueForContactList
                statuses={due}
                onOpen={(partnerId) => {
                  setFilters({ ...EMPTY_FILTERS, partnerText: ctl.partnerName(partnerId) ?? '' });
                  setTab('timeline');
                }}
                onLog={(partnerId) =>
                  setScreen({ name: 'new', prefill: { kind: 'call', partnerIds: [partnerId] } })
                }
              />
            )}
          </>
        )}
      </div>
    </section>
  );
}

/** The partner page's contact log: status, `Log contact`, open follow-ups and the timeline. */
export function PartnerLogSlot({ partner }: { partner: Partner }) {
  const ctl = useLogController();
  const { log } = ctl;
  const [screen, setScreen] = useState<EntryScreen>({ name: 'none' });
  const [addingFollowup, setAddingFollowup] = useState(false);
  useEffect(() => setScreen({ name: 'none' }), [partner.id]);

  if (screen.name !== 'none') {
    return (
      <section class="section partner-log" aria-label="Contact log entry">
        <EntryScreens
          ctl={ctl}
          screen={screen}
          setScreen={setScreen}
          backLabel={`${partner.name} timeline`}
        />
      </section>
    );
  }
  if (!log.ready.value) {
    return (
      <section class="section partner-log" aria-label="Contact log">
        <p class="muted" role="status">
          Loading the contact log…
        </p>
      </section>
    );
  }
  const timeline = log.timelineOf(partner.id);
  const status = log.contactStatusOf(partner);
  const openFollowups = log.openFollowupsOf(partner.id);
  const today = ctl.today;
  const last = status.lastContact ? dayNumber(status.lastContact) : null;
  return (
    <section class="section partner-log" aria-labelledby="partner-log-title">
      <div class="section-header">
        <h3 id="partner-log-title">Contact log ({timeline.length})</h3>
        <button
          type="button"
          class="button primary"
          onClick={() =>
            setScreen({ name: 'new', prefill: { kind: 'meeting', partnerIds: [partner.id] } })
          }
        >
          Log contact
        </button>
      </div>
      <div class="actions quick-log">
        <span class="small muted">Quick:</span>
        {(['call', 'email', 'visit'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            class="button small"
            onClick={() => setScreen({ name: 'new', prefill: { kind, partnerIds: [partner.id] } })}
          >
            {kind === 'call' ? 'Log a call' : kind === 'email' ? 'Log an email' : 'Log a visit'}
          </button>
        ))}
        <button
          type="button"
          class="button small"
          onClick={() =>
            void prefillFromPage([], partner.id).then((prefill) =>
              setScreen({ name: 'new', prefill }),
            )
          }
        >
          Log this page
        </button>
      </div>
      <p class={`contact-status${status.overdue ? ' overdue' : ''}`}>
        {last !== null
          ? `Last contact ${relativeDay(last, today)} (${formatLogDate(status.lastContact!.slice(0, 10))}).`
          : 'No contact logged yet.'}{' '}
        {status.overdue
          ? Number.isFinite(status.daysOverdue)
            ? `Overdue for contact by ${status.daysOverdue} ${status.daysOverdue === 1 ? 'day' : 'days'}.`
            : 'Due for contact.'
          : `Next contact due within ${status.cadenceDays - (status.daysSince ?? 0)} days.`}
      </p>
      <div class="section-header">
        <h4 class="subheading">Open follow-ups ({openFollowups.length})</h4>
        {!addingFollowup && (
          <button type="button" class="button small" onClick={() => setAddingFollowup(true)}>
            Add follow-up
          </button>
        )}
      </div>
      {addingFollowup && (
        <FollowupForm
          idPrefix="partner-fu"
          assignees={ctl.assignees}
          context={`With ${partner.name}`}
          onCancel={() => setAddingFollowup(false)}
          onSave={(input) => {
            ctl.addFollowup({ ...input, partnerId: partner.id });
            setAddingFollowup(false);
          }}
        />
      )}
      {openFollowups.length > 0 && (
        <FollowupList
          followups={openFollowups}
          label={`Open follow-ups with ${partner.name}`}
          daysOverdue={(f) => log.daysOverdue(f)}
          isDueToday={(f) => !!f.due && dayNumber(f.due) === today}
          partnerName={() => undefined}
          sourceTitle={(f) => (f.logEntryId ? log.entry(f.logEntryId)?.title : undefined)}
          onToggle={ctl.toggleFollowup}
          onOpenSource={(f) =>
            f.logEntryId && setScreen({ name: 'entry', id: f.logEntryId, followup: f.id })
          }
        />
      )}
      <h4 class="subheading">Timeline</h4>
      {timeline.length === 0 ? (
        <p class="muted">No meetings, calls or emails logged with {partner.name} yet.</p>
      ) : (
        <div
          class="timeline-box"
          style={{ height: `${Math.min(timeline.length, 6) * ENTRY_ROW_HEIGHT + 4}px` }}
        >
          <EntryList
            entries={timeline}
            label={`Timeline with ${partner.name}`}
            partnerName={ctl.partnerName}
            getEntry={log.getEntry}
            onOpen={(id) => setScreen({ name: 'entry', id })}
          />
        </div>
      )}
    </section>
  );
}

/** Partner rows' last contact, from the log's index (no scan). */
export function usePartnerContact():
  ((partner: Partner) => { lastContact?: string; overdue: boolean }) | undefined {
  const { session } = usePanel();
  const [ready, setReady] = useState(false);
  // Built after the partners list has painted, so a district's log never delays it.
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(timer);
  }, []);
  if (!ready) return undefined;
  const log = logViewOf(session);
  if (!log.ready.value) return undefined;
  void log.changes.value;
  void log.today.value;
  return (partner) => {
    const status = log.contactStatusOf(partner);
    return {
      ...(status.lastContact
        ? { lastContact: relativeDay(dayNumber(status.lastContact)!, log.today.value) }
        : {}),
      overdue: status.overdue,
    };
  };
}

/** The `Daily reminders` setting, for the Settings section. */
export function ReminderSettings() {
  const { notify } = usePanel();
  const [enabled, setEnabled] = useState<boolean | null>(null);
  useEffect(() => {
    void dailyRemindersItem.getValue().then(setEnabled);
    return dailyRemindersItem.watch(setEnabled);
  }, []);
  return (
    <ReminderToggle
      enabled={enabled}
      onChange={(next) => {
        setEnabled(next);
        void dailyRemindersItem
          .setValue(next)
          .then(() =>
            notify({ text: next ? 'Daily reminders are on.' : 'Daily reminders are off.' }),
          );
      }}
    />
  );
}
