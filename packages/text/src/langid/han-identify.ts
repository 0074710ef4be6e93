/**
 * Chinese: Simplified vs Traditional by script-specific characters, then
 * Cantonese vs Mandarin by written-Cantonese words and, for Traditional text,
 * Hong Kong vs Taiwan usage (see han.ts and pairs/hongkong-taiwan.ts).
 * Without any Cantonese or Hong Kong evidence the answer is Mandarin: yue
 * must be earned, since Standard Written Chinese is read as Mandarin.
 */
import { cantoneseMarkers, cantoneseVsMandarin, hanEvidence } from './han.ts';
import { hongKongVsTaiwan } from './pairs/hongkong-taiwan.ts';
import type { LanguageScore } from './types.ts';

/**
 * Evidence (log-odds) needed before Traditional text is called Cantonese
 * rather than Taiwan Mandarin. Most Traditional sentences carry no regional
 * word at all; they stay zh-Hant. Checked on FLORES dev.
 */
export const YUE_BIAS = 0.25;

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
  const pYueHant = sigmoid(markers + hongKongVsTaiwan(text) - YUE_BIAS);
  return [
    { lang: 'zh-Hans', score: pHans * (1 - pYueHans) },
    { lang: 'zh-Hant', score: (1 - pHans) * (1 - pYueHant) },
    { lang: 'yue-Hant', score: (1 - pHans) * pYueHant },
    { lang: 'yue-Hans', score: pHans * pYueHans },
  ];
}
