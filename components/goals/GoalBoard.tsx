import { Fragment } from 'preact';
import { memo } from 'preact/compat';
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { BoardColumn } from '../../lib/model/goal';
import { columnLabel } from './column-label';
import type { GoalCardView } from '../../lib/model/goal-view';
import { GoalCard } from './GoalCard';
import type { MoveDirection, PeerOnGoal } from './types';
import { useStable } from './use-stable';

/**
 * Cards drawn per step as a column scrolls: small steps, started well before the end is
 * reached, keep each step's render under a frame budget on a 1,000-goal board.
 */
export const PAGE_SIZE = 16;
const PRELOAD_MARGIN = '800px';

interface Props {
  columns: BoardColumn[];
  cardsByColumn: Map<string, GoalCardView[]>;
  layout: 'board' | 'list';
  partnerNames: Map<string, string>;
  focusGoalId: string | null;
  /** Other people on each goal now, by goal id. */
  peersByGoal?: Map<string, PeerOnGoal[]>;
  onOpen: (id: string) => void;
  onMove: (id: string, direction: MoveDirection) => void;
  onDrop: (id: string, columnId: string, beforeId: string | null) => void;
  onRenameColumn: (id: string, name: string) => void;
  onMoveColumn: (id: string, index: number) => void;
  onAddColumn: (name: string) => void;
}

const NO_CARDS: GoalCardView[] = [];

/**
 * Columns of goal cards. "board": columns side by side, scrolling sideways;
 * "list": the same columns stacked, for a narrow panel. Both take drops.
 */
export function GoalBoard(props: Props) {
  const dragged = useRef<string | null>(null);
  const [addingColumn, setAddingColumn] = useState(false);
  const { columns, focusGoalId } = props;
  // Stable, so a move re-renders only the columns whose cards changed (GoalColumn is memoised).
  const onRename = useStable((id: string, name: string) => props.onRenameColumn(id, name));
  const onMoveColumn = useStable((id: string, to: number) => props.onMoveColumn(id, to));
  return (
    <div class={`goal-board layout-${props.layout}`}>
      {columns.map((column, index) => {
        const cards = props.cardsByColumn.get(column.id) ?? NO_CARDS;
        return (
          <GoalColumn
            key={column.id}
            column={column}
            index={index}
            columnCount={columns.length}
            stacked={props.layout === 'list'}
            previousColumn={
              props.layout === 'list' && index > 0 ? columnLabel(columns[index - 1]!) : undefined
            }
            nextColumn={
              props.layout === 'list' && index < columns.length - 1
                ? columnLabel(columns[index + 1]!)
                : undefined
            }
            cards={cards}
            partnerNames={props.partnerNames}
            focusGoalId={
              focusGoalId && cards.some((card) => card.goal.id === focusGoalId) ? focusGoalId : null
            }
            peersByGoal={props.peersByGoal}
            dragged={dragged}
            onOpen={props.onOpen}
            onMove={props.onMove}
            onDrop={props.onDrop}
            onRename={onRename}
            onMoveColumn={onMoveColumn}
          />
        );
      })}
      <div class="goal-column add-column">
        {addingColumn ? (
          <ColumnNameForm
            label={t('goals.board.newColumnName')}
            initial=""
            submitLabel={t('goals.board.add')}
            onSubmit={(name) => {
              props.onAddColumn(name);
              setAddingColumn(false);
            }}
            onCancel={() => setAddingColumn(false)}
          />
        ) : (
          <button type="button" class="button link" onClick={() => setAddingColumn(true)}>
            {t('goals.board.addColumn')}
          </button>
        )}
      </div>
    </div>
  );
}

