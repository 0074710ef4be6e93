/**
 * Worker-thread entry: builds the pipeline's steps once from the plan and
 * fitted states in `workerData`, then answers each chunk with its records and
 * the chunk's statistics.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSteps, contextOf, definitionOf, type PipelinePlan } from './build-steps.ts';
import { processChunk, type PairItem } from './process-chunk.ts';
import { emptyRunStats } from './run-stats.ts';

const { plan, states } = workerData as { plan: PipelinePlan; states: unknown[] };
const steps = buildSteps(plan, contextOf(plan), states);
const shapes = plan.steps.map((s) => definitionOf(s.name));

parentPort!.on('message', (msg: { seq: number; items: PairItem[] }) => {
  try {
    const stats = emptyRunStats(shapes);
    const records = processChunk(steps, msg.items, stats, plan.evaluateAll);
    parentPort!.postMessage({ seq: msg.seq, records, stats });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
