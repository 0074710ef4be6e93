/**
 * Normalising steps: each changes text and the runner counts what changed.
 * They run first in the default pipeline so filters judge repaired text and
 * pairs that only needed normalising are kept.
 */
import { defineStep } from '../step.ts';
import type { PairText } from '../step.ts';
import { halfwidthLatin, normalizeUnicode, stripMarkup } from '../text-shim/normalize.ts';

function both(fn: (s: string) => string, applySrc = true, applyTgt = true) {
  return (pair: PairText): PairText | undefined => {
    const src = applySrc ? fn(pair.src) : pair.src;
    const tgt = applyTgt ? fn(pair.tgt) : pair.tgt;
    return src === pair.src && tgt === pair.tgt ? undefined : { src, tgt };
  };
}

export const unicodeNormalizer = defineStep({
  name: 'normalize_unicode',
  version: '1.0.0',
  kind: 'normalizer',
  description: 'Unicode NFC; removes BOM, stray zero-width characters (keeps ZWJ/ZWNJ) and controls; collapses whitespace.',
  options: {},
  create: () => ({ kind: 'normalizer', normalize: both(normalizeUnicode) }),
});

export const markupNormalizer = defineStep({
  name: 'strip_markup',
  version: '1.0.0',
  kind: 'normalizer',
  description: 'Removes HTML/XML tags and comments; decodes character references (&amp;, &#233;, &#x4E2D;).',
  options: {},
  create: () => ({ kind: 'normalizer', normalize: both((s) => normalizeUnicode(stripMarkup(s))) }),
});

const CHINESE = /^(zh|yue|ja)(-|$)/;

export const fullwidthNormalizer = defineStep({
  name: 'halfwidth_latin',
  version: '1.0.0',
  kind: 'normalizer',
  description: 'Full-width Latin letters and digits in Chinese/Japanese text → ASCII (full-width punctuation stays).',
  options: {
    all_sides: { type: 'boolean', default: false, description: 'Apply to every side, not only Chinese-script ones.' },
  },
  create: (o, ctx) => ({ kind: 'normalizer', normalize: both(halfwidthLatin, o.all_sides || CHINESE.test(ctx.srcLang), o.all_sides || CHINESE.test(ctx.tgtLang)) }),
});