interface ColumnProps {
  column: BoardColumn;
  index: number;
  columnCount: number;
  /**
   * In the list layout, the names of the columns above and below: there "left" and "right" mean
   * nothing, so the card menu says "Move to <column>" instead.
   */
  stacked: boolean;
  previousColumn: string | undefined;
  nextColumn: string | undefined;
  cards: GoalCardView[];
  partnerNames: Map<string, string>;
  focusGoalId: string | null;
  peersByGoal: Map<string, PeerOnGoal[]> | undefined;
  dragged: { current: string | null };
  onOpen: (id: string) => void;
  onMove: (id: string, direction: MoveDirection) => void;
  onDrop: (id: string, columnId: string, beforeId: string | null) => void;
  onRename: (id: string, name: string) => void;
  onMoveColumn: (id: string, index: number) => void;
}

function scrollParent(element: Element): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(node).overflowY)) return node;
  }
  return null;
}

/**
 * Which cards a column draws: the first `limit`, and, past a gap, `[start, end)` further down
 * (empty when `start === end`). The stretch is drawn around a card that took focus far down the
 * column (a keyboard move to the end of a long one), so the cards between are not all drawn in
 * one frame. Both grow by a page as their edges come near the view, and merge when they meet.
 */
interface Drawn {
  limit: number;
  start: number;
  end: number;
}

/** Cards drawn above and below a far card that takes focus. */
const STRETCH_AROUND = PAGE_SIZE / 2;

/** Height held per card in the gap: a card's intrinsic size (goals.css) plus the list's gap. */
const CARD_ESTIMATE_PX = 102;

/** The cards to draw, clamped to the column and with a stretch that meets the first ones merged. */
function settle(drawn: Drawn, count: number, focusIndex: number): Drawn {
  let { limit, start, end } = drawn;
  if (focusIndex >= limit && (focusIndex < start || focusIndex >= end)) {
    start = Math.max(0, focusIndex - STRETCH_AROUND);
    end = focusIndex + STRETCH_AROUND + 1;
  }
  end = Math.min(end, count);
  start = Math.min(start, end);
  if (start <= limit && end > start) {
    limit = Math.max(limit, end);
    start = end = 0;
  }
  if (start === end) start = end = 0;
  return limit === drawn.limit && start === drawn.start && end === drawn.end
    ? drawn
    : { limit, start, end };
}

