/**
 * Per-code-point script (ISO 15924, Unicode Script property, UAX #24) and
 * character class (Unicode General Category, UAX #44), read from the Unicode
 * data built into the JavaScript engine (`\p{Script=…}`, `\p{L}` …) so the
 * answers are exactly those of the engine's Unicode version, without a
 * hand-copied range table that would go stale.
 *
 * The Basic Multilingual Plane is two flat `Uint8Array`s of 64 Ki entries
 * ({@link BMP_SCRIPT}, {@link BMP_CLASS}), filled at load from runs of each
 * property (~10 ms); a look-up is one array read, so hot loops may index
 * them directly with `text.charCodeAt(i)`. Supplementary planes (Han
 * extensions, emoji, historic scripts) are built per 256-code-point page on
 * first use.
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

/** Script codes by index; the last one, `Zzzz`, is every script not listed (and unassigned code points). */
export const SCRIPTS: readonly string[] = [...SCRIPT_NAMES.map(([code]) => code), 'Zzzz'];
const UNKNOWN_SCRIPT = SCRIPTS.length - 1;

export const SCRIPT_INDEX: Readonly<Record<string, number>> = Object.fromEntries(SCRIPTS.map((s, i) => [s, i]));

/** Coarse character classes: letter (incl. combining marks), digit (any number), punctuation, symbol, space, other. */
export const CHAR_CLASSES = ['letter', 'digit', 'punctuation', 'symbol', 'space', 'other'] as const;
export type CharClass = (typeof CHAR_CLASSES)[number];
export const LETTER = 0;
export const DIGIT = 1;
export const PUNCT = 2;
export const SYMBOL = 3;
export const SPACE = 4;
export const OTHER = 5;

/**
 * Fine character classes, from the General Category: letter (L), mark (M),
 * decimal digit (Nd), other number (Nl, No), punctuation (P), symbol (S),
 * space (Z and the White_Space controls TAB, LF, CR, VT, FF, NEL), control
 * (other Cc), format (Cf: ZWJ, ZWNJ, bidi controls, soft hyphen), other
 * (unassigned, private use, surrogates).
 */
export const FINE_CHAR_CLASSES = ['letter', 'mark', 'digit', 'number', 'punctuation', 'symbol', 'space', 'control', 'format', 'other'] as const;
export type FineCharClass = (typeof FINE_CHAR_CLASSES)[number];
export const C_LETTER = 0;
export const C_MARK = 1;
export const C_DIGIT = 2;
export const C_NUMBER = 3;
export const C_PUNCT = 4;
export const C_SYMBOL = 5;
export const C_SPACE = 6;
export const C_CONTROL = 7;
export const C_FORMAT = 8;
export const C_OTHER = 9;

/** Coarse class ({@link CHAR_CLASSES} index) of each fine class ({@link FINE_CHAR_CLASSES} index). */
export const COARSE_CLASS: Readonly<Uint8Array> = Uint8Array.from([LETTER, LETTER, DIGIT, DIGIT, PUNCT, SYMBOL, SPACE, OTHER, OTHER, OTHER]);

/** Fine classes in the order they are filled in: later ones win (White_Space controls are spaces, not controls). */
const CLASS_PATTERNS: ReadonlyArray<readonly [number, string]> = [
  [C_CONTROL, '\\p{Cc}'], [C_FORMAT, '\\p{Cf}'], [C_LETTER, '\\p{L}'], [C_MARK, '\\p{M}'], [C_DIGIT, '\\p{Nd}'],
  [C_NUMBER, '[\\p{Nl}\\p{No}]'], [C_PUNCT, '\\p{P}'], [C_SYMBOL, '\\p{S}'], [C_SPACE, '[\\p{White_Space}\\p{Z}]'],
];

/** Script index ({@link SCRIPTS}) of every BMP code point: `BMP_SCRIPT[text.charCodeAt(i)]`. Surrogates are `Zzzz`. */
export const BMP_SCRIPT = new Uint8Array(0x10000).fill(UNKNOWN_SCRIPT);
/** Fine class ({@link FINE_CHAR_CLASSES}) of every BMP code point; surrogate halves are `other`. */
export const BMP_CLASS = new Uint8Array(0x10000).fill(C_OTHER);

