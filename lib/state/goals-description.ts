import { signal } from '@preact/signals';
import * as Y from 'yjs';
import { collection } from '../model/doc';
import { editGoalDescription, readDescription } from '../model/goal';

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
