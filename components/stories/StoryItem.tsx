import { useState } from 'preact/hooks';
import { formatDay, formatList, t } from '../../lib/i18n';
import { storyShareParts, type Story } from '../../lib/model/story';
import type { ToastMessage } from '../common/Toast';
import { ShareTexts } from './ShareTexts';

interface Props {
  story: Story;
  partnerName: (id: string) => string | undefined;
  onEdit: () => void;
  onDelete: () => void;
  notify: (toast: Omit<ToastMessage, 'id'>) => void;
  copy: (text: string) => Promise<void>;
}

/** One story in a list: title, date, partners, thanks, and its share texts on demand. */
export function StoryItem({ story, partnerName, onEdit, onDelete, notify, copy }: Props) {
  const [sharing, setSharing] = useState(false);
  const partners = story.partnerIds.map(partnerName).filter((name): name is string => !!name);
  const titleId = `value-story-${story.id}`;
  return (
    <li class="story" aria-labelledby={titleId}>
      <div class="story-main">
        <span id={titleId} class="story-title">
          {story.title}
        </span>
        {story.celebrate && (
          <>
            {' '}
            <span class="celebrate-pill">{t('value.stories.celebrate')}</span>
          </>
        )}
        <p class="muted small">
          {[story.date ? formatDay(story.date) : '', formatList(partners)]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {story.body && <p class="small story-body">{story.body}</p>}
        {story.thanks.length > 0 && (
          <p class="small">{t('value.stories.thanks', { names: formatList(story.thanks) })}</p>
        )}
        {sharing && (
          <ShareTexts
            id={`share-${story.id}`}
            parts={storyShareParts(story, partnerName)}
            notify={notify}
            copy={copy}
          />
        )}
      </div>
      <div class="story-actions">
        <button
          type="button"
          class="button small"
          aria-expanded={sharing}
          onClick={() => setSharing(!sharing)}
        >
          {sharing ? t('value.share.hide') : t('value.share.button')}
        </button>
        <button
          type="button"
          class="button small"
          aria-label={t('value.stories.item.editLabel', { title: story.title })}
          onClick={onEdit}
        >
          {t('value.edit')}
        </button>
        <button
          type="button"
          class="button small danger"
          aria-label={t('value.stories.item.deleteLabel', { title: story.title })}
          onClick={onDelete}
        >
          {t('value.delete')}
        </button>
      </div>
    </li>
  );
}
