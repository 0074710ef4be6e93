/**
 * `script`: each side is written in its language's scripts (registry), with
 * Latin tolerated as the script of names, brands and URLs. Drops a side when
 * letters of some third script pass `max_foreign` (Cyrillic in a Thai line,
 * kana in Chinese) or when its own script holds under `min_own` of the letters
 * (an English line declared Burmese). Han characters weigh three letters each,
 * so a Chinese line listing Latin names ("Baba Kanjar、Bhutha Kanjar 和 …")
 * still counts as Chinese. Score: lowest own-script share (clean = high).
 */
import { defineStep, kept, dropped } from '../step.ts';
import { scriptIdsOfLanguage } from '../script-identifier.ts';
import { S_HANI, S_LATN } from '../text-shim/char-table.ts';
import { type TextProfile, textProfile } from '../text-shim/profile.ts';
import { sideProfile } from '../pair-measures.ts';

/** A Han character carries about what a short word in an alphabet does: it weighs this many letters. */
const HAN_WEIGHT = 3;

export function scriptShares(text: string, own: readonly number[], p: TextProfile = textProfile(text)): { own: number; foreign: number; letters: number } {
  if (!p.letterTotal) return { own: 1, foreign: 0, letters: 0 };
  const han = p.letters[S_HANI]! * (HAN_WEIGHT - 1);
  const total = p.letterTotal + han;
  let ownN = 0;
  for (const s of own) ownN += p.letters[s]! + (s === S_HANI ? han : 0);
  const latin = own.includes(S_LATN) ? 0 : p.letters[S_LATN]!;
  return { own: ownN / total, foreign: (total - ownN - latin) / total, letters: p.letterTotal };
}

export const scriptFilter = defineStep({
  name: 'script',
  version: '1.0.0',
  kind: 'filter',
  description: "Drops pairs where a side is not mostly in its language's script(s).",
  options: {
    min_own: { type: 'number', default: 0.25, min: 0, max: 1, description: "Lowest share of letters in the language's own scripts." },
    max_foreign: { type: 'number', default: 0.1, min: 0, max: 1, description: 'Highest share of letters in scripts that are neither own nor Latin.' },
  },
  create(o, ctx) {
    const own = [scriptIdsOfLanguage(ctx.srcLang), scriptIdsOfLanguage(ctx.tgtLang)];
    return {
      kind: 'filter',
      check(pair) {
        const a = scriptShares(pair.src, own[0]!, sideProfile(pair, 'src'));
        const b = scriptShares(pair.tgt, own[1]!, sideProfile(pair, 'tgt'));
        const score = Math.min(a.own, b.own);
        const bad = (x: typeof a) => x.letters > 0 && (x.own < o.min_own || x.foreign > o.max_foreign);
        return bad(a) || bad(b) ? dropped('script', score) : kept(score);
      },
    };
  },
});