/** Memoised: a move re-renders the columns it changed, not all of them. */
const GoalColumn = memo(function GoalColumn(props: ColumnProps) {
  const { column, cards } = props;
  // Kept in a ref and settled on each render (cards come and go); `redraw` after growing it.
  const drawnRef = useRef<Drawn>({ limit: PAGE_SIZE, start: 0, end: 0 });
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [dropBefore, setDropBefore] = useState<string | null | undefined>(undefined);
  const [renaming, setRenaming] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const sentinel = useRef<HTMLLIElement>(null);
  const gapTop = useRef<HTMLDivElement>(null);
  const gapRef = useRef<HTMLLIElement>(null);
  const headingId = `column-${column.id}`;
  const name = columnLabel(column);

  // A card asked to keep focus beyond the drawn cards: draw a stretch around it, not all before it.
  const focusIndex = props.focusGoalId
    ? cards.findIndex((card) => card.goal.id === props.focusGoalId)
    : -1;
  const drawn = (drawnRef.current = settle(drawnRef.current, cards.length, focusIndex));
  const { start, end } = drawn;
  const headEnd = Math.min(drawn.limit, cards.length);
  const gap = end > 0 ? start - headEnd : 0;
  const drawnCount = headEnd + end - start;
  const visible =
    gap > 0
      ? cards.slice(0, headEnd).concat(cards.slice(start, end))
      : headEnd < cards.length
        ? cards.slice(0, headEnd)
        : cards;
  const more = drawnCount < cards.length;
  const countRef = useRef(cards.length);
  countRef.current = cards.length;

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const targets: Element[] = [sentinel.current, gapTop.current, gapRef.current].filter(
      (element) => element !== null,
    );
    if (targets.length === 0) return;
    const grow = (entries: IntersectionObserverEntry[]) => {
      const near = (element: Element | null) =>
        entries.some((entry) => entry.isIntersecting && entry.target === element);
      const now = drawnRef.current;
      const count = countRef.current;
      const split = now.end > 0 && now.start > Math.min(now.limit, count);
      const next = {
        limit:
          now.limit + (near(gapTop.current) || (!split && near(sentinel.current)) ? PAGE_SIZE : 0),
        start: Math.max(0, now.start - (near(gapRef.current) ? PAGE_SIZE : 0)),
        end: now.end + (split && now.end < count && near(sentinel.current) ? PAGE_SIZE : 0),
      };
      if (next.limit !== now.limit || next.start !== now.start || next.end !== now.end) {
        drawnRef.current = next;
        redraw(0);
      }
    };
    // The margin only reaches past the edge of the element that scrolls, so observe against it.
    const observers = targets.map((target) => {
      const observer = new IntersectionObserver(grow, {
        root: scrollParent(target),
        rootMargin: PRELOAD_MARGIN,
      });
      observer.observe(target);
      return observer;
    });
    return () => observers.forEach((observer) => observer.disconnect());
    // A new observer after each step reports at once if a sentinel is still within the margin.
  }, [headEnd, start, end, more]);

  /** The card the pointer is above the middle of, or null for the end. */
  const beforeAt = (clientY: number): string | null => {
    const items = list.current?.querySelectorAll<HTMLElement>(':scope > li[data-goal-id]') ?? [];
    // Cards are stacked top to bottom: halve the range rather than measure each one per dragover.
    let low = 0;
    let high = items.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const box = items[mid]!.getBoundingClientRect();
      if (clientY < box.top + box.height / 2) high = mid;
      else low = mid + 1;
    }
    return low < items.length ? items[low]!.dataset.goalId! : null;
  };

  const dragStart = useStable((id: string) => (props.dragged.current = id));
  const dragEnd = useStable(() => {
    props.dragged.current = null;
    setDropBefore(undefined);
  });
  const canMoveOf = (index: number) =>
    moveFlags(
      props.index > 0,
      props.index < props.columnCount - 1,
      index > 0,
      index < cards.length - 1,
    );
  const showAll = () => {
    drawnRef.current = { limit: cards.length, start: 0, end: 0 };
    redraw(0);
  };
  const offsetOf = (index: number) => (gap > 0 && index >= headEnd ? index + gap : index);

  return (
    <section class="goal-column" aria-labelledby={headingId}>
      <header class="goal-column-header">
        {renaming ? (
          <ColumnNameForm
            label={t('goals.board.renameLabel', { name })}
            initial={name}
            submitLabel={t('goals.board.rename')}
            onSubmit={(name) => {
              props.onRename(column.id, name);
              setRenaming(false);
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : (
          <>
            <h3 id={headingId}>
              {name} <span class="goal-column-count">{cards.length}</span>
            </h3>
            <button
              type="button"
              class="icon-button"
              aria-label={t('goals.board.columnOptions', { name })}
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen(!menuOpen)}
            >
              ⋮
            </button>
          </>
        )}
      </header>
      {menuOpen && !renaming && (
        <div
          class="goal-column-menu"
          role="group"
          aria-label={t('goals.board.optionsFor', { name })}
        >
          <button
            type="button"
            class="button small"
            onClick={() => {
              setMenuOpen(false);
              setRenaming(true);
            }}
          >
            {t('goals.board.renameColumn')}
          </button>
          <button
            type="button"
            class="button small"
            disabled={props.index === 0}
            onClick={() => props.onMoveColumn(column.id, props.index - 1)}
          >
            {t('goals.board.moveEarlier')}
          </button>
          <button
            type="button"
            class="button small"
            disabled={props.index === props.columnCount - 1}
            onClick={() => props.onMoveColumn(column.id, props.index + 1)}
          >
            {t('goals.board.moveLater')}
          </button>
        </div>
      )}
      <ul
        ref={list}
        class={`goal-cards${dropBefore !== undefined ? ' drop-target' : ''}`}
        aria-label={name}
        onDragOver={(event) => {
          if (!props.dragged.current) return;
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
          const before = beforeAt(event.clientY);
          if (before !== dropBefore) setDropBefore(before);
        }}
        onDragLeave={(event) => {
          const next = event.relatedTarget as Node | null;
          if (!next || !list.current?.contains(next)) setDropBefore(undefined);
        }}
        onDrop={(event) => {
          event.preventDefault();
          const id =
            event.dataTransfer?.getData('application/x-bridgework-goal') || props.dragged.current;
          setDropBefore(undefined);
          if (!id) return;
          let before = beforeAt(event.clientY);
          if (before === id) {
            // Dropped on its own lower half or upper half: keep it where it is.
            const index = cards.findIndex((card) => card.goal.id === id);
            before = index >= 0 && index + 1 < cards.length ? cards[index + 1]!.goal.id : null;
          }
          props.onDrop(id, column.id, before);
        }}
      >
        {visible.map((card, index) => (
          <Fragment key={card.goal.id}>
            {gap > 0 && index === headEnd && (
              // Cards not drawn yet, between the first pages and the stretch further down.
              <li
                ref={gapRef}
                class="goal-column-gap"
                aria-hidden="true"
                style={{ height: `${gap * CARD_ESTIMATE_PX}px` }}
              >
                <div ref={gapTop} class="goal-column-gap-edge" />
              </li>
            )}
            {dropBefore === card.goal.id && <li class="drop-marker" aria-hidden="true" />}
            <GoalCard
              card={card}
              partnerNames={partnerNamesOf(card, props.partnerNames)}
              canMove={canMoveOf(offsetOf(index))}
              stacked={props.stacked}
              previousColumn={props.previousColumn}
              nextColumn={props.nextColumn}
              focusRequested={props.focusGoalId === card.goal.id}
              peers={props.peersByGoal?.get(card.goal.id)}
              onOpen={props.onOpen}
              onMove={props.onMove}
              onDragStart={dragStart}
              onDragEnd={dragEnd}
            />
          </Fragment>
        ))}
        {dropBefore === null && cards.length > 0 && <li class="drop-marker" aria-hidden="true" />}
        {more && (
          // Inside the list, so it scrolls with it in the board layout (where the list scrolls).
          <li ref={sentinel} class="goal-column-end" aria-hidden="true" />
        )}
        {cards.length === 0 && (
          // Stays the same size while a card is dragged over it, so the drop lands where aimed.
          <li
            class={`goal-column-empty${dropBefore !== undefined ? ' active' : ''}`}
            aria-hidden="true"
          >
            {t('goals.board.dropHere')}
          </li>
        )}
      </ul>
      {more && (
        <div class="goal-column-more">
          <button type="button" class="button link" onClick={showAll}>
            {t('goals.board.showAll', { count: cards.length })}
          </button>
        </div>
      )}
    </section>
  );
});

