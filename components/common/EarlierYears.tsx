import { useEffect, useRef, useState } from 'preact/hooks';

/** School years whose records are not loaded yet (a split history), and loading the next. */
export interface Earlier {
  /** The next older year's label ("2024–25"), or null when every year is loaded. */
  readonly next: string | null;
  /** How many years are not loaded. */
  readonly count: number;
  readonly loading: boolean;
  load: () => Promise<void>;
}

/** What the records are called, worded by the list that shows them (entries, check-ins). */
export interface EarlierYearsTexts {
  notLoaded: (count: number) => string;
  show: (year: string) => string;
  loading: (year: string) => string;
  failed: (year: string, reason: string) => string;
}

/**
 * The end of a timeline when older school years are not loaded yet (a district's history is
 * split per year): says so, loads the next year when the user scrolls down to it, and offers a
 * button for the same (keyboard, or a list too short to scroll).
 */
export function EarlierYears({ earlier, texts }: { earlier: Earlier; texts: EarlierYearsTexts }) {
  const footer = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const next = earlier.next;
  const load = () => {
    setProblem(null);
    earlier.load().catch((error: unknown) => {
      setProblem(error instanceof Error ? error.message : String(error));
    });
  };

  useEffect(() => {
    const element = footer.current;
    const scroller = element?.closest('.virtual-scroller');
    if (!element || !next || earlier.loading || problem) return;
    // Only a scroll brings the next year in: a short list does not load every year on its own.
    const observer = new IntersectionObserver((seen) => {
      if (seen.some((entry) => entry.isIntersecting) && (scroller?.scrollTop ?? 0) > 0) load();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [next, earlier.loading, problem]);

  if (!next) return null;
  return (
    <div class="earlier-years" ref={footer}>
      {earlier.loading ? (
        <p class="muted" role="status">
          {texts.loading(next)}
        </p>
      ) : (
        <>
          <p class="muted">{texts.notLoaded(earlier.count)}</p>
          <button type="button" class="button" onClick={load}>
            {texts.show(next)}
          </button>
        </>
      )}
      {problem && (
        <p class="error" role="alert">
          {texts.failed(next, problem)}
        </p>
      )}
    </div>
  );
}
