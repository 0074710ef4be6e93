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
  // Four features a step, still summed one after another: the same floats, fewer loop tests.
  const d4 = d - (d % 4);
  let b = 0;
  for (let e = 0; e < epochs; e++) {
    g.fill(0);
    let gb = 0;
    for (let i = 0, row = 0; i < n; i++, row += d) {
      let s = b;
      let k = 0;
      for (; k < d4; k += 4) {
        const r = row + k;
        s += w[k]! * z[r]!;
        s += w[k + 1]! * z[r + 1]!;
        s += w[k + 2]! * z[r + 2]!;
        s += w[k + 3]! * z[r + 3]!;
      }
      for (; k < d; k++) s += w[k]! * z[row + k]!;
      const err = 1 / (1 + Math.exp(-s)) - y[i]!;
      for (k = 0; k < d4; k += 4) {
        const r = row + k;
        g[k] += err * z[r]!;
        g[k + 1] += err * z[r + 1]!;
        g[k + 2] += err * z[r + 2]!;
        g[k + 3] += err * z[r + 3]!;
      }
      for (; k < d; k++) g[k] += err * z[row + k]!;
      gb += err;
    }
    for (let k = 0; k < d; k++) w[k] -= rate * (g[k]! / n + l2 * w[k]!);
    b -= (rate * gb) / n;
  }
  return { mean, scale, weights: Array.from(w), bias: b };
}

/** The logit (log-odds of the positive class). */
export function logit(model: Logistic, x: readonly number[]): number {
  let s = model.bias;
  for (let k = 0; k < x.length; k++) s += model.weights[k]! * ((x[k]! - model.mean[k]!) / model.scale[k]!);
  return s;
}
