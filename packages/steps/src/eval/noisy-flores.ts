/**
 * Noisy zh-Hans → X sets built from FLORES-200 **devtest** (evaluation only,
 * never shipped or trained on), one per registry language with FLORES data,
 * and the table of how the default pipeline does on them.
 *
 *   node --import tsx packages/steps/src/eval/noisy-flores.ts [--dev] [--deals N [--first-deal F]] [tag …]
 *
 * `--deals N` runs every target N times with the alignment fit's sample rotated by 0..N−1 pairs
 * (SILKLOOM_EVAL_FIT_ROTATION, evaluation only: the folds and synthetic negatives are dealt by
 * position, so one run's mean F1 moves ~±0.001 with the deal) and prints the averages over deals.
 *
 * Base pairs whose FLORES target already holds mojibake ("Ã©", "â€”", "Ä°",
 * some 30 Indonesian and a few Filipino lines) are left out: they are broken in the source
 * data, so neither label would be fair. Wrong-language noise takes the same
 * sentence in another FLORES language, never one of the target's confusable
 * varieties (zh-Hans/zh-Hant/yue, ms/id, fa/fa-AF), which a separate LID
 * evaluation covers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type LanguageInfo } from '@silkloom/core';
import { unicodeToZawgyi } from '@silkloom/text';
import type { PairDecision } from '../runner/clean-pairs.ts';
import { type NoisyEvalResult, evaluateNoisySet } from './noisy-eval.ts';
import { type LabelledPair, NORMALIZE_KINDS, buildNoisySet } from './noisy-set.ts';

export function floresDir(split: 'dev' | 'devtest'): string {
  return join(process.env.SILKLOOM_SHARED_DATA ?? join(process.cwd(), '..', 'shared', 'data'), 'flores', split);
}

export function floresAvailable(split: 'dev' | 'devtest' = 'devtest'): boolean {
  return existsSync(join(floresDir(split), `zho_Hans.${split}`));
}

function readFlores(code: string, split: 'dev' | 'devtest'): string[] {
  const text = readFileSync(join(floresDir(split), `${code}.${split}`), 'utf8');
  return text.split('\n').filter((l, i, a) => i < a.length - 1 || l);
}

const CONFUSABLE: string[][] = [['zh-Hans', 'zh-Hant', 'yue-Hant'], ['ms', 'id'], ['fa', 'fa-AF']];
const BROKEN = /[ÃÂÄÅ][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€/;

/** FLORES targets evaluated: every registry language with FLORES data except the Chinese source and its own varieties. */
export function floresTargets(): LanguageInfo[] {
  return LANGUAGES.filter((l) => l.flores && !['zh-Hans', 'zh-Hant', 'yue-Hant'].includes(l.tag));
}

/** The labelled noisy zh-Hans → target set of one FLORES split (the same for a target every time). */
export function floresNoisySet(info: LanguageInfo, split: 'dev' | 'devtest' = 'devtest'): LabelledPair[] {
  const zh = readFlores('zho_Hans', split);
  const tgt = readFlores(info.flores!, split);
  const keep = zh.map((_, i) => !BROKEN.test(tgt[i]!));
  const others = LANGUAGES.filter((l) => l.flores && l.tag !== info.tag && l.tag !== 'zh-Hans' && !CONFUSABLE.some((g) => g.includes(l.tag) && g.includes(info.tag)));
  return buildNoisySet({
    src: zh.filter((_, i) => keep[i]),
    tgt: tgt.filter((_, i) => keep[i]),
    otherLanguages: others.map((l) => readFlores(l.flores!, split).filter((_, i) => keep[i])),
    seed: 20260 + LANGUAGES.indexOf(info),
    spaced: info.wordUnit === 'space',
    ...(info.tag === 'my' ? { toZawgyi: unicodeToZawgyi } : {}),
  });
}

export async function evaluateFloresTarget(info: LanguageInfo, split: 'dev' | 'devtest' = 'devtest', workers = 1, onDecision?: (item: LabelledPair, decision: PairDecision) => void): Promise<NoisyEvalResult> {
  return evaluateNoisySet(floresNoisySet(info, split), { srcLang: 'zh-Hans', tgtLang: info.tag, workers }, onDecision);
}

