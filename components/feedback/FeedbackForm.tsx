import { t } from '../../lib/i18n';
import {
  FEEDBACK_CHANNELS,
  MAX_SCORE,
  MIN_SCORE,
  type FeedbackChannel,
  type FeedbackInput,
} from '../../lib/model/feedback';
import { Field } from '../common/Field';
import { useFormValues } from '../common/use-form-values';
import { channelLabel, emptyFeedbackForm, feedbackFromForm } from './feedback-form-values';

export interface MeetingOption {
  id: string;
  label: string;
}

interface Props {
  today: string;
  /** The partner's meetings a pulse may be tied to, newest first. */
  meetings: readonly MeetingOption[];
  onSave: (input: Omit<FeedbackInput, 'partnerId' | 'createdBy'>) => void;
  onCancel: () => void;
}

const SCORES = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, i) => MIN_SCORE + i);

/** A feedback pulse: the score, in their words, how it was asked, when, from whom. */
export function FeedbackForm({ today, meetings, onSave, onCancel }: Props) {
  const { values, errors, set, submit } = useFormValues(
    () => emptyFeedbackForm(today),
    feedbackFromForm,
    onSave,
    'feedback-',
  );
  const select = (event: Event) => (event.currentTarget as HTMLSelectElement).value;
  return (
    <form
      class="form inset"
      aria-label={t('concerns.feedback.form.name')}
      onSubmit={submit}
      noValidate
    >
      <div class="field-row">
        <div class="field">
          <label for="feedback-score">{t('concerns.feedback.form.score')}</label>
          <select
            id="feedback-score"
            value={values.score}
            aria-invalid={errors.score ? 'true' : undefined}
            aria-describedby={errors.score ? 'feedback-score-error' : undefined}
            onChange={(e) => set('score')(select(e))}
            autoFocus
          >
            <option value="">{t('concerns.feedback.form.scoreChoose')}</option>
            {SCORES.map((score) => (
              <option key={score} value={String(score)}>
                {t('concerns.feedback.form.scoreOption', { score })}
              </option>
            ))}
          </select>
          {errors.score && (
            <p id="feedback-score-error" class="error">
              {errors.score}
            </p>
          )}
        </div>
        <div class="field">
          <label for="feedback-channel">{t('concerns.feedback.form.channel')}</label>
          <select
            id="feedback-channel"
            value={values.channel}
            onChange={(e) => set('channel')(select(e) as FeedbackChannel)}
          >
            {FEEDBACK_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {channelLabel(channel)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Field
        id="feedback-comment"
        label={t('concerns.feedback.form.comment')}
        value={values.comment}
        onInput={set('comment')}
        multiline
        maxLength={4000}
      />
      <div class="field-row">
        <Field
          id="feedback-date"
          label={t('concerns.feedback.form.date')}
          type="date"
          value={values.date}
          onInput={set('date')}
          error={errors.date}
        />
        <Field
          id="feedback-from"
          label={t('concerns.feedback.form.from')}
          hint={t('concerns.feedback.form.fromHint')}
          value={values.from}
          onInput={set('from')}
        />
      </div>
      {meetings.length > 0 && (
        <div class="field">
          <label for="feedback-meeting">{t('concerns.feedback.form.meeting')}</label>
          <select
            id="feedback-meeting"
            value={values.logEntryId}
            onChange={(e) => set('logEntryId')(select(e))}
          >
            <option value="">{t('concerns.feedback.form.noMeeting')}</option>
            {meetings.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {meeting.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="actions">
        <button type="submit" class="button primary">
          {t('concerns.feedback.form.save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('concerns.feedback.form.cancel')}
        </button>
      </div>
    </form>
  );
}
