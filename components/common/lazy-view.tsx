import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

/** A component whose code lives in its own chunk, plus a way to fetch that chunk early. */
export type LazyView<P> = ((props: P) => JSX.Element | null) & {
  preload: () => Promise<unknown>;
};

/**
 * A view whose code is fetched the first time it is drawn, so the panel's first view (the
 * partners list) does not wait for the goals board, the log or the import code to be read and
 * compiled. `load` is a dynamic `import()`; the bundler turns each one into a chunk.
 *
 * Until the chunk arrives the view is a short "Loading…" status (a local file: usually one
 * frame). Once loaded, every later render is synchronous. A chunk that cannot be read (the
 * extension was updated under an open panel) becomes an alert instead of a blank view.
 * `quiet` draws nothing while loading, for parts that only sometimes show (notices).
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: { quiet?: boolean } = {},
): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => (pending ??= load().then((component) => (loaded = component)));

  function Lazy(props: P) {
    const [failure, setFailure] = useState<string | null>(null);
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let alive = true;
      preload().then(
        () => alive && setReady(true),
        (error: unknown) => {
          pending = undefined;
          if (alive) setFailure(error instanceof Error ? error.message : String(error));
        },
      );
      return () => {
        alive = false;
      };
    }, []);
    const Loaded = loaded;
    if (Loaded) return <Loaded {...props} />;
    if (failure) {
      return (
        <p role="alert" class="fatal">
          {t('common.loadingViewFailed', { reason: failure })}
        </p>
      );
    }
    if (options.quiet) return null;
    return (
      <p role="status" class="loading">
        {t('common.loadingView')}
      </p>
    );
  }
  return Object.assign(Lazy, { preload });
}
