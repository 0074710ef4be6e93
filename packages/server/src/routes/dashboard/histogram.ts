/** Fixed-edge histograms for the dashboard (values past the last edge go in the last bin). */
export function histogram(values: readonly number[], edges: readonly number[]): { edges: number[]; counts: number[] } {
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (const v of values) {
    if (!Number.isFinite(v) || v < edges[0]!) continue;
    let i = edges.findIndex((e, k) => k > 0 && v < e) - 1;
    if (i < 0) i = counts.length - 1;
    counts[i]!++;
  }
  return { edges: [...edges], counts };
}

/** Length-ratio bins: 0–6 by 0.25 (a ratio of 1 means as many characters as the Chinese side). */
export const RATIO_EDGES = Array.from({ length: 25 }, (_, i) => i * 0.25);
/** Score bins 0–1 by 0.1. */
export const SCORE_EDGES = Array.from({ length: 11 }, (_, i) => i / 10);
