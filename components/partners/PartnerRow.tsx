import { t } from '../../lib/i18n';
import type { PartnerRowData } from '../../lib/model/partner';
import { kindLabel } from './kind-label';
import { Avatar } from '../common/Avatar';
import { displayUrl } from './contact-links';
import { focusKey } from '../common/screen-focus';
import type { PartnershipHealth } from '../../lib/model/health';
import { healthLine } from '../concerns/health-text';

interface Props {
  partner: PartnerRowData;
  peopleCount: number;
  labelId: string;
  onOpen: (id: string) => void;
  /** From the contact log: when the partner was last contacted and whether contact is overdue. */
  contact?: { lastContact?: string; overdue: boolean } | undefined;
  /** The partnership's health: beyond contact (shown already), what makes it worth watching. */
  health?: PartnershipHealth | undefined;
}

/**
 * Every row has the same three lines (name; contact status and details; tags), so the list stays
 * virtual with one fixed height while the name gets a line of its own at 360 px.
 */
export const PARTNER_ROW_HEIGHT = 78;

/** One partner in the list; the whole row opens the partner's page. */
export function PartnerRow({ partner, peopleCount, labelId, onOpen, contact, health }: Props) {
  const concern = healthBeyondContact(health);
  const detail = [
    kindLabel(partner.kind),
    partner.website ? displayUrl(partner.website) : partner.emails[0],
    peopleCount ? t('partners.row.people', { count: peopleCount }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <button
      type="button"
      class="row-button partner-row"
      {...focusKey(`partner:${partner.id}`)}
      onClick={() => onOpen(partner.id)}
    >
      <Avatar name={partner.name} logo={partner.logo} />
      <span class="row-text">
        <span class="row-title" id={labelId}>
          {partner.name}
        </span>
        <span class="row-detail">
          {contact && (
            <span class={contact.overdue ? 'contact-overdue' : undefined}>
              {contact.overdue ? t('partners.row.due') : ''}
              {contact.lastContact
                ? t('partners.row.lastContact', { date: contact.lastContact })
                : t('partners.row.noContact')}
              {detail || concern ? ' · ' : ''}
            </span>
          )}
          {concern && (
            <span class={`health-${concern.level}`}>
              {concern.text}
              {detail ? ' · ' : ''}
            </span>
          )}
          {detail}
        </span>
        {partner.tags.length > 0 && (
          <span
            class="row-tags"
            aria-label={t('partners.row.tags', { tags: partner.tags.join(', ') })}
          >
            {partner.tags.slice(0, 2).map((tag) => (
              <span key={tag} class="tag">
                {tag}
              </span>
            ))}
          </span>
        )}
      </span>
    </button>
  );
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
