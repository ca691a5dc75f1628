import { useState } from 'preact/hooks';
import { formatDay, t } from '../../lib/i18n';
import type { Feedback } from '../../lib/model/feedback';
import type { FeedbackTrend } from '../../lib/model/feedback-trend';
import { surveyQuestions, type AgreementTexts } from '../../lib/model/survey';
import { EarlierYears, type Earlier, type EarlierYearsTexts } from '../common/EarlierYears';
import type { ToastMessage } from '../common/Toast';
import { FeedbackChart } from './FeedbackChart';
import { channelLabel } from './feedback-form-values';
import { FeedbackForm, type MeetingOption } from './FeedbackForm';
import { surveyText, type SurveyFormat } from './survey-text';
import { TrendSummary } from './TrendSummary';
import type { FeedbackActions } from './types';
import '../concerns/concerns.css';

interface Props {
  partnerId: string;
  partnerName: string;
  /** The partner's pulses, oldest first. */
  pulses: readonly Feedback[];
  trend: FeedbackTrend;
  meetings: readonly MeetingOption[];
  /** The partnership agreement's texts, when there is one: the survey draws on them. */
  agreement?: AgreementTexts | undefined;
  today: string;
  actions: FeedbackActions;
  notify: (toast: Omit<ToastMessage, 'id'>) => void;
  /** Puts text on the clipboard (the browser's by default; a test's spy). */
  copy?: (text: string) => Promise<void>;
  /** Older school years whose pulses are not loaded yet (a split history). */
  earlier?: Earlier | undefined;
}

const YEAR_TEXTS: EarlierYearsTexts = {
  notLoaded: (count) => t('concerns.feedback.years.notLoaded', { count }),
  show: (year) => t('concerns.feedback.years.show', { year }),
  loading: (year) => t('concerns.feedback.years.loading', { year }),
  failed: (year, reason) => t('concerns.feedback.years.failed', { year, reason }),
};

const browserCopy = (text: string) =>
  typeof navigator !== 'undefined' && navigator.clipboard
    ? navigator.clipboard.writeText(text)
    : Promise.reject(new Error('no clipboard'));

/** The partner page's feedback: pulses over time, the 90-day trend, and a survey to send. */
export function PartnerFeedback(props: Props) {
  const { pulses, actions, notify } = props;
  const [recording, setRecording] = useState(false);
  const copy = props.copy ?? browserCopy;
  const copySurvey = (format: SurveyFormat) => {
    const text = surveyText(surveyQuestions(props.agreement), props.partnerName, format);
    copy(text).then(
      () => notify({ text: t('concerns.survey.copied') }),
      () => notify({ text: t('concerns.survey.noClipboard') }),
    );
  };
  const newestFirst = [...pulses].reverse();
  return (
    <section class="section partner-feedback" aria-labelledby="feedback-title">
      <div class="section-header">
        <h3 id="feedback-title">{t('concerns.feedback.heading')}</h3>
        {!recording && (
          <button type="button" class="button" onClick={() => setRecording(true)}>
            {t('concerns.feedback.record')}
          </button>
        )}
      </div>
      <div class="feedback-toolbar">
        <button type="button" class="button small" onClick={() => copySurvey('text')}>
          {t('concerns.survey.copy')}
        </button>
        <button type="button" class="button small" onClick={() => copySurvey('markdown')}>
          {t('concerns.survey.copyMarkdown')}
        </button>
      </div>
      {recording && (
        <FeedbackForm
          today={props.today}
          meetings={props.meetings}
          onSave={(input) => {
            actions.record({ ...input, partnerId: props.partnerId });
            setRecording(false);
            notify({
              text: t('concerns.feedback.toast.saved'),
              actionLabel: t('concerns.toast.undo'),
              onAction: actions.undo,
            });
          }}
          onCancel={() => setRecording(false)}
        />
      )}
      {pulses.length === 0 && !recording && (
        <p class="muted">
          {t(props.earlier?.next ? 'concerns.feedback.noneLoaded' : 'concerns.feedback.none')}
        </p>
      )}
      {pulses.length > 0 && (
        <>
          <FeedbackChart pulses={pulses} />
          <TrendSummary trend={props.trend} />
          <ul
            class="feedback-list"
            aria-label={t('concerns.feedback.list', { name: props.partnerName })}
          >
            {newestFirst.map((pulse) => {
              const score = t('concerns.feedback.item.score', { score: pulse.score });
              const date = formatDay(pulse.date);
              return (
                <li key={pulse.id} class="feedback-item" aria-labelledby={`pulse-${pulse.id}`}>
                  <div>
                    <span id={`pulse-${pulse.id}`} class="feedback-score">
                      {score}
                    </span>{' '}
                    <span class="muted small">
                      {t('concerns.feedback.item.meta', {
                        date,
                        channel: channelLabel(pulse.channel),
                      })}
                      {pulse.from
                        ? ` · ${t('concerns.feedback.item.from', { from: pulse.from })}`
                        : ''}
                    </span>
                    {pulse.comment && <p class="small step-note">{pulse.comment}</p>}
                  </div>
                  <button
                    type="button"
                    class="button small danger"
                    aria-label={t('concerns.feedback.item.deleteLabel', { date })}
                    onClick={() => {
                      actions.remove(pulse.id);
                      notify({
                        text: t('concerns.feedback.toast.deleted'),
                        actionLabel: t('concerns.toast.undo'),
                        onAction: actions.undo,
                      });
                    }}
                  >
                    {t('concerns.feedback.item.delete')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {props.earlier && <EarlierYears earlier={props.earlier} texts={YEAR_TEXTS} />}
    </section>
  );
}
