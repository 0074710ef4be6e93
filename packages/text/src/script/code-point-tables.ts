/**
 * Per-code-point script (ISO 15924) and character class, read from the
 * Unicode data built into the JavaScript engine (`\p{Script=…}`, `\p{L}` …),
 * cached per 256-code-point page. A text touches few pages, so a page costs
 * about a millisecond once and every later look-up is an array read — this
 * keeps the answers exactly those of the engine's Unicode version without a
 * hand-copied range table that would go stale.
 */

/** Scripts we tell apart (ISO 15924 code → Unicode Script property value), most common first. */
const SCRIPT_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Latn', 'Latin'], ['Hani', 'Han'], ['Cyrl', 'Cyrillic'], ['Arab', 'Arabic'], ['Thai', 'Thai'],
  ['Khmr', 'Khmer'], ['Laoo', 'Lao'], ['Mymr', 'Myanmar'], ['Ethi', 'Ethiopic'], ['Deva', 'Devanagari'],
  ['Beng', 'Bengali'], ['Sinh', 'Sinhala'], ['Hang', 'Hangul'], ['Hira', 'Hiragana'], ['Kana', 'Katakana'],
  ['Mong', 'Mongolian'], ['Grek', 'Greek'], ['Hebr', 'Hebrew'], ['Armn', 'Armenian'], ['Geor', 'Georgian'],
  ['Guru', 'Gurmukhi'], ['Gujr', 'Gujarati'], ['Orya', 'Oriya'], ['Taml', 'Tamil'], ['Telu', 'Telugu'],
  ['Knda', 'Kannada'], ['Mlym', 'Malayalam'], ['Tibt', 'Tibetan'], ['Thaa', 'Thaana'], ['Syrc', 'Syriac'],
  ['Bopo', 'Bopomofo'], ['Tglg', 'Tagalog'], ['Tfng', 'Tifinagh'], ['Zinh', 'Inherited'], ['Zyyy', 'Common'],
];

/** Script codes by index; index SCRIPTS.length means unknown (`Zzzz`). */
export const SCRIPTS: readonly string[] = [...SCRIPT_NAMES.map(([code]) => code), 'Zzzz'];
const UNKNOWN_SCRIPT = SCRIPTS.length - 1;
const scriptTests = SCRIPT_NAMES.map(([, name]) => new RegExp(`^\\p{Script=${name}}$`, 'u'));

/** Character classes: letter (incl. combining marks), digit, punctuation, symbol, space, other. */
export const CHAR_CLASSES = ['letter', 'digit', 'punctuation', 'symbol', 'space', 'other'] as const;
export type CharClass = (typeof CHAR_CLASSES)[number];
export const LETTER = 0;
export const DIGIT = 1;
export const PUNCT = 2;
export const SYMBOL = 3;
export const SPACE = 4;
export const OTHER = 5;
const classTests: Array<[number, RegExp]> = [
  [LETTER, /^[\p{L}\p{M}]$/u],
  [DIGIT, /^\p{N}$/u],
  [PUNCT, /^\p{P}$/u],
  [SYMBOL, /^\p{S}$/u],
  [SPACE, /^[\p{White_Space}\p{Z}]$/u],
];

const pages = new Map<number, Uint8Array>();

function buildPage(page: number): Uint8Array {
  // Low 6 bits: script index; high 2 bits are not enough for 6 classes, so use two bytes per code point.
  const table = new Uint8Array(512);
  for (let i = 0; i < 256; i++) {
    const cp = page * 256 + i;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      table[i * 2] = UNKNOWN_SCRIPT;
      table[i * 2 + 1] = OTHER;
      continue;
    }
    const ch = String.fromCodePoint(cp);
    let script = UNKNOWN_SCRIPT;
    for (let s = 0; s < scriptTests.length; s++) {
      if (scriptTests[s]!.test(ch)) {
        script = s;
        break;
      }
    }
    let cls = OTHER;
    for (const [c, re] of classTests) {
      if (re.test(ch)) {
        cls = c;
        break;
      }
    }
    table[i * 2] = script;
    table[i * 2 + 1] = cls;
  }
  return table;
}

function pageOf(cp: number): Uint8Array {
  const key = cp >>> 8;
  let table = pages.get(key);
  if (!table) {
    table = buildPage(key);
    pages.set(key, table);
  }
  return table;
}

/** Index into {@link SCRIPTS} of a code point's Unicode Script property. */
export function scriptIndexOf(cp: number): number {
  return pageOf(cp)[(cp & 0xff) * 2]!;
}

/** ISO 15924 code of a code point's script (`Zyyy` common, `Zinh` inherited, `Zzzz` other). */
export function scriptOf(cp: number): string {
  return SCRIPTS[scriptIndexOf(cp)]!;
}

/** Index into {@link CHAR_CLASSES} of a code point's character class. */
export function charClassIndexOf(cp: number): number {
  return pageOf(cp)[(cp & 0xff) * 2 + 1]!;
}

export const SCRIPT_INDEX: Readonly<Record<string, number>> = Object.fromEntries(SCRIPTS.map((s, i) => [s, i]));
