import type { YearClock } from '../../lib/sync/year-rooms';

/** A clock for the sync hub's year policy that moves only when a test says (`advance`). */
export class FakeYearClock implements YearClock {
  private readonly timers = new Map<number, { at: number; run: () => void }>();
  private nextId = 0;

  constructor(private time: number) {}

  now = () => this.time;

  setTimeout = (run: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  };

  clearTimeout = (handle: unknown) => {
    this.timers.delete(handle as number);
  };

  /** Moves time on by `ms`, running each timer due on the way at its own time. */
  advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers]
        .filter(([, t]) => t.at <= end)
        .sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = end;
  }
}
