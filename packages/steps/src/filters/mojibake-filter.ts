/**
 * `mojibake`: text broken by a wrong encoding — UTF-8 bytes read as Latin-1 or
 * Windows-1252 ("Ã©", "â€™", Thai "à¸"), the replacement character U+FFFD, C1
 * control characters (U+0080–U+009F, which only appear when bytes were
 * decoded as Latin-1), and literal `\uXXXX` / `\xXX` escapes (hardrules
 * `no_bad_encoding`, `no_unicode_noise`, `no_escaped_unicode`).
 * A lead character U+00C2–U+00F4 followed by a character that stands for a
 * UTF-8 continuation byte (0x80–0xBF in Latin-1 or its Windows-1252 glyph) is
 * one mojibake sequence; real Latin-script words almost never contain one.
 * Score: mojibake sequences found (clean = 0).
 */
import { defineStep } from '../step.ts';

/** Windows-1252 glyphs of bytes 0x80–0x9F (continuation bytes a decoder turned into punctuation). */
const CP1252_CONT = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const SEQUENCE = new RegExp(`[\\u00C2-\\u00F4][\\u0080-\\u00BF${CP1252_CONT}]`, 'g');
const HARD = /[\uFFFD\u0080-\u009F]|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}/g;

export function mojibakeCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(HARD)) n += 2;
  for (const _ of text.matchAll(SEQUENCE)) n++;
  return n;
}

export const mojibakeFilter = defineStep({
  name: 'mojibake',
  version: '1.0.0',
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
        return score <= o.max_sequences ? { keep: true, score } : { keep: false, reason: 'mojibake', score };
      },
    };
  },
});
