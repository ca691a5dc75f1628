import { personInitials } from '../common/initials';
import { memo } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeMetric, type GoalCardView } from '../../lib/model/goal-view';
import { GoalPeers } from './GoalPeers';
import { ProgressBar } from './ProgressBar';
import type { MoveDirection, PeerOnGoal } from './types';
import { formatDay } from '../../lib/model/days';

interface Props {
  card: GoalCardView;
  partnerNames: string[];
  /** Which moves make sense here (no "Move left" in the first column). */
  canMove: Record<MoveDirection, boolean>;
  focusRequested: boolean;
  /** Other people looking at or editing this goal now. */
  peers?: readonly PeerOnGoal[];
  onOpen: (id: string) => void;
  onMove: (id: string, direction: MoveDirection) => void;
  onDragStart: (id: string) => void;
  onDragEnd: () => void;
}

const MOVE_LABELS: Record<MoveDirection, string> = {
  left: 'Move left',
  right: 'Move right',
  up: 'Move up',
  down: 'Move down',
};

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
          title="Open goal (Alt+Arrow keys move it)"
          onClick={() => onOpen(goal.id)}
        >
          {goal.title}
        </button>
        <button
          ref={menuButton}
          type="button"
          class="icon-button goal-card-menu-button"
          aria-label={`Actions for ${goal.title}`}
          aria-expanded={menuOpen}
          aria-haspopup="true"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          ⋯
        </button>
      </div>
      {menuOpen && (
        <div class="goal-card-menu" role="group" aria-label={`Move ${goal.title}`}>
          {(['left', 'up', 'down', 'right'] as const).map((direction) => (
            <button
              key={direction}
              type="button"
              class="button small"
              disabled={!canMove[direction]}
              onClick={() => move(direction)}
            >
              {MOVE_LABELS[direction]}
            </button>
          ))}
        </div>
      )}
      {(metricText || progress.fraction !== null) && (
        <div class="goal-card-metric">
          <ProgressBar progress={progress} label={`Progress of ${goal.title}`} />
          {metricText && <span class="goal-card-metric-text">{metricText}</span>}
        </div>
      )}
      {peers && peers.length > 0 && <GoalPeers peers={peers} label={`Here now on ${goal.title}`} />}
      <div class="goal-card-meta">
        {card.overdue && <span class="goal-flag overdue">Overdue</span>}
        {card.stale && <span class="goal-flag stale">No check-in for 30 days</span>}
        {goal.metric.due && !card.overdue && (
          <span class="goal-due">Due {formatDay(goal.metric.due, { weekday: false })}</span>
        )}
        {card.overdue && goal.metric.due && (
          <span class="goal-due">was due {formatDay(goal.metric.due, { weekday: false })}</span>
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
          <span class="goal-owners" title={`Owners: ${goal.owners.join(', ')}`}>
            <span class="visually-hidden">Owners: {goal.owners.join(', ')}</span>
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
