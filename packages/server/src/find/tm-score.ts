/**
 * The match percentage of a TM candidate, the way CAT tools compute it
 * (anchors-platform §4; OmegaT's FuzzyMatcher): Levenshtein distance on token
 * arrays, `base = 100 × (1 − distance / max(len))`, then penalties — numbers
 * that differ (2 points each, at most 10), inline codes that differ (2 each,
 * at most 10), and a 1-point penalty when only case, punctuation or spacing
 * differ. Any penalty caps the result at 99; 100 means the same source after
 * normalisation (NFKC, white space).
 */
import { normaliseForTm, numbersOf, tagsOf, tmTokens, tokenUnitFor, type TokenUnit } from './tm-tokens.ts';

export interface Penalty {
  kind: 'numbers' | 'tags' | 'case-or-spacing';
  points: number;
}

export interface TmScore {
  percent: number;
  base: number;
  penalties: Penalty[];
  unit: TokenUnit;
  exact: boolean;
}

/** Levenshtein distance between two token arrays (two rows, O(n·m) time, O(m) memory). */
export function tokenDistance(a: readonly string[], b: readonly string[]): number {
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** How many items differ between two multisets: a changed item counts once, an added or dropped one too. */
function mismatches(a: readonly string[], b: readonly string[]): number {
  const left = new Map<string, number>();
  for (const x of a) left.set(x, (left.get(x) ?? 0) + 1);
  let onlyInB = 0;
  for (const y of b) {
    const n = left.get(y) ?? 0;
    if (n > 0) left.set(y, n - 1);
    else onlyInB++;
  }
  let onlyInA = 0;
  for (const n of left.values()) onlyInA += n;
  return Math.max(onlyInA, onlyInB);
}

/** Scores `candidate` against `query`, both source-language text in language `lang`. */
export function tmScore(query: string, candidate: string, lang: string): TmScore {
  const q = normaliseForTm(query);
  const c = normaliseForTm(candidate);
  const unit = tokenUnitFor(lang, q);
  if (q === c) return { percent: 100, base: 100, penalties: [], unit, exact: true };
  const qt = tmTokens(q, unit);
  const ct = tmTokens(c, unit);
  const longest = Math.max(qt.length, ct.length);
  const base = longest === 0 ? 100 : (100 * (longest - tokenDistance(qt, ct))) / longest;
  const penalties: Penalty[] = [];
  const numbers = mismatches(numbersOf(q), numbersOf(c));
  if (numbers) penalties.push({ kind: 'numbers', points: Math.min(10, 2 * numbers) });
  const tags = mismatches(tagsOf(q), tagsOf(c));
  if (tags) penalties.push({ kind: 'tags', points: Math.min(10, 2 * tags) });
  if (base === 100 && !penalties.length) penalties.push({ kind: 'case-or-spacing', points: 1 });
  const after = base - penalties.reduce((sum, p) => sum + p.points, 0);
  return { percent: Math.max(0, Math.min(99, Math.floor(after))), base: Math.round(base * 10) / 10, penalties, unit, exact: false };
}
