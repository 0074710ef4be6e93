/**
 * Statistics of a run, per step: pairs seen, kept, dropped per reason,
 * changed (normalisers), time, and a histogram of the filter's score. All of
 * it merges associatively (core `stats.ts`), so chunks, workers and resumed
 * runs add up to the same totals as one pass.
 */
import type { Counts, Histogram } from '@silkloom/core';
import { addCount, createHistogram, mergeCounts, mergeHistograms, observe } from '@silkloom/core';

export interface StepStats {
  name: string;
  version: string;
  kind: string;
  /** seen, kept, dropped, changed, `dropped:<reason>`, `label:<x>`. */
  counts: Counts;
  /** Processing time in milliseconds (summed over workers: CPU time, not wall time). */
  timeMs: number;
  scores?: Histogram;
}

export interface RunStats {
  /** seen, kept, dropped, `primary:<reason>` (first reason of each dropped pair). */
  pairs: Counts;
  steps: StepStats[];
}

export function emptyRunStats(steps: ReadonlyArray<{ name: string; version: string; kind: string; scoreEdges?: readonly number[] }>): RunStats {
  return {
    pairs: {},
    steps: steps.map((s) => ({ name: s.name, version: s.version, kind: s.kind, counts: {}, timeMs: 0, ...(s.scoreEdges ? { scores: createHistogram([...s.scoreEdges]) } : {}) })),
  };
}

export function mergeRunStats(a: RunStats, b: RunStats): RunStats {
  return {
    pairs: mergeCounts(a.pairs, b.pairs),
    steps: a.steps.map((s, i) => {
      const o = b.steps[i]!;
      const merged: StepStats = { ...s, counts: mergeCounts(s.counts, o.counts), timeMs: s.timeMs + o.timeMs };
      if (s.scores && o.scores) merged.scores = mergeHistograms(s.scores, o.scores);
      return merged;
    }),
  };
}

/**
 * `prefix + key`, made once per distinct pair of strings: the runner names a
 * step's extra scores (`alignment.fragment`) and counts its labels
 * (`label:src=en`) for every pair, and a fresh concatenation per pair was
 * garbage, flattened and hashed again as a property key each time. The keys
 * come from a small fixed set (score names, languages, reasons); past
 * {@link MAX_JOINED} keys a prefix (a step naming its reasons freely) the
 * rest are joined afresh, as before.
 */
const MAX_JOINED = 4096;
const joinedNames = new Map<string, Map<string, string>>();
export function joinedName(prefix: string, key: string): string {
  let byKey = joinedNames.get(prefix);
  if (!byKey) joinedNames.set(prefix, (byKey = new Map()));
  let name = byKey.get(key);
  if (name === undefined) {
    name = prefix + key;
    if (byKey.size < MAX_JOINED) byKey.set(key, name);
  }
  return name;
}

/** Adds a filter outcome to a step's stats. */
export function recordOutcome(stats: StepStats, keep: boolean, reason: string | undefined, score: number | undefined): void {
  addCount(stats.counts, 'seen');
  if (keep) addCount(stats.counts, 'kept');
  else {
    addCount(stats.counts, 'dropped');
    addCount(stats.counts, joinedName('dropped:', reason ?? stats.name));
  }
  if (stats.scores && score !== undefined) observe(stats.scores, score);
}
