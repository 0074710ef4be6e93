import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trainLogistic } from './logistic.ts';

/**
 * The plain loop trainLogistic stands for: one example at a time, its dot product summed feature
 * after feature, then its error added to each gradient cell. The fast loop must give the same
 * floats, bit for bit, or the alignment step's decisions would drift with the batch size.
 */
function referenceLogistic(xs: number[][], ys: number[], epochs: number, rate: number, l2: number): { weights: number[]; bias: number } {
  const d = xs[0]?.length ?? 0;
  const n = xs.length;
  const mean = new Array(d).fill(0);
  const scale = new Array(d).fill(0);
  for (const x of xs) for (let k = 0; k < d; k++) mean[k] += x[k]! / n;
  for (const x of xs) for (let k = 0; k < d; k++) scale[k] += (x[k]! - mean[k]) ** 2 / n;
  for (let k = 0; k < d; k++) scale[k] = Math.sqrt(scale[k]) || 1;
  const z = xs.map((x) => x.map((v, k) => (v - mean[k]) / scale[k]));
  const w = new Array(d).fill(0);
  let b = 0;
  for (let e = 0; e < epochs; e++) {
    const g = new Array(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let s = b;
      for (let k = 0; k < d; k++) s += w[k] * z[i]![k]!;
      const err = 1 / (1 + Math.exp(-s)) - ys[i]!;
      for (let k = 0; k < d; k++) g[k] += err * z[i]![k]!;
      gb += err;
    }
    for (let k = 0; k < d; k++) w[k] -= rate * (g[k] / n + l2 * w[k]);
    b -= (rate * gb) / n;
  }
  return { weights: w, bias: b };
}

test('trainLogistic gives the one-example-at-a-time floats exactly, whatever the count left over by eight', () => {
  let seed = 12345;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 6 - 3;
  for (const d of [1, 3, 5, 26, 31]) {
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 15, 16, 17, 23, 50]) {
      const xs = Array.from({ length: n }, () => Array.from({ length: d }, next));
      const ys = xs.map((x, i) => (x[0]! + next() > 0 || i === 0 ? 1 : 0));
      const got = trainLogistic(xs, ys, 40, 0.5, 0.01);
      const want = referenceLogistic(xs, ys, 40, 0.5, 0.01);
      assert.deepStrictEqual([got.weights, got.bias], [want.weights, want.bias], `d ${d}, n ${n}`);
    }
  }
});

test('with the log of the token count a regression learns a mean threshold that changes sign with length; with mean and mean·√n alone it cannot', async () => {
  const { logit } = await import('./logistic.ts');
  // Short pairs need a clearly good mean, long ones pass just below typical: thresholds 1, 0.5, −1 at
  // n = 4, 16, 64 — 1/threshold is not linear in √n, so no line in (m, m·√n) draws that boundary.
  const xsWith: number[][] = [], xsWithout: number[][] = [], ys: number[] = [];
  for (const [n, t] of [[4, 1], [16, 0.5], [64, -1]] as const) {
    for (let m = -3; m <= 3.001; m += 0.05) {
      if (Math.abs(m - t) < 0.1) continue;
      xsWithout.push([m, (m * Math.sqrt(n)) / 4]);
      xsWith.push([m, (m * Math.sqrt(n)) / 4, Math.log1p(n)]);
      ys.push(m > t ? 1 : 0);
    }
  }
  const accuracy = (xs: number[][]) => {
    const model = trainLogistic(xs, ys, 3000, 0.5, 0);
    return xs.filter((x, i) => (logit(model, x) > 0 ? 1 : 0) === ys[i]).length / xs.length;
  };
  assert.ok(accuracy(xsWith) > 0.97, `with: ${accuracy(xsWith)}`);
  assert.ok(accuracy(xsWithout) < 0.93, `without: ${accuracy(xsWithout)}`);
});
