import type * as Y from 'yjs';
import { readGoalProgress, suggestAgendaItems, type AgendaSuggestion } from '../model/agenda';
import { agendaSuggestionText } from './agenda-suggestion-text';
import type { ContactStatus } from '../model/cadence';
import { dayNumber } from '../model/days';
import { formatRelativeDay } from '../i18n';
import { addFollowup, setFollowupDone, type Followup, type FollowupInput } from '../model/followup';
import {
  addLogEntry,
  deleteLogEntry,
  restoreLogEntry,
  updateLogEntry,
  type AgendaItemInput,
  type LogEntry,
  type LogEntryInput,
} from '../model/log-entry';
import { recordCheckin } from '../model/checkin-history';
import { singleDocHistory } from '../model/history-docs';
import { agendaGoalIds, agendaGoalsOf, type AgendaGoal } from '../model/meeting-checkins';
import type { Partner } from '../model/partner';
import type { Person } from '../model/person';
import { goalsBoardOf } from './goals-board';
import type { LogView } from './log-view';
import type { RecordCache } from './record-cache';
import { earlierYears } from './earlier-years';
import type { YearHistory } from './year-history';

/**
 * The log's two faces for its screens (components/log/LogView.tsx): `logActions` writes through
 * lib/model, one undo step each; `logScreenData` reads through the log's view model. The screens
 * name their shapes (LogActions, LogData in components/log/types.ts); these match them
 * structurally, since components may not import lib/state.
 */

/** What the log needs of a workspace session. */
export interface LogSession {
  readonly doc: Y.Doc;
  readonly partners: RecordCache<Partner>;
  readonly people: RecordCache<Person>;
  readonly sortedPartners: { readonly value: Partner[] };
  readonly peopleByPartner: { readonly value: Map<string, Person[]> };
  searchPartners: (query: string) => Partner[];
  act: <T>(action: () => T) => T;
  undo: () => void;
  /** The session's feature view models (the goals board holds check-ins by goal). */
  feature: Parameters<typeof goalsBoardOf>[0]['feature'];
  /** Where a new entry dated `day` is written (its school year's doc once history is split). */
  readonly history?: YearHistory;
}

/** A check-in recorded in a meeting, from an agenda item linked to a goal. */
export interface MeetingCheckinInput {
  goalId: string;
  logEntryId: string;
  agendaItemId: string;
  date: string;
  value: number;
  note?: string | undefined;
}

/**
 * Writes, each its own undo step. `me` (the display name) marks who created or deleted what. A new
 * entry goes to its date's history doc; an edit goes to the doc that holds the entry (`log`).
 */
export function logActions(
  session: LogSession,
  me: string,
  log: { docOf: (id: string) => Y.Doc } = { docOf: () => session.doc },
) {
  const { doc } = session;
  const by = me.trim() || undefined;
  const docForDay = (day: string) => session.history?.docFor(day) ?? doc;
  return {
    add: (input: LogEntryInput): string =>
      session.act(() => addLogEntry(docForDay(input.date), { ...input, createdBy: by })).id,
    update: (id: string, input: LogEntryInput) =>
      session.act(() => updateLogEntry(log.docOf(id), id, input)),
    remove: (id: string) => session.act(() => deleteLogEntry(log.docOf(id), id, by)),
    restore: (id: string) => session.act(() => restoreLogEntry(log.docOf(id), id)),
    addFollowup: (input: FollowupInput) =>
      session.act(() => addFollowup(doc, { ...input, createdBy: by })),
    setFollowupDone: (id: string, done: boolean) =>
      session.act(() => setFollowupDone(doc, id, done)),
    recordCheckin: (input: MeetingCheckinInput) =>
      session.act(() =>
        recordCheckin(session.history ?? singleDocHistory(doc), { ...input, author: by }),
      ),
    undo: () => session.undo(),
  };
}

/** The history docs loaded (check-ins per school year), or the workspace doc alone. */
function historyDocsOf(session: Pick<LogSession, 'doc' | 'history'>): readonly Y.Doc[] {
  return session.history?.all() ?? [session.doc];
}

/** People offered as assignees: enough for any school, bounded for a district. */
const MAX_ASSIGNEES = 2000;
/** Partners offered while typing a name. */
const MAX_PARTNER_MATCHES = 20;

/**
 * What the log's screens read. Getters read signals, so the component rendering them
 * re-renders when the log, its follow-ups, the partners or the day change.
 */
