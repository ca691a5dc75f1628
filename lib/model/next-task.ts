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

/** Runs `step` over `items`, giving the main thread back whenever a task has run `taskMs`. */
export async function inSlices<T>(
  items: Iterable<T>,
  step: (item: T) => void,
  taskMs = 12,
): Promise<void> {
  let taskStart = performance.now();
  for (const item of items) {
    if (performance.now() - taskStart > taskMs) {
      await nextTask();
      taskStart = performance.now();
    }
    step(item);
  }
}
