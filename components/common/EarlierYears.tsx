import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { EarlierYears as Earlier } from './types';

/**
 * The end of a timeline when older school years are not loaded yet (a district's history is
 * split per year): says so, loads the next year when the user scrolls down to it, and offers a
 * button for the same (keyboard, or a list too short to scroll).
 */
export function EarlierYears({ earlier }: { earlier: Earlier }) {
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
          {t('log.years.loading', { year: next })}
        </p>
      ) : (
        <>
          <p class="muted">{t('log.years.notLoaded', { count: earlier.count })}</p>
          <button type="button" class="button" onClick={load}>
            {t('log.years.show', { year: next })}
          </button>
        </>
      )}
      {problem && (
        <p class="error" role="alert">
          {t('log.years.failed', { year: next, reason: problem })}
        </p>
      )}
    </div>
  );
}
