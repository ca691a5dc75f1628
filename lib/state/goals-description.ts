import { signal } from '@preact/signals';
import * as Y from 'yjs';
import { collection } from '../model/doc';
import { editGoalDescription, goalDescriptionText, readDescription } from '../model/goal';
import type { PresenceFocus, PresencePeer } from '../sync/presence';
import { descriptionCarets, type GoalCaret } from './goal-presence';

/**
 * Binds a goal's Y.Text description to a plain-string editor: `value` follows
 * every local and remote change, `edit(next)` turns the editor's new value
 * into a minimal insert/delete, so concurrent typing merges per character.
 */
export class DescriptionBinding {
  readonly value = signal('');
  private readonly goals: Y.Map<Y.Map<unknown>>;
  private record: Y.Map<unknown> | undefined;
  private readonly onChange = () => this.refresh();
  private readonly onGoals = () => this.attach();

  constructor(
    private readonly doc: Y.Doc,
    private readonly goalId: string,
  ) {
    this.goals = collection(doc, 'goals');
    this.goals.observe(this.onGoals);
    this.attach();
  }

  private attach() {
    const raw = this.goals.get(this.goalId);
    const record = raw instanceof Y.Map ? raw : undefined;
    if (record !== this.record) {
      this.record?.unobserveDeep(this.onChange);
      this.record = record;
      record?.observeDeep(this.onChange);
    }
    this.refresh();
  }

  private refresh() {
    this.value.value = readDescription(this.record?.get('description'));
  }

  edit(next: string) {
    editGoalDescription(this.doc, this.goalId, next);
  }

  dispose() {
    this.goals.unobserve(this.onGoals);
    this.record?.unobserveDeep(this.onChange);
  }
}

/** What the description editors need of sync: who is here, and where your caret is. */
export interface DescriptionPresence {
  readonly peers: { readonly value: readonly PresencePeer[] };
  setLocalTextCursor: (text: Y.Text, anchor: number, head: number) => void;
  setLocalFocus: (focus: PresenceFocus | null) => void;
}

/** A plain-string editor of one description, the shape the goals screens take. */
export interface DescriptionEditorView {
  value: string;
  edit: (next: string) => void;
  carets: GoalCaret[];
  onCaret: (selection: { anchor: number; head: number } | null) => void;
}

/**
 * One DescriptionBinding per goal opened in this session, kept until the session closes (so a
 * reopened goal does not re-observe its text), each turned into an editor with presence.
 */
export class DescriptionEditors {
  private readonly bindings = new Map<string, DescriptionBinding>();

  constructor(private readonly doc: Y.Doc) {}

  /** Read during render: the value and peers' carets are the current ones. */
  editor(goalId: string, presence: DescriptionPresence): DescriptionEditorView {
    let binding = this.bindings.get(goalId);
    if (!binding) {
      binding = new DescriptionBinding(this.doc, goalId);
      this.bindings.set(goalId, binding);
    }
    const bound = binding;
    // Typing is grouped into undo steps by the undo manager's capture timeout, not per key.
    return {
      value: bound.value.value,
      edit: (next) => bound.edit(next),
      // Peers' relative positions resolved now; re-run whenever the text or presence changes.
      carets: descriptionCarets(this.doc, presence.peers.value, goalId),
      onCaret: (selection) => {
        const text = selection && goalDescriptionText(this.doc, goalId);
        if (selection && text) presence.setLocalTextCursor(text, selection.anchor, selection.head);
        else presence.setLocalFocus({ goalId, field: 'description', editing: false });
      },
    };
  }

  dispose() {
    for (const binding of this.bindings.values()) binding.dispose();
    this.bindings.clear();
  }
}
