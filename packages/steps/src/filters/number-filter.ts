/**
 * `numbers`: the numbers on both sides agree, read across digit systems
 * (Thai ๐–๙, Lao, Khmer, Myanmar, Arabic-Indic, Extended Arabic-Indic,
 * Devanagari, Bengali, Sinhala, full-width) and Chinese numerals (二十三,
 * 150万). OpusFilter's NonZeroNumeralsFilter reads ASCII digits only and so
 * drops a quarter of good Burmese pairs; bicleaner's rule is off by default.
 *
 * Only numbers of two or more digits are "strong": single digits are often
 * spelled out on the other side ("4个月" / "four months"). A strong number
 * with no counterpart counts against the pair only when the other side has
 * numbers of its own (otherwise it may be written in words). Thai years in the
 * Buddhist era (2567) also match their Common Era value (2024).
 * Score: share of strong numbers matched across sides (clean = 1).
 */
import { defineStep } from '../step.ts';
import { type NumberToken, extractNumbers } from '../text-shim/numbers.ts';

const CHINESE = /^(zh|yue|lzh|wuu|hak|nan)(-|$)/;

function readings(tokens: NumberToken[], thai: boolean): Set<string> {
  const set = new Set<string>();
  for (const t of tokens) {
    set.add(t.value);
    if (t.alt) for (const a of t.alt) set.add(a);
    if (thai && t.value.length === 4) {
      const v = Number(t.value);
      if (v >= 2400 && v <= 2700) set.add(String(v - 543));
    }
  }
  return set;
}

export interface NumberAgreement {
  matched: number;
  strong: number;
  /** Numbers (any size) per side. */
  countA: number;
  countB: number;
}

export function numberAgreement(src: string, tgt: string, srcLang: string, tgtLang: string): NumberAgreement {
  const a = extractNumbers(src, CHINESE.test(srcLang));
  const b = extractNumbers(tgt, CHINESE.test(tgtLang));
  const ra = readings(a, srcLang === 'th');
  const rb = readings(b, tgtLang === 'th');
  let strong = 0, matched = 0;
  for (const [side, other, otherCount] of [[a, rb, b.length], [b, ra, a.length]] as const) {
    if (!otherCount) continue;
    for (const t of side) {
      if (t.value.length < 2) continue;
      strong++;
      if (other.has(t.value) || (t.alt && t.alt.some((x) => other.has(x))) || (t.value.length === 4 && other.has(String(Number(t.value) + 543)))) matched++;
    }
  }
  return { matched, strong, countA: a.length, countB: b.length };
}

export const numberFilter = defineStep({
  name: 'numbers',
  version: '1.0.0',
  kind: 'filter',
  description: 'Drops pairs whose numbers disagree, across native digit systems and Chinese numerals.',
  options: {
    min_agreement: { type: 'number', default: 0.99, min: 0, max: 1, description: 'Lowest share of strong numbers matched on the other side.' },
  },
  create(o, ctx) {
    return {
      kind: 'filter',
      check(pair) {
        const r = numberAgreement(pair.src, pair.tgt, ctx.srcLang, ctx.tgtLang);
        if (!r.strong) return { keep: true, score: 1 };
        const score = r.matched / r.strong;
        return score >= o.min_agreement ? { keep: true, score } : { keep: false, reason: 'numbers', score };
      },
    };
  },
});
