/**
 * Hong Kong vs Taiwan written Chinese as a character 1–2-gram naive Bayes
 * model, learnt from text the Silkloom authors wrote for it:
 * `own-text/zh-Hant-HK.txt` and `own-text/zh-Hant-TW.txt`, paragraph by
 * paragraph the same news and encyclopaedia content (science, health, sport,
 * politics, economy, travel, nature, history, culture, disasters,
 * technology), once as a Hong Kong paper or government release would write
 * it and once as a Taiwan one would. Writing the same content twice leaves
 * the style as the difference the model learns: vocabulary (的士/計程車,
 * 網絡/網路, 質素/品質), function words and register (HK 於 亦 予 惟 故 均 經已;
 * TW 在 也 讓 的話 透過 針對 民眾 您 牠/祂), time and numbers (HK 下午三時,
 * TW 下午3點), transliteration (奧巴馬/歐巴馬, 朱古力/巧克力) — the signals
 * the hand-written lexicon has, but counted over every character pair, so a
 * sentence without any listed word still leans one way.
 *
 * Character forms the two regions' standards write differently (HK 裏 綫 着,
 * TW 裡 線 著: OpenCC's HKVariants and TWVariants tables, opencc-js,
 * Apache-2.0) are folded to OpenCC's standard form first: han.ts counts
 * them separately, and many Hong Kong writers use the Taiwan forms, so the
 * model should not learn them from our own spelling habits.
 *
 * The model is counted at first use (~60–180 ms measured in bench/langid for
 * ~80 KB of text, on the first Traditional Chinese input) and kept for the
 * life of the process. Precomputing it into builtin-langid.bin would remove
 * that start-up cost. Never trained on evaluation data.
 */
import { readFileSync } from 'node:fs';
import HKVariants from 'opencc-js/dict/HKVariants';
import TWVariants from 'opencc-js/dict/TWVariants';

/** Own-text files of each region (one paragraph a line). */
const HK_TEXT = new URL('../own-text/zh-Hant-HK.txt', import.meta.url);
const TW_TEXT = new URL('../own-text/zh-Hant-TW.txt', import.meta.url);
/** Add-α smoothing of the counts: small enough that a feature seen only in one region still counts. */
const ALPHA = 0.5;
/** Features seen fewer times than this in both texts together carry no weight (mostly topic words). */
const MIN_COUNT = 2;

/** Code points above every Han block: a bigram's key is `first * CODE_SPACE + second`. */
const CODE_SPACE = 0x40000;

let fold: Map<number, number> | undefined;

/** Regional character form → OpenCC standard form (code points), from the HK and TW variant tables. */
function foldTable(): Map<number, number> {
  if (fold) return fold;
  const f = new Map<number, number>();
  const single = (s: string) => (s.length && s.length === (s.codePointAt(0)! > 0xffff ? 2 : 1) ? s.codePointAt(0)! : -1);
  for (const dict of [HKVariants, TWVariants]) {
    for (const entry of dict.split('|')) {
      const [standard, ...forms] = entry.split(' ');
      const to = single(standard ?? '');
      if (to < 0) continue;
      for (const form of forms) if (single(form) >= 0 && single(form) !== to) f.set(single(form), to);
    }
  }
  fold = f;
  return f;
}

const isHan = (cp: number) =>
  (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x323af) || (cp >= 0xf900 && cp <= 0xfaff);

/**
 * Calls `visit` with the key of each Han character (its code point, regional
 * forms folded) and of each pair of adjacent Han characters
 * (`first * CODE_SPACE + second`). Anything else — punctuation, Latin,
 * digits — separates features. Digits too: our Taiwan text writes 3名 where
 * our Hong Kong text often writes 三名, but Hong Kong papers write Arabic
 * numerals about as much (a digit feature also measured worse on FLORES dev
 * and NTREX).
 */
function forEachFeature(text: string, visit: (key: number, bigram: boolean) => void): void {
  const f = foldTable();
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) cp = text.codePointAt(i++)!;
    if (!isHan(cp)) {
      previous = -1;
      continue;
    }
    cp = f.get(cp) ?? cp;
    visit(cp, false);
    if (previous >= 0) visit(previous * CODE_SPACE + cp, true);
    previous = cp;
  }
}

export interface RegionModel {
  /** Log-odds (Hong Kong positive) of each feature, by key (see {@link forEachFeature}). */
  weights: Map<number, number>;
}

function countFeatures(paragraphs: readonly string[]): { counts: Map<number, number>; uni: number; bi: number } {
  const counts = new Map<number, number>();
  let uni = 0;
  let bi = 0;
  for (const p of paragraphs) {
    forEachFeature(p, (key, bigram) => {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (bigram) bi++;
      else uni++;
    });
  }
  return { counts, uni, bi };
}

/** Trains the model from paragraphs of each region (exported for tests). */
export function trainRegionModel(hongKong: readonly string[], taiwan: readonly string[]): RegionModel {
  const hk = countFeatures(hongKong);
  const tw = countFeatures(taiwan);
  const weights = new Map<number, number>();
  for (const key of new Set([...hk.counts.keys(), ...tw.counts.keys()])) {
    const a = hk.counts.get(key) ?? 0;
    const b = tw.counts.get(key) ?? 0;
    if (a + b < MIN_COUNT) continue;
    const bigram = key >= CODE_SPACE;
    const totalHk = bigram ? hk.bi : hk.uni;
    const totalTw = bigram ? tw.bi : tw.uni;
    weights.set(key, Math.log((a + ALPHA) / (totalHk + ALPHA)) - Math.log((b + ALPHA) / (totalTw + ALPHA)));
  }
  return { weights };
}

const paragraphs = (url: URL) => readFileSync(url, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);

let builtin: RegionModel | undefined;

/** The model learnt from our own Hong Kong and Taiwan text (counted once per thread). */
export function builtinRegionModel(): RegionModel {
  builtin ??= trainRegionModel(paragraphs(HK_TEXT), paragraphs(TW_TEXT));
  return builtin;
}

/** Sum of the log-odds of the text's features: positive for Hong Kong, negative for Taiwan. */
export function regionLogOdds(text: string, model: RegionModel = builtinRegionModel()): number {
  let score = 0;
  forEachFeature(text, (key) => {
    score += model.weights.get(key) ?? 0;
  });
  return score;
}
