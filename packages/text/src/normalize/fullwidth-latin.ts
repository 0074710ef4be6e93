/**
 * Full-width Latin letters and digits (U+FF10–FF19, U+FF21–FF3A, U+FF41–FF5A,
 * the Halfwidth and Fullwidth Forms block) become ASCII: ＡＢＣ１２３ → ABC123.
 * Full-width punctuation (，。！？：；（）) is kept — it is correct in Chinese
 * text — which is why this is not NFKC.
 */
import { defineNormalizer, resultOf, unchanged } from './types.ts';

const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

export const fullwidthLatinNormalizer = defineNormalizer({
  name: 'fullwidth-latin',
  version: 1,
  description: 'full-width Latin letters and digits → ASCII; full-width CJK punctuation kept',
  scope: 'text',
  apply(text) {
    if (!/[\uff10-\uff5a]/.test(text)) return unchanged(text);
    let n = 0;
    const out = text.replace(FULLWIDTH_ALNUM, (c) => {
      n++;
      return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    });
    return resultOf(text, out, { fullwidth: n });
  },
});
