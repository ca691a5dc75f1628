import { useRef, useState } from 'preact/hooks';
import type { Checkin } from '../../lib/model/checkin';
import { formatDay, formatNumber, t } from '../../lib/i18n';
import type { BoardColumn } from '../../lib/model/goal';
import type { GoalCardView } from '../../lib/model/goal-view';
import { EarlierYears, type Earlier, type EarlierYearsTexts } from '../common/EarlierYears';
import { focusKey, returnFocusTo, useScreenFocus } from '../common/screen-focus';
import { CheckinForm } from './CheckinForm';
import { columnLabel } from './column-label';
import { DescriptionField } from './DescriptionField';
import { GoalPeers } from './GoalPeers';
import { describeMetric } from './metric-text';
import { withUnit } from './number-text';
import { ProgressBar } from './ProgressBar';
import { Sparkline } from './Sparkline';
import type { DescriptionEditor, NamedRef, PeerOnGoal } from './types';

interface Props {
  card: GoalCardView;
  history: readonly Checkin[];
  columns: BoardColumn[];
  partners: NamedRef[];
  description: DescriptionEditor;
  /** Other people looking at or editing this goal now. */
  peers?: readonly PeerOnGoal[];
  onBack: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onMoveTo: (columnId: string) => void;
  onAddCheckin: (checkin: { date: string; value: number; note?: string }) => void;
  /** The title of the meeting a check-in was recorded in (undefined once it is gone). */
  meetingTitle?: ((logEntryId: string) => string | undefined) | undefined;
  onOpenMeeting?: ((logEntryId: string) => void) | undefined;
  /** Older school years whose check-ins are not loaded yet (a split history). */
  earlier?: Earlier | undefined;
}

const CHECKIN_YEAR_TEXTS: EarlierYearsTexts = {
  notLoaded: (count) => t('goals.years.notLoaded', { count }),
  show: (year) => t('goals.years.show', { year }),
  loading: (year) => t('goals.years.loading', { year }),
  failed: (year, reason) => t('goals.years.failed', { year, reason }),
};

