import { useCallback, useRef } from 'preact/hooks';

/** A callback whose identity never changes but that always calls the latest `fn`, so memoised children skip re-rendering. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useStable<T extends (...args: any[]) => any>(fn: T): T {
  const latest = useRef(fn);
  latest.current = fn;
  return useCallback(((...args: Parameters<T>) => latest.current(...args)) as T, []);
}
