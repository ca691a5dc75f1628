import type { FirstView } from '../model/first-view';

/** How long after the list last changed its first view is written. */
export const KEEP_AFTER_MS = 5_000;

/**
 * Writes the first view a while after the list last changed, and at once on `flush` (the panel
 * closing), skipping writes that would store what is already stored.
 */
export class FirstViewKeeper {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastWritten = '';
  private latest: (() => FirstView) | null = null;

  constructor(
    private readonly write: (view: FirstView) => Promise<void>,
    private readonly delayMs = KEEP_AFTER_MS,
  ) {}

  /** The list changed; `build` reads it when the write is due. */
  changed(build: () => FirstView) {
    this.latest = build;
    this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  flush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const build = this.latest;
    if (!build) return;
    const view = build();
    const serialised = JSON.stringify(view);
    if (serialised === this.lastWritten) return;
    this.lastWritten = serialised;
    this.write(view).catch((error: unknown) => {
      // Only the next open's first paint is older for it.
      this.lastWritten = '';
      console.warn('Bridgework: could not keep the first view', error);
    });
  }

  dispose() {
    this.flush();
    this.latest = null;
  }
}
