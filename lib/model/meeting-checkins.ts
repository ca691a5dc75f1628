import * as Y from 'yjs';
import type { GoalProgress } from './agenda';
import { isDeletedRaw } from './deletion';
import type { Checkin } from './checkin';
import { logRecordIn, type LogDocs } from './log-docs';
import type { LogEntry } from './log-entry';

/**
 * The meeting loop: an agenda item that came from a goal can record the goal's check-in during
 * the meeting. The check-in is an ordinary, append-only check-in of the goal (its history, chart
 * and card use it like any other) that also names the meeting and the agenda item, so the goal's
 * history links back to the meeting and the meeting's minutes list it.
 */
export interface AgendaGoal {
  agendaItemId: string;
  goalId: string;
  title: string;
  unit?: string | undefined;
  /** Check-ins recorded from this agenda item, oldest first. */
  checkins: Checkin[];
}

/**
 * The entry's agenda items linked to a live goal, with the check-ins recorded from each. Items
 * whose goal was deleted (no progress row) are left out: there is nothing to record against.
 */
export function agendaGoalsOf(
  entry: Pick<LogEntry, 'id' | 'agenda'>,
  goals: readonly GoalProgress[],
  historyOf: (goalId: string) => readonly Checkin[],
): AgendaGoal[] {
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  const result: AgendaGoal[] = [];
  for (const item of entry.agenda) {
    if (item.source?.kind !== 'goal') continue;
    const goal = byId.get(item.source.id);
    if (!goal) continue;
    result.push({
      agendaItemId: item.id,
      goalId: goal.id,
      title: goal.title,
      unit: goal.unit,
      checkins: historyOf(goal.id).filter(
        (c) => c.logEntryId === entry.id && c.agendaItemId === item.id,
      ),
    });
  }
  return result;
}

/** The goal ids an entry's agenda links to, for reading their titles once. */
export function agendaGoalIds(entry: Pick<LogEntry, 'agenda'>): string[] {
  const ids = new Set<string>();
  for (const item of entry.agenda) if (item.source?.kind === 'goal') ids.add(item.source.id);
  return [...ids];
}

/**
 * The title of the meeting a check-in names, read straight from the docs holding the log (the
 * log's index may still be building when a goal's page opens): the workspace doc and the year
 * docs loaded so far. Undefined when the entry is gone, deleted, or in a year not loaded.
 */
export function meetingTitle(docs: LogDocs, logEntryId: string): string | undefined {
  const raw = logRecordIn(docs, logEntryId);
  if (!(raw instanceof Y.Map) || isDeletedRaw(raw)) return undefined;
  const title = raw.get('title');
  return typeof title === 'string' && title.trim() ? title.trim().slice(0, 300) : undefined;
}
