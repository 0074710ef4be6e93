/**
 * The alignment step's fit alone, in this thread (no worker pool), on the
 * first PAIRS pairs of a bench TSV: wall and CPU time of each round, and a
 * sha256 of the fitted state (the five regressions, the model's median and
 * spread, every fold's joint table, totals and baselines), so that two
 * checkouts can be checked for the same fit and timed alternately.
 *
 *   node --import tsx bench/clean/align-fit.ts ROOT FILE TGT [--pairs 3000] [--rounds 1]
 *
 * ROOT is a checkout (its steps package is imported); FILE a zh-Hans → TGT
 * TSV (`/tmp/bench200k.tsv` en, `/tmp/bench200k-th.tsv` th). Run under
 * `node --cpu-prof` for a profile of the fit (the first round warms up).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const [root, file, tgt] = args;
if (!root || !file || !tgt) throw new Error('usage: align-fit.ts ROOT FILE TGT [--pairs N] [--rounds R]');
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const n = option('--pairs', 3000);
const rounds = option('--rounds', 1);
const steps = await import(`${root}/packages/steps/src/index.ts`);
const build = await import(`${root}/packages/steps/src/runner/build-steps.ts`);
// A checkout whose many-fold tables are sparse hashes them spread out: the same bytes as a dense one's.
const { jointCells } = await import(`${root}/packages/steps/src/align/ibm1.ts`);
const pairs = readFileSync(file, 'utf8').split('\n').slice(0, n).filter(Boolean).map((l) => {
  const tab = l.indexOf('\t');
  return { src: l.slice(0, tab), tgt: l.slice(tab + 1) };
});
const plan = build.planOf(steps.resolvePipeline(steps.defaultPipeline('zh-Hans', tgt)), 'zh-Hans', tgt);
const ctx = build.contextOf(plan);
const options = plan.steps.find((s: { name: string }) => s.name === 'alignment')!.options;

function stateHash(state: any): string {
  const h = createHash('sha256');
  hashState(h, state);
  return h.digest('hex').slice(0, 16);
}

/** One deal's state into `h`, then each further deal's (a small sample's `moreDeals`). */
function hashState(h: ReturnType<typeof createHash>, state: any): void {
  const bytes = (a: ArrayBufferView) => h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  const { model, moreDeals, ...rest } = state;
  h.update(JSON.stringify(rest));
  h.update(JSON.stringify([model.median, model.sigma, model.trainedOn, model.foldCount, [...model.srcVocab], [...model.tgtVocab], [...model.sampleFold]]));
  for (const f of model.folds) {
    bytes(jointCells ? jointCells(f.table) : f.table.cells);
    bytes(f.table.fwdTotals);
    bytes(f.table.bwdTotals);
    bytes(f.srcBase);
    bytes(f.tgtBase);
  }
  for (const deal of moreDeals ?? []) hashState(h, deal);
}

const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now(), c0 = cpu();
  const state = await steps.alignmentFilter.fit.fit(pairs, options, ctx);
  const wall = performance.now() - t0, used = cpu() - c0;
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  console.log(JSON.stringify({ root, tgt, pairs: pairs.length, round: r, wallMs: Math.round(wall), cpuMs: Math.round(used), load: Number(load), state: stateHash(state) }));
}
