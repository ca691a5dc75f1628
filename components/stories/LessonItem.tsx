import { t } from '../../lib/i18n';
import type { Lesson } from '../../lib/model/lesson';
import { ValueItem } from './ValueItem';

interface Props {
  lesson: Lesson;
  partnerName: (id: string) => string | undefined;
  onEdit: () => void;
  onDelete: () => void;
}

/** One lesson learned: what happened, what we learned, what we change; marked when a concern left it. */
export function LessonItem({ lesson, partnerName, onEdit, onDelete }: Props) {
  return (
    <ValueItem
      class="value-lesson"
      titleId={`value-lesson-${lesson.id}`}
      title={lesson.title}
      pill={lesson.concernId ? t('value.lessons.fromConcern') : undefined}
      date={lesson.date}
      partners={lesson.partnerIds.map(partnerName).filter((name): name is string => !!name)}
      editLabel={t('value.lessons.item.editLabel', { title: lesson.title })}
      deleteLabel={t('value.lessons.item.deleteLabel', { title: lesson.title })}
      onEdit={onEdit}
      onDelete={onDelete}
    >
      {lesson.body && <p class="small story-body">{lesson.body}</p>}
      {lesson.learned && (
        <p class="small story-body">{t('value.lessons.learned', { text: lesson.learned })}</p>
      )}
      {lesson.change && (
        <p class="small story-body">{t('value.lessons.change', { text: lesson.change })}</p>
      )}
    </ValueItem>
  );
}
