/**
 * CPU per pair of the alignment check read pair by pair against the same
 * check with the chunk prepared first (its Model 1 cells read in address
 * order, `CellReader`), one fitted filter, alternating slices of 1,000
 * pairs: both see the same load. Decisions are compared too.
 *
 *   node --import tsx bench/clean/align-reads.ts FILE PAIRS TGT
 *
 * FILE is a zh-Hans → TGT TSV (e.g. the bench's `--in` file); the filter
 * fits on its first 3,000 pairs.
 */
import { readFileSync } from 'node:fs';
import { alignmentFilter, defaultPipeline, resolvePipeline } from '../../packages/steps/src/index.ts';
import { PairMeasures } from '../../packages/steps/src/pair-measures.ts';
import { contextOf, planOf } from '../../packages/steps/src/runner/build-steps.ts';
import type { FilterInstance, FilterResult } from '../../packages/steps/src/step.ts';

const [file, n, tgt] = process.argv.slice(2);
if (!file || !n || !tgt) throw new Error('usage: align-reads.ts FILE PAIRS TGT');
const pairs = readFileSync(file, 'utf8').split('\n').slice(0, Number(n)).filter(Boolean).map((l) => {
  const tab = l.indexOf('\t');
  return { src: l.slice(0, tab), tgt: l.slice(tab + 1) };
});
const plan = planOf(resolvePipeline(defaultPipeline('zh-Hans', tgt)), 'zh-Hans', tgt);
const ctx = contextOf(plan);
const options = plan.steps.find((s) => s.name === 'alignment')!.options as never;
const state = await alignmentFilter.fit!.fit(pairs.slice(0, 3000), options, ctx);
const filter = alignmentFilter.create(options, ctx, state) as FilterInstance;
const cpu = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const spent = { direct: 0, prepared: 0 };
const seen = { direct: 0, prepared: 0 };
let differ = 0;
const SLICE = 1000;
for (let s = 0; s * SLICE < pairs.length; s++) {
  const slice = () => pairs.slice(s * SLICE, (s + 1) * SLICE).map((p) => ({ ...p, measures: new PairMeasures() }));
  const run = (mode: 'direct' | 'prepared'): FilterResult[] => {
    const chunk = slice();
    const t0 = cpu();
    if (mode === 'prepared') filter.prepare!(chunk);
    const out = chunk.map((p) => filter.check(p));
    spent[mode] += cpu() - t0;
    seen[mode] += chunk.length;
    return out;
  };
  // Both ways on every slice, first one then the other in turn.
  const [a, b] = s % 2 ? [run('prepared'), run('direct')] : [run('direct'), run('prepared')];
  differ += a.filter((r, i) => JSON.stringify(r) !== JSON.stringify(b[i])).length;
}
const direct = spent.direct / seen.direct, prepared = spent.prepared / seen.prepared;
console.log(`alignment check, CPU µs/pair: pair by pair ${direct.toFixed(1)}, prepared ${prepared.toFixed(1)} (${(prepared / direct).toFixed(3)}×); results differing: ${differ}; load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
