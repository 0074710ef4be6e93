/**
 * `numbers`: the numbers on both sides agree, read across digit systems
 * (Thai ๐–๙, Lao, Khmer, Myanmar, Arabic-Indic, Extended Arabic-Indic,
 * Devanagari, Bengali, Sinhala, full-width) and Chinese numerals (二十三,
 * 150万). OpusFilter's NonZeroNumeralsFilter reads ASCII digits only and so
 * drops a quarter of good Burmese pairs; bicleaner's rule is off by default.
 *
 * Each number is a counterpart once (one-to-one pairing: "56x56mm" against
 * "46 by 56 mm" has an orphan on each side). Numbers compare by their significant digits, so scale words and units do
 * not matter (120万 = 1.2 million = 1,200,000). Chinese numerals, months
 * (10月 / October), centuries and decades may match but need no match; an
 * approximate Chinese figure matches any number it could stand for (二十多
 * "twenty-odd" / 24, 1000余 / 1,200), and 数十 "several tens" or 几千 "a few
 * thousand" is no figure at all (since 1.3.0: FLORES translators write the
 * figure, and a weak 20 or 10 was an orphan against it). Since 1.4.0 a month
 * or a lone numeral (3月, 第二) is no sure counterpart: a plain number matched
 * only to one counts against the pair when the other side has a plain orphan
 * ("3 月 10 日" / "30 March"); 百分之二 reads 2, 第五 and a numeral before
 * 场 or 人 are numbers, 1995-96 is also 1996, and Burmese ၄င်း is no 4. A pair
 * is dropped only when *both* sides have a number without counterpart — one
 * side alone may have written its number in words ("70 公里" / "seventy
 * kilometres"), a changed number leaves an orphan on each side. Thai years in
 * the Buddhist era (2567) also match their Common Era value (2024). Locale
 * separators are read alike (12,800.00 = 12 800,00 = 12.800,00), and a clock
 * time matches in either half of the day (晚上7点半 = 7.30 pm = 19:30 =
 * "19 giờ 30").
 * Score: share of numbers matched across sides (clean = 1).
 */
import { defineStep, kept, dropped } from '../step.ts';
import { type NumberToken, significant } from '../text-shim/numbers.ts';
import { type PairMeasures, sideNumbers } from '../pair-measures.ts';

const CHINESE = /^(zh|yue|lzh|wuu|hak|nan)(-|$)/;

/** A Thai year in the Buddhist era (2568) is also its Common Era year (2025). */
function withBuddhistEra(tokens: NumberToken[]): NumberToken[] {
  return tokens.map((t) => {
    const v = t.digits.length === 4 ? Number(t.digits) : 0;
    return v >= 2400 && v <= 2700 ? { ...t, alts: [...(t.alts ?? []), significant(String(v - 543))] } : t;
  });
}

function readingsOf(t: NumberToken): string[] {
  return t.alts ? [t.value, ...t.alts] : [t.value];
}

function shareReading(x: NumberToken, y: NumberToken): boolean {
  if ((x.approx && y.value.startsWith(x.value)) || (y.approx && x.value.startsWith(y.value))) return true;
  const ry = readingsOf(y);
  return readingsOf(x).some((r) => ry.includes(r));
}

/**
 * Pairs the numbers one to one (each number is a counterpart once): "56x56"
 * against "46 by 56" leaves a 56 and the 46 orphans, where set membership saw
 * every number matched. Plain numbers pair first, by their own value, then by
 * any reading; weak and match-only numbers take what is left.
 */
function pairNumbers(a: NumberToken[], b: NumberToken[]): [number[], number[]] {
  const pa = a.map(() => -1);
  const pb = b.map(() => -1);
  const strength = (t: NumberToken) => (t.matchOnly ? 2 : t.weak ? 1 : 0);
  const order = a.map((_, k) => k).sort((x, y) => strength(a[x]!) - strength(a[y]!));
  for (const exact of [true, false]) {
    for (const k of order) {
      if (pa[k]! >= 0) continue;
      let best = -1;
      for (let m = 0; m < b.length; m++) {
        if (pb[m]! >= 0 || !(exact ? a[k]!.value === b[m]!.value : shareReading(a[k]!, b[m]!))) continue;
        // A plain number on the other side first: weak ones may go unmatched at no cost.
        if (best < 0 || strength(b[m]!) < strength(b[best]!)) best = m;
      }
      if (best >= 0) {
        pa[k] = best;
        pb[best] = k;
      }
    }
  }
  return [pa, pb];
}

