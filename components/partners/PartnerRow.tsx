import { PARTNER_KIND_LABELS, type Partner } from '../../lib/model/partner';
import { displayUrl } from './contact-links';

interface Props {
  partner: Partner;
  peopleCount: number;
  labelId: string;
  onOpen: (id: string) => void;
}

export const PARTNER_ROW_HEIGHT = 60;

/** One partner in the list; the whole row opens the partner's page. */
export function PartnerRow({ partner, peopleCount, labelId, onOpen }: Props) {
  const detail = [
    PARTNER_KIND_LABELS[partner.kind],
    partner.website ? displayUrl(partner.website) : partner.emails[0],
    peopleCount ? `${peopleCount} ${peopleCount === 1 ? 'person' : 'people'}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <button type="button" class="row-button" onClick={() => onOpen(partner.id)}>
      <span class="avatar" aria-hidden="true">
        {partner.logo ? (
          <img src={partner.logo} alt="" loading="lazy" referrerpolicy="no-referrer" />
        ) : (
          initials(partner.name)
        )}
      </span>
      <span class="row-text">
        <span class="row-title" id={labelId}>
          {partner.name}
        </span>
        <span class="row-detail">{detail}</span>
      </span>
      {partner.tags.length > 0 && (
        <span class="row-tags" aria-label={`Tags: ${partner.tags.join(', ')}`}>
          {partner.tags.slice(0, 2).map((tag) => (
            <span key={tag} class="tag">
              {tag}
            </span>
          ))}
        </span>
      )}
    </button>
  );
}

export function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /\p{L}|\d/u.test(word[0] ?? ''));
  return ((words[0]?.[0] ?? '?') + (words[1]?.[0] ?? '')).toUpperCase();
}
