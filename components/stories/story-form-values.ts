import { t } from '../../lib/i18n';
import { isValidDay } from '../../lib/model/days';
import { LIMITS } from '../../lib/model/fields';
import type { Story } from '../../lib/model/story';
import { formatListInput, parseListInput } from '../common/list-input';
import type { StoryFields } from './types';

/** The story form's fields, as typed and chosen. */
export interface StoryFormValues {
  title: string;
  body: string;
  date: string;
  partnerIds: string[];
  goalIds: string[];
  thanks: string;
  celebrate: boolean;
}

export type StoryFormErrors = Partial<Record<'title' | 'date', string>>;

export const emptyStoryForm = (today: string, partnerIds: string[] = []): StoryFormValues => ({
  title: '',
  body: '',
  date: today,
  partnerIds,
  goalIds: [],
  thanks: '',
  celebrate: false,
});

export const storyToForm = (story: Story): StoryFormValues => ({
  title: story.title,
  body: story.body ?? '',
  date: story.date ?? '',
  partnerIds: [...story.partnerIds],
  goalIds: [...story.goalIds],
  thanks: formatListInput(story.thanks),
  celebrate: story.celebrate,
});

export function storyFromForm(
  values: StoryFormValues,
): { ok: true; input: StoryFields } | { ok: false; errors: StoryFormErrors } {
  const errors: StoryFormErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = t('value.story.form.error.title');
  else if (title.length > LIMITS.name)
    errors.title = t('common.input.tooLong', { count: title.length, max: LIMITS.name });
  if (values.date && !isValidDay(values.date)) errors.date = t('value.story.form.error.date');
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      title,
      body: values.body.trim() || undefined,
      date: values.date || undefined,
      partnerIds: values.partnerIds,
      goalIds: values.goalIds,
      thanks: parseListInput(values.thanks),
      celebrate: values.celebrate,
    },
  };
}
