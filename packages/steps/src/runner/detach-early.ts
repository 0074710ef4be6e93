/**
 * Detaches one empty ArrayBuffer, once per thread, before the thread's hot
 * code is optimised.
 *
 * V8 compiles typed-array reads without a "buffer detached?" check for as
 * long as no ArrayBuffer in the isolate has ever been detached, and the first
 * detach (a buffer transferred by postMessage: the runner's chunk messages and
 * replies) throws away every optimised function that relied on it. In a
 * worker that was ~70 functions at once — the fit tasks' and the first
 * chunk's: text profiles, numbers, tokens, Model 1's reads — each compiled
 * again on the platform threads (bench/clean/README.md, branch `jit`).
 * Detaching first means they are compiled once, with the check they end up
 * with anyway.
 */
let detached = false;

export function detachEarly(): void {
  if (detached) return;
  detached = true;
  const buffer = new ArrayBuffer(0);
  structuredClone(buffer, { transfer: [buffer] });
}
