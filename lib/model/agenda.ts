import * as Y from 'yjs';
import { summaryCheckinOf } from './checkin-summary';
import { localDay } from './days';
import { isDeletedRaw } from './deletion';
import type { Followup } from './followup';
import type { AgendaItem } from './log-entry';

/**
 * Agenda suggestions for a meeting: the open follow-ups with the meeting's
 * partners, and the latest progress of the goals it is linked to.
 *
 * Goals and check-ins are built by another feature; this file reads them
 * defensively (title, latest check-in value) so it works with whatever a
 * peer wrote and never depends on their accessors.
 */

export interface GoalProgress {
  id: string;
  title: string;
  unit?: string;
  target?: number;
  latest?: { date: string; value: number; note?: string };
}

export interface AgendaSuggestion {
  /** Stable key: `followup:<id>` or `goal:<id>`. */
  key: string;
  /** English wording, for exports and logs; the panel words `parts` in the user's language. */
  text: string;
  source: { kind: 'followup' | 'goal'; id: string };
  /** What the suggestion is made of, for wording it in another language. */
  parts:
    | { kind: 'followup'; text: string; assignee?: string; due?: string }
    | {
        kind: 'goal';
        title: string;
        unit?: string;
        target?: number;
        latest?: GoalProgress['latest'];
      };
}

const str = (value: unknown, max = 300): string | undefined =>
  typeof value === 'string' && value.trim()
    ? value.replace(/\s+/g, ' ').trim().slice(0, max)
    : undefined;
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const dateOf = (value: unknown): string | undefined =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)
    ? value.slice(0, 10)
    : typeof value === 'number' && Number.isFinite(value)
      ? localDay(value) // an instant: the day it was on here, not in UTC
      : undefined;

/**
 * Titles and latest check-ins of the given goals, read defensively from the doc; check-ins from
 * every history doc given (the years loaded, once history is split) and the workspace's record
 * of each goal's latest (lib/model/checkin-summary.ts), for a goal last checked in a year not
 * loaded.
 */
export function readGoalProgress(
  doc: Y.Doc,
  goalIds: readonly string[],
  historyDocs: readonly Y.Doc[] = [doc],
): GoalProgress[] {
  if (goalIds.length === 0) return [];
  const goals = doc.getMap('goals');
  const wanted = new Map<string, GoalProgress>();
  for (const id of goalIds) {
    const raw = goals.get(id);
    if (!(raw instanceof Y.Map) || isDeletedRaw(raw)) continue;
    const title = str(raw.get('title'));
    if (!title) continue;
    // Goals keep their metric as flat fields (lib/model/goal.ts); a nested `metric` map is read
    // too, for whatever a peer wrote in that shape.
    const metric = raw.get('metric');
    const metricMap = metric instanceof Y.Map ? metric.toJSON() : metric;
    const m =
      metricMap && typeof metricMap === 'object' ? (metricMap as Record<string, unknown>) : {};
    const unit = str(raw.get('unit'), 40) ?? str(m.unit, 40);
    const target = num(raw.get('target')) ?? num(m.target);
    wanted.set(id, {
      id,
      title,
      ...(unit ? { unit } : {}),
      ...(target !== undefined ? { target } : {}),
    });
  }
  if (wanted.size === 0) return [];
  const consider = (
    goal: GoalProgress,
    value: number | undefined,
    date: string | undefined,
    note: unknown,
  ) => {
    if (value === undefined || !date) return;
    if (!goal.latest || date > goal.latest.date) {
      const text = str(note, 200);
      goal.latest = { date, value, ...(text ? { note: text } : {}) };
    }
  };
  for (const historyDoc of historyDocs)
    historyDoc.getMap('checkins').forEach((raw) => {
      if (!(raw instanceof Y.Map)) return;
      const goalId = raw.get('goalId');
      const goal = typeof goalId === 'string' ? wanted.get(goalId) : undefined;
      if (!goal) return;
      const date = dateOf(raw.get('date')) ?? dateOf(raw.get('createdAt'));
      consider(goal, num(raw.get('value')), date, raw.get('note'));
    });
  for (const goal of wanted.values()) {
    const recorded = summaryCheckinOf(doc, goal.id);
    if (recorded) consider(goal, recorded.value, recorded.date, recorded.note);
  }
  return goalIds.map((id) => wanted.get(id)).filter((g): g is GoalProgress => g !== undefined);
}

/** Every goal's id and title, for pickers; defensive like readGoalProgress. */
export function readGoalTitles(doc: Y.Doc): { id: string; title: string }[] {
  const titles: { id: string; title: string }[] = [];
  doc.getMap('goals').forEach((raw, id) => {
    // Goals are soft-deleted (`deletedAt`); `archived` is what older clients wrote.
    if (!(raw instanceof Y.Map) || raw.get('archived') === true || isDeletedRaw(raw)) return;
    const title = str(raw.get('title'));
    if (title) titles.push({ id, title });
  });
  return titles.sort((a, b) => a.title.localeCompare(b.title));
}

export function goalProgressText(goal: GoalProgress): string {
  if (!goal.latest) return `Progress on “${goal.title}”: no check-in yet`;
  const unit = goal.unit ? ` ${goal.unit}` : '';
  const target = goal.target !== undefined ? ` of ${goal.target}${unit}` : unit;
  return `Progress on “${goal.title}”: ${goal.latest.value}${target} (${goal.latest.date})`;
}

/**
 * Suggestions not yet on the agenda: open follow-ups with the meeting's
 * partners (or from earlier meetings with them), oldest due first, then
 * linked goals' latest progress.
 */
export function suggestAgendaItems(input: {
  partnerIds: readonly string[];
  followups: Iterable<Followup>;
  goals: readonly GoalProgress[];
  agenda: readonly Pick<AgendaItem, 'source'>[];
  /** Entries' partners, to match follow-ups that came from earlier meetings. */
  partnersOfEntry?: (logEntryId: string) => readonly string[] | undefined;
  limit?: number;
}): AgendaSuggestion[] {
  const taken = new Set(
    input.agenda.flatMap((item) => (item.source ? [`${item.source.kind}:${item.source.id}`] : [])),
  );
  const partners = new Set(input.partnerIds);
  const followups: Followup[] = [];
  for (const followup of input.followups) {
    if (followup.done || taken.has(`followup:${followup.id}`)) continue;
    const viaEntry =
      followup.logEntryId &&
      input.partnersOfEntry?.(followup.logEntryId)?.some((id) => partners.has(id));
    if ((followup.partnerId && partners.has(followup.partnerId)) || viaEntry)
      followups.push(followup);
  }
  followups.sort(
    (a, b) =>
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.createdAt - b.createdAt ||
      (a.id < b.id ? -1 : 1),
  );
  const suggestions: AgendaSuggestion[] = followups.map((f) => ({
    key: `followup:${f.id}`,
    text: `Follow-up: ${f.text}${f.assigneeName ? ` (${f.assigneeName})` : ''}${f.due ? `, due ${f.due}` : ''}`,
    source: { kind: 'followup', id: f.id },
    parts: { kind: 'followup', text: f.text, assignee: f.assigneeName, due: f.due },
  }));
  for (const goal of input.goals) {
    if (taken.has(`goal:${goal.id}`)) continue;
    suggestions.push({
      key: `goal:${goal.id}`,
      text: goalProgressText(goal),
      source: { kind: 'goal', id: goal.id },
      parts: {
        kind: 'goal',
        title: goal.title,
        unit: goal.unit,
        target: goal.target,
        latest: goal.latest,
      },
    });
  }
  return suggestions.slice(0, input.limit ?? 20);
}
