/**
 * The worker threads' entry as JavaScript (esm-bundle.mjs), so a worker does
 * not register tsx's loader: on Node 20 each worker that registers it gets
 * its own loader hooks thread (an isolate with tsx and its transform cache,
 * ~25 MB of resident memory per worker) plus the transpiled copies of every
 * module. Built once per process. Undefined when it cannot be built (or
 * SILKLOOM_WORKER_BUNDLE=0): the pool then falls back to `worker-boot.mjs`,
 * which registers tsx in the worker.
 */
import { bundleEntry } from './esm-bundle.mjs';

let cached: Promise<URL | undefined> | undefined;

/** The bundled worker entry's URL, built on first use; undefined when it cannot be built. */
export function bundledWorkerEntry(): Promise<URL | undefined> {
  cached ??= process.env.SILKLOOM_WORKER_BUNDLE === '0' ? Promise.resolve(undefined) : bundleEntry(new URL('./pipeline-worker.ts', import.meta.url), 'pipeline-worker');
  return cached;
}
