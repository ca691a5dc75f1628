import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Lesson } from '../../lib/model/lesson';
import type { Story } from '../../lib/model/story';
import type { ToastMessage } from '../common/Toast';
import { emptyLessonForm, lessonToForm } from './lesson-form-values';
import { LessonForm } from './LessonForm';
import { LessonItem } from './LessonItem';
import { emptyStoryForm, storyToForm } from './story-form-values';
import { StoryForm } from './StoryForm';
import { StoryItem } from './StoryItem';
import type { StoryActions, StoryLinks } from './types';
import '../contributions/contributions.css';

export interface StoriesAndLessonsProps {
  /** Prefix for element ids, so two lists on one screen never share one. */
  idPrefix: string;
  stories: readonly Story[];
  lessons: readonly Lesson[];
  links: StoryLinks;
  actions: StoryActions;
  today: string;
  /** The partners a new story or lesson starts with (the partner whose page this is). */
  partnerIds?: string[];
  notify: (toast: Omit<ToastMessage, 'id'>) => void;
  /** Puts text on the clipboard (the browser's by default; a test's spy). */
  copy?: (text: string) => Promise<void>;
  /** True when a search found nothing (the lists say "No stories match" instead of none yet). */
  filtered?: boolean;
}

type Editing =
  | { mode: 'closed' }
  | { mode: 'new-story' }
  | { mode: 'new-lesson' }
  | { mode: 'story'; id: string }
  | { mode: 'lesson'; id: string };

const browserCopy = (text: string) =>
  typeof navigator !== 'undefined' && navigator.clipboard
    ? navigator.clipboard.writeText(text)
    : Promise.reject(new Error('no clipboard'));

/** Success stories and lessons learned: their lists, `Add story`, `Add lesson` and their forms. */
export function StoriesAndLessons(props: StoriesAndLessonsProps) {
  const { stories, lessons, links, actions, notify, idPrefix } = props;
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const copy = props.copy ?? browserCopy;
  const close = () => setEditing({ mode: 'closed' });
  const toast = (text: string) =>
    notify({ text, actionLabel: t('value.undo'), onAction: actions.undo });
  const partnerIds = props.partnerIds ?? [];
  const story = editing.mode === 'story' ? stories.find((s) => s.id === editing.id) : undefined;
  const lesson = editing.mode === 'lesson' ? lessons.find((l) => l.id === editing.id) : undefined;
  return (
    <section class="section stories-and-lessons" aria-labelledby={`${idPrefix}-value-title`}>
      <h3 id={`${idPrefix}-value-title`}>{t('value.stories.partnerHeading')}</h3>
      <div class="value-group">
        <div class="section-header">
          <h4 id={`${idPrefix}-stories`}>{t('value.stories.heading')}</h4>
          {editing.mode === 'closed' && (
            <button type="button" class="button" onClick={() => setEditing({ mode: 'new-story' })}>
              {t('value.stories.add')}
            </button>
          )}
        </div>
        {(editing.mode === 'new-story' || story) && (
          <StoryForm
            key={story?.id ?? 'new'}
            initial={story ? storyToForm(story) : emptyStoryForm(props.today, partnerIds)}
            links={links}
            onSave={(input) => {
              if (story) actions.updateStory(story.id, input);
              else actions.addStory(input);
              close();
              toast(t('value.stories.toast.saved'));
            }}
            onCancel={close}
          />
        )}
        {stories.length === 0 ? (
          <p class="muted">
            {props.filtered ? t('value.stories.noMatch') : t('value.stories.none')}
          </p>
        ) : (
          <ul class="story-list" aria-label={t('value.stories.list')}>
            {stories.map((item) => (
              <StoryItem
                key={item.id}
                story={item}
                partnerName={links.partnerName}
                onEdit={() => setEditing({ mode: 'story', id: item.id })}
                onDelete={() => {
                  actions.removeStory(item.id);
                  toast(t('value.stories.toast.deleted'));
                }}
                notify={notify}
                copy={copy}
              />
            ))}
          </ul>
        )}
      </div>
      <div class="value-group">
        <div class="section-header">
          <h4 id={`${idPrefix}-lessons`}>{t('value.lessons.heading')}</h4>
          {editing.mode === 'closed' && (
            <button type="button" class="button" onClick={() => setEditing({ mode: 'new-lesson' })}>
              {t('value.lessons.add')}
            </button>
          )}
        </div>
        {(editing.mode === 'new-lesson' || lesson) && (
          <LessonForm
            key={lesson?.id ?? 'new'}
            initial={lesson ? lessonToForm(lesson) : emptyLessonForm(props.today, partnerIds)}
            links={links}
            onSave={(input) => {
              if (lesson) actions.updateLesson(lesson.id, input);
              else actions.addLesson(input);
              close();
              toast(t('value.lessons.toast.saved'));
            }}
            onCancel={close}
          />
        )}
        {lessons.length === 0 ? (
          <p class="muted">{t('value.lessons.none')}</p>
        ) : (
          <ul class="value-lesson-list" aria-label={t('value.lessons.list')}>
            {lessons.map((item) => (
              <LessonItem
                key={item.id}
                lesson={item}
                partnerName={links.partnerName}
                onEdit={() => setEditing({ mode: 'lesson', id: item.id })}
                onDelete={() => {
                  actions.removeLesson(item.id);
                  toast(t('value.lessons.toast.deleted'));
                }}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
