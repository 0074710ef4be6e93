/**
 * Worker-thread entry: loads the pipeline's modules as soon as the pool
 * starts, runs the fitting tasks the main thread hands out, builds the steps
 * once the fitted states arrive, then answers each chunk with its records
 * and the chunk's statistics (a chunk of raw TSV lines: with the bytes to
 * write, tsv-output.ts).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { buildSteps, contextOf, definitionOf, type PipelinePlan } from './build-steps.ts';
import { type BuiltStep, processChunk } from './process-chunk.ts';
import { emptyRunStats } from './run-stats.ts';
import { runTask } from '../parallel-tasks.ts';
import { type ChunkMessage, decodePairs, encodeChunkResult } from './chunk-codec.ts';
import type { TsvLineChunk } from './tsv-chunk.ts';
import { runTsvChunk } from './tsv-output.ts';
import { detachEarly } from './detach-early.ts';

detachEarly();

const { plan } = workerData as { plan: PipelinePlan };
const shapes = plan.steps.map((s) => definitionOf(s.name));
let steps: BuiltStep[] = [];

/**
 * A full collection on demand. A fitting task leaves tens of MB of scratch
 * typed arrays behind (alignment: ~30 MB a Model 1 direction); an idle worker
 * would keep them until its next collection, and the next task would allocate
 * its own on top, which made the fit the run's peak of resident memory.
 * `--expose-gc` set at run time exposes `gc` in contexts created afterwards.
 */
const collectGarbage = ((): (() => void) => {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // Without it the garbage is collected when V8 decides.
  }
  return () => {};
})();

type Message = { states: unknown[] } | { seq: number; task: string; args: unknown[] } | { seq: number; tsv: TsvLineChunk } | ChunkMessage;

parentPort!.on('message', (msg: Message) => {
  if ('states' in msg) {
    steps = buildSteps(plan, contextOf(plan), msg.states);
    return;
  }
  try {
    if ('task' in msg) {
      parentPort!.postMessage({ seq: msg.seq, result: runTask(msg.task, msg.args) });
      collectGarbage();
      return;
    }
    const stats = emptyRunStats(shapes);
    if ('tsv' in msg) {
      const { reply, transfer } = runTsvChunk(msg.seq, steps, msg.tsv, stats, plan.evaluateAll);
      parentPort!.postMessage(reply, transfer);
      return;
    }
    const pairs = decodePairs(msg);
    const records = processChunk(steps, pairs, stats, plan.evaluateAll);
    const { reply, transfer } = encodeChunkResult(msg.seq, pairs, records, stats);
    parentPort!.postMessage(reply, transfer);
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
