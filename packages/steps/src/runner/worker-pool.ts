/**
 * A fixed pool of worker threads running pipeline chunks. Chunks go to the
 * least busy worker; `run` resolves with that chunk's result, and the caller
 * keeps output order by awaiting chunks in submission order.
 *
 * Sources are TypeScript: workers start from `worker-boot.mjs`, which
 * registers tsx's loader on Node 20 (hooks of the parent thread do not reach
 * workers there) and needs nothing on Node builds that strip types.
 */
import { Worker } from 'node:worker_threads';
import { stepsError } from '../errors.ts';
import type { PipelinePlan } from './build-steps.ts';
import type { ChunkRecord, PairItem } from './process-chunk.ts';
import type { RunStats } from './run-stats.ts';

export interface ChunkResult {
  records: ChunkRecord[];
  stats: RunStats;
}


interface Slot {
  worker: Worker;
  busy: number;
  pending: Map<number, { resolve: (r: ChunkResult) => void; reject: (e: unknown) => void }>;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private seq = 0;

  constructor(size: number, plan: PipelinePlan, states: unknown[]) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { plan, states }, execArgv: [] });
      const slot: Slot = { worker, busy: 0, pending: new Map() };
      worker.on('message', (msg: { seq: number; records?: ChunkRecord[]; stats?: RunStats; error?: string }) => {
        const p = slot.pending.get(msg.seq);
        if (!p) return;
        slot.pending.delete(msg.seq);
        slot.busy--;
        if (msg.error) p.reject(stepsError('SLM_PIPELINE_WORKER_FAILED', { worker: i, problem: msg.error }));
        else p.resolve({ records: msg.records!, stats: msg.stats! });
      });
      const fail = (err: unknown) => {
        for (const p of slot.pending.values()) p.reject(stepsError('SLM_PIPELINE_WORKER_FAILED', { worker: i, problem: String(err) }, { cause: err }));
        slot.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => code !== 0 && fail(`exited with code ${code}`));
      this.slots.push(slot);
    }
  }

  run(items: PairItem[]): Promise<ChunkResult> {
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const seq = this.seq++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject });
      slot.worker.postMessage({ seq, items });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
