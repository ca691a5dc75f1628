import { describe, expect, it } from 'vitest';
import { inSlices, type SliceClock } from '../../../lib/model/next-task';

/** A clock that only moves when a step says it took time, and records each task's steps. */
function fakeClock() {
  let time = 0;
  const tasks: number[][] = [[]];
  const clock: SliceClock = {
    now: () => time,
    yieldTask: () => {
      tasks.push([]);
      time += 1;
      return Promise.resolve();
    },
  };
  const run = (costs: number[], taskMs: number) =>
    inSlices(
      costs,
      (cost) => {
        tasks.at(-1)!.push(cost);
        time += cost;
      },
      taskMs,
      clock,
    );
  return { run, tasks };
}

describe('work in slices', () => {
  it('gives the thread back before a step that would take the task past its budget', async () => {
    const { run, tasks } = fakeClock();
    await run([5, 5, 5, 5, 5, 5], 12);
    // 5 + 5 = 10, and another 5 would make 15: each task runs two steps, never three.
    expect(tasks).toEqual([
      [5, 5],
      [5, 5],
      [5, 5],
    ]);
  });

  it('keeps every task within its budget when steps cost about the same', async () => {
    const { run, tasks } = fakeClock();
    const costs = Array.from({ length: 200 }, (_, i) => 8 + (i % 3));
    await run(costs, 12);
    expect(tasks.flat()).toEqual(costs);
    for (const task of tasks)
      expect(task.reduce((sum, cost) => sum + cost, 0)).toBeLessThanOrEqual(12);
  });

  it('ends a task after a step longer than the budget, and always makes progress', async () => {
    const { run, tasks } = fakeClock();
    await run([1, 30, 1, 1, 30, 1], 12);
    // A long step after short ones cannot be foreseen; the task ends with it.
    expect(tasks).toEqual([[1, 30], [1, 1, 30], [1]]);
  });

  it('runs small steps many to a task', async () => {
    const { run, tasks } = fakeClock();
    await run(
      Array.from({ length: 100 }, () => 0.1),
      12,
    );
    expect(tasks.length).toBe(1);
  });
});