/** A goal's page: progress, the shared description, and its check-in history. */
export function GoalDetail(props: Props) {
  const { card, history } = props;
  const { goal, progress } = card;
  const [addingCheckin, setAddingCheckin] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useScreenFocus(heading, { focus: 'heading', key: goal.id });
  const closeCheckinForm = () => {
    returnFocusTo('add-checkin');
    setAddingCheckin(false);
  };
  const partnerNames = new Map(props.partners.map((p) => [p.id, p.name]));
  const metricText = describeMetric(card);
  const unit = goal.metric.unit;
  const newestFirst = [...history].reverse();
  return (
    <article class="detail goal-detail" aria-labelledby="goal-detail-title">
      <div class="detail-nav">
        <button type="button" class="button link" onClick={props.onBack}>
          {t('goals.detail.back')}
        </button>
      </div>
      <header>
        <h2 id="goal-detail-title" ref={heading} tabIndex={-1}>
          {goal.title}
        </h2>
        {goal.metric.name && <p class="muted goal-metric-name">{goal.metric.name}</p>}
        {props.peers && <GoalPeers peers={props.peers} label={t('goals.detail.hereNow')} />}
      </header>
      <div class="goal-summary">
        <ProgressBar progress={progress} label={t('goals.detail.progress')} large />
        <p class="goal-summary-text">
          {metricText || t('goals.detail.noTarget')}
          {goal.metric.baseline !== undefined && (
            <span class="muted">
              {' '}
              {t(
                goal.metric.direction === 'down'
                  ? 'goals.detail.fromLowerBetter'
                  : 'goals.detail.from',
                { baseline: formatNumber(goal.metric.baseline) },
              )}
            </span>
          )}
        </p>
        <div class="goal-card-meta">
          {card.overdue && <span class="goal-flag overdue">{t('goals.flag.overdue')}</span>}
          {card.stale && <span class="goal-flag stale">{t('goals.flag.stale')}</span>}
          {progress.met && <span class="goal-flag met">{t('goals.flag.met')}</span>}
          {goal.metric.due && (
            <span class="goal-due">
              {t('goals.card.due', { date: formatDay(goal.metric.due) })}
            </span>
          )}
        </div>
      </div>
      <div class="actions">
        <button type="button" class="button" {...focusKey('edit-goal')} onClick={props.onEdit}>
          {t('goals.detail.edit')}
        </button>
        <div class="field inline-field">
          <label for="goal-move-column">{t('goals.detail.column')}</label>
          <select
            id="goal-move-column"
            value={card.column}
            onChange={(event) => props.onMoveTo((event.currentTarget as HTMLSelectElement).value)}
          >
            {props.columns.map((column) => (
              <option key={column.id} value={column.id}>
                {columnLabel(column)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="button danger" onClick={props.onDelete}>
          {t('goals.detail.delete')}
        </button>
      </div>
      <DescriptionField
        id="goal-live-description"
        label={t('goals.detail.description')}
        value={props.description.value}
        onEdit={props.description.edit}
        carets={props.description.carets}
        onCaret={props.description.onCaret}
      />
      {(goal.owners.length > 0 || goal.partnerIds.length > 0 || goal.tags.length > 0) && (
        <dl class="contact-list">
          {goal.owners.length > 0 && (
            <>
              <dt>{t('goals.detail.owners')}</dt>
              <dd>{goal.owners.join(', ')}</dd>
            </>
          )}
          {goal.partnerIds.length > 0 && (
            <>
              <dt>{t('goals.detail.partners')}</dt>
              <dd>
                {goal.partnerIds.map((id) => (
                  <span key={id} class="tag partner-tag">
                    {partnerNames.get(id) ?? t('goals.detail.removedPartner')}
                  </span>
                ))}
              </dd>
            </>
          )}
          {goal.tags.length > 0 && (
            <>
              <dt>{t('goals.detail.tags')}</dt>
              <dd>
                {goal.tags.map((tag) => (
                  <span key={tag} class="tag">
                    #{tag}
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>
      )}
      <section class="section" aria-labelledby="checkins-title">
        <div class="section-header">
          <h3 id="checkins-title">
            {t(props.earlier?.next ? 'goals.detail.checkinsLoaded' : 'goals.detail.checkins', {
              count: formatNumber(history.length),
            })}
          </h3>
          {!addingCheckin && (
            <button
              type="button"
              class="button primary"
              {...focusKey('add-checkin')}
              onClick={() => setAddingCheckin(true)}
            >
              {t('goals.detail.addCheckin')}
            </button>
          )}
        </div>
        {addingCheckin && (
          <CheckinForm
            unit={unit}
            onCancel={closeCheckinForm}
            onSave={(checkin) => {
              props.onAddCheckin(checkin);
              closeCheckinForm();
            }}
          />
        )}
        <Sparkline
          checkins={history}
          baseline={goal.metric.baseline}
          target={goal.metric.target}
          unit={unit}
        />
        {history.length === 0 && !addingCheckin && !props.earlier?.next && (
          <p class="muted">{t('goals.detail.noCheckins')}</p>
        )}
        <ol class="checkin-list" aria-label={t('goals.detail.history')}>
          {newestFirst.map((checkin) => (
            <li key={checkin.id} class="checkin" aria-labelledby={`checkin-${checkin.id}`}>
              <span id={`checkin-${checkin.id}`} class="checkin-value">
                {withUnit(checkin.value, unit)}
              </span>
              <span class="muted small">
                {formatDay(checkin.date)}
                {checkin.author ? ` · ${checkin.author}` : ''}
              </span>
              {checkin.note && <p class="checkin-note">{checkin.note}</p>}
              {checkin.logEntryId && (
                <MeetingLink
                  title={props.meetingTitle?.(checkin.logEntryId)}
                  onOpen={
                    props.onOpenMeeting &&
                    (() => checkin.logEntryId && props.onOpenMeeting?.(checkin.logEntryId))
                  }
                />
              )}
            </li>
          ))}
        </ol>
        {props.earlier && <EarlierYears earlier={props.earlier} texts={CHECKIN_YEAR_TEXTS} />}
      </section>
    </article>
  );
}

/** Where a check-in recorded in a meeting came from: a link back to the meeting's page. */
function MeetingLink({
  title,
  onOpen,
}: {
  title: string | undefined;
  onOpen?: (() => void) | undefined;
}) {
  if (title === undefined) return <p class="muted small">{t('goals.detail.fromMeetingGone')}</p>;
  const text = t('goals.detail.fromMeeting', { title });
  return onOpen ? (
    <button type="button" class="button link inline small" onClick={onOpen}>
      {text}
    </button>
  ) : (
    <p class="muted small">{text}</p>
  );
}
