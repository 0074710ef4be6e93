/**
 * Named pure functions a fitting step may run on the worker pool (the
 * workers are idle while the corpus-trained steps fit). A module registers
 * its tasks when it loads, so every thread that builds the pipeline has them.
 * Tasks must be deterministic: the same result in any thread.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tasks take their own argument shapes
type Task = (...args: any[]) => unknown;

const tasks = new Map<string, Task>();

export function registerTask(name: string, fn: Task): void {
  tasks.set(name, fn);
}

export function runTask(name: string, args: readonly unknown[]): unknown {
  const fn = tasks.get(name);
  if (!fn) throw new Error(`unknown parallel task ${name}`);
  return fn(...args);
}

/** Runs a registered task somewhere (a worker thread, or this one) and resolves with its result. */
export type ParallelRunner = (task: string, args: readonly unknown[]) => Promise<unknown>;

export const inThisThread: ParallelRunner = (task, args) => Promise.resolve(runTask(task, args));
