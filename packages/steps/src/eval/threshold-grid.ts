/**
 * Re-chooses the alignment step's three thresholds on the noisy FLORES sets
 * from one run per target: the default pipeline runs once with
 * `evaluate_all` (every step scores every pair), and each grid point is
 * replayed from the recorded scores — a pair is rejected when another step
 * rejected it, or when its alignment scores fall below the point's
 * thresholds.
 *
 *   node --import tsx packages/steps/src/eval/threshold-grid.ts [--dev] [--top N] [--deals N] [tag …]
 *
 * `--deals N` scores every target N times, the alignment fit's sample rotated by 0..N−1 pairs
 * (SILKLOOM_EVAL_FIT_ROTATION, evaluation only), and a grid point's F1 and share kept per target
 * are their means over the deals (the rule then reads the mean kept).
 *
 * The rule (ADR 0006): the best mean F1 over the targets with every target
 * keeping ≥ 98.3 % of its clean pairs. The replay is exact but for the
 * dedupe steps, which index only kept pairs and so depend on the thresholds
 * of the run: a misaligned pair kept makes the clean pair whose target it
 * took a duplicate. Their reasons are those of the run at the current
 * defaults, so points near the defaults replay closely; confirm the chosen
 * point with a full run (noisy-flores.ts).
 */
import { alignmentFilter } from '../align/alignment-filter.ts';
import { evaluateNoisySet } from './noisy-eval.ts';
import { floresNoisySet, floresTargets } from './noisy-flores.ts';

/** What one pair's decision needs for any thresholds. */
interface ScoredPair {
  noise: boolean;
  /** Rejected by a step other than the alignment step. */
  otherwise: boolean;
  score: number;
  truncated: number;
  joined: number;
}

export interface Thresholds {
  min_score: number;
  min_fragment_score: number;
  min_joined_score: number;
}

export const MIN_KEPT = 0.983;

/** The pairs of one target with their alignment scores and whether another step rejected them. */
export async function scoreTarget(tag: string, split: 'dev' | 'devtest'): Promise<ScoredPair[]> {
  const info = floresTargets().find((l) => l.tag === tag)!;
  const out: ScoredPair[] = [];
  await evaluateNoisySet(floresNoisySet(info, split), { srcLang: 'zh-Hans', tgtLang: tag }, (item, d) => {
      const s = d.scores;
      out.push({
        noise: item.label === 'noise',
        otherwise: d.reasons.some((r) => r !== 'misaligned' && r !== 'fragment'),
        score: s.alignment ?? Infinity,
        truncated: s['alignment.truncated'] ?? Infinity,
        joined: s['alignment.joined'] ?? Infinity,
      });
  });
  return out;
}

/** F1 of noise rejection and the share of clean pairs kept at the given thresholds. */
export function replay(pairs: readonly ScoredPair[], t: Thresholds): { f1: number; kept: number } {
  let tp = 0, fp = 0, fn = 0, clean = 0, cleanKept = 0;
  for (const p of pairs) {
    const rejected = p.otherwise || p.score < t.min_score || p.truncated < t.min_fragment_score || p.joined < t.min_joined_score;
    if (p.noise) rejected ? tp++ : fn++;
    else {
      clean++;
      if (rejected) fp++;
      else cleanKept++;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, kept: clean ? cleanKept / clean : 1 };
}

interface GridRow {
  t: Thresholds;
  mean: number;
  minKept: number;
  /** [tag, F1, share of clean pairs kept] per target. */
  per: Array<[string, number, number]>;
}

/** `deals[d]` holds deal d's scored pairs by target; per target, F1 and kept are the means over the deals. */
function replayAll(deals: ReadonlyArray<ReadonlyMap<string, ScoredPair[]>>, tags: readonly string[], t: Thresholds): GridRow {
  const per = tags.map((tag) => {
    let f1 = 0, kept = 0;
    for (const scored of deals) {
      const r = replay(scored.get(tag)!, t);
      f1 += r.f1;
      kept += r.kept;
    }
    return [tag, f1 / deals.length, kept / deals.length] as [string, number, number];
  });
  return { t, mean: per.reduce((s, [, f]) => s + f, 0) / per.length, minKept: Math.min(...per.map(([, , k]) => k)), per };
}

function steps(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let x = from; x <= to + 1e-9; x += step) out.push(Math.round(x * 100) / 100);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const split = args.includes('--dev') ? 'dev' : 'devtest';
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 8;
  const dealsAt = args.indexOf('--deals');
  const dealCount = dealsAt >= 0 ? Number(args[dealsAt + 1]) : 1;
  if (!Number.isInteger(dealCount) || dealCount < 1) throw new Error('--deals needs a whole number ≥ 1');
  const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--top' && args[i - 1] !== '--deals');
  const tags = floresTargets().map((l) => l.tag).filter((t) => !only.length || only.includes(t));
  const deals = Array.from({ length: dealCount }, () => new Map<string, ScoredPair[]>());
  for (const tag of tags) {
    for (let d = 0; d < dealCount; d++) {
      // Read by the alignment fit, in this thread (evaluation only); unset for one deal.
      if (dealsAt >= 0) process.env.SILKLOOM_EVAL_FIT_ROTATION = String(d);
      deals[d]!.set(tag, await scoreTarget(tag, split));
    }
    process.stderr.write(`scored ${tag}\n`);
  }
  delete process.env.SILKLOOM_EVAL_FIT_ROTATION;
  const grid = steps(-4, -1, 0.25);
  const rows: GridRow[] = [];
  for (const a of grid) for (const b of grid) for (const c of grid) {
    rows.push(replayAll(deals, tags, { min_score: a, min_fragment_score: b, min_joined_score: c }));
  }
  const o = alignmentFilter.options;
  const defaults = { min_score: o.min_score.default, min_fragment_score: o.min_fragment_score.default, min_joined_score: o.min_joined_score.default };
  const now = replayAll(deals, tags, defaults);
  console.log(`at the defaults ${defaults.min_score} / ${defaults.min_fragment_score} / ${defaults.min_joined_score}: mean F1 ${now.mean.toFixed(5)}, min kept ${(now.minKept * 100).toFixed(1)} %`);
  const allowed = rows.filter((r) => r.minKept >= MIN_KEPT).sort((x, y) => y.mean - x.mean);
  console.log(`FLORES ${split}, ${tags.length} targets${dealCount > 1 ? ` × ${dealCount} deals (means)` : ''}, ${allowed.length} of ${rows.length} grid points keep ≥ ${MIN_KEPT * 100} % everywhere`);
  for (const r of allowed.slice(0, top)) {
    const below = r.per.filter(([, f]) => f < 0.97).map(([tag, f]) => `${tag} ${f.toFixed(4)}`).join(' ');
    console.log(`min_score ${r.t.min_score} min_fragment ${r.t.min_fragment_score} min_joined ${r.t.min_joined_score}: mean F1 ${r.mean.toFixed(5)}, min kept ${(r.minKept * 100).toFixed(1)} %, < 0.97: ${below || 'none'}`);
  }
}
