import { t } from '../../lib/i18n';
import type { Partner } from '../../lib/model/partner';
import { kindLabel } from './kind-label';
import { Avatar } from '../common/Avatar';
import { displayUrl } from './contact-links';
import { focusKey } from '../common/screen-focus';

interface Props {
  partner: Partner;
  peopleCount: number;
  labelId: string;
  onOpen: (id: string) => void;
  /** From the contact log: when the partner was last contacted and whether contact is overdue. */
  contact?: { lastContact?: string; overdue: boolean } | undefined;
}

/**
 * Every row has the same three lines (name; contact status and details; tags), so the list stays
 * virtual with one fixed height while the name gets a line of its own at 360 px.
 */
export const PARTNER_ROW_HEIGHT = 78;

/** One partner in the list; the whole row opens the partner's page. */
export function PartnerRow({ partner, peopleCount, labelId, onOpen, contact }: Props) {
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
