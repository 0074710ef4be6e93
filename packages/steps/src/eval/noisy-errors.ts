/**
 * Error analysis on the noisy FLORES sets: runs the default pipeline like
 * noisy-flores.ts, prints the usual row per target and then the pairs it got
 * wrong, per noise kind (missed noise) and per reason (clean pairs dropped),
 * with the alignment scores, so a weak target can be read before it is tuned.
 * Use `--dev` while tuning (thresholds are set on dev; devtest is only
 * reported).
 *
 *   node --import tsx packages/steps/src/eval/noisy-errors.ts [--dev] [--show N] [--out DIR] [tag …]
 *
 * `--out DIR` also writes every decision as DIR/<tag>.<split>.jsonl (kind,
 * label, keep, reasons, scores, src, tgt) for offline comparison of runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PairDecision } from '../runner/clean-pairs.ts';
import { evaluateFloresTarget, floresTargets, formatKinds, formatRow } from './noisy-flores.ts';
import type { NoisyEvalResult } from './noisy-eval.ts';
import type { LabelledPair } from './noisy-set.ts';

interface Row {
  kind: string;
  label: string;
  keep: boolean;
  reasons: string[];
  scores: Record<string, number>;
  src: string;
  tgt: string;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function scoreText(scores: Record<string, number>): string {
  return Object.entries(scores).filter(([k]) => k.startsWith('alignment')).map(([k, v]) => `${k.replace('alignment', 'a')} ${v.toFixed(2)}`).join(' ');
}

/** The wrong decisions, grouped: missed noise by kind, false rejects by primary reason. */
function printErrors(tag: string, rows: readonly Row[], show: number): void {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const wrong = r.label === 'noise' ? r.keep : !r.keep;
    if (!wrong) continue;
    const key = r.label === 'noise' ? `missed ${r.kind}` : `false reject ${r.reasons[0]} (${r.kind})`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
  }
  for (const [key, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${tag} ${key}: ${list.length}`);
    for (const r of list.slice(0, show)) console.log(`    [${scoreText(r.scores)}]\n      ${r.src}\n      ${r.tgt}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const split = process.argv.includes('--dev') ? 'dev' : 'devtest';
  const show = Number(option('--show') ?? 3);
  const out = option('--out');
  const skip = new Set([option('--show'), option('--out')]);
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--') && !skip.has(a));
  if (out) mkdirSync(out, { recursive: true });
  const results: NoisyEvalResult[] = [];
  for (const info of floresTargets()) {
    if (only.length && !only.includes(info.tag)) continue;
    const rows: Row[] = [];
    const r = await evaluateFloresTarget(info, split, 1, (item: LabelledPair, d: PairDecision) => {
      rows.push({ kind: item.kind, label: item.label, keep: d.keep, reasons: d.reasons, scores: d.scores, src: item.src, tgt: item.tgt });
    });
    console.log(formatRow(info.tag, r));
    if (show > 0) printErrors(info.tag, rows, show);
    if (out) writeFileSync(join(out, `${info.tag}.${split}.jsonl`), rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
    results.push(r);
  }
  console.log(`mean F1 ${(results.reduce((a, r) => a + r.f1, 0) / results.length).toFixed(3)} over ${results.length} targets (FLORES ${split})`);
  console.log(formatKinds(results));
}
