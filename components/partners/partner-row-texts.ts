import { t } from '../../lib/i18n';
import type { PartnershipHealth } from '../../lib/model/health';
import type { PartnerRowTexts } from '../../lib/model/first-view';
import type { PartnerRowData } from '../../lib/model/partner';
import { healthLine } from '../concerns/health-text';
import { displayUrl } from './contact-links';
import { kindLabel } from './kind-label';

/** From the contact log: when the partner was last contacted and whether contact is overdue. */
export interface RowContact {
  lastContact?: string;
  overdue: boolean;
}

/** What a partner row says, in the interface language (see PartnerRowView). */
export function partnerRowTexts(
  partner: PartnerRowData,
  peopleCount: number,
  contact?: RowContact,
  health?: PartnershipHealth,
): PartnerRowTexts {
  const concern = healthBeyondContact(health);
  const detail = [
    kindLabel(partner.kind),
    partner.website ? displayUrl(partner.website) : partner.emails[0],
    peopleCount ? t('partners.row.people', { count: peopleCount }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const texts: PartnerRowTexts = { detail, tags: partner.tags.slice(0, 2) };
  if (contact)
    texts.contact = {
      overdue: contact.overdue,
      text:
        (contact.overdue ? t('partners.row.due') : '') +
        (contact.lastContact
          ? t('partners.row.lastContact', { date: contact.lastContact })
          : t('partners.row.noContact')) +
        (detail || concern ? ' · ' : ''),
    };
  if (concern) texts.concern = { level: concern.level, text: concern.text + (detail ? ' · ' : '') };
  if (partner.tags.length > 0)
    texts.tagsLabel = t('partners.row.tags', { tags: partner.tags.join(', ') });
  return texts;
}

const CONTACT_REASONS = new Set(['noHistory', 'neverContacted', 'contactOverdue', 'contactOnTime']);

/**
 * The part of a worrying health line the contact status does not already say (overdue
 * commitments, open concerns, feedback getting worse), or null: a row stays one short line.
 */
function healthBeyondContact(health: PartnershipHealth | undefined) {
  if (!health || (health.level !== 'watch' && health.level !== 'at-risk')) return null;
  const reasons = health.reasons.filter((reason) => !CONTACT_REASONS.has(reason.code));
  if (reasons.length === 0) return null;
  return { level: health.level, text: healthLine({ ...health, reasons }) };
}
