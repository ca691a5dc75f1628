import { useRef, useState } from 'preact/hooks';
import { formatDay, formatList, t } from '../../lib/i18n';
import {
  isOpenStatus,
  nextStatuses,
  type Concern,
  type ConcernStatus,
  type PostAnalysis,
  type StepInput,
} from '../../lib/model/concern';
import type { Lesson } from '../../lib/model/lesson';
import { sideLabel, statusLabel } from './labels';
import { StepForm } from './StepForm';

interface Props {
  concern: Concern;
  lesson: Lesson | undefined;
  today: string;
  /** Returns the worded refusal when the model refused the move, or null. */
  onMove: (step: Omit<StepInput, 'by'>, analysis?: PostAnalysis) => string | null;
  onDelete: () => void;
}

/** One concern: what, who, where it stands, the conversation so far, and where it can go next. */
export function ConcernItem({ concern, lesson, today, onMove, onDelete }: Props) {
  const [moving, setMoving] = useState<ConcernStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // When the step form closes, focus returns to the concern instead of falling to the page.
  const textRef = useRef<HTMLParagraphElement>(null);
  const closeForm = () => {
    setMoving(null);
    setProblem(null);
    textRef.current?.focus();
  };
  const titleId = `concern-${concern.id}-title`;
  const side = sideLabel(concern.side);
  const date = concern.date ? formatDay(concern.date) : '';
  return (
    <li
      id={`concern-${concern.id}`}
      class={`concern ${isOpenStatus(concern.status) ? 'open' : 'closed'}`}
      aria-labelledby={titleId}
    >
      <p id={titleId} class="concern-text" tabIndex={-1} ref={textRef}>
        {concern.text}
      </p>
      <p class="muted small">
        <span class={`status-pill status-${concern.status}`}>
          {t('concerns.item.status', { status: statusLabel(concern.status) })}
        </span>{' '}
        {concern.raisedBy
          ? t('concerns.item.meta', { side, who: concern.raisedBy, date })
          : t('concerns.item.metaNoWho', { side, date })}
      </p>
      {concern.steps.length > 0 && (
        <ol class="concern-steps" aria-label={t('concerns.item.steps')}>
          {concern.steps.map((step, index) => (
            <li key={`${step.at}-${index}`}>
              <span>
                {t('concerns.item.step', {
                  date: formatDay(step.date),
                  from: statusLabel(step.from),
                  to: statusLabel(step.to),
                })}
              </span>
              {step.people.length > 0 && (
                <span class="muted">
                  {' · '}
                  {t('concerns.item.people', { people: formatList(step.people) })}
                </span>
              )}
              {step.note && <p class="small step-note">{step.note}</p>}
            </li>
          ))}
        </ol>
      )}
      {lesson && (
        <section
          class="lesson inset"
          id={`lesson-${lesson.id}`}
          aria-label={t('concerns.lesson.heading')}
        >
          <h4>{t('concerns.lesson.heading')}</h4>
          <dl>
            <dt>{t('concerns.lesson.rootCause')}</dt>
            <dd>{lesson.learned}</dd>
            <dt>{t('concerns.lesson.change')}</dt>
            <dd>{lesson.change}</dd>
          </dl>
        </section>
      )}
      {moving ? (
        <StepForm
          concernId={concern.id}
          from={concern.status}
          to={moving}
          today={today}
          problem={problem ?? undefined}
          onSave={(step, analysis) => {
            const refused = onMove(step, analysis);
            if (refused) setProblem(refused);
            else closeForm();
          }}
          onCancel={closeForm}
        />
      ) : (
        <div class="concern-actions" role="group" aria-label={t('concerns.item.moveTo')}>
          <span class="muted small">{t('concerns.item.moveTo')}</span>
          {nextStatuses(concern.status).map((status) => (
            <button
              key={status}
              type="button"
              class="button small"
              onClick={() => setMoving(status)}
            >
              {statusLabel(status)}
            </button>
          ))}
          <button
            type="button"
            class="button small danger"
            aria-label={t('concerns.item.deleteLabel', { text: concern.text })}
            onClick={onDelete}
          >
            {t('concerns.item.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
