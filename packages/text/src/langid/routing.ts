/**
 * Script routing, the first step of identification: most scripts name their
 * language outright among the languages Silkloom handles (Thai, Khmer, Lao,
 * Myanmar, Ethiopic, Sinhala, Bengali), others name a group that a model or a
 * discriminator must split (Latin, Cyrillic, Arabic, Devanagari, Han).
 */
import { LETTER, SCRIPTS, charClassIndexOf, scriptIndexOf } from '../script/code-point-tables.ts';

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

const ZINH = SCRIPTS.indexOf('Zinh');
const ZYYY = SCRIPTS.indexOf('Zyyy');
const LATN = SCRIPTS.indexOf('Latn');

/** The script to route on: weighted letter counts, kana with Han → `Jpan`; undefined without letters. */
export function routingScript(text: string, limit = 2000): string | undefined {
  const counts = new Float64Array(SCRIPTS.length);
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x41) continue;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = text.codePointAt(i)!;
      i++;
    }
    if (charClassIndexOf(cp) !== LETTER) continue;
    const s = scriptIndexOf(cp);
    if (s === ZINH || s === ZYYY) continue;
    counts[s]! += LETTER_WEIGHT[SCRIPTS[s]!] ?? 1;
  }
  const kana = counts[SCRIPTS.indexOf('Hira')]! + counts[SCRIPTS.indexOf('Kana')]!;
  let best = -1;
  let bestCount = 0;
  let second = -1;
  let secondCount = 0;
  counts.forEach((n, s) => {
    if (n > bestCount) {
      second = best;
      secondCount = bestCount;
      best = s;
      bestCount = n;
    } else if (n > secondCount) {
      second = s;
      secondCount = n;
    }
  });
  if (best < 0) return undefined;
  // Latin inside another script's text is mostly names, acronyms and units: the other script decides
  // once it has a third as many letters.
  if (best === LATN && second >= 0 && secondCount >= bestCount / 3) best = second;
  const script = SCRIPTS[best]!;
  if (kana > 0 && (script === 'Hani' || script === 'Hira' || script === 'Kana')) return 'Jpan';
  return script;
}
