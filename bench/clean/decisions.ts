/**
 * Writes every decision of a checkout — id, keep, reasons, scores and the
 * normalised texts, one JSON line each — for the 26 noisy FLORES devtest
 * sets of `eval/noisy-flores.ts` and for the first PAIRS pairs of bench
 * TSVs, so that two checkouts that claim the same decisions can be compared
 * with `cmp` file by file.
 *
 *   SILKLOOM_SHARED_DATA=… node --import tsx bench/clean/decisions.ts OUTDIR ROOT [--pairs N] [--workers W] [--dev] [--no-flores] [--in FILE:TGT …]
 *
 * `--dev`: the FLORES dev sets instead of devtest (small inputs: the
 * alignment fit trains ten folds on each).
 *
 * FILE is a zh-Hans → TGT TSV; the whole default pipeline runs (alignment
 * included), in one thread unless `--workers` says otherwise.
 */
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import type { WriteStream } from 'node:fs';

const args = process.argv.slice(2);
const [out, root] = args;
if (!out || !root) throw new Error('usage: decisions.ts OUTDIR ROOT [--pairs N] [--workers W] [--in FILE:TGT …]');
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const pairs = option('--pairs', 10_000);
const workers = option('--workers', 1);
const inputs = args.flatMap((a, i) => (a === '--in' ? [args[i + 1]!] : []));
mkdirSync(out, { recursive: true });
const flores = await import(`${root}/packages/steps/src/eval/noisy-flores.ts`);
const steps = await import(`${root}/packages/steps/src/index.ts`);

interface Decision { id: string; keep: boolean; reasons: string[]; scores: Record<string, number>; src: string; tgt: string }
const line = (d: Decision) => `${JSON.stringify({ id: d.id, keep: d.keep, reasons: d.reasons, scores: d.scores, src: d.src, tgt: d.tgt })}\n`;
const close = (w: WriteStream) => new Promise((resolve) => w.end(resolve));

for (const info of args.includes('--no-flores') ? [] : flores.floresTargets()) {
  const w = createWriteStream(`${out}/flores-${info.tag}.jsonl`);
  let k = 0;
  await flores.evaluateFloresTarget(info, args.includes('--dev') ? 'dev' : 'devtest', workers, (_item: unknown, d: Decision) => w.write(`${k++} ${line(d)}`));
  await close(w);
}
for (const spec of inputs) {
  const [file, tgt] = spec.split(':') as [string, string];
  const lines = readFileSync(file, 'utf8').split('\n').slice(0, pairs).filter(Boolean);
  async function* input() {
    for (let i = 0; i < lines.length; i++) {
      const tab = lines[i]!.indexOf('\t');
      yield { id: `L${i + 1}`, line: i + 1, src: lines[i]!.slice(0, tab), tgt: lines[i]!.slice(tab + 1) };
    }
  }
  const w = createWriteStream(`${out}/bench-${tgt}.jsonl`);
  for await (const d of steps.cleanPairs(input(), { srcLang: 'zh-Hans', tgtLang: tgt, workers })) w.write(line(d));
  await close(w);
}