export function formatRow(tag: string, r: NoisyEvalResult): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  const fr = Object.entries(r.falseReasons).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${v}`).join(' ');
  const weak = Object.entries(r.byKind).filter(([k, [n, rej]]) => k !== 'clean' && !NORMALIZE_KINDS.includes(k) && rej < n).map(([k, [n, rej]]) => `${k} ${rej}/${n}`).join(', ');
  return `${tag.padEnd(6)} ${String(r.pairs).padStart(5)} ${String(r.noise).padStart(5)}  P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${r.f1.toFixed(3)}  kept ${pct(r.cleanKept)}%  FP[${fr}]  missed[${weak}]`;
}

/**
 * Per noise kind over several runs: recall of the noise kinds, and how many of
 * the clean pairs and of each normalise-only kind were rejected (false rejects).
 */
export function formatKinds(results: readonly NoisyEvalResult[]): string {
  const total: Record<string, [number, number]> = {};
  for (const r of results) {
    for (const [kind, [n, rejected]] of Object.entries(r.byKind)) {
      const t = (total[kind] ??= [0, 0]);
      t[0] += n;
      t[1] += rejected;
    }
  }
  const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;
  const keptKinds = new Set(['clean', ...NORMALIZE_KINDS]);
  const recall = Object.entries(total).filter(([k]) => !keptKinds.has(k)).sort((a, b) => a[1][1] / a[1][0] - b[1][1] / b[1][0]);
  const falseRejects = Object.entries(total).filter(([k]) => keptKinds.has(k));
  return [
    `recall by noise kind: ${recall.map(([k, [n, rej]]) => `${k} ${rej}/${n} ${pct(rej, n)}`).join(', ')}`,
    `false rejects by kind: ${falseRejects.map(([k, [n, rej]]) => `${k} ${rej}/${n} ${pct(rej, n)}`).join(', ')}`,
  ].join('\n');
}

export interface DealSummary {
  tag: string;
  f1: { mean: number; min: number; max: number };
  kept: { mean: number; min: number; max: number };
}

const spread = (xs: readonly number[]) => ({ mean: xs.reduce((a, x) => a + x, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs) });

/** One target's results over the deals: mean, min and max of F1 and of clean pairs kept. */
export function summariseDeals(tag: string, deals: readonly Pick<NoisyEvalResult, 'f1' | 'cleanKept'>[]): DealSummary {
  return { tag, f1: spread(deals.map((r) => r.f1)), kept: spread(deals.map((r) => r.cleanKept)) };
}

export function formatDealRow(s: DealSummary): string {
  const pct = (x: number) => (x * 100).toFixed(2).padStart(6);
  return `${s.tag.padEnd(6)} F1 ${s.f1.mean.toFixed(4)} [${s.f1.min.toFixed(4)}–${s.f1.max.toFixed(4)}]  kept ${pct(s.kept.mean)}% [${pct(s.kept.min)}–${pct(s.kept.max)}]`;
}

/**
 * The summary lines over targets: the mean of the per-target mean F1s with the spread of the
 * per-deal means (`perDeal[d][t]` = F1 of target t in deal d), the lowest mean kept, and how many
 * targets average ≥ 0.97 F1.
 */
export function formatDealSummary(rows: readonly DealSummary[], perDeal: readonly (readonly number[])[], split: string): string {
  const mean = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
  const dealMeans = spread(perDeal.map(mean));
  const meanOfMeans = mean(rows.map((r) => r.f1.mean));
  const lowKept = rows.reduce((a, r) => (r.kept.mean < a.kept.mean ? r : a));
  const high = rows.filter((r) => r.f1.mean >= 0.97).length;
  return [
    `mean of means F1 ${meanOfMeans.toFixed(4)} over ${rows.length} targets × ${perDeal.length} deals (FLORES ${split}); deal means ${perDeal.map((d) => mean(d).toFixed(4)).join(' ')} [${dealMeans.min.toFixed(4)}–${dealMeans.max.toFixed(4)}]`,
    `lowest mean kept ${lowKept.tag} ${(lowKept.kept.mean * 100).toFixed(2)}% (min over deals ${(Math.min(...rows.map((r) => r.kept.min)) * 100).toFixed(2)}%); targets with mean F1 ≥ 0.97: ${high}/${rows.length}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dealsAt = args.indexOf('--deals');
  const deals = dealsAt >= 0 ? Number(args[dealsAt + 1]) : 0;
  // `--first-deal F`: rotations F..F+N−1 (to add deals to an earlier run).
  const firstAt = args.indexOf('--first-deal');
  const first = firstAt >= 0 ? Number(args[firstAt + 1]) : 0;
  const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--deals' && args[i - 1] !== '--first-deal');
  const split = process.argv.includes('--dev') ? 'dev' : 'devtest';
  if (dealsAt >= 0) {
    if (!Number.isInteger(deals) || deals < 1) throw new Error('--deals needs a whole number ≥ 1');
    const rows: DealSummary[] = [];
    const perDeal: number[][] = Array.from({ length: deals }, () => []);
    const all: NoisyEvalResult[] = [];
    for (const info of floresTargets()) {
      if (only.length && !only.includes(info.tag)) continue;
      const results: NoisyEvalResult[] = [];
      for (let d = 0; d < deals; d++) {
        // Read by the alignment fit, which runs in this thread (evaluation only).
        process.env.SILKLOOM_EVAL_FIT_ROTATION = String(first + d);
        const r = await evaluateFloresTarget(info, split);
        results.push(r);
        perDeal[d]!.push(r.f1);
      }
      delete process.env.SILKLOOM_EVAL_FIT_ROTATION;
      const row = summariseDeals(info.tag, results);
      console.log(formatDealRow(row));
      rows.push(row);
      all.push(...results);
    }
    console.log(formatDealSummary(rows, perDeal, split));
    console.log(formatKinds(all));
    process.exit(0);
  }
  const results: NoisyEvalResult[] = [];
  for (const info of floresTargets()) {
    if (only.length && !only.includes(info.tag)) continue;
    const r = await evaluateFloresTarget(info, split);
    console.log(formatRow(info.tag, r));
    results.push(r);
  }
  console.log(`mean F1 ${(results.reduce((a, r) => a + r.f1, 0) / results.length).toFixed(3)} over ${results.length} targets (FLORES ${split})`);
  console.log(formatKinds(results));
}
