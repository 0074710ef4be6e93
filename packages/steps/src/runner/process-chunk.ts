/**
 * Runs the parallel part of a pipeline over one chunk of pairs: normalisers
 * change text, filters score and decide, keyed steps compute their keys.
 * Column-wise (one step over the whole chunk, then the next) so each step's
 * time is measured with two clock reads per chunk, not per pair.
 */
import { addCount } from '@silkloom/core';
import { PairMeasures } from '../pair-measures.ts';
import type { FilterInstance, FilterResult, KeyedInstance, NormalizerInstance, PairText, StepInstance } from '../step.ts';
import type { RunStats, StepStats } from './run-stats.ts';
import { joinedName, recordOutcome } from './run-stats.ts';

export interface PairItem {
  /** Stable id (store unit id; `L<line>` for files). */
  id: string;
  /** 1-based input line, when the input has lines. */
  line?: number;
  src: string;
  tgt: string;
}

/** What the parallel part found for one pair. */
export interface ChunkRecord {
  src: string;
  tgt: string;
  /** Measurements the steps share (in the thread that runs them). */
  measures?: PairMeasures;
  /** [stepIndex, reason] in step order. */
  reasons: Array<[number, string]>;
  scores: Record<string, number>;
  /** Keys of keyed steps by step index. */
  keys: Record<number, unknown>;
}

export interface BuiltStep {
  name: string;
  instance: StepInstance;
  /** Position in the pipeline (stats slot); defaults to the position in the list. */
  index?: number;
}

export function processChunk(steps: readonly BuiltStep[], items: readonly PairText[], stats: RunStats, evaluateAll = true): ChunkRecord[] {
  const records: ChunkRecord[] = [];
  for (let i = 0; i < items.length; i++) records.push(newRecord(items[i]!.src, items[i]!.tgt));
  const columns = columnsOf(steps);
  for (let k = 0; k < columns.length; k++) {
    const column = columns[k]!;
    const st = stats.steps[column.statsIndex]!;
    const t0 = performance.now();
    if (column.normalize) normalizeEach(column.normalize, records, st);
    else if (column.check) {
      // Here rather than in checkEach: most filters have no prepare, and a call never made before deoptimised checkEach's loop.
      column.prepare?.(evaluateAll ? records : records.filter((r) => !r.reasons.length));
      checkEach(column, column.check, records, st, evaluateAll);
    }
    else keyEach(column, records);
    st.timeMs += performance.now() - t0;
  }
  return records;
}

function newRecord(src: string, tgt: string): ChunkRecord {
  return { src, tgt, measures: new PairMeasures(), reasons: reasonList(), scores: {}, keys: {} };
}

/**
 * An empty reasons array whose elements may be objects: `[]` starts as an
 * array of small integers, and the first rejection pushed into one in an
 * optimised checkEach deoptimised it ("not a Smi", once per thread;
 * bench/clean/README.md, branch `jit2`). Popping keeps the kind.
 */
function reasonList(): Array<[number, string]> {
  const reasons: Array<[number, string]> = [NO_REASON];
  reasons.pop();
  return reasons;
}
const NO_REASON: [number, string] = [0, ''];

/**
 * A step as the chunk loops call it: one hidden class for every step, its
 * instance's methods bound once. The loops below run every step of the
 * pipeline over the same records, so a read of `instance.kind` or
 * `instance.check` there met a new hidden class at each step; a worker
 * optimised `processChunk` during its first chunk (on-stack replacement,
 * the steps met so far) and threw the code away at each step it had not
 * met yet, ~11 compiles a worker (bench/clean/README.md, branch `jit`).
 * Bound functions in a field of one class make those sites monomorphic
 * loads and megamorphic calls, which optimised code takes without a check.
 */
interface StepColumn {
  name: string;
  scorePrefix: string;
  statsIndex: number;
  normalize: NormalizerInstance['normalize'] | undefined;
  check: FilterInstance['check'] | undefined;
  prepare: ((pairs: readonly PairText[]) => void) | undefined;
  key: KeyedInstance['key'] | undefined;
}

const columnsByStepList = new WeakMap<readonly BuiltStep[], StepColumn[]>();

function columnsOf(steps: readonly BuiltStep[]): StepColumn[] {
  let columns = columnsByStepList.get(steps);
  if (!columns) columnsByStepList.set(steps, (columns = steps.map(columnOf)));
  return columns;
}

function columnOf({ name, instance, index }: BuiltStep, k: number): StepColumn {
  const column: StepColumn = { name, scorePrefix: `${name}.`, statsIndex: index ?? k, normalize: undefined, check: undefined, prepare: undefined, key: undefined };
  if (instance.kind === 'normalizer') column.normalize = instance.normalize.bind(instance);
  else if (instance.kind === 'filter') {
    column.check = instance.check.bind(instance);
    column.prepare = instance.prepare?.bind(instance);
  } else column.key = instance.key.bind(instance);
  return column;
}

function normalizeEach(normalize: NormalizerInstance['normalize'], records: ChunkRecord[], st: StepStats): void {
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const out = normalize(r);
    addCount(st.counts, 'seen');
    if (out && (out.src !== r.src || out.tgt !== r.tgt)) {
      addCount(st.counts, 'changed');
      if (out.src !== r.src) addCount(st.counts, 'changed:src');
      if (out.tgt !== r.tgt) addCount(st.counts, 'changed:tgt');
      if (out.changes) for (const kind in out.changes) addCount(st.counts, joinedName('change:', kind), out.changes[kind]!);
      r.src = out.src;
      r.tgt = out.tgt;
      r.measures = new PairMeasures();
    }
  }
}

function checkEach(column: StepColumn, check: FilterInstance['check'], records: ChunkRecord[], st: StepStats, evaluateAll: boolean): void {
  const { name, scorePrefix, statsIndex } = column;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (!evaluateAll && r.reasons.length) continue;
    const res: FilterResult = check(r);
    if (res.score !== undefined) r.scores[name] = res.score;
    // for…in visits an object literal's keys in the order Object.entries lists them.
    if (res.extraScores) for (const key in res.extraScores) r.scores[joinedName(scorePrefix, key)] = res.extraScores[key]!;
    recordOutcome(st, res.keep, res.reason, res.score);
    if (!res.keep) r.reasons.push([statsIndex, res.reason ?? name]);
    if (res.labels) for (let l = 0; l < res.labels.length; l++) addCount(st.counts, joinedName('label:', res.labels[l]!));
  }
}

function keyEach(column: StepColumn, records: ChunkRecord[]): void {
  const key = column.key!;
  const s = column.statsIndex;
  for (let i = 0; i < records.length; i++) records[i]!.keys[s] = key(records[i]!);
}
