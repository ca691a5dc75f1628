import { signal, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import { createUndoManager } from '../model/undo';

type StackItem = Y.UndoManager['undoStack'][number];
type Kind = 'undo' | 'redo';
/** One Undo (or Redo) step: the stack items it made, in the order they were made. */
type Step = { manager: Y.UndoManager; item: StackItem }[];

/**
 * One Undo/Redo history over several Y.Docs (the workspace doc and its year docs).
 *
 * Each doc keeps its own Y.UndoManager (`createUndoManager`: same tracked origin and
 * collections), so peers' edits are never undone and never enter the history. On top of them
 * sits one shared order of steps; a step is the stack items one user action made, in any docs.
 * `undo()` takes the newest step back in every doc it touched (newest item first) and the
 * items that pushes onto the redo stacks become the Redo step; `redo()` is the mirror image.
 * y-utility's YMultiDocUndoManager keeps one order across docs too, but makes each doc's
 * stack item its own step, so one action that writes two docs would take two Undos.
 *
 * Ordering, briefly:
 * - Yjs emits 'stack-item-added' synchronously when each local transaction ends, so steps are
 *   pushed in the order the edits committed. Everything an `act` does synchronously is one
 *   step; an edit outside `act` (typing, or the part of an action after an `await`) is a step
 *   of its own, or merges into its doc's newest item within captureTimeout (then it is still
 *   the newest step).
 * - Only the newest step may grow by merging: `act` stops capturing in every doc first, and a
 *   step made outside `act` stops the other docs, so a later edit elsewhere cannot slip into
 *   an older step and be undone out of order.
 * - A step is undone item by item (`popExactly`), never by "the top of that doc's stack": if a
 *   peer already removed what an item did, Y.UndoManager would pop on to the doc's next item,
 *   which may belong to an older step. A step that changes nothing is skipped, as Yjs does.
 * - A fresh local edit clears the Redo order and every doc's redo stack (Yjs clears only the
 *   edited doc's), so no doc keeps redo items the shared order has forgotten.
 * - A doc's stack cleared, popped or destroyed outside this class drops its items from the
 *   order, so `canUndo`/`canRedo` never offer a step that would do nothing.
 */
export class UndoAcrossDocs {
  private readonly tracked = new Map<Y.Doc, { manager: Y.UndoManager; unlisten: () => void }>();
  private readonly orders: Record<Kind, Step[]> = { undo: [], redo: [] };
  private acting = 0;
  /** The step the running `act` adds to, once it has edited something. */
  private actStep: Step | null = null;
  /** While undo()/redo() runs: which one, and the step it builds for the opposite order. */
  private replay: { kind: Kind; step: Step } | null = null;
  private readonly undoable = signal(false);
  private readonly redoable = signal(false);

  get canUndo(): ReadonlySignal<boolean> {
    return this.undoable;
  }

  get canRedo(): ReadonlySignal<boolean> {
    return this.redoable;
  }

  /** Adds a doc's local edits to the history (once per doc); returns the doc's own manager. */
  track(doc: Y.Doc): Y.UndoManager {
    const known = this.tracked.get(doc);
    if (known) return known.manager;
    const manager = createUndoManager(doc);
    manager.on('stack-item-added', (event) => this.added(manager, event.stackItem, event.type));
    manager.on('stack-item-updated', (event) => {
      if (!this.replay) this.added(manager, event.stackItem, event.type, true);
    });
    manager.on('stack-item-popped', () => {
      if (!this.replay) this.prune();
    });
    manager.on('stack-cleared', () => this.prune());
    // Y.UndoManager destroys itself with its doc; its items can no longer be undone.
    const destroyed = () => {
      this.tracked.delete(doc);
      this.prune();
    };
    doc.on('destroy', destroyed);
    this.tracked.set(doc, { manager, unlisten: () => doc.off('destroy', destroyed) });
    return manager;
  }

  /** Runs one user action as one Undo step, whichever docs it writes. */
  act<T>(action: () => T): T {
    if (this.acting === 0) {
      this.stopCapturing();
      this.actStep = null;
    }
    this.acting++;
    try {
      return action();
    } finally {
      if (--this.acting === 0) this.actStep = null;
    }
  }

  /** The next edit in any doc starts a new step. */
  stopCapturing() {
    for (const { manager } of this.tracked.values()) manager.stopCapturing();
  }

  /** Takes back the newest step; false when there was nothing that still made a change. */
  undo(): boolean {
    return this.replayNewest('undo');
  }

  /** Does again the step the last `undo` took back; false when there was none. */
  redo(): boolean {
    return this.replayNewest('redo');
  }

  dispose() {
    for (const { manager, unlisten } of this.tracked.values()) {
      unlisten();
      manager.destroy();
    }
    this.tracked.clear();
    this.orders.undo = [];
    this.orders.redo = [];
    this.sync();
  }

  private added(manager: Y.UndoManager, item: StackItem, type: Kind, merged = false) {
    if (this.replay) {
      // Undoing pushes onto the redo stacks ('redo' items), redoing onto the undo stacks.
      if (type !== this.replay.kind) this.replay.step.push({ manager, item });
      return;
    }
    // A redo item made by calling a doc's manager directly is not part of the shared order.
    if (type === 'redo') return;
    this.clearRedo();
    if (this.acting > 0) {
      if (!this.actStep) {
        this.actStep = [];
        this.orders.undo.push(this.actStep);
      }
      if (!this.actStep.some((entry) => entry.item === item)) this.actStep.push({ manager, item });
    } else if (!merged) {
      this.orders.undo.push([{ manager, item }]);
      for (const other of this.managers()) if (other !== manager) other.stopCapturing();
    }
    this.sync();
  }

  private clearRedo() {
    if (this.orders.redo.length === 0 && !this.managers().some((m) => m.canRedo())) return;
    this.orders.redo = [];
    for (const manager of this.managers()) manager.clear(false, true);
  }

  private replayNewest(kind: Kind): boolean {
    const from = this.orders[kind];
    let done = false;
    this.stopCapturing();
    while (!done && from.length > 0) {
      const step = from.pop()!;
      const replay = { kind, step: [] as Step };
      this.replay = replay;
      try {
        for (const { manager, item } of [...step].reverse()) popExactly(manager, item, kind);
      } finally {
        this.replay = null;
      }
      if (replay.step.length > 0) {
        this.orders[kind === 'undo' ? 'redo' : 'undo'].push(replay.step);
        done = true;
      }
    }
    // Nothing typed right after an Undo or Redo merges into the step it just replayed.
    this.stopCapturing();
    this.sync();
    return done;
  }

  /** Drops items no longer on their doc's stacks, and the steps left empty. */
  private prune() {
    const live = new Set(this.managers());
    for (const kind of ['undo', 'redo'] as const) {
      const present = new Set<StackItem>();
      for (const manager of live) for (const item of manager[`${kind}Stack`]) present.add(item);
      for (const step of this.orders[kind]) {
        const kept = step.filter((entry) => live.has(entry.manager) && present.has(entry.item));
        step.splice(0, step.length, ...kept);
      }
      this.orders[kind] = this.orders[kind].filter((step) => step.length > 0);
    }
    if (this.actStep?.length === 0) this.actStep = null;
    this.sync();
  }

  private managers(): Y.UndoManager[] {
    return [...this.tracked.values()].map(({ manager }) => manager);
  }

  private sync() {
    this.undoable.value = this.orders.undo.length > 0;
    this.redoable.value = this.orders.redo.length > 0;
  }
}

/**
 * Undoes (or redoes) exactly `item` of `manager`: the stack is narrowed to it for the call, so
 * an item that no longer changes anything is dropped instead of Yjs popping on to older ones.
 * Items pushed onto that stack meanwhile (an observer's own edit) stay on top afterwards.
 */
function popExactly(manager: Y.UndoManager, item: StackItem, kind: Kind): boolean {
  const key = kind === 'undo' ? 'undoStack' : 'redoStack';
  const stack = manager[key];
  const at = stack.lastIndexOf(item);
  if (at < 0) return false;
  const rest = [...stack.slice(0, at), ...stack.slice(at + 1)];
  manager[key] = [item];
  try {
    return (kind === 'undo' ? manager.undo() : manager.redo()) !== null;
  } finally {
    manager[key] = [...rest, ...manager[key]];
  }
}
