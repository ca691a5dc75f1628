import { t } from '../../lib/i18n';
import { isValidDay } from '../../lib/model/days';
import { LIMITS } from '../../lib/model/fields';
import type { Lesson } from '../../lib/model/lesson';
import type { LessonFields } from './types';

/** The lesson form's fields, as typed and chosen. */
export interface LessonFormValues {
  title: string;
  body: string;
  learned: string;
  change: string;
  date: string;
  partnerIds: string[];
  goalIds: string[];
}

export type LessonFormErrors = Partial<Record<'title' | 'date', string>>;

/** How much of "what we learned" and "what we change" the model keeps. */
export const LESSON_TEXT_MAX = 4000;

export const emptyLessonForm = (today: string, partnerIds: string[] = []): LessonFormValues => ({
  title: '',
  body: '',
  learned: '',
  change: '',
  date: today,
  partnerIds,
  goalIds: [],
});

export const lessonToForm = (lesson: Lesson): LessonFormValues => ({
  title: lesson.title,
  body: lesson.body ?? '',
  learned: lesson.learned ?? '',
  change: lesson.change ?? '',
  date: lesson.date ?? '',
  partnerIds: [...lesson.partnerIds],
  goalIds: [...lesson.goalIds],
});

export function lessonFromForm(
  values: LessonFormValues,
): { ok: true; input: LessonFields } | { ok: false; errors: LessonFormErrors } {
  const errors: LessonFormErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = t('value.lesson.form.error.title');
  else if (title.length > LIMITS.shortText)
    errors.title = t('common.input.tooLong', { count: title.length, max: LIMITS.shortText });
  if (values.date && !isValidDay(values.date)) errors.date = t('value.lesson.form.error.date');
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      title,
      body: values.body.trim() || undefined,
      learned: values.learned.trim() || undefined,
      change: values.change.trim() || undefined,
      date: values.date || undefined,
      partnerIds: values.partnerIds,
      goalIds: values.goalIds,
    },
  };
}
