/**
 * A fixed pool of worker threads running pipeline chunks. The pool starts
 * before the corpus-trained steps are fitted, so workers load their modules
 * meanwhile and can run the fit's parallel tasks (`task`); `start` hands them
 * the fitted states. Chunks go to the least
 * busy worker, packed (chunk-codec.ts); `run` resolves with that chunk's
 * result, and the caller keeps output order by awaiting chunks in submission
 * order.
 *
 * Memory: each worker's nursery is capped ({@link WORKER_LIMITS}) and the
 * fitted states' large arrays are shared, not copied per worker.
 *
 * Sources are TypeScript: workers start from `worker-boot.mjs`, which
 * registers tsx's loader on Node 20 (hooks of the parent thread do not reach
 * workers there) and needs nothing on Node builds that strip types.
 */
import { Worker } from 'node:worker_threads';
import { stepsError } from '../errors.ts';
import type { PipelinePlan } from './build-steps.ts';
import { type EncodedChunk, decodeChunkResult, encodePairs } from './chunk-codec.ts';
import type { ChunkRecord, PairItem } from './process-chunk.ts';
import type { RunStats } from './run-stats.ts';
import type { TsvLineChunk } from './tsv-chunk.ts';
import type { TsvChunkReply } from './tsv-output.ts';

export interface ChunkResult {
  records: ChunkRecord[];
  stats: RunStats;
}

interface Pending {
  /** The chunk's pairs; absent for a fitting task. */
  items?: PairItem[];
  resolve: (r: never) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  busy: number;
  pending: Map<number, Pending>;
  /** Set once the worker died: later chunks fail at once instead of waiting forever. */
  failure?: Error;
}

/**
 * A worker's young generation (V8's nursery, default ~48 MB): chunks make
 * short-lived garbage only, and a small nursery collects it as fast while
 * keeping each worker's resident memory ~30 MB lower.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12 };

/** Typed arrays from this size on are handed to workers in shared memory. */
const SHARE_FROM_BYTES = 1 << 16;

/**
 * The fitted states with their large typed arrays (translation tables …)
 * copied into shared memory, so all workers read one copy instead of each
 * receiving its own: fitted states are read-only once fitted (step.ts).
 * Structured cloning keeps plain objects, arrays and typed arrays only, so
 * those are all that is walked.
 */
export function shareLargeArrays(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    if (value.byteLength < SHARE_FROM_BYTES || value.buffer instanceof SharedArrayBuffer) return value;
    const Type = value.constructor as new (buffer: SharedArrayBuffer) => ArrayBufferView & { set(from: ArrayBufferView): void };
    const shared = new Type(new SharedArrayBuffer(value.byteLength));
    shared.set(value);
    return shared;
  }
  if (Array.isArray(value)) return value.map(shareLargeArrays);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shareLargeArrays(v)]));
  }
  return value;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private seq = 0;

  /** `entry`: the bundled worker (worker-bundle.ts); default `worker-boot.mjs`, which loads the sources through tsx. */
  constructor(size: number, plan: PipelinePlan, entry: URL = new URL('./worker-boot.mjs', import.meta.url)) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry, { workerData: { plan }, execArgv: [], resourceLimits: WORKER_LIMITS });
      const slot: Slot = { worker, busy: 0, pending: new Map() };
      worker.on('message', (msg: EncodedChunk | TsvChunkReply | { seq: number; error: string } | { seq: number; result: unknown }) => {
        const p = slot.pending.get(msg.seq);
        if (!p) return;
        slot.pending.delete(msg.seq);
        slot.busy--;
        const resolve = p.resolve as (r: unknown) => void;
        if ('error' in msg) p.reject(stepsError('SLM_PIPELINE_WORKER_FAILED', { worker: i, problem: msg.error }));
        else if ('result' in msg) resolve(msg.result);
        else if ('tsv' in msg) resolve(msg);
        else resolve({ records: decodeChunkResult(msg, p.items!), stats: msg.stats });
      });
      const fail = (err: unknown) => {
        slot.failure = stepsError('SLM_PIPELINE_WORKER_FAILED', { worker: i, problem: String(err) }, { cause: err });
        for (const p of slot.pending.values()) p.reject(slot.failure);
        slot.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => code !== 0 && fail(`exited with code ${code}`));
      this.slots.push(slot);
    }
  }

  /** Hands every worker the fitted states (messages keep their order: chunks come after). */
  start(states: unknown[]): void {
    const shared = shareLargeArrays(states);
    for (const s of this.slots) s.worker.postMessage({ states: shared });
  }

  run(items: PairItem[]): Promise<ChunkResult> {
    return this.send((seq) => encodePairs(seq, items), items);
  }

  /** Runs a chunk of raw TSV lines (tsv-output.ts); its bytes move to the worker and are no longer readable here. */
  runTsv(chunk: TsvLineChunk): Promise<TsvChunkReply> {
    return this.send((seq) => ({ message: { seq, tsv: chunk }, transfer: [chunk.bytes.buffer as ArrayBuffer] }));
  }

  /** Runs a registered fitting task (parallel-tasks.ts) on the least busy worker. */
  task(name: string, args: readonly unknown[]): Promise<unknown> {
    return this.send((seq) => ({ message: { seq, task: name, args }, transfer: [] }));
  }

  private send<T>(make: (seq: number) => { message: unknown; transfer: ArrayBuffer[] }, items?: PairItem[]): Promise<T> {
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    if (slot.failure) return Promise.reject(slot.failure);
    const seq = this.seq++;
    slot.busy++;
    return new Promise<T>((resolve, reject) => {
      slot.pending.set(seq, { ...(items ? { items } : {}), resolve: resolve as (r: never) => void, reject });
      const { message, transfer } = make(seq);
      slot.worker.postMessage(message, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
