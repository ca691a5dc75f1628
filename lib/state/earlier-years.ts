import type { YearHistory } from './year-history';

/** What a list offers about older school years not loaded (components/common/EarlierYears.tsx). */
export interface EarlierYearsState {
  readonly next: string | null;
  readonly count: number;
  readonly loading: boolean;
  load: () => Promise<void>;
}

const NO_EARLIER_YEARS: EarlierYearsState = {
  next: null,
  count: 0,
  loading: false,
  load: () => Promise.resolve(),
};

/**
 * The older school years a list can still load (none before the split): the next one's label,
 * how many are left, and loading it. Reads the history's `changes`, so a render or computed that
 * calls it follows years as they load.
 */
export function earlierYears(
  history:
    Pick<YearHistory, 'changes' | 'unloadedYears' | 'label' | 'isLoading' | 'load'> | undefined,
): EarlierYearsState {
  if (!history) return NO_EARLIER_YEARS;
  void history.changes.value;
  const unloaded = history.unloadedYears();
  const next = unloaded[0];
  if (next === undefined) return NO_EARLIER_YEARS;
  return {
    next: history.label(next),
    count: unloaded.length,
    loading: history.isLoading(next),
    load: async () => {
      await history.load(next);
    },
  };
}
