/**
 * `normalize`: runs @silkloom/text's normalisers for each side's language,
 * in the registry's order — NFC, markup residue, zero-width characters (ZWJ/
 * ZWNJ kept where the script needs them), whitespace and controls, then the
 * language's own (full-width Latin in Chinese, Zawgyi → Unicode for Burmese,
 * Arabic-script letter variants, Thai vowel order …). Counts what changed by
 * kind (`change:zawgyi`, `change:removed_zwsp` …).
 */
import { getNormalizer, normalizersFor, type Normalizer } from '@silkloom/text';
import { defineStep } from '../step.ts';

function chain(lang: string, extra: string[], skip: string[]): Normalizer[] {
  const list = normalizersFor(lang).filter((n) => !skip.includes(n.name));
  for (const name of extra) if (!list.some((n) => n.name === name)) list.push(getNormalizer(name));
  // A TSV pair is one line per side: line breaks inside a side become spaces.
  return list.map((n) => (n.name === 'whitespace' ? getNormalizer('whitespace-single-line') : n));
}

function apply(list: Normalizer[], text: string, lang: string, changes: Record<string, number>): string {
  let out = text;
  for (const n of list) {
    const r = n.apply(out, { lang });
    if (r.changed) {
      out = r.text;
      changes[n.name] = (changes[n.name] ?? 0) + 1;
    }
  }
  return out;
}

export const textNormalizer = defineStep({
  name: 'normalize',
  version: '1.0.0',
  kind: 'normalizer',
  description: "Applies @silkloom/text's normalisers for each side's language (NFC, markup, zero-width, whitespace, then language-specific).",
  options: {
    extra: { type: 'string[]', default: [], description: 'More normalisers by name (e.g. zh-variant, digits).' },
    skip: { type: 'string[]', default: [], description: 'Normalisers to leave out.' },
  },
  create(o, ctx) {
    const src = chain(ctx.srcLang, o.extra, o.skip);
    const tgt = chain(ctx.tgtLang, o.extra, o.skip);
    return {
      kind: 'normalizer',
      normalize(pair) {
        const changes: Record<string, number> = {};
        const s = apply(src, pair.src, ctx.srcLang, changes);
        const t = apply(tgt, pair.tgt, ctx.tgtLang, changes);
        return s === pair.src && t === pair.tgt ? undefined : { src: s, tgt: t, changes };
      },
    };
  },
});