/** Fills `table[offset + i]` with `value` for every run of `pattern` in `chars`. */
function fillRuns(table: Uint8Array, chars: string, offset: number, pattern: string, value: number): void {
  const re = new RegExp(`${pattern}+`, 'gu');
  for (let m = re.exec(chars); m; m = re.exec(chars)) table.fill(value, offset + m.index, offset + m.index + m[0].length);
}

function fillTables(script: Uint8Array, cls: Uint8Array, chars: string, offset: number): void {
  SCRIPT_NAMES.forEach(([, name], s) => fillRuns(script, chars, offset, `\\p{Script=${name}}`, s));
  for (const [c, pattern] of CLASS_PATTERNS) fillRuns(cls, chars, offset, pattern, c);
}

(function buildBmp() {
  const units = new Uint16Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) units[cp] = cp >= 0xd800 && cp <= 0xdfff ? 0xfffe : cp;
  // U+FFFE (a noncharacter: script Zzzz, class other) stands in for each surrogate so indices stay code points.
  const all = new TextDecoder('utf-16le').decode(units);
  fillTables(BMP_SCRIPT, BMP_CLASS, all, 0);
})();

/** Supplementary-plane pages: 256 scripts then 256 classes, built on first use. */
const pages = new Map<number, Uint8Array>();

function pageOf(cp: number): Uint8Array {
  const key = cp >>> 8;
  let table = pages.get(key);
  if (!table) {
    table = new Uint8Array(512);
    let chars = '';
    for (let i = 0; i < 256; i++) chars += String.fromCodePoint(key * 256 + i);
    // Runs are found in a string of astral characters (two code units each), so map code-unit offsets back.
    const script = new Uint8Array(512);
    const cls = new Uint8Array(512);
    script.fill(UNKNOWN_SCRIPT);
    cls.fill(C_OTHER);
    fillTables(script, cls, chars, 0);
    for (let i = 0; i < 256; i++) {
      table[i] = script[i * 2]!;
      table[256 + i] = cls[i * 2]!;
    }
    pages.set(key, table);
  }
  return table;
}

/** Index into {@link SCRIPTS} of a code point's Unicode Script property (fast: one array read in the BMP). */
export function scriptOfCodePoint(cp: number): number {
  return cp < 0x10000 ? BMP_SCRIPT[cp]! : cp > 0x10ffff ? UNKNOWN_SCRIPT : pageOf(cp)[cp & 0xff]!;
}

/** Fine class ({@link FINE_CHAR_CLASSES} index, `C_LETTER` …) of a code point (one array read in the BMP). */
export function charClassOf(cp: number): number {
  return cp < 0x10000 ? BMP_CLASS[cp]! : cp > 0x10ffff ? C_OTHER : pageOf(cp)[256 + (cp & 0xff)]!;
}

/** Index into {@link SCRIPTS} of a code point's Unicode Script property (same as {@link scriptOfCodePoint}). */
export const scriptIndexOf: (cp: number) => number = scriptOfCodePoint;

/** ISO 15924 code of a code point's script (`Zyyy` common, `Zinh` inherited, `Zzzz` other). */
export function scriptOf(cp: number): string {
  return SCRIPTS[scriptOfCodePoint(cp)]!;
}

/** Index into {@link CHAR_CLASSES} (coarse) of a code point's character class. */
export function charClassIndexOf(cp: number): number {
  return COARSE_CLASS[charClassOf(cp)]!;
}

/** Script index for an ISO 15924 code; `Hans`/`Hant` are Han; unknown codes give the `Zzzz` index. */
export function scriptIndexForCode(code: string): number {
  if (code === 'Hans' || code === 'Hant') return SCRIPT_INDEX.Hani!;
  return SCRIPT_INDEX[code] ?? UNKNOWN_SCRIPT;
}
