import type { Checkin } from './checkin';
import type { Contribution, ContributionDirection, ContributionKind } from './contribution';
import { givenAndReceived, totalOf, type Total } from './contribution-totals';
import type { GoalCardView } from './goal-view';
import type { Story } from './story';

/**
 * A digest of a period, to share with partners, staff and families: how the goals moved, what
 * went well, what partners gave, what is coming, and who to thank. Built from records the view
 * models already hold; the words around it are added when it is written out (Markdown or a
 * printable page), in the reader's language.
 */
export interface Digest {
  from: string;
  to: string;
  goals: DigestGoal[];
  stories: DigestStory[];
  contributions: {
    given: Total;
    received: Total;
    byKind: { direction: ContributionDirection; kind: ContributionKind; total: Total }[];
  };
  /** Contacts logged in the period. */
  contacts: number;
  upcoming: {
    meetings: { title: string; date: string; partners: string[] }[];
    reviews: { partner: string; date: string }[];
  };
  /** Partners to thank: those who gave something or share a story in the period, by name. */
  thanks: string[];
}

export interface DigestGoal {
  id: string;
  title: string;
  fraction: number | null;
  met: boolean;
  /** Check-ins recorded in the period. */
  checkins: number;
  /** The latest value, if any, and its day. */
  latest?: { value: number; date: string } | undefined;
  unit?: string | undefined;
}

export interface DigestStory {
  title: string;
  date?: string | undefined;
  body?: string | undefined;
  partners: string[];
  thanks: string[];
  celebrate: boolean;
}

export interface DigestInput {
  from: string;
  to: string;
  /** Live goal cards. */
  goals: Iterable<GoalCardView>;
  historyOf: (goalId: string) => readonly Checkin[];
  /** Dates of the contacts logged (entry dates, local). */
  contactDates: Iterable<string>;
  /** Meetings dated after the period's end within the look-ahead, soonest first. */
  upcomingMeetings: { title: string; date: string; partnerIds: readonly string[] }[];
  /** Agreement review dates in the look-ahead. */
  reviews: { partnerId: string; reviewDate: string }[];
  /** Stories dated in the period. */
  stories: Story[];
  /** Contributions dated in the period. */
  contributions: Contribution[];
  partnerName: (id: string) => string | undefined;
}

const inPeriod = (day: string | undefined, from: string, to: string) =>
  day !== undefined && day.slice(0, 10) >= from && day.slice(0, 10) <= to;

/** How many goals a digest lists: the ones that moved first. */
export const DIGEST_GOALS = 12;

export function buildDigest(input: DigestInput): Digest {
  const { from, to } = input;
  const names = (ids: readonly string[]) =>
    ids.map(input.partnerName).filter((name): name is string => Boolean(name));

  const goals: DigestGoal[] = [];
  for (const card of input.goals) {
    const history = input.historyOf(card.goal.id);
    const inRange = history.filter((c) => inPeriod(c.date, from, to));
    const latest = [...history].reverse().find((c) => c.date <= to);
    goals.push({
      id: card.goal.id,
      title: card.goal.title,
      fraction: card.progress.fraction,
      met: card.progress.met === true,
      checkins: inRange.length,
      latest: latest ? { value: latest.value, date: latest.date } : undefined,
      unit: card.goal.metric.unit,
    });
  }
  // Goals that moved in the period first, then by title.
  goals.sort((a, b) => b.checkins - a.checkins || a.title.localeCompare(b.title));

  let contacts = 0;
  for (const date of input.contactDates) if (inPeriod(date, from, to)) contacts += 1;

  const contributions = input.contributions.filter((c) => inPeriod(c.date, from, to));
  const kinds = new Map<string, Contribution[]>();
  for (const c of contributions) {
    const key = `${c.direction}|${c.kind}`;
    kinds.set(key, [...(kinds.get(key) ?? []), c]);
  }
  const stories = input.stories.filter((s) => inPeriod(s.date, from, to));

  const thanked = new Set<string>();
  for (const c of contributions) if (c.direction === 'from-partner') thanked.add(c.partnerId);
  for (const s of stories) for (const id of s.partnerIds) thanked.add(id);

  return {
    from,
    to,
    goals: goals.slice(0, DIGEST_GOALS),
    stories: stories.map((s) => ({
      title: s.title,
      date: s.date,
      body: s.body,
      partners: names(s.partnerIds),
      thanks: s.thanks,
      celebrate: s.celebrate,
    })),
    contributions: {
      ...givenAndReceived(contributions),
      byKind: [...kinds.values()]
        .map((records) => ({
          direction: records[0]!.direction,
          kind: records[0]!.kind,
          total: totalOf(records),
        }))
        .sort((a, b) =>
          a.direction !== b.direction
            ? a.direction === 'from-partner'
              ? -1
              : 1
            : a.kind.localeCompare(b.kind),
        ),
    },
    contacts,
    upcoming: {
      meetings: input.upcomingMeetings.map((m) => ({
        title: m.title,
        date: m.date,
        partners: names(m.partnerIds),
      })),
      reviews: input.reviews
        .map((r) => ({ partner: input.partnerName(r.partnerId), date: r.reviewDate }))
        .filter((r): r is { partner: string; date: string } => r.partner !== undefined)
        .sort((a, b) => a.date.localeCompare(b.date)),
    },
    thanks: names([...thanked]).sort((a, b) => a.localeCompare(b)),
  };
}

/** The default period: the month up to today (the same day a month earlier, to today). */
export function lastMonth(today: string): { from: string; to: string } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = m === 1 ? y - 1 : y;
  const month = m === 1 ? 12 : m - 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(month)}-${pad(day)}`, to: today };
}
