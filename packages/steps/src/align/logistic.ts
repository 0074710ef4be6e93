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
  const w = new Float64Array(d);
  const g = new Float64Array(d);
  const y = Float64Array.from(ys);
  // Four examples at a time: their dot products are four independent chains of additions (each still
  // summed feature after feature), and each gradient cell still takes example i before example i + 1 —
  // the same floats as one example at a time, with the adds' latency overlapped.
  let b = 0;
  for (let e = 0; e < epochs; e++) {
    g.fill(0);
    let gb = 0;
    let i = 0;
    for (let r0 = 0; i + 3 < n; i += 4, r0 += 4 * d) {
      const r1 = r0 + d, r2 = r1 + d, r3 = r2 + d;
      let s0 = b, s1 = b, s2 = b, s3 = b;
      for (let k = 0; k < d; k++) {
        const wk = w[k]!;
        s0 += wk * z[r0 + k]!;
        s1 += wk * z[r1 + k]!;
        s2 += wk * z[r2 + k]!;
        s3 += wk * z[r3 + k]!;
      }
      const e0 = 1 / (1 + Math.exp(-s0)) - y[i]!;
      const e1 = 1 / (1 + Math.exp(-s1)) - y[i + 1]!;
      const e2 = 1 / (1 + Math.exp(-s2)) - y[i + 2]!;
      const e3 = 1 / (1 + Math.exp(-s3)) - y[i + 3]!;
      for (let k = 0; k < d; k++) {
        let gk = g[k]!;
        gk += e0 * z[r0 + k]!;
        gk += e1 * z[r1 + k]!;
        gk += e2 * z[r2 + k]!;
        gk += e3 * z[r3 + k]!;
        g[k] = gk;
      }
      gb += e0;
      gb += e1;
      gb += e2;
      gb += e3;
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
