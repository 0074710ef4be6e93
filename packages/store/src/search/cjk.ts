/**
 * Characters of scripts written without spaces between words whose one- and
 * two-character queries a trigram index cannot serve: Han (incl. extensions
 * and compatibility ideographs), kana, bopomofo, Hangul. The same ranges are
 * spelled in SQL for PostgreSQL's gram function (migration 0101), so both
 * dialects agree on what the short-query index holds.
 */

/** Code point ranges, inclusive. */
export const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2e80, 0x2fdf], // radicals
  [0x3040, 0x30ff], // hiragana, katakana
  [0x3100, 0x312f], // bopomofo
  [0x31a0, 0x31ff], // bopomofo ext., katakana ext.
  [0x3400, 0x4dbf], // Han ext. A
  [0x4e00, 0x9fff], // Han
  [0xac00, 0xd7af], // Hangul syllables
  [0xf900, 0xfaff], // compatibility ideographs
  [0x20000, 0x3134f], // Han ext. B–G
];

export function isCjkCodePoint(cp: number): boolean {
  for (const [lo, hi] of CJK_RANGES) if (cp >= lo && cp <= hi) return true;
  return false;
}

/** True when every character of `text` is CJK (and there is at least one). */
export function allCjk(text: string): boolean {
  let any = false;
  for (const ch of text) {
    if (!isCjkCodePoint(ch.codePointAt(0)!)) return false;
    any = true;
  }
  return any;
}

/**
 * The text as the SQLite short-query index stores it: every CJK character a
 * token of its own, every run of other characters one placeholder token `x`
 * (so that characters on either side of it are not adjacent), or undefined
 * when the text has no CJK character. A phrase query `"鸿 蒙"` then finds 鸿蒙.
 */
export function cjkSpaced(text: string): string | undefined {
  const tokens: string[] = [];
  let any = false;
  let gap = false;
  for (const ch of text) {
    if (isCjkCodePoint(ch.codePointAt(0)!)) {
      tokens.push(ch);
      any = true;
      gap = false;
    } else if (!gap) {
      tokens.push('x');
      gap = true;
    }
  }
  return any ? tokens.join(' ') : undefined;
}

/** Number of characters (code points), which is what the trigram limit counts. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * The distinct CJK unigrams and bigrams of `text`, as PostgreSQL's short-query
 * index holds them, as an array literal for COPY (`{}` when there are none).
 * Computed here at import because the same function in SQL costs ~85 µs a row
 * (generate_series and a regex per character) and made PostgreSQL imports
 * crawl at ~2k units/s. Grams hold only CJK characters, so no quoting is needed.
 */
export function cjkGramsLiteral(text: string): string {
  const grams = new Set<string>();
  let previous: string | undefined;
  for (const ch of text) {
    if (isCjkCodePoint(ch.codePointAt(0)!)) {
      grams.add(ch);
      if (previous !== undefined) grams.add(previous + ch);
      previous = ch;
    } else previous = undefined;
  }
  return `{${[...grams].join(',')}}`;
}
