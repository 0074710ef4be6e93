/**
 * CPU per pair of each step of `defaultPipeline` without alignment, in one
 * thread, for one or more checkouts loaded in this process and run in turn
 * (best of ROUNDS each): on a shared machine two commits compared in one
 * process, alternately, see the same load.
 *
 *   node --import tsx bench/clean/steps.ts FILE PAIRS TGT ROUNDS ROOT [ROOT …]
 *
 * FILE is a zh-Hans → TGT TSV (e.g. the bench's `--in` file), ROOT a
 * checkout with its node_modules. A step's figure is its share of the run's
 * wall clock (the runner's step timer) applied to the run's CPU time; "rest"
 * is what lies outside the steps: the chunk loop, decisions, garbage
 * collection, and building the steps (the language step replays its fit
 * sample there: a fixed ~0.3 s, so it weighs more on fewer pairs).
 */
import { readFileSync } from 'node:fs';

const [file, pairs, tgt, rounds, ...roots] = process.argv.slice(2);
if (!file || !pairs || !tgt || !rounds || !roots.length) throw new Error('usage: steps.ts FILE PAIRS TGT ROUNDS ROOT [ROOT …]');
const items = readFileSync(file, 'utf8').split('\n').slice(0, Number(pairs)).filter(Boolean).map((l, k) => {
  const tab = l.indexOf('\t');
  return { id: `L${k + 1}`, line: k + 1, src: l.slice(0, tab), tgt: l.slice(tab + 1) };
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each root is its own copy of the package
const modules: any[] = [];
for (const root of roots) modules.push(await import(`${root}/packages/steps/src/index.ts`));
const best: Array<Record<string, number>> = roots.map(() => ({}));

async function runOnce(m: number): Promise<void> {
  const { cleanPairs, defaultPipeline } = modules[m];
  const pipeline = defaultPipeline('zh-Hans', tgt);
  pipeline.steps = pipeline.steps.filter((s: { step: string }) => s.step !== 'alignment');
  async function* input() {
    yield* items;
  }
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const run = cleanPairs(input(), { srcLang: 'zh-Hans', tgtLang: tgt, workers: 1, pipeline });
  let seen = 0;
  for await (const _ of run) seen++;
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - t0;
  const cpuPerPair = (cpu.user + cpu.system) / seen;
  const figures: Record<string, number> = { total: cpuPerPair };
  let inSteps = 0;
  for (const s of run.stats.steps) {
    figures[s.name] = (s.timeMs / wall) * cpuPerPair;
    inSteps += s.timeMs;
  }
  figures.rest = (1 - inSteps / wall) * cpuPerPair;
  for (const [k, v] of Object.entries(figures)) best[m]![k] = Math.min(best[m]![k] ?? Infinity, v);
}

for (let r = 0; r < Number(rounds); r++) for (let m = 0; m < roots.length; m++) await runOnce(m);
console.log(`µs CPU per pair, best of ${rounds}, ${items.length} zh-Hans→${tgt} pairs`);
console.log('step'.padEnd(16) + roots.map((r) => r.split('/').pop()!.padStart(14)).join(''));
for (const k of Object.keys(best[0]!)) console.log(k.padEnd(16) + best.map((b) => (b[k] ?? NaN).toFixed(1).padStart(14)).join(''));
