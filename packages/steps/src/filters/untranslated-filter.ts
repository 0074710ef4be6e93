/**
 * `untranslated`: the target is a copy of the source — either nearly the same
 * text (Dice similarity of character bigrams over letters and digits,
 * lower-cased and NFKC-folded, ≥ `max_similarity`; OpusFilter/hardrules use
 * Levenshtein/LCS ≥ 0.9, Dice is linear-time and agrees on copies), or, when
 * the two languages use different scripts, a target written mostly in the
 * source's script. Score: the similarity (clean = low).
 */
import { defineStep, kept, dropped } from '../step.ts';
import { scriptIdsOfLanguage } from '../script-identifier.ts';
import { C_DIGIT, C_LETTER, C_MARK, CLASS_OF } from '../text-shim/char-table.ts';
import { dominantScriptIndex } from '../text-shim/profile.ts';
import { sideProfile } from '../pair-measures.ts';

/** Lower-cased letters and digits only (copy detection ignores punctuation and spacing). */
export function letterKey(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const cls = CLASS_OF[folded.charCodeAt(i)]!;
    if (cls === C_LETTER || cls === C_DIGIT || cls === C_MARK) out += folded[i];
  }
  return out;
}

/** Dice coefficient of character-bigram multisets (1 = same bigrams). */
export function bigramDice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b && a.length > 0 ? 1 : 0;
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) {
    const g = a.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const g = b.slice(i, i + 2);
    const c = counts.get(g);
    if (c) {
      shared++;
      counts.set(g, c - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

export const untranslatedFilter = defineStep({
  name: 'untranslated',
  version: '1.0.0',
  kind: 'filter',
  scoreEdges: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001],
  description: 'Drops pairs whose target is a copy of the source (same text, or the source script where the target language uses another).',
  options: {
    max_similarity: { type: 'number', default: 0.9, min: 0, max: 1, description: 'Highest bigram similarity of the letter keys kept.' },
    max_source_script: { type: 'number', default: 0.5, min: 0, max: 1, description: "Highest share of target letters in the source language's script (when the scripts differ)." },
  },
  create(o, ctx) {
    const srcScripts = scriptIdsOfLanguage(ctx.srcLang);
    const tgtScripts = scriptIdsOfLanguage(ctx.tgtLang);
    const foreignSource = srcScripts.filter((s) => !tgtScripts.includes(s));
    return {
      kind: 'filter',
      check(pair) {
        const ps = sideProfile(pair, 'src');
        const pt = sideProfile(pair, 'tgt');
        // Texts with different main scripts cannot be copies of each other; skip the comparison.
        const sameScript = dominantScriptIndex(ps) === dominantScriptIndex(pt);
        const a = sameScript ? letterKey(pair.src) : '';
        const b = sameScript ? letterKey(pair.tgt) : '';
        const sim = a && b ? (a === b ? 1 : bigramDice(a, b)) : 0;
        if (sim >= o.max_similarity) return dropped('untranslated', sim);
        if (foreignSource.length) {
          const p = pt;
          let n = 0;
          for (const s of foreignSource) n += p.letters[s]!;
          if (p.letterTotal >= 2 && n / p.letterTotal > o.max_source_script) return dropped('untranslated', Math.max(sim, n / p.letterTotal));
        }
        return kept(sim);
      },
    };
  },
});
