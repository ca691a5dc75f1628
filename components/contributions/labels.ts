import { formatCurrency, t, type MessageKey } from '../../lib/i18n';
import type { ContributionKind } from '../../lib/model/contribution';
import type { Total } from '../../lib/model/contribution-totals';

/** Catalogue keys for the contribution kinds: the model keeps only the code. */
const KIND_KEYS: Record<ContributionKind, MessageKey> = {
  grant: 'value.kind.grant',
  sponsorship: 'value.kind.sponsorship',
  'in-kind': 'value.kind.inKind',
  'volunteer-hours': 'value.kind.volunteerHours',
  training: 'value.kind.training',
  facilities: 'value.kind.facilities',
  other: 'value.kind.other',
  recognition: 'value.kind.recognition',
  resources: 'value.kind.resources',
  access: 'value.kind.access',
};

export const contributionKindLabel = (kind: ContributionKind) => t(KIND_KEYS[kind]);

export const hoursText = (hours: number) => t('value.contributions.hours', { hours });

/**
 * A total as the parts people read: one amount per currency (never added together), then hours.
 * An empty total is "Nothing yet".
 */
export function totalParts(total: Total): string[] {
  const parts = total.money.map((money) => formatCurrency(money.amount, money.currency));
  if (total.hours > 0) parts.push(hoursText(total.hours));
  return parts.length ? parts : [t('value.contributions.nothing')];
}
