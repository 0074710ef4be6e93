/**
 * Inter-annotator agreement for review votes: Cohen's kappa for two validators
 * (Cohen 1960) and Fleiss' kappa for many (Fleiss 1971), per corpus.
 *
 * Categories are the vote kinds; `unsure` votes are abstentions and are left
 * out before computing (an item a rater abstained on is not co-rated). Fleiss'
 * kappa is the form for a varying number of raters per item (each item's
 * agreement is taken over its own n_i(n_i − 1) ordered rater pairs, items with
 * fewer than two ratings skipped); with a constant number of raters it is
 * exactly Fleiss' 1971 statistic. Kappa is `null` when it is undefined: no
 * co-rated items, or expected agreement 1 (everyone always used one category).
 */

export interface Rating {
  item: string;
  rater: string;
  category: string;
}

export interface CohenResult {
  items: number;
  observed: number;
  expected: number;
  kappa: number | null;
}

/** Cohen's kappa between two raters over the items both rated. */
export function cohenKappa(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): CohenResult {
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  let items = 0;
  let agree = 0;
  for (const [item, ca] of a) {
    const cb = b.get(item);
    if (cb === undefined) continue;
    items++;
    if (ca === cb) agree++;
    countA.set(ca, (countA.get(ca) ?? 0) + 1);
    countB.set(cb, (countB.get(cb) ?? 0) + 1);
  }
  if (items === 0) return { items, observed: 0, expected: 0, kappa: null };
  let expected = 0;
  for (const [category, n] of countA) expected += (n / items) * ((countB.get(category) ?? 0) / items);
  const observed = agree / items;
  return { items, observed, expected, kappa: expected === 1 ? null : (observed - expected) / (1 - expected) };
}

export interface FleissResult {
  /** Items with at least two ratings. */
  items: number;
  ratings: number;
  /** Mean per-item agreement P̄. */
  observed: number;
  /** Chance agreement P̄e = Σ p_j². */
  expected: number;
  kappa: number | null;
}

/**
 * Fleiss' kappa from a table of counts: `table[i][j]` raters put item i in
 * category j. Rows with fewer than two ratings are skipped.
 */
export function fleissKappaFromTable(table: readonly (readonly number[])[]): FleissResult {
  const rows = table.filter((row) => row.reduce((s, n) => s + n, 0) >= 2);
  const columns = rows[0]?.length ?? 0;
  const totals = new Array<number>(columns).fill(0);
  let ratings = 0;
  let sumP = 0;
  for (const row of rows) {
    const n = row.reduce((s, x) => s + x, 0);
    let squares = 0;
    row.forEach((x, j) => {
      totals[j] = totals[j]! + x;
      squares += x * x;
    });
    ratings += n;
    sumP += (squares - n) / (n * (n - 1));
  }
  if (!rows.length) return { items: 0, ratings: 0, observed: 0, expected: 0, kappa: null };
  const observed = sumP / rows.length;
  const expected = totals.reduce((s, t) => s + (t / ratings) ** 2, 0);
  return { items: rows.length, ratings, observed, expected, kappa: expected === 1 ? null : (observed - expected) / (1 - expected) };
}

/** Fleiss' kappa over ratings (one per item and rater; a rater's later rating of the same item wins). */
export function fleissKappa(ratings: readonly Rating[]): FleissResult {
  const byItem = new Map<string, Map<string, string>>();
  const categories = new Map<string, number>();
  for (const r of ratings) {
    if (!byItem.has(r.item)) byItem.set(r.item, new Map());
    byItem.get(r.item)!.set(r.rater, r.category);
    if (!categories.has(r.category)) categories.set(r.category, categories.size);
  }
  const table = [...byItem.values()].map((raters) => {
    const row = new Array<number>(categories.size).fill(0);
    for (const c of raters.values()) row[categories.get(c)!]!++;
    return row;
  });
  return fleissKappaFromTable(table);
}

export interface PairAgreement extends CohenResult {
  a: string;
  b: string;
}

/** Cohen's kappa for every pair of raters who co-rated at least `minItems` items. */
export function pairwiseCohen(ratings: readonly Rating[], minItems = 1): PairAgreement[] {
  const byRater = new Map<string, Map<string, string>>();
  for (const r of ratings) {
    if (!byRater.has(r.rater)) byRater.set(r.rater, new Map());
    byRater.get(r.rater)!.set(r.item, r.category);
  }
  const raters = [...byRater.keys()].sort();
  const out: PairAgreement[] = [];
  for (let i = 0; i < raters.length; i++) {
    for (let j = i + 1; j < raters.length; j++) {
      const result = cohenKappa(byRater.get(raters[i]!)!, byRater.get(raters[j]!)!);
      if (result.items >= minItems) out.push({ a: raters[i]!, b: raters[j]!, ...result });
    }
  }
  return out;
}

/** Drops abstentions (`unsure`) so they do not count as a category. */
export function withoutAbstentions(ratings: readonly Rating[]): Rating[] {
  return ratings.filter((r) => r.category !== 'unsure');
}
