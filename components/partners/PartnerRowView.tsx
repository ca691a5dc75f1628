import type { PartnerRowTexts } from '../../lib/model/first-view';
import { Avatar } from '../common/Avatar';
import { focusKey } from '../common/screen-focus';

interface Props {
  id: string;
  name: string;
  logo?: string | undefined;
  texts: PartnerRowTexts;
  labelId: string;
  onOpen: (id: string) => void;
}

/**
 * Every row has the same three lines (name; contact status and details; tags), so the list stays
 * virtual with one fixed height while the name gets a line of its own at 360 px.
 */
export const PARTNER_ROW_HEIGHT = 78;

/**
 * One partner in the list, from texts already worded (partner-row-texts.ts), so the picture
 * painted before the panel's code has loaded (PartnerListPreview) draws the very same row.
 * The whole row opens the partner's page.
 */
export function PartnerRowView({ id, name, logo, texts, labelId, onOpen }: Props) {
  return (
    <button
      type="button"
      class="row-button partner-row"
      {...focusKey(`partner:${id}`)}
      onClick={() => onOpen(id)}
    >
      <Avatar name={name} logo={logo} />
      <span class="row-text">
        <span class="row-title" id={labelId}>
          {name}
        </span>
        <span class="row-detail">
          {texts.contact && (
            <span class={texts.contact.overdue ? 'contact-overdue' : undefined}>
              {texts.contact.text}
            </span>
          )}
          {texts.concern && (
            <span class={`health-${texts.concern.level}`}>{texts.concern.text}</span>
          )}
          {texts.detail}
        </span>
        {texts.tags.length > 0 && (
          <span class="row-tags" aria-label={texts.tagsLabel}>
            {texts.tags.map((tag) => (
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
