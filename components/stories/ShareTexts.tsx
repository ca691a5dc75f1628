import { t } from '../../lib/i18n';
import type { StoryShareParts } from '../../lib/model/story';
import { graphemeLength } from '../../lib/model/text-clip';
import type { ToastMessage } from '../common/Toast';
import { longShareText, SHORT_SHARE_MAX, shortShareText } from './share-text';

interface Props {
  id: string;
  parts: StoryShareParts;
  notify: (toast: Omit<ToastMessage, 'id'>) => void;
  copy: (text: string) => Promise<void>;
}

/** A story's short text (≤ 280 characters) and its newsletter paragraph, to read and copy. */
export function ShareTexts({ id, parts, notify, copy }: Props) {
  const short = shortShareText(parts);
  const long = longShareText(parts);
  const copyText = (text: string) =>
    copy(text).then(
      () => notify({ text: t('value.share.copied') }),
      () => notify({ text: t('value.share.noClipboard') }),
    );
  return (
    <div class="share-texts">
      <div class="field">
        <label for={`${id}-short`}>{t('value.share.short')}</label>
        <textarea
          id={`${id}-short`}
          readOnly
          rows={4}
          value={short}
          aria-describedby={`${id}-short-count`}
        />
        <p id={`${id}-short-count`} class="hint">
          {t('value.share.shortCount', { count: graphemeLength(short), max: SHORT_SHARE_MAX })}
        </p>
        <button type="button" class="button small" onClick={() => void copyText(short)}>
          {t('value.share.copyShort')}
        </button>
      </div>
      <div class="field">
        <label for={`${id}-long`}>{t('value.share.long')}</label>
        <textarea id={`${id}-long`} readOnly rows={6} value={long} />
        <button type="button" class="button small" onClick={() => void copyText(long)}>
          {t('value.share.copyLong')}
        </button>
      </div>
    </div>
  );
}