export interface NumberAgreement {
  /** Numbers (not weak) with a counterpart on the other side, both sides together. */
  matched: number;
  /** Numbers (not weak) on both sides together. */
  total: number;
  /** Numbers (not weak) without counterpart, per side. */
  unmatchedA: number;
  unmatchedB: number;
  /** Weak numbers (Chinese numerals, months, centuries) without counterpart, both sides. */
  unmatchedWeak: number;
  /**
   * Plain numbers on a side whose other side has no number at all (not even
   * a weak one), per side. A source without numbers ends the reading unless
   * `readLone` (the target's scan costs time): then `loneB` stays 0. A
   * translation rarely drops every number.
   */
  loneA: number;
  loneB: number;
  /** Plain numbers whose only counterpart is a weak or match-only one on the other side (a month, 第二), per side. */
  softA: number;
  softB: number;
}

function plainCount(tokens: readonly NumberToken[]): number {
  let n = 0;
  for (const t of tokens) if (!t.weak && !t.matchOnly && t.value !== '0') n++;
  return n;
}

const eraAware = (tokens: NumberToken[], lang: string) => (lang === 'th' ? withBuddhistEra(tokens) : tokens);

/** `measures`: the pair's shared measures (pair-measures.ts), so that the numbers filter and the alignment features read each side once. */
export function numberAgreement(src: string, tgt: string, srcLang: string, tgtLang: string, readLone = false, measures?: PairMeasures): NumberAgreement {
  const out: NumberAgreement = { matched: 0, total: 0, unmatchedA: 0, unmatchedB: 0, unmatchedWeak: 0, loneA: 0, loneB: 0, softA: 0, softB: 0 };
  // Without numbers on one side there is nothing to compare: the other side is not read (unless its lone numbers are asked for).
  const a = eraAware(sideNumbers(measures?.src, src, CHINESE.test(srcLang)), srcLang);
  if (!a.length && !readLone) return out;
  const b = eraAware(sideNumbers(measures?.tgt, tgt, CHINESE.test(tgtLang)), tgtLang);
  if (!a.length || !b.length) {
    out.loneA = b.length ? 0 : plainCount(a);
    out.loneB = a.length ? 0 : plainCount(b);
    return out;
  }
  const [pairedA, pairedB] = pairNumbers(a, b);
  for (const [side, paired, other, isA] of [[a, pairedA, b, true], [b, pairedB, a, false]] as const) {
    for (let k = 0; k < side.length; k++) {
      const t = side[k]!;
      if (t.value === '0' || t.matchOnly) continue;
      const found = paired[k]! >= 0;
      if (found && !t.weak) {
        const o = other[paired[k]!]!;
        // A month (3月) or a lone numeral (第二, 三人) matches what it can, but is no
        // sure counterpart: against a plain orphan on the other side it may be the
        // number that was changed ("3 月 10 日" / "30 March": 10 became 30).
        if (o.matchOnly || (o.weak && !o.approx)) {
          if (isA) out.softA++;
          else out.softB++;
        }
      }
      if (t.weak) {
        if (!found) out.unmatchedWeak++;
        continue;
      }
      out.total++;
      if (found) out.matched++;
      else if (isA) out.unmatchedA++;
      else out.unmatchedB++;
    }
  }
  return out;
}

export const numberFilter = defineStep({
  name: 'numbers',
  version: '1.4.0',
  kind: 'filter',
  scoreEdges: [0, 0.25, 0.5, 0.75, 0.99, 1.0001],
  description: 'Drops pairs whose numbers disagree, across native digit systems and Chinese numerals.',
  options: {
    min_agreement: { type: 'number', default: 0.99, min: 0, max: 1, description: 'Lowest share of numbers matched on the other side, when both sides have unmatched ones.' },
  },
  create(o, ctx) {
    return {
      kind: 'filter',
      check(pair) {
        const r = numberAgreement(pair.src, pair.tgt, ctx.srcLang, ctx.tgtLang, false, pair.measures);
        const score = r.total ? r.matched / r.total : 1;
        // A disagreement needs a number without counterpart on *both* sides: one
        // side alone may have spelled its number out ("70 公里" / "seventy km").
        // Weak numbers (15世纪) count as orphans when the other side has a plain orphan.
        const orphansA = r.unmatchedA + (r.unmatchedB ? r.unmatchedWeak : 0);
        const conflict = ((orphansA > 0 && r.unmatchedB > 0) || (r.unmatchedA > 0 && r.softB > 0) || (r.unmatchedB > 0 && r.softA > 0)) && score < o.min_agreement;
        return conflict ? dropped('numbers', score) : kept(score);
      },
    };
  },
});
