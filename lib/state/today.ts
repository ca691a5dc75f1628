import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { dayOfInstant, dayString, msUntilNextLocalMidnight } from '../model/days';

/**
 * Today, as a signal that changes at local midnight. Overdue follow-ups,
 * due-for-contact partners and stale goals all depend on the day, and all
 * read it from here, so they move on together.
 *
 * One timer is set for the next local midnight (not a poll every minute): a
 * side panel left open for a week wakes seven times. A timer that fires late
 * (the laptop slept) or when the clock was changed still recomputes the day
 * from the clock, then sets itself for the midnight after that.
 */
export class Today {
  private readonly day: Signal<number>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  /** Today's day number (see lib/model/days.ts). */
  readonly number: ReadonlySignal<number>;
  /** Today as `YYYY-MM-DD`. */
  readonly string: ReadonlySignal<string>;

  /** `follow: false` reads the clock once and never sets a timer (a test's fixed clock). */
  constructor(
    private readonly clock: () => number = Date.now,
    { follow = true }: { follow?: boolean } = {},
  ) {
    this.day = signal(dayOfInstant(clock()));
    this.number = this.day;
    this.string = computed(() => dayString(this.day.value));
    this.stopped = !follow;
    this.schedule();
  }

  private schedule() {
    if (this.stopped || typeof setTimeout !== 'function') return;
    // A millisecond past midnight, so the clock reads the new day when the timer fires.
    this.timer = setTimeout(() => this.tick(), msUntilNextLocalMidnight(this.clock()) + 1);
  }

  /** Re-reads the day from the clock (the timer calls this; so may a test or a wake-up). */
  tick() {
    const day = dayOfInstant(this.clock());
    if (day !== this.day.peek()) this.day.value = day;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.schedule();
  }

  /** Pins the day, for tests and for a clock the caller drives. */
  set(day: number) {
    this.day.value = day;
  }

  dispose() {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
  }
}

let shared: Today | undefined;

/** The panel's one Today, created on first use and kept for the page's life. */
export function sharedToday(): Today {
  shared ??= new Today();
  return shared;
}
