import { personInitials } from '../common/initials';
import { memo } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDay, formatList, t, type MessageKey } from '../../lib/i18n';
import type { GoalCardView } from '../../lib/model/goal-view';
import { GoalPeers } from './GoalPeers';
import { describeMetric } from './metric-text';
import { ProgressBar } from './ProgressBar';
import type { MoveDirection, PeerOnGoal } from './types';

interface Props {
  card: GoalCardView;
  partnerNames: string[];
  /** Which moves make sense here (no "Move left" in the first column). */
  canMove: Record<MoveDirection, boolean>;
  /** The list layout: columns are stacked, so there is no left or right, only other columns. */
  stacked?: boolean;
  /** Given in the list layout: "Move to <column>" replaces "Move left". */
  previousColumn?: string | undefined;
  /** Given in the list layout: "Move to <column>" replaces "Move right". */
  nextColumn?: string | undefined;
  focusRequested: boolean;
  /** Other people looking at or editing this goal now. */
  peers?: readonly PeerOnGoal[];
  onOpen: (id: string) => void;
  onMove: (id: string, direction: MoveDirection) => void;
  onDragStart: (id: string) => void;
  onDragEnd: () => void;
}

const MOVE_LABELS: Record<MoveDirection, MessageKey> = {
  left: 'goals.card.moveLeft',
  right: 'goals.card.moveRight',
  up: 'goals.card.moveUp',
  down: 'goals.card.moveDown',
};

/** The column a move to the side lands in, when the list layout named it. */
function targetColumn(
  direction: MoveDirection,
  previousColumn: string | undefined,
  nextColumn: string | undefined,
): string | undefined {
  if (direction === 'left') return previousColumn;
  if (direction === 'right') return nextColumn;
  return undefined;
}

/** "Move left" on the board; "Move to Planned" in the list, where columns are stacked. */
function moveLabel(direction: MoveDirection, column: string | undefined): string {
  return column ? t('goals.card.moveTo', { column }) : t(MOVE_LABELS[direction]);
}

/**
 * The moves the card menu offers. Stacked (the list layout), a move to a column that does not
 * exist is left out rather than shown disabled as "Move left", which means nothing there.
 */
function moveDirections(
  stacked: boolean,
  previousColumn: string | undefined,
  nextColumn: string | undefined,
): MoveDirection[] {
  const all: MoveDirection[] = ['left', 'up', 'down', 'right'];
  if (!stacked) return all;
  return all.filter(
    (d) => d === 'up' || d === 'down' || targetColumn(d, previousColumn, nextColumn),
  );
}

const KEY_MOVES: Record<string, MoveDirection> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * One goal on the board: a list item named by its title. Drag it, or move it
 * from its menu or with Alt+Arrow keys while it (or anything in it) has focus.
 */
export const GoalCard = memo(function GoalCard({
  card,
  partnerNames,
  canMove,
  stacked = false,
  previousColumn,
  nextColumn,
  focusRequested,
  peers,
  onOpen,
  onMove,
  onDragStart,
  onDragEnd,
}: Props) {
  const { goal, progress } = card;
  const [menuOpen, setMenuOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const titleButton = useRef<HTMLButtonElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const titleId = `goal-title-${goal.id}`;

  useEffect(() => {
    if (focusRequested) titleButton.current?.focus();
  }, [focusRequested]);

  const move = (direction: MoveDirection) => {
    setMenuOpen(false);
    onMove(goal.id, direction);
  };

  const metricText = describeMetric(card);
  const ownersText =
    goal.owners.length > 0 ? t('goals.card.owners', { names: formatList(goal.owners) }) : '';
  return (
    <li
      class={`goal-card${dragging ? ' dragging' : ''}${card.overdue ? ' is-overdue' : ''}`}
      aria-labelledby={titleId}
      draggable
      data-goal-id={goal.id}
      onDragStart={(event) => {
        event.dataTransfer?.setData('application/x-bridgework-goal', goal.id);
        event.dataTransfer?.setData('text/plain', goal.title);
        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
        setDragging(true);
        onDragStart(goal.id);
      }}
      onDragEnd={() => {
        setDragging(false);
        onDragEnd();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && menuOpen) {
          setMenuOpen(false);
          menuButton.current?.focus();
          return;
        }
        const direction = event.altKey && !event.ctrlKey && !event.metaKey && KEY_MOVES[event.key];
        if (!direction) return;
        event.preventDefault();
        if (canMove[direction]) onMove(goal.id, direction);
      }}
    >
      <div class="goal-card-head">
        <button
          ref={titleButton}
          type="button"
          id={titleId}
          class="goal-card-title"
          title={t('goals.card.openHint')}
          onClick={() => onOpen(goal.id)}
        >
          {goal.title}
        </button>
        <button
          ref={menuButton}
          type="button"
          class="icon-button goal-card-menu-button"
          aria-label={t('goals.card.actionsFor', { title: goal.title })}
          aria-expanded={menuOpen}
          aria-haspopup="true"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          ⋯
        </button>
      </div>
      {menuOpen && (
        <div
          class="goal-card-menu"
          role="group"
          aria-label={t('goals.card.moveGroup', { title: goal.title })}
        >
          {moveDirections(stacked, previousColumn, nextColumn).map((direction) => (
            <button
              key={direction}
              type="button"
              class="button small"
              disabled={!canMove[direction]}
              onClick={() => move(direction)}
            >
              {moveLabel(direction, targetColumn(direction, previousColumn, nextColumn))}
            </button>
          ))}
        </div>
      )}
      {(metricText || progress.fraction !== null) && (
        <div class="goal-card-metric">
          <ProgressBar
            progress={progress}
            label={t('goals.card.progressOf', { title: goal.title })}
          />
          {metricText && <span class="goal-card-metric-text">{metricText}</span>}
        </div>
      )}
      {peers && peers.length > 0 && (
        <GoalPeers peers={peers} label={t('goals.card.hereNowOn', { title: goal.title })} />
      )}
      <div class="goal-card-meta">
        {card.overdue && <span class="goal-flag overdue">{t('goals.flag.overdue')}</span>}
        {card.stale && <span class="goal-flag stale">{t('goals.flag.stale')}</span>}
        {goal.metric.due && (
          <span class="goal-due">
            {t(card.overdue ? 'goals.card.wasDue' : 'goals.card.due', {
              date: formatDay(goal.metric.due),
            })}
          </span>
        )}
        {partnerNames.map((name) => (
          <span key={name} class="tag partner-tag">
            {name}
          </span>
        ))}
        {goal.tags.map((tag) => (
          <span key={tag} class="tag">
            #{tag}
          </span>
        ))}
        {goal.owners.length > 0 && (
          <span class="goal-owners" title={ownersText}>
            <span class="visually-hidden">{ownersText}</span>
            {goal.owners.slice(0, 3).map((owner) => (
              <span key={owner} class="owner-dot" aria-hidden="true">
                {personInitials(owner)}
              </span>
            ))}
          </span>
        )}
      </div>
    </li>
  );
});
