import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BoardColumn } from '../../lib/model/goal';
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
  const { columns } = props;
  return (
    <div class={`goal-board layout-${props.layout}`}>
      {columns.map((column, index) => (
        <GoalColumn
          key={column.id}
          column={column}
          index={index}
          columnCount={columns.length}
          cards={props.cardsByColumn.get(column.id) ?? NO_CARDS}
          partnerNames={props.partnerNames}
          focusGoalId={props.focusGoalId}
          peersByGoal={props.peersByGoal}
          dragged={dragged}
          onOpen={props.onOpen}
          onMove={props.onMove}
          onDrop={props.onDrop}
          onRename={(name) => props.onRenameColumn(column.id, name)}
          onMoveColumn={(to) => props.onMoveColumn(column.id, to)}
        />
      ))}
      <div class="goal-column add-column">
        {addingColumn ? (
          <ColumnNameForm
            label="New column name"
            initial=""
            submitLabel="Add"
            onSubmit={(name) => {
              props.onAddColumn(name);
              setAddingColumn(false);
            }}
            onCancel={() => setAddingColumn(false)}
          />
        ) : (
          <button type="button" class="button link" onClick={() => setAddingColumn(true)}>
            + Add column
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
  cards: GoalCardView[];
  partnerNames: Map<string, string>;
  focusGoalId: string | null;
  peersByGoal: Map<string, PeerOnGoal[]> | undefined;
  dragged: { current: string | null };
  onOpen: (id: string) => void;
  onMove: (id: string, direction: MoveDirection) => void;
  onDrop: (id: string, columnId: string, beforeId: string | null) => void;
  onRename: (name: string) => void;
  onMoveColumn: (index: number) => void;
}

function scrollParent(element: Element): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(node).overflowY)) return node;
  }
  return null;
}

function GoalColumn(props: ColumnProps) {
  const { column, cards } = props;
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [dropBefore, setDropBefore] = useState<string | null | undefined>(undefined);
  const [renaming, setRenaming] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const headingId = `column-${column.id}`;

  // A card asked to keep focus beyond the drawn page: draw far enough to show it.
  const focusIndex = props.focusGoalId
    ? cards.findIndex((card) => card.goal.id === props.focusGoalId)
    : -1;
  const shown = Math.max(limit, focusIndex + 1);
  const visible = cards.length > shown ? cards.slice(0, shown) : cards;

  useEffect(() => {
    const element = sentinel.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setLimit((n) => n + PAGE_SIZE);
      },
      // The margin only reaches past the edge of the element that scrolls, so observe against it.
      { root: scrollParent(element), rootMargin: PRELOAD_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
    // A new observer after each step reports at once if the sentinel is still within the margin.
  }, [limit, visible.length < cards.length]);

  /** The card the pointer is above the middle of, or null for the end. */
  const beforeAt = (clientY: number): string | null => {
    const items = list.current?.querySelectorAll<HTMLElement>(':scope > li[data-goal-id]') ?? [];
    for (const item of items) {
      const box = item.getBoundingClientRect();
      if (clientY < box.top + box.height / 2) return item.dataset.goalId!;
    }
    return null;
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

  return (
    <section class="goal-column" aria-labelledby={headingId}>
      <header class="goal-column-header">
        {renaming ? (
          <ColumnNameForm
            label={`Rename column ${column.name}`}
            initial={column.name}
            submitLabel="Rename"
            onSubmit={(name) => {
              props.onRename(name);
              setRenaming(false);
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : (
          <>
            <h3 id={headingId}>
              {column.name} <span class="goal-column-count">{cards.length}</span>
            </h3>
            <button
              type="button"
              class="icon-button"
              aria-label={`Column options for ${column.name}`}
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen(!menuOpen)}
            >
              ⋮
            </button>
          </>
        )}
      </header>
      {menuOpen && !renaming && (
        <div class="goal-column-menu" role="group" aria-label={`Options for ${column.name}`}>
          <button
            type="button"
            class="button small"
            onClick={() => {
              setMenuOpen(false);
              setRenaming(true);
            }}
          >
            Rename column
          </button>
          <button
            type="button"
            class="button small"
            disabled={props.index === 0}
            onClick={() => props.onMoveColumn(props.index - 1)}
          >
            Move column earlier
          </button>
          <button
            type="button"
            class="button small"
            disabled={props.index === props.columnCount - 1}
            onClick={() => props.onMoveColumn(props.index + 1)}
          >
            Move column later
          </button>
        </div>
      )}
      <ul
        ref={list}
        class={`goal-cards${dropBefore !== undefined ? ' drop-target' : ''}`}
        aria-label={column.name}
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
            {dropBefore === card.goal.id && <li class="drop-marker" aria-hidden="true" />}
            <GoalCard
              card={card}
              partnerNames={partnerNamesOf(card, props.partnerNames)}
              canMove={canMoveOf(index)}
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
        {cards.length === 0 && (
          // Stays the same size while a card is dragged over it, so the drop lands where aimed.
          <li
            class={`goal-column-empty${dropBefore !== undefined ? ' active' : ''}`}
            aria-hidden="true"
          >
            Drop goals here
          </li>
        )}
      </ul>
      {visible.length < cards.length && (
        <div ref={sentinel} class="goal-column-more">
          <button type="button" class="button link" onClick={() => setLimit(cards.length)}>
            Show all {cards.length} goals
          </button>
        </div>
      )}
    </section>
  );
}

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
        Cancel
      </button>
    </form>
  );
}
