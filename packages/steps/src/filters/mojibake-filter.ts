/**
 * `mojibake`: text broken by a wrong encoding — UTF-8 bytes read as Latin-1 or
 * Windows-1252 ("Ã©", "â€™", Thai "à¸"), the replacement character U+FFFD, C1
 * control characters (U+0080–U+009F, which only appear when bytes were
 * decoded as Latin-1), and literal `\uXXXX` / `\xXX` escapes (hardrules
 * `no_bad_encoding`, `no_unicode_noise`, `no_escaped_unicode`).
 * A lead character (U+00C2–U+00DF, U+00E0–U+00EF, U+00F0–U+00F4 for 2-,
 * 3- and 4-byte sequences) followed by exactly that many characters standing
 * for UTF-8 continuation bytes (0x80–0xBF as Latin-1 or their Windows-1252
 * glyphs) is one mojibake sequence; real words almost never contain one
 * (Vietnamese "khô”" is a 4-byte lead with one continuation: not one).
 * Score: mojibake sequences found (clean = 0).
 */
import { defineStep, kept, dropped } from '../step.ts';

/** Windows-1252 glyphs of bytes 0x80–0x9F (continuation bytes a decoder turned into punctuation). */
const CP1252_CONT = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const C = `[\\u0080-\\u00BF${CP1252_CONT}]`;
/** A whole UTF-8 sequence as Latin-1/1252 glyphs: a lead byte followed by exactly as many continuation bytes as it announces. */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${C}|[\\u00E0-\\u00EF]${C}{2}|[\\u00F0-\\u00F4]${C}{3}`, 'g');
const HARD = /[\uFFFD\u0080-\u009F]|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}/g;

/** Every match holds a character in U+0080–U+00FF, a backslash or U+FFFD: most lines have none. */
function mayHaveMojibake(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x80 && c <= 0xff) || c === 0x5c || c === 0xfffd) return true;
  }
  return false;
}

export function mojibakeCount(text: string): number {
  if (!mayHaveMojibake(text)) return 0;
  let n = 0;
  for (const _ of text.matchAll(HARD)) n += 2;
  for (const _ of text.matchAll(SEQUENCE)) n++;
  return n;
}

export const mojibakeFilter = defineStep({
  name: 'mojibake',
  version: '1.1.0',
  kind: 'filter',
  description: 'Drops pairs with encoding damage (UTF-8 read as Latin-1/Windows-1252, U+FFFD, C1 controls, literal escapes).',
  options: {
    max_sequences: { type: 'integer', default: 0, min: 0, description: 'Most mojibake sequences tolerated per side (a replacement char or C1 control counts 2).' },
  },
  create(o) {
    return {
      kind: 'filter',
      check(pair) {
        const score = Math.max(mojibakeCount(pair.src), mojibakeCount(pair.tgt));
        return score <= o.max_sequences ? kept(score) : dropped('mojibake', score);
      },
    };
  },
});
