import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { ConcernMoveError, isOpenStatus, type Concern } from '../../lib/model/concern';
import type { Lesson } from '../../lib/model/lesson';
import type { ToastMessage } from '../common/Toast';
import { ConcernForm } from './ConcernForm';
import { ConcernItem } from './ConcernItem';
import { moveProblemText, statusLabel } from './labels';
import type { ConcernActions } from './types';
import './concerns.css';

interface Props {
  partnerId: string;
  partnerName: string;
  /** The partner's concerns, open ones first. */
  concerns: readonly Concern[];
  lessonOf: (id: string | undefined) => Lesson | undefined;
  today: string;
  me: string;
  actions: ConcernActions;
  notify: (toast: Omit<ToastMessage, 'id'>) => void;
}

/** The partner page's concerns: raise one, move it through the conversation, see what was learned. */
export function PartnerConcerns(props: Props) {
  const { concerns, actions, notify } = props;
  const [raising, setRaising] = useState(false);
  const open = concerns.filter((concern) => isOpenStatus(concern.status));
  const closed = concerns.filter((concern) => !isOpenStatus(concern.status));
  const lessons = closed
    .map((concern) => ({ concern, lesson: props.lessonOf(concern.lessonId) }))
    .filter((pair): pair is { concern: Concern; lesson: Lesson } => pair.lesson !== undefined);
  const undoable = (text: string) =>
    notify({ text, actionLabel: t('concerns.toast.undo'), onAction: actions.undo });

  const item = (concern: Concern) => (
    <ConcernItem
      key={concern.id}
      concern={concern}
      lesson={props.lessonOf(concern.lessonId)}
      today={props.today}
      onMove={(step, analysis) => {
        try {
          actions.move(concern.id, step, analysis);
        } catch (error) {
          if (error instanceof ConcernMoveError) return moveProblemText(error.code);
          throw error;
        }
        undoable(
          step.to === 'resolved'
            ? t('concerns.toast.resolved')
            : t('concerns.toast.moved', { status: statusLabel(step.to) }),
        );
        return null;
      }}
      onDelete={() => {
        actions.remove(concern.id);
        undoable(t('concerns.toast.deleted'));
      }}
    />
  );

  return (
    <section class="section partner-concerns" aria-labelledby="concerns-title">
      <div class="section-header">
        <h3 id="concerns-title">{t('concerns.heading')}</h3>
        {!raising && (
          <button type="button" class="button" onClick={() => setRaising(true)}>
            {t('concerns.raise')}
          </button>
        )}
      </div>
      {raising && (
        <ConcernForm
          today={props.today}
          me={props.me}
          onSave={(input) => {
            actions.raise({ ...input, partnerId: props.partnerId });
            setRaising(false);
            undoable(t('concerns.toast.raised'));
          }}
          onCancel={() => setRaising(false)}
        />
      )}
      {concerns.length === 0 && !raising && <p class="muted">{t('concerns.none')}</p>}
      {concerns.length > 0 && (
        <p class="muted small" role="status">
          {t('concerns.openCount', { count: open.length })}
        </p>
      )}
      {open.length > 0 && (
        <ul class="concern-list" aria-label={t('concerns.list', { name: props.partnerName })}>
          {open.map(item)}
        </ul>
      )}
      {closed.length > 0 && (
        <details class="closed-concerns">
          <summary>{t('concerns.closedHeading', { count: closed.length })}</summary>
          <ul class="concern-list">{closed.map(item)}</ul>
        </details>
      )}
      {lessons.length > 0 && (
        <section aria-labelledby="lessons-title">
          <h4 id="lessons-title">{t('concerns.lessons.heading')}</h4>
          <ul class="lesson-list">
            {lessons.map(({ concern, lesson }) => (
              <li key={lesson.id} aria-labelledby={`lesson-title-${lesson.id}`}>
                <strong id={`lesson-title-${lesson.id}`}>{lesson.change ?? lesson.title}</strong>
                <br />
                <a
                  href={`#concern-${concern.id}`}
                  class="small"
                  onClick={() => {
                    const details = document
                      .getElementById(`concern-${concern.id}`)
                      ?.closest('details');
                    if (details) details.open = true;
                  }}
                >
                  {t('concerns.lesson.from', { text: concern.text })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