const flagCache = new Map<string, Record<MoveDirection, boolean>>();

/** One shared object per combination, so memoised cards compare equal. */
function moveFlags(left: boolean, right: boolean, up: boolean, down: boolean) {
  const key = `${+left}${+right}${+up}${+down}`;
  let flags = flagCache.get(key);
  if (!flags) {
    flags = { left, right, up, down };
    flagCache.set(key, flags);
  }
  return flags;
}

const partnerNameCache = new WeakMap<
  GoalCardView,
  { names: Map<string, string>; list: string[] }
>();

/** Stable per card and partner map, so memoised cards don't re-render for nothing. */
function partnerNamesOf(card: GoalCardView, names: Map<string, string>): string[] {
  const cached = partnerNameCache.get(card);
  if (cached && cached.names === names) return cached.list;
  const list = card.goal.partnerIds
    .map((id) => names.get(id))
    .filter((name): name is string => !!name);
  partnerNameCache.set(card, { names, list });
  return list;
}

interface NameFormProps {
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

function ColumnNameForm({ label, initial, submitLabel, onSubmit, onCancel }: NameFormProps) {
  const [name, setName] = useState(initial);
  return (
    <form
      class="column-name-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) onSubmit(name.trim());
      }}
    >
      <input
        aria-label={label}
        value={name}
        maxLength={60}
        autoFocus
        onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <button type="submit" class="button small primary">
        {submitLabel}
      </button>
      <button type="button" class="button small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
