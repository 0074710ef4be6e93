/**
 * Script routing, the first step of identification: most scripts name their
 * language outright among the languages Silkloom handles (Thai, Khmer, Lao,
 * Myanmar, Ethiopic, Sinhala, Bengali), others name a group that a model or a
 * discriminator must split (Latin, Cyrillic, Arabic, Devanagari, Han).
 */
import { BMP_CLASS, BMP_SCRIPT, C_LETTER, C_MARK, SCRIPTS, SCRIPT_INDEX, charClassOf, scriptOfCodePoint } from '../script/code-point-tables.ts';

/** Scripts whose text is (almost surely) one language; besides the registry's, common others. */
export const SCRIPT_LANGUAGE: Readonly<Record<string, string>> = {
  Thai: 'th', Khmr: 'km', Laoo: 'lo', Mymr: 'my', Ethi: 'am', Sinh: 'si', Beng: 'bn',
  Hang: 'ko', Jpan: 'ja', Grek: 'el', Hebr: 'he', Armn: 'hy', Geor: 'ka', Tibt: 'bo', Mong: 'mn-Mong',
  Guru: 'pa', Gujr: 'gu', Orya: 'or', Taml: 'ta', Telu: 'te', Knda: 'kn', Mlym: 'ml', Thaa: 'dv', Tglg: 'fil-Tglg',
};

/**
 * Weight of one letter when choosing the script of mixed text: a Han or kana
 * character carries about as much as a short Latin word, so "我用 Windows"
 * is Chinese.
 */
const LETTER_WEIGHT: Readonly<Record<string, number>> = { Hani: 3, Hira: 3, Kana: 3, Hang: 2 };

/**
 * Latin inside another script's text is mostly names, acronyms and units
 * ("JAS 39C Gripen ชน…"): the other script decides once it has this
 * fraction of the Latin letters' weight. A fifth keeps a 20-character
 * snippet that opens with a Latin name in its own language.
 */
const LATIN_YIELDS_AT = 5;

const ZINH = SCRIPT_INDEX.Zinh!;
const ZYYY = SCRIPT_INDEX.Zyyy!;
const LATN = SCRIPT_INDEX.Latn!;
const HANI = SCRIPT_INDEX.Hani!;
const HIRA = SCRIPT_INDEX.Hira!;
const KANA = SCRIPT_INDEX.Kana!;
/** Pseudo-index returned by {@link routingScriptIndex} for Han mixed with kana (`Jpan`). */
export const JPAN_INDEX = SCRIPTS.length;
const WEIGHT = Float64Array.from(SCRIPTS, (s, i) => (i === ZINH || i === ZYYY ? 0 : LETTER_WEIGHT[s] ?? 1));
const counts = new Float64Array(SCRIPTS.length);

/**
 * {@link routingScript} as an index into SCRIPTS ({@link JPAN_INDEX} for
 * `Jpan`), -1 without letters. No allocation.
 */
export function routingScriptIndex(text: string, limit = 2000): number {
  counts.fill(0);
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x41) continue;
    let cls: number;
    let s: number;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = text.codePointAt(i)!;
      i++;
      cls = charClassOf(cp);
      s = scriptOfCodePoint(cp);
    } else {
      cls = BMP_CLASS[cp]!;
      s = BMP_SCRIPT[cp]!;
    }
    if (cls === C_LETTER || cls === C_MARK) counts[s]! += WEIGHT[s]!;
  }
  let best = -1;
  let bestCount = 0;
  let second = -1;
  let secondCount = 0;
  for (let s = 0; s < counts.length; s++) {
    const n = counts[s]!;
    if (n > bestCount) {
      second = best;
      secondCount = bestCount;
      best = s;
      bestCount = n;
    } else if (n > secondCount) {
      second = s;
      secondCount = n;
    }
  }
  if (best < 0) return -1;
  if (best === LATN && second >= 0 && secondCount >= bestCount / LATIN_YIELDS_AT) best = second;
  if (counts[HIRA]! + counts[KANA]! > 0 && (best === HANI || best === HIRA || best === KANA)) return JPAN_INDEX;
  return best;
}

/** The script to route on: weighted letter counts, kana with Han → `Jpan`; undefined without letters. */
export function routingScript(text: string, limit = 2000): string | undefined {
  const s = routingScriptIndex(text, limit);
  return s < 0 ? undefined : s === JPAN_INDEX ? 'Jpan' : SCRIPTS[s];
}
