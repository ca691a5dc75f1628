import { effect, signal, type Signal } from '@preact/signals';
import {
  loadGoalPrefs,
  saveGoalPrefs,
  type GoalBoardPrefs,
  type GoalFilters,
} from '../storage/goal-filters';

/** Where the prefs live: chrome.storage in the panel, a fake in tests. */
export interface GoalPrefsStore {
  load: () => Promise<GoalBoardPrefs>;
  save: (prefs: GoalBoardPrefs) => Promise<void>;
}

const extensionStore: GoalPrefsStore = { load: loadGoalPrefs, save: saveGoalPrefs };

/**
 * This person's view of the goals board (filters and layout): personal, so loaded from storage
 * once and saved on every change, never written to the shared doc. Saving starts only after the
 * load, so the defaults shown meanwhile never overwrite what was stored.
 */
export class GoalPrefsBinding {
  readonly layout = signal<GoalBoardPrefs['layout']>('auto');

  constructor(
    private readonly board: { readonly filters: Signal<GoalFilters> },
    private readonly store: GoalPrefsStore = extensionStore,
  ) {}

  /** Loads, then saves on change; returns the stop function (call it on unmount). */
  start(): () => void {
    let live = true;
    let stopSaving: (() => void) | undefined;
    void this.store.load().then((prefs) => {
      if (!live) return;
      this.board.filters.value = prefs.filters;
      this.layout.value = prefs.layout;
      stopSaving = effect(() => {
        void this.store.save({ filters: this.board.filters.value, layout: this.layout.value });
      });
    });
    return () => {
      live = false;
      stopSaving?.();
    };
  }
}
