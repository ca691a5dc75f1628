import { formatDay, formatList, t } from '../../lib/i18n';
import type { StoryShareParts } from '../../lib/model/story';
import { clipText, graphemeLength } from '../../lib/model/text-clip';

/** The most characters a short share text has (a social post's limit). */
export const SHORT_SHARE_MAX = 280;

/**
 * A story's short text: its title, as much of the story as fits, and thanks to its partners,
 * at most 280 characters (graphemes, so Japanese or emoji are counted as people count them).
 * The story is what gets cut (at a word, with an ellipsis): the title and the thanks are the
 * point of sharing it. If the title and thanks alone are too long, the whole text is cut.
 */
export function shortShareText(parts: StoryShareParts, max = SHORT_SHARE_MAX): string {
  const tail = parts.partnerNames.length
    ? t('value.share.shortThanks', { partners: formatList(parts.partnerNames) })
    : '';
  const withStory = (story: string) => t('value.share.shortStory', { title: parts.title, story });
  // Room for the story: what the title, its separator and the thanks leave (a space before them).
  const room = max - graphemeLength(withStory('')) - (tail ? graphemeLength(tail) + 1 : 0);
  const head =
    parts.body && room > 10
      ? withStory(clipText(parts.body, room))
      : t('value.share.shortHead', { title: parts.title });
  return clipText([head, tail].filter(Boolean).join(' '), max);
}

/** A paragraph for a school website or newsletter: the whole story, dated, with its thanks. */
export function longShareText(parts: StoryShareParts): string {
  const opening = parts.date
    ? t('value.share.longOpeningDated', {
        title: parts.title,
        date: formatDay(parts.date, { weekday: false }),
      })
    : t('value.share.longOpening', { title: parts.title });
  const sentences = [opening];
  if (parts.body) sentences.push(parts.body);
  if (parts.partnerNames.length)
    sentences.push(t('value.share.longPartners', { partners: formatList(parts.partnerNames) }));
  if (parts.thanks.length)
    sentences.push(t('value.share.longThanks', { names: formatList(parts.thanks) }));
  return sentences.join(' ');
}
