import { t, type MessageKey } from '../../lib/i18n';
import { isValidDay } from '../../lib/model/days';
import { isScore, type FeedbackChannel, type FeedbackInput } from '../../lib/model/feedback';

/** The record-feedback form's fields, as chosen and typed. */
export interface FeedbackFormValues {
  score: string;
  comment: string;
  channel: FeedbackChannel;
  date: string;
  from: string;
  logEntryId: string;
}

export type FeedbackFormErrors = Partial<Record<keyof FeedbackFormValues, string>>;

export const emptyFeedbackForm = (today: string): FeedbackFormValues => ({
  score: '',
  comment: '',
  channel: 'conversation',
  date: today,
  from: '',
  logEntryId: '',
});

export function feedbackFromForm(
  values: FeedbackFormValues,
):
  | { ok: true; input: Omit<FeedbackInput, 'partnerId' | 'createdBy'> }
  | { ok: false; errors: FeedbackFormErrors } {
  const errors: FeedbackFormErrors = {};
  const score = Number(values.score);
  if (!values.score.trim() || !isScore(score))
    errors.score = t('concerns.feedback.form.error.score');
  if (!isValidDay(values.date)) errors.date = t('concerns.feedback.form.error.date');
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      score,
      comment: values.comment.trim() || undefined,
      channel: values.channel,
      date: values.date,
      from: values.from.trim() || undefined,
      logEntryId: values.logEntryId || undefined,
    },
  };
}

const CHANNEL_KEYS: Record<FeedbackChannel, MessageKey> = {
  survey: 'concerns.feedback.channel.survey',
  'focus-group': 'concerns.feedback.channel.focusGroup',
  meeting: 'concerns.feedback.channel.meeting',
  conversation: 'concerns.feedback.channel.conversation',
};

export const channelLabel = (channel: FeedbackChannel) => t(CHANNEL_KEYS[channel]);
