/**
 * Resolves in a later task, so that long work done in slices lets the browser paint and answer
 * input between them. `scheduler.yield()` where the browser has it (it keeps the work's place in
 * line); otherwise a message to ourselves, which unlike `setTimeout(0)` is not clamped to 4 ms
 * after a few nested calls (a thousand slices would wait 4 s for nothing).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Where slices read the time and how they give the main thread back (tests pass their own). */
export interface SliceClock {
  now(): number;
  yieldTask(): Promise<void>;
}

const browserClock: SliceClock = { now: () => performance.now(), yieldTask: nextTask };

/**
 * Runs `step` over `items`, giving the main thread back before a step that would take the task
 * past `taskMs`. A step is expected to cost what the one before it did: checking only after the
 * budget is spent let a task run one whole step over it (a stored slice of a district's doc is
 * ~10 ms, so a 12 ms task often ran ~22 ms), and a collection that falls in the task comes on
 * top of that. Every task runs at least one step.
 */
export async function inSlices<T>(
  items: Iterable<T>,
  step: (item: T) => void,
  taskMs = 12,
  clock: SliceClock = browserClock,
): Promise<void> {
  let taskStart = clock.now();
  let stepsThisTask = 0;
  let lastStepMs = 0;
  for (const item of items) {
    const before = clock.now();
    if (stepsThisTask > 0 && before - taskStart + lastStepMs > taskMs) {
      await clock.yieldTask();
      taskStart = clock.now();
      stepsThisTask = 0;
    }
    const stepStart = stepsThisTask === 0 ? clock.now() : before;
    step(item);
    lastStepMs = clock.now() - stepStart;
    stepsThisTask++;
  }
}
