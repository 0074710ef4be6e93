import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cohenKappa, fleissKappa, fleissKappaFromTable, pairwiseCohen, type Rating, withoutAbstentions } from './kappa.ts';

function ratersFrom(cells: Array<[string, string, number]>): [Map<string, string>, Map<string, string>] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  let i = 0;
  for (const [ca, cb, n] of cells) {
    for (let k = 0; k < n; k++, i++) {
      a.set(`i${i}`, ca);
      b.set(`i${i}`, cb);
    }
  }
  return [a, b];
}

test("Cohen's kappa: the textbook 50-proposal example gives po 0.7, pe 0.5, kappa 0.4", () => {
  // Two readers of 50 grant proposals: yes/yes 20, yes/no 5, no/yes 10, no/no 15.
  const [a, b] = ratersFrom([['yes', 'yes', 20], ['yes', 'no', 5], ['no', 'yes', 10], ['no', 'no', 15]]);
  const r = cohenKappa(a, b);
  assert.equal(r.items, 50);
  assert.equal(r.observed, 0.7);
  assert.equal(r.expected, 0.5);
  assert.ok(Math.abs(r.kappa! - 0.4) < 1e-12);
});

test("Cohen's kappa: a second hand-computed table (po 0.6, pe 0.54) gives 0.1304", () => {
  // yes/yes 45, yes/no 15, no/yes 25, no/no 15 over 100 items:
  // pe = 0.6·0.7 + 0.4·0.3 = 0.54; kappa = (0.6 − 0.54)/(0.46) = 0.130434…
  const [a, b] = ratersFrom([['yes', 'yes', 45], ['yes', 'no', 15], ['no', 'yes', 25], ['no', 'no', 15]]);
  assert.equal(cohenKappa(a, b).kappa!.toFixed(4), '0.1304');
});

test("Cohen's kappa is 1 for perfect agreement, null when undefined, and only counts co-rated items", () => {
  const [a, b] = ratersFrom([['good', 'good', 3], ['bad', 'bad', 2]]);
  assert.equal(cohenKappa(a, b).kappa, 1);
  const [c, d] = ratersFrom([['good', 'good', 4]]);
  assert.equal(cohenKappa(c, d).kappa, null);
  assert.equal(cohenKappa(new Map([['x', 'good']]), new Map([['y', 'good']])).kappa, null);
});

// Fleiss (1971) worked example as reproduced in most textbooks: 10 subjects,
// 14 raters, 5 categories; P̄ = 0.378, P̄e = 0.213, kappa = 0.210.
const FLEISS_TABLE = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

test("Fleiss' kappa: the 10 × 14 × 5 textbook table gives P̄ 0.378, P̄e 0.213, kappa 0.210", () => {
  const r = fleissKappaFromTable(FLEISS_TABLE);
  assert.equal(r.items, 10);
  assert.equal(r.ratings, 140);
  assert.equal(r.observed.toFixed(3), '0.378');
  assert.equal(r.expected.toFixed(3), '0.213');
  assert.equal(r.kappa!.toFixed(3), '0.210');
});

test("Fleiss' kappa from individual ratings equals the table form", () => {
  const ratings: Rating[] = [];
  FLEISS_TABLE.forEach((row, i) => {
    let rater = 0;
    row.forEach((n, j) => {
      for (let k = 0; k < n; k++) ratings.push({ item: `s${i}`, rater: `r${rater++}`, category: `c${j}` });
    });
  });
  assert.equal(fleissKappa(ratings).kappa!.toFixed(6), fleissKappaFromTable(FLEISS_TABLE).kappa!.toFixed(6));
});

test("Fleiss' kappa with two raters per item equals Scott's pi; single-rated items are skipped", () => {
  // Two raters, 4 items: agree on 3 (good, good, bad), disagree on 1 (good/bad).
  // Category shares: good 5/8, bad 3/8 → Pe = 34/64; Po = 3/4; pi = (0.75 − 0.53125)/(0.46875) = 0.4667.
  const r = fleissKappa([
    { item: 'a', rater: 'x', category: 'good' }, { item: 'a', rater: 'y', category: 'good' },
    { item: 'b', rater: 'x', category: 'good' }, { item: 'b', rater: 'y', category: 'good' },
    { item: 'c', rater: 'x', category: 'bad' }, { item: 'c', rater: 'y', category: 'bad' },
    { item: 'd', rater: 'x', category: 'good' }, { item: 'd', rater: 'y', category: 'bad' },
    { item: 'e', rater: 'x', category: 'bad' },
  ]);
  assert.equal(r.items, 4);
  assert.equal(r.kappa!.toFixed(4), '0.4667');
});

test('pairwise Cohen lists every co-rating pair; abstentions are dropped first', () => {
  const ratings = withoutAbstentions([
    { item: 'a', rater: 'x', category: 'good' }, { item: 'a', rater: 'y', category: 'good' },
    { item: 'b', rater: 'x', category: 'bad' }, { item: 'b', rater: 'y', category: 'bad' },
    { item: 'b', rater: 'z', category: 'unsure' },
  ]);
  const pairs = pairwiseCohen(ratings);
  assert.deepEqual(pairs.map((p) => [p.a, p.b, p.items, p.kappa]), [['x', 'y', 2, 1]]);
});
