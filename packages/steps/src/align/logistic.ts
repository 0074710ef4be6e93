/**
 * A tiny logistic regression (full-batch gradient descent on standardised
 * features, L2-regularised, deterministic) — enough to weigh a handful of
 * alignment features against each other on the corpus itself.
 */

export interface Logistic {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export function trainLogistic(xs: readonly number[][], ys: readonly number[], epochs = 300, rate = 0.5, l2 = 1e-3): Logistic {
  const d = xs[0]?.length ?? 0;
  const n = xs.length;
  const mean = new Array(d).fill(0);
  const scale = new Array(d).fill(0);
  for (const x of xs) for (let k = 0; k < d; k++) mean[k] += x[k]! / n;
  for (const x of xs) for (let k = 0; k < d; k++) scale[k] += (x[k]! - mean[k]) ** 2 / n;
  for (let k = 0; k < d; k++) scale[k] = Math.sqrt(scale[k]) || 1;
  // Standardised features in one flat row-major array: the epochs below are the step's fitting hot loop.
  const z = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) z[i * d + k] = (xs[i]![k]! - mean[k]) / scale[k];
  // The same numbers by blocks of eight examples, feature-major within a block (the eight examples' values
  // of feature k side by side): the loop below reads one run of memory per feature.
  const blocks = n >> 3;
  const z8 = new Float64Array(blocks * 8 * d);
  for (let i = 0; i < blocks * 8; i++) for (let k = 0; k < d; k++) z8[(i >> 3) * 8 * d + k * 8 + (i & 7)] = z[i * d + k]!;
  const w = new Float64Array(d);
  const g = new Float64Array(d);
  const y = Float64Array.from(ys);
  // Eight examples at a time: their dot products are eight independent chains of additions (each still
  // summed feature after feature), and each gradient cell still takes example i before example i + 1 —
  // the same floats as one example at a time, with the adds' latency overlapped and each weight and
  // gradient cell loaded once per eight examples.
  let b = 0;
  for (let e = 0; e < epochs; e++) {
    g.fill(0);
    let gb = 0;
    let i = 0;
    for (let r0 = 0; i + 7 < n; i += 8, r0 += 8 * d) {
      let s0 = b, s1 = b, s2 = b, s3 = b, s4 = b, s5 = b, s6 = b, s7 = b;
      for (let k = 0, q = r0; k < d; k++, q += 8) {
        const wk = w[k]!;
        s0 += wk * z8[q]!;
        s1 += wk * z8[q + 1]!;
        s2 += wk * z8[q + 2]!;
        s3 += wk * z8[q + 3]!;
        s4 += wk * z8[q + 4]!;
        s5 += wk * z8[q + 5]!;
        s6 += wk * z8[q + 6]!;
        s7 += wk * z8[q + 7]!;
      }
      const e0 = 1 / (1 + Math.exp(-s0)) - y[i]!;
      const e1 = 1 / (1 + Math.exp(-s1)) - y[i + 1]!;
      const e2 = 1 / (1 + Math.exp(-s2)) - y[i + 2]!;
      const e3 = 1 / (1 + Math.exp(-s3)) - y[i + 3]!;
      const e4 = 1 / (1 + Math.exp(-s4)) - y[i + 4]!;
      const e5 = 1 / (1 + Math.exp(-s5)) - y[i + 5]!;
      const e6 = 1 / (1 + Math.exp(-s6)) - y[i + 6]!;
      const e7 = 1 / (1 + Math.exp(-s7)) - y[i + 7]!;
      for (let k = 0, q = r0; k < d; k++, q += 8) {
        let gk = g[k]!;
        gk += e0 * z8[q]!;
        gk += e1 * z8[q + 1]!;
        gk += e2 * z8[q + 2]!;
        gk += e3 * z8[q + 3]!;
        gk += e4 * z8[q + 4]!;
        gk += e5 * z8[q + 5]!;
        gk += e6 * z8[q + 6]!;
        gk += e7 * z8[q + 7]!;
        g[k] = gk;
      }
      gb += e0;
      gb += e1;
      gb += e2;
      gb += e3;
      gb += e4;
      gb += e5;
      gb += e6;
      gb += e7;
    }
    for (; i < n; i++) {
      const row = i * d;
      let s = b;
      for (let k = 0; k < d; k++) s += w[k]! * z[row + k]!;
      const err = 1 / (1 + Math.exp(-s)) - y[i]!;
      for (let k = 0; k < d; k++) g[k] += err * z[row + k]!;
      gb += err;
    }
    for (let k = 0; k < d; k++) w[k] -= rate * (g[k]! / n + l2 * w[k]!);
    b -= (rate * gb) / n;
  }
  return { mean, scale, weights: Array.from(w), bias: b };
}

/** The logit (log-odds of the positive class); features of `x` past the model's own are not read. */
export function logit(model: Logistic, x: readonly number[]): number {
  let s = model.bias;
  for (let k = 0; k < model.weights.length; k++) s += model.weights[k]! * ((x[k]! - model.mean[k]!) / model.scale[k]!);
  return s;
}
