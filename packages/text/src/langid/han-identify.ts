/**
 * Chinese: Simplified vs Traditional by script-specific characters, then
 * Cantonese vs Mandarin by written-Cantonese words and, for Traditional text,
 * Hong Kong vs Taiwan usage (see han.ts and pairs/hongkong-taiwan*.ts).
 *
 * yue-Hant stands for Hong Kong written Chinese, colloquial (嘅 咗 佢哋) and
 * standard alike: Hong Kong writes formal text in Standard Written Chinese
 * (the same grammar and function words as Taiwan Mandarin: 的 是 他們),
 * reads it aloud in Cantonese, and corpora label it yue (FLORES-200 yue_Hant
 * is such text, not colloquial Cantonese; facebookresearch/flores issue 61).
 * So Traditional text is yue-Hant when it has Cantonese words or Hong Kong
 * usage (vocabulary, transliterations, character preferences), zh-Hant
 * (Taiwan) otherwise. Without any such evidence the answer is Mandarin: yue
 * must be earned.
 */
import { cantoneseMarkers, cantoneseVsMandarin, hanEvidence } from './han.ts';
import { hongKongVsTaiwan } from './pairs/hongkong-taiwan.ts';
import { regionLogOdds } from './pairs/hongkong-taiwan-model.ts';
import type { LanguageScore } from './types.ts';

/**
 * Evidence (log-odds) needed before Traditional text is called Cantonese
 * rather than Taiwan Mandarin. Most Traditional sentences carry no regional
 * word at all; they stay zh-Hant. Set on FLORES dev: the largest yue-Hant
 * share that keeps zh-Hant where it was (92 %) — moving it trades one
 * variety for the other (see the package README).
 */
export const YUE_BIAS = 0.1;
/**
 * Weight of the character-bigram model learnt from our own Hong Kong and
 * Taiwan text (pairs/hongkong-taiwan-model.ts) next to the word lists. Its
 * sum grows with the length of the text, so the weight is small: it decides
 * the sentences without any listed word and seldom overrides one. Set on
 * FLORES dev.
 */
export const REGION_MODEL_WEIGHT = 0.02;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Scores for zh-Hans, zh-Hant, yue-Hant and yue-Hans (sum 1). */
export function identifyChinese(text: string): LanguageScore[] {
  const e = hanEvidence(text);
  const vote = e.simplified - e.traditional;
  // No script-specific character: the text reads the same in both; lean Simplified, the larger written standard.
  const pHans = vote === 0 ? 0.55 : sigmoid(1.5 * vote);
  const markers = cantoneseMarkers(text);
  const canto = cantoneseVsMandarin(text, e, markers);
  const pYueHans = sigmoid(canto - 2);
  // Hong Kong Standard Written Chinese uses the same function words as Taiwan Mandarin (的, 是, 他們),
  // so for Traditional text only positive Cantonese evidence and regional usage count.
  const pYueHant = sigmoid(markers + hongKongVsTaiwan(text) + REGION_MODEL_WEIGHT * regionLogOdds(text) - YUE_BIAS);
  return [
    { lang: 'zh-Hans', score: pHans * (1 - pYueHans) },
    { lang: 'zh-Hant', score: (1 - pHans) * (1 - pYueHant) },
    { lang: 'yue-Hant', score: (1 - pHans) * pYueHant },
    { lang: 'yue-Hans', score: pHans * pYueHans },
  ];
}
