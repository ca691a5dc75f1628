import { useState } from 'preact/hooks';
import { formatList, t } from '../../lib/i18n';
import { storyShareParts, type Story } from '../../lib/model/story';
import type { ToastMessage } from '../common/Toast';
import { ShareTexts } from './ShareTexts';
import { ValueItem } from './ValueItem';

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
  return (
    <ValueItem
      class="story"
      titleId={`value-story-${story.id}`}
      title={story.title}
      pill={story.celebrate ? t('value.stories.celebrate') : undefined}
      date={story.date}
      partners={story.partnerIds.map(partnerName).filter((name): name is string => !!name)}
      editLabel={t('value.stories.item.editLabel', { title: story.title })}
      deleteLabel={t('value.stories.item.deleteLabel', { title: story.title })}
      onEdit={onEdit}
      onDelete={onDelete}
      actions={
        <button
          type="button"
          class="button small"
          aria-expanded={sharing}
          onClick={() => setSharing(!sharing)}
        >
          {sharing ? t('value.share.hide') : t('value.share.button')}
        </button>
      }
    >
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
    </ValueItem>
  );
}
