import type { GoalCardView } from './goals-board';

/**
 * What the goals screens offer to pick from. Pure, so the sections stay wiring; the inputs are
 * the board's and the session's signals, read by the caller during render.
 */

/** Owner names to suggest: owners already on goals, you, and every partner's contacts. */
export function ownerSuggestions(
  owners: readonly string[],
  displayName: string,
  peopleByPartner: ReadonlyMap<string, readonly { name: string }[]>,
): string[] {
  const names = new Set(owners);
  if (displayName) names.add(displayName);
  for (const people of peopleByPartner.values())
    for (const person of people) names.add(person.name);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** Partners as the filter and the goal form list them: id and name only. */
export function partnerRefs(partners: readonly { id: string; name: string }[]) {
  return partners.map((partner) => ({ id: partner.id, name: partner.name }));
}

/** Goals a partner could be linked to: every live goal not linked to it yet, board order. */
export function goalsNotLinkedTo(
  byColumn: ReadonlyMap<string, readonly GoalCardView[]>,
  partnerId: string,
): { id: string; title: string }[] {
  const others: { id: string; title: string }[] = [];
  for (const cards of byColumn.values()) {
    for (const { goal } of cards) if (!goal.partnerIds.includes(partnerId)) others.push(goal);
  }
  return others;
}
