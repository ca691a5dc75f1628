import { formatDay, formatList, t } from '../../lib/i18n';
import type { Lesson } from '../../lib/model/lesson';

interface Props {
  lesson: Lesson;
  partnerName: (id: string) => string | undefined;
  onEdit: () => void;
  onDelete: () => void;
}

/** One lesson learned: what happened, what we learned, what we change; marked when a concern left it. */
export function LessonItem({ lesson, partnerName, onEdit, onDelete }: Props) {
  const partners = lesson.partnerIds.map(partnerName).filter((name): name is string => !!name);
  const titleId = `value-lesson-${lesson.id}`;
  return (
    <li class="value-lesson" aria-labelledby={titleId}>
      <div class="story-main">
        <span id={titleId} class="story-title">
          {lesson.title}
        </span>
        {lesson.concernId && (
          <>
            {' '}
            <span class="celebrate-pill">{t('value.lessons.fromConcern')}</span>
          </>
        )}
        <p class="muted small">
          {[lesson.date ? formatDay(lesson.date) : '', formatList(partners)]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {lesson.body && <p class="small story-body">{lesson.body}</p>}
        {lesson.learned && (
          <p class="small story-body">{t('value.lessons.learned', { text: lesson.learned })}</p>
        )}
        {lesson.change && (
          <p class="small story-body">{t('value.lessons.change', { text: lesson.change })}</p>
        )}
      </div>
      <div class="story-actions">
        <button
          type="button"
          class="button small"
          aria-label={t('value.lessons.item.editLabel', { title: lesson.title })}
          onClick={onEdit}
        >
          {t('value.edit')}
        </button>
        <button
          type="button"
          class="button small danger"
          aria-label={t('value.lessons.item.deleteLabel', { title: lesson.title })}
          onClick={onDelete}
        >
          {t('value.delete')}
        </button>
      </div>
    </li>
  );
}
