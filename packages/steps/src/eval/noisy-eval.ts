/**
 * Runs a pipeline over a labelled noisy set and measures it: rejection
 * precision, recall and F1 (noise is the positive class), the share of clean
 * pairs kept (normalise-only units count as clean), and per kind how many were
 * rejected.
 */
import { cleanPairs, type CleanOptions, type PairDecision } from '../runner/clean-pairs.ts';
import type { LabelledPair } from './noisy-set.ts';

export interface NoisyEvalResult {
  pairs: number;
  noise: number;
  precision: number;
  recall: number;
  f1: number;
  cleanKept: number;
  /** kind → [items, rejected]. */
  byKind: Record<string, [number, number]>;
  /** Clean pairs dropped, by primary reason. */
  falseReasons: Record<string, number>;
  /** Noise kept, by kind (first few examples). */
  missed: Array<{ kind: string; src: string; tgt: string }>;
}

/** `onDecision` sees each labelled item with its decision (error analysis, eval/noisy-errors.ts). */
export async function evaluateNoisySet(
  set: readonly LabelledPair[],
  options: Omit<CleanOptions, 'srcLang' | 'tgtLang'> & { srcLang: string; tgtLang: string },
  onDecision?: (item: LabelledPair, decision: PairDecision) => void,
): Promise<NoisyEvalResult> {
  async function* items() {
    for (let i = 0; i < set.length; i++) yield { id: String(i + 1), line: i + 1, src: set[i]!.src, tgt: set[i]!.tgt };
  }
  let tp = 0, fp = 0, fn = 0, clean = 0, cleanKept = 0, noise = 0;
  const byKind: Record<string, [number, number]> = {};
  const falseReasons: Record<string, number> = {};
  const missed: NoisyEvalResult['missed'] = [];
  let i = 0;
  for await (const d of cleanPairs(items(), options)) {
    const item = set[i++]!;
    onDecision?.(item, d);
    const rejected = !d.keep;
    const k = (byKind[item.kind] ??= [0, 0]);
    k[0]++;
    if (rejected) k[1]++;
    if (item.label === 'noise') {
      noise++;
      if (rejected) tp++;
      else {
        fn++;
        if (missed.length < 200) missed.push({ kind: item.kind, src: item.src, tgt: item.tgt });
      }
    } else {
      clean++;
      if (rejected) {
        fp++;
        falseReasons[d.reasons[0]!] = (falseReasons[d.reasons[0]!] ?? 0) + 1;
      } else cleanKept++;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {
    pairs: set.length, noise, precision, recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    cleanKept: clean ? cleanKept / clean : 1,
    byKind, falseReasons, missed,
  };
}
