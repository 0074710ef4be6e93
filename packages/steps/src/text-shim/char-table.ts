/**
 * Per-code-point script and character-class lookup for the BMP, built once at
 * load from the engine's Unicode property escapes (Node 20: Unicode 15+), so
 * the hot loops of filters cost one array read per character.
 *
 * Stand-in until @silkloom/text's script tables are merged; the names follow
 * its API (`scriptOf`, char classes) so the swap is mechanical.
 */

/** ISO 15924 codes we tell apart; `Zyyy` common, `Zinh` inherited (combining marks), `Zzzz` other. */
export const SCRIPT_CODES = [
  'Zyyy', 'Zinh', 'Latn', 'Hani', 'Thai', 'Khmr', 'Laoo', 'Mymr', 'Arab', 'Cyrl', 'Ethi', 'Deva', 'Beng',
  'Sinh', 'Mong', 'Hang', 'Kana', 'Grek', 'Hebr', 'Geor', 'Armn', 'Tibt', 'Zzzz',
] as const;
export type ScriptCode = (typeof SCRIPT_CODES)[number];

export const S_COMMON = 0;
export const S_INHERITED = 1;
export const S_LATN = 2;
export const S_HANI = 3;
export const S_OTHER = SCRIPT_CODES.length - 1;

export const C_LETTER = 0;
export const C_MARK = 1;
export const C_DIGIT = 2;
export const C_NUMBER = 3;
export const C_PUNCT = 4;
export const C_SYMBOL = 5;
export const C_SPACE = 6;
export const C_CONTROL = 7;
export const C_FORMAT = 8;

const scriptRegexes: Array<[number, RegExp]> = [
  [1, /\p{Script=Inherited}/gu],
  [2, /\p{Script=Latin}/gu],
  [3, /\p{Script=Han}/gu],
  [4, /\p{Script=Thai}/gu],
  [5, /\p{Script=Khmer}/gu],
  [6, /\p{Script=Lao}/gu],
  [7, /\p{Script=Myanmar}/gu],
  [8, /\p{Script=Arabic}/gu],
  [9, /\p{Script=Cyrillic}/gu],
  [10, /\p{Script=Ethiopic}/gu],
  [11, /\p{Script=Devanagari}/gu],
  [12, /\p{Script=Bengali}/gu],
  [13, /\p{Script=Sinhala}/gu],
  [14, /\p{Script=Mongolian}/gu],
  [15, /\p{Script=Hangul}/gu],
  [16, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  [17, /\p{Script=Greek}/gu],
  [18, /\p{Script=Hebrew}/gu],
  [19, /\p{Script=Georgian}/gu],
  [20, /\p{Script=Armenian}/gu],
  [21, /\p{Script=Tibetan}/gu],
];
const classRegexes: Array<[number, RegExp]> = [
  [C_LETTER, /\p{L}/gu],
  [C_MARK, /\p{M}/gu],
  [C_DIGIT, /\p{Nd}/gu],
  [C_NUMBER, /[\p{Nl}\p{No}]/gu],
  [C_PUNCT, /\p{P}/gu],
  [C_SYMBOL, /\p{S}/gu],
  [C_SPACE, /[\p{Z}\t\n\r\v\f]/gu],
  [C_FORMAT, /\p{Cf}/gu],
];

/** Script index per BMP code point. */
export const SCRIPT_OF = new Uint8Array(0x10000).fill(S_OTHER);
/** Character class per BMP code point. */
export const CLASS_OF = new Uint8Array(0x10000).fill(C_CONTROL);

function build(): void {
  let all = '';
  for (let cp = 0; cp < 0x10000; cp++) all += cp >= 0xd800 && cp <= 0xdfff ? ' ' : String.fromCharCode(cp);
  for (const m of all.matchAll(/\p{Script=Common}/gu)) SCRIPT_OF[m.index!] = S_COMMON;
  for (const [id, re] of scriptRegexes) for (const m of all.matchAll(re)) SCRIPT_OF[m.index!] = id;
  for (const [id, re] of classRegexes) for (const m of all.matchAll(re)) CLASS_OF[m.index!] = id;
  for (let cp = 0xd800; cp <= 0xdfff; cp++) {
    SCRIPT_OF[cp] = S_OTHER;
    CLASS_OF[cp] = C_CONTROL;
  }
}
build();

const astralHan = /\p{Script=Han}/u;
const astralLetter = /\p{L}/u;

/** Script index of any code point (astral: Han or other). */
export function scriptIndex(cp: number): number {
  if (cp < 0x10000) return SCRIPT_OF[cp]!;
  return astralHan.test(String.fromCodePoint(cp)) ? S_HANI : S_OTHER;
}

/** Character class of any code point. */
export function classIndex(cp: number): number {
  if (cp < 0x10000) return CLASS_OF[cp]!;
  return astralLetter.test(String.fromCodePoint(cp)) ? C_LETTER : C_SYMBOL;
}

const scriptIds = new Map<string, number>(SCRIPT_CODES.map((c, i) => [c, i]));
scriptIds.set('Hans', S_HANI);
scriptIds.set('Hant', S_HANI);
scriptIds.set('Jpan', 16);

/** Index for an ISO 15924 code (Hans/Hant → Hani), or S_OTHER. */
export function scriptIdOf(code: string): number {
  return scriptIds.get(code) ?? S_OTHER;
}