export function logScreenData(session: LogSession, log: LogView, me: string) {
  const partnerName = (id: string) => session.partners.get(id)?.name;
  return {
    get ready() {
      return log.ready.value;
    },
    get today() {
      return log.today.value;
    },
    me,
    get size() {
      void log.changes.value;
      return log.size;
    },
    get revision() {
      return log.changes.value;
    },
    timeline: (query: Parameters<LogView['timeline']>[0]) => log.timeline(query),
    timelineOf: (partnerId: string) => log.timelineOf(partnerId),
    entry: (id: string): LogEntry | undefined => {
      void log.changes.value;
      return log.entry(id);
    },
    partnerName,
    partnerIdByName: (name: string) => {
      const wanted = name.trim().toLowerCase();
      return session.sortedPartners.value.find((p) => p.name.toLowerCase() === wanted)?.id;
    },
    searchPartners: (query: string) =>
      session
        .searchPartners(query)
        .slice(0, MAX_PARTNER_MATCHES)
        .map((p) => ({ id: p.id, name: p.name })),
    peopleOf: (partnerIds: readonly string[]) => {
      const byPartner = session.peopleByPartner.value;
      return partnerIds.flatMap((id) =>
        (byPartner.get(id) ?? []).map((p) => ({ id: p.id, name: p.name })),
      );
    },
    personName: (id: string) => session.people.get(id)?.name,
    get goals() {
      return log.goalChoices.value;
    },
    goalTitles: (ids: readonly string[]) =>
      readGoalProgress(session.doc, ids, historyDocsOf(session)).map((goal) => goal.title),
    /** The entry's agenda items linked to goals, with the check-ins recorded from each. */
    agendaGoals: (entry: LogEntry): AgendaGoal[] => {
      const board = goalsBoardOf(session);
      void board.checkinsByGoal.value;
      return agendaGoalsOf(
        entry,
        readGoalProgress(session.doc, agendaGoalIds(entry), historyDocsOf(session)),
        (id) => board.history(id),
      );
    },
    suggest: (state: {
      partnerIds: string[];
      goalIds: string[];
      agenda: Pick<AgendaItemInput, 'source'>[];
    }): AgendaSuggestion[] =>
      suggestAgendaItems({
        partnerIds: state.partnerIds,
        followups: log.openFollowups.value,
        goals: readGoalProgress(session.doc, state.goalIds, historyDocsOf(session)),
        agenda: state.agenda,
        partnersOfEntry: (id) => log.entry(id)?.partnerIds,
      }).map((suggestion) => ({ ...suggestion, text: agendaSuggestionText(suggestion.parts) })),
    get assignees() {
      void session.people.changes.value;
      const people = [...session.people.live()]
        .slice(0, MAX_ASSIGNEES)
        .map((p) => ({ id: p.id, name: p.name }));
      return me.trim() ? [{ name: me.trim() }, ...people] : people;
    },
    get openFollowups() {
      return log.openFollowups.value;
    },
    get overdueFollowups() {
      return log.overdueFollowups.value;
    },
    doneFollowups: (): Followup[] => {
      void log.followups.changes.value;
      return [...log.followups.live()]
        .filter((f) => f.done)
        .sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0));
    },
    followup: (id: string) => {
      void log.followups.changes.value;
      return log.followups.get(id);
    },
    followupsOf: (logEntryId: string) => log.followupsOf(logEntryId),
    openFollowupsOf: (partnerId: string) => log.openFollowupsOf(partnerId),
    daysOverdue: (followup: Followup) => log.daysOverdue(followup),
    contactStatusOf: (partner: Partner): ContactStatus => log.contactStatusOf(partner),
    dueForContact: () => log.dueForContact(session.sortedPartners.value),
    notYetContacted: () => log.notYetContacted(session.sortedPartners.value),
    get earlier() {
      return earlierYears(session.history);
    },
  };
}

/** A partner row's last contact ("3 days ago") and whether it is overdue, from the log's index. */
export function partnerContact(log: LogView) {
  if (!log.ready.value) return undefined;
  void log.changes.value;
  const today = log.today.value;
  return (partner: Partner): { lastContact?: string; overdue: boolean } => {
    const status = log.contactStatusOf(partner);
    const last = status.lastContact ? dayNumber(status.lastContact) : null;
    return {
      ...(last !== null ? { lastContact: formatRelativeDay(last, today) } : {}),
      overdue: status.overdue,
    };
  };
}
