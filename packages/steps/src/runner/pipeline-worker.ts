/**
 * Worker-thread entry: loads the pipeline's modules as soon as the pool
 * starts, runs the fitting tasks the main thread hands out, builds the steps
 * once the fitted states arrive, then answers each chunk with its records
 * and the chunk's statistics.
 *
 * While the last corpus-trained step fits (alignment: the main thread trains
 * its regressions, this thread would idle), the steps before it are already
 * built (`early`): chunks sent meanwhile run through them, one per event-loop
 * turn so a fitting task never waits behind more than one chunk, and are
 * parked until the fitted states arrive and the rest of the steps can run.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { buildSteps, contextOf, definitionOf, type PipelinePlan } from './build-steps.ts';
import { type BuiltStep, type ChunkRecord, newRecords, runSteps } from './process-chunk.ts';
import { type RunStats, emptyRunStats } from './run-stats.ts';
import { runTask } from '../parallel-tasks.ts';
import { type ChunkMessage, decodePairs, encodeChunkResult } from './chunk-codec.ts';
import type { PairText } from '../step.ts';

const { plan } = workerData as { plan: PipelinePlan };
const shapes = plan.steps.map((s) => definitionOf(s.name));
/** One context for the steps built early and the rest (they share the identifier the language step teaches). */
let ctx: ReturnType<typeof contextOf> | undefined;
const context = () => (ctx ??= contextOf(plan));
/** Every step, once the fitted states arrived. */
let steps: BuiltStep[] | undefined;
/** The steps before the last corpus-trained one, built while it fits. */
let early: { steps: BuiltStep[]; upTo: number } | undefined;
/** Chunks that came before the fitted states: waiting for the early steps, then for the rest. */
const waiting: ChunkMessage[] = [];
const parked: Array<{ seq: number; pairs: PairText[]; records: ChunkRecord[]; stats: RunStats }> = [];
let draining = false;

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

type Message = { states: unknown[] } | { early: unknown[]; upTo: number } | { seq: number; task: string; args: unknown[] } | ChunkMessage;

function reply(seq: number, pairs: readonly PairText[], records: readonly ChunkRecord[], stats: RunStats): void {
  const { reply: message, transfer } = encodeChunkResult(seq, pairs, records, stats);
  parentPort!.postMessage(message, transfer);
}

function fail(seq: number, err: unknown): void {
  parentPort!.postMessage({ seq, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}

/** Runs one waiting chunk through the early steps and parks it; the next one on a later turn, after any task that came. */
function drainOne(): void {
  const msg = waiting.shift();
  if (!msg || steps) {
    draining = false;
    return;
  }
  try {
    const stats = emptyRunStats(shapes);
    const pairs = decodePairs(msg);
    parked.push({ seq: msg.seq, pairs, records: runSteps(early!.steps, newRecords(pairs), stats, plan.evaluateAll), stats });
  } catch (err) {
    fail(msg.seq, err);
  }
  if (waiting.length) setImmediate(drainOne);
  else draining = false;
}

/** The fitted states arrived: builds the rest of the steps and answers the chunks that came before, in order. */
function start(states: unknown[]): void {
  const rest = buildSteps(plan, context(), states, plan.steps.length, false, early?.upTo ?? 0);
  steps = early ? [...early.steps, ...rest] : rest;
  for (const p of parked.splice(0)) {
    try {
      reply(p.seq, p.pairs, runSteps(rest, p.records, p.stats, plan.evaluateAll), p.stats);
    } catch (err) {
      fail(p.seq, err);
    }
  }
  for (const msg of waiting.splice(0)) runChunk(msg);
}

function runChunk(msg: ChunkMessage): void {
  try {
    const stats = emptyRunStats(shapes);
    const pairs = decodePairs(msg);
    reply(msg.seq, pairs, runSteps(steps ?? [], newRecords(pairs), stats, plan.evaluateAll), stats);
  } catch (err) {
    fail(msg.seq, err);
  }
}

parentPort!.on('message', (msg: Message) => {
  if ('states' in msg) return start(msg.states);
  if ('early' in msg) {
    early = { steps: buildSteps(plan, context(), msg.early, msg.upTo), upTo: msg.upTo };
    return;
  }
  if ('task' in msg) {
    try {
      parentPort!.postMessage({ seq: msg.seq, result: runTask(msg.task, msg.args) });
    } catch (err) {
      fail(msg.seq, err);
    }
    collectGarbage();
    return;
  }
  if (steps || !early) return runChunk(msg);
  waiting.push(msg);
  if (!draining) {
    draining = true;
    setImmediate(drainOne);
  }
});
