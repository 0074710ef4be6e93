/**
 * Unicode normalisation forms (UAX #15). NFC is safe on stored text in every
 * script. NFKC is only for matching keys: it folds full-width CJK punctuation
 * (，→,), circled digits and ligatures, which a Chinese reader wants kept.
 */
import { defineNormalizer, resultOf } from './types.ts';

export const nfcNormalizer = defineNormalizer({
  name: 'nfc',
  version: 1,
  description: 'Unicode canonical composition (NFC, UAX #15)',
  scope: 'text',
  apply(text) {
    const out = text.normalize('NFC');
    return resultOf(text, out, { nfc: out === text ? 0 : 1 });
  },
});

export const nfkcKeyNormalizer = defineNormalizer({
  name: 'nfkc-key',
  version: 1,
  description: 'Unicode compatibility composition (NFKC) plus case folding, for matching keys only',
  scope: 'key',
  apply(text) {
    const out = text.normalize('NFKC').toLowerCase();
    return resultOf(text, out, { nfkc: out === text ? 0 : 1 });
  },
});
