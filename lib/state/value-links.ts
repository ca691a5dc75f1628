import type { GoalCardView } from './goals-board';

/** What the stories and contributions screens link to: partners by search and name, goals. */
export interface ValueLinks {
  searchPartners: (query: string) => { id: string; name: string }[];
  partnerName: (id: string) => string | undefined;
  goals: { id: string; title: string }[];
}

/**
 * The links for the value screens, from the session's partners and the goals board (both read
 * during render, so the screens follow their changes). Partner search is the session's own, so
 * a picker never scans more than the Partners view does.
 */
export function valueLinks(
  session: {
    searchPartners: (query: string) => { id: string; name: string }[];
    partners: { get: (id: string) => { name: string; deletedAt?: number | undefined } | undefined };
  },
  byColumn: ReadonlyMap<string, readonly GoalCardView[]>,
): ValueLinks {
  const goals: { id: string; title: string }[] = [];
  for (const cards of byColumn.values())
    for (const { goal } of cards) goals.push({ id: goal.id, title: goal.title });
  return {
    searchPartners: (query) =>
      session.searchPartners(query).map((partner) => ({ id: partner.id, name: partner.name })),
    partnerName: (id) => {
      const partner = session.partners.get(id);
      return partner && partner.deletedAt === undefined ? partner.name : undefined;
    },
    goals,
  };
}
