/**
 * Runs the parallel part of a pipeline over one chunk of pairs: normalisers
 * change text, filters score and decide, keyed steps compute their keys.
 * Column-wise (one step over the whole chunk, then the next) so each step's
 * time is measured with two clock reads per chunk, not per pair.
 */
import { addCount } from '@silkloom/core';
import { PairMeasures } from '../pair-measures.ts';
import type { FilterResult, PairText, StepInstance } from '../step.ts';
import type { RunStats } from './run-stats.ts';
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
  const records: ChunkRecord[] = items.map((it) => ({ src: it.src, tgt: it.tgt, measures: new PairMeasures(), reasons: [], scores: {}, keys: {} }));
  for (let k = 0; k < steps.length; k++) {
    const { name, instance } = steps[k]!;
    const scorePrefix = `${name}.`;
    const s = steps[k]!.index ?? k;
    const st = stats.steps[s]!;
    const t0 = performance.now();
    if (instance.kind === 'normalizer') {
      for (const r of records) {
        const out = instance.normalize(r);
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
    } else if (instance.kind === 'filter') {
      instance.prepare?.(evaluateAll ? records : records.filter((r) => !r.reasons.length));
      for (const r of records) {
        if (!evaluateAll && r.reasons.length) continue;
        const res: FilterResult = instance.check(r as PairText);
        if (res.score !== undefined) r.scores[name] = res.score;
        // for…in visits an object literal's keys in the order Object.entries lists them.
        if (res.extraScores) for (const key in res.extraScores) r.scores[joinedName(scorePrefix, key)] = res.extraScores[key]!;
        recordOutcome(st, res.keep, res.reason, res.score);
        if (!res.keep) r.reasons.push([s, res.reason ?? name]);
        if (res.labels) for (let l = 0; l < res.labels.length; l++) addCount(st.counts, joinedName('label:', res.labels[l]!));
      }
    } else {
      for (const r of records) r.keys[s] = instance.key(r);
    }
    st.timeMs += performance.now() - t0;
  }
  return records;
}
