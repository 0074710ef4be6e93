/**
 * Mergeable statistics (datatrove's idea): counters and fixed-bin histograms
 * whose merge is associative and commutative, so shards, worker threads and
 * resumed runs add up to the same totals as one run over everything.
 */

/** Named counts, e.g. `{seen: 10, kept: 8, 'dropped:length_ratio': 2}`. */
export type Counts = Record<string, number>;

export function addCount(counts: Counts, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

export function mergeCounts(...parts: Counts[]): Counts {
  const out: Counts = {};
  for (const part of parts) for (const [k, v] of Object.entries(part)) addCount(out, k, v);
  return out;
}

/** A histogram over fixed bin edges; values outside go to the first/last bin. */
export interface Histogram {
  /** Ascending bin edges; bin i covers [edges[i], edges[i+1]). */
  edges: number[];
  counts: number[];
  n: number;
  sum: number;
  min: number;
  max: number;
}

export function createHistogram(edges: number[]): Histogram {
  return { edges, counts: new Array(Math.max(edges.length - 1, 1)).fill(0), n: 0, sum: 0, min: Infinity, max: -Infinity };
}

export function observe(h: Histogram, value: number): void {
  if (!Number.isFinite(value)) return;
  let bin = h.counts.length - 1;
  for (let i = 1; i < h.edges.length; i++) {
    if (value < h.edges[i]!) {
      bin = i - 1;
      break;
    }
  }
  h.counts[bin]! += 1;
  h.n += 1;
  h.sum += value;
  if (value < h.min) h.min = value;
  if (value > h.max) h.max = value;
}

export function mergeHistograms(a: Histogram, b: Histogram): Histogram {
  if (a.edges.length !== b.edges.length || a.edges.some((e, i) => e !== b.edges[i])) {
    throw new Error('cannot merge histograms with different bin edges');
  }
  return {
    edges: a.edges,
    counts: a.counts.map((c, i) => c + b.counts[i]!),
    n: a.n + b.n,
    sum: a.sum + b.sum,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
  };
}
