import type { AgendaSuggestion } from '../../lib/model/agenda';
import type { ContactStatus } from '../../lib/model/cadence';
import type { Followup, FollowupInput } from '../../lib/model/followup';
import type { AgendaGoal } from '../../lib/model/meeting-checkins';
import type { AgendaItemInput, LogEntry, LogEntryInput } from '../../lib/model/log-entry';
import type { Partner } from '../../lib/model/partner';
import type { NamedRef } from '../common/named-ref';
import type { AssigneeOption } from './FollowupForm';
import type { Earlier } from '../common/EarlierYears';

/** What the log's screens can ask of the workspace; the section wires these to lib/model. */
export interface LogActions {
  /** Saves a new entry and returns its id. */
  add: (input: LogEntryInput) => string;
  update: (id: string, input: LogEntryInput) => void;
  /** Soft-deletes an entry (anyone can restore it). */
  remove: (id: string) => void;
  restore: (id: string) => void;
  addFollowup: (input: FollowupInput) => void;
  setFollowupDone: (id: string, done: boolean) => void;
  /** Records a goal's check-in from a meeting's agenda item (it joins the goal's history). */
  recordCheckin: (input: {
    goalId: string;
    logEntryId: string;
    agendaItemId: string;
    date: string;
    value: number;
    note?: string | undefined;
  }) => void;
  undo: () => void;
  /** Fields for a new entry from the page in front of the user (title, address, partner). */
  prefillFromPage: (partnerId?: string) => Promise<Partial<LogEntryInput>>;
}

/** The timeline filters as lib/state takes them. */
export interface TimelineQuery {
  query?: string;
  kinds?: LogEntry['kind'][];
  partnerId?: string;
  from?: string;
  to?: string;
}

/** What the agenda suggestions are computed from: the form as it stands. */
export interface SuggestionState {
  partnerIds: string[];
  goalIds: string[];
  agenda: Pick<AgendaItemInput, 'source'>[];
}

/**
 * What the log's screens read. lib/state builds it over the log's view model; its getters read
 * signals, so a component that reads them re-renders when they change.
 */
export interface LogData {
  /** False while a large log is still being indexed. */
  readonly ready: boolean;
  /** Today's day number (lib/model/days.ts); moves on at local midnight. */
  readonly today: number;
  /** The user's display name, '' when unset. */
  readonly me: string;
  /** Live entries. */
  readonly size: number;
  /** Changes whenever an entry does: a key for memoising what is computed from the timeline. */
  readonly revision: number;
  /** Index items newest first (the date lets other rows be merged in: lib/model/timeline.ts). */
  timeline: (query: TimelineQuery) => readonly { id: string; date: string }[];
  timelineOf: (partnerId: string) => readonly { id: string; date: string }[];
  /** A live or soft-deleted entry (a deleted one's page says who deleted it). */
  entry: (id: string) => LogEntry | undefined;
  partnerName: (id: string) => string | undefined;
  /** The id of the partner with exactly this name (any case), for the partner filter. */
  partnerIdByName: (name: string) => string | undefined;
  searchPartners: (query: string) => NamedRef[];
  peopleOf: (partnerIds: readonly string[]) => NamedRef[];
  personName: (id: string) => string | undefined;
  /** Live goals to link an entry to, by title. */
  readonly goals: { id: string; title: string }[];
  goalTitles: (ids: readonly string[]) => string[];
  /** The entry's agenda items linked to goals, with the check-ins recorded from each. */
  agendaGoals: (entry: LogEntry) => AgendaGoal[];
  suggest: (state: SuggestionState) => AgendaSuggestion[];
  readonly assignees: AssigneeOption[];
  /** Open follow-ups, soonest due first. */
  readonly openFollowups: Followup[];
  /** Open follow-ups past their due day, most overdue first. */
  readonly overdueFollowups: Followup[];
  /** Done follow-ups, most recently done first. */
  doneFollowups: () => Followup[];
  followup: (id: string) => Followup | undefined;
  followupsOf: (logEntryId: string) => Followup[];
  openFollowupsOf: (partnerId: string) => Followup[];
  daysOverdue: (followup: Followup) => number;
  contactStatusOf: (partner: Partner) => ContactStatus;
  /** Partners overdue for contact, most overdue first. */
  dueForContact: () => ContactStatus[];
  /** Partners never contacted that are not overdue yet, soonest due first. */
  notYetContacted: () => ContactStatus[];
  /** Older school years not loaded yet; the timelines load them when scrolled to. */
  readonly earlier?: EarlierYears | undefined;
}

/** School years whose entries are not loaded yet (a split history), and loading the next. */
export type EarlierYears = Earlier;

/** Which entry screen is open, if any. */
export type EntryScreen =
  | { name: 'none' }
  | { name: 'new'; prefill?: Partial<LogEntryInput> | undefined }
  | { name: 'entry'; id: string; followup?: string | undefined }
  | { name: 'edit'; id: string };
