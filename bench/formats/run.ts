/**
 * Throughput and memory of the @silkloom/formats readers (and the TMX/JSONL
 * writers) against baselines that parse the same file without building units:
 * raw saxes for TMX/XLIFF, papaparse for TSV/CSV, readline + JSON.parse for
 * JSONL, readline for Moses.
 *
 *   node --import tsx bench/formats/run.ts            # 50 MB files
 *   SIZE_MB=1000 node --import tsx bench/formats/run.ts tmx   # the 1 GB TMX check
 *   node --import tsx bench/formats/run.ts csv jsonl       # only the cases named so
 *
 * Each case runs in its own process, so "peak RSS" is that reader's own peak
 * (process.resourceUsage().maxRSS), not the largest of all.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { SaxesParser } from 'saxes';
import { readDelimited, readJsonl, readMoses, readTmx, readXliff, writeJsonl, writeTmx } from '@silkloom/formats';
import { generate, type BenchFiles } from './generate.ts';

type Case = { name: string; file: keyof BenchFiles; baseline?: string; run: (f: BenchFiles) => Promise<number> };

const nullSink = { write() {} };

/** Parses with saxes alone, collecting the text of `textElements`; counts `unitElement`s. */
async function saxesBaseline(path: string, textElements: string[], unitElement: string): Promise<number> {
  const parser = new SaxesParser();
  let inText = 0;
  let units = 0;
  let text = '';
  const texts: string[] = [];
  parser.on('opentag', (t) => {
    if (textElements.includes(t.name)) inText++;
  });
  parser.on('text', (t) => {
    if (inText) text += t;
  });
  parser.on('closetag', (t) => {
    if (textElements.includes(t.name)) {
      inText--;
      texts.push(text);
      text = '';
    } else if (t.name === unitElement) {
      units++;
      texts.length = 0;
    }
  });
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(path)) parser.write(decoder.decode(chunk as Buffer, { stream: true }));
  parser.close();
  return units;
}

async function papaBaseline(path: string, delimiter: string): Promise<number> {
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(path, 'utf8') as unknown as File, {
      delimiter,
      header: true,
      step: () => void rows++,
      complete: () => resolve(),
      error: reject,
    });
  });
  return rows;
}

async function count(units: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of units) n++;
  return n;
}

const CASES: Case[] = [
  { name: 'tmx:saxes-baseline', file: 'tmx', run: (f) => saxesBaseline(f.tmx, ['seg'], 'tu') },
  { name: 'tmx:readTmx', file: 'tmx', baseline: 'tmx:saxes-baseline', run: (f) => count(readTmx(createReadStream(f.tmx), { file: f.tmx })) },
  { name: 'tmx:readTmx+writeTmx', file: 'tmx', baseline: 'tmx:saxes-baseline', run: async (f) => (await writeTmx(readTmx(createReadStream(f.tmx), { file: f.tmx }), nullSink, { srcLang: 'zh-Hans' })).written },
  { name: 'xliff:saxes-baseline', file: 'xliff', run: (f) => saxesBaseline(f.xliff, ['source', 'target'], 'trans-unit') },
  { name: 'xliff:readXliff', file: 'xliff', baseline: 'xliff:saxes-baseline', run: (f) => count(readXliff(createReadStream(f.xliff), { file: f.xliff })) },
  { name: 'tsv:papaparse-baseline', file: 'tsv', run: (f) => papaBaseline(f.tsv, '\t') },
  { name: 'tsv:readDelimited', file: 'tsv', baseline: 'tsv:papaparse-baseline', run: (f) => count(readDelimited(createReadStream(f.tsv), { file: f.tsv, delimiter: '\t' })) },
  { name: 'csv:papaparse-baseline', file: 'csv', run: (f) => papaBaseline(f.csv, ',') },
  { name: 'csv:readDelimited', file: 'csv', baseline: 'csv:papaparse-baseline', run: (f) => count(readDelimited(createReadStream(f.csv), { file: f.csv, delimiter: ',' })) },
  {
    name: 'jsonl:readline-baseline',
    file: 'jsonl',
    run: async (f) => {
      let n = 0;
      for await (const line of createInterface({ input: createReadStream(f.jsonl), crlfDelay: Infinity })) if (JSON.parse(line)) n++;
      return n;
    },
  },
  { name: 'jsonl:readJsonl', file: 'jsonl', baseline: 'jsonl:readline-baseline', run: (f) => count(readJsonl(createReadStream(f.jsonl), { file: f.jsonl })) },
  { name: 'jsonl:readJsonl+writeJsonl', file: 'jsonl', baseline: 'jsonl:readline-baseline', run: async (f) => (await writeJsonl(readJsonl(createReadStream(f.jsonl), { file: f.jsonl }), nullSink)).written },
  {
    name: 'moses:readline-baseline',
    file: 'mosesZh',
    run: async (f) => {
      const a = createInterface({ input: createReadStream(f.mosesZh), crlfDelay: Infinity })[Symbol.asyncIterator]();
      const b = createInterface({ input: createReadStream(f.mosesTh), crlfDelay: Infinity })[Symbol.asyncIterator]();
      let n = 0;
      while (!(await a.next()).done && !(await b.next()).done) n++;
      return n;
    },
  },
  {
    name: 'moses:readMoses',
    file: 'mosesZh',
    baseline: 'moses:readline-baseline',
    run: (f) => count(readMoses(createReadStream(f.mosesZh), createReadStream(f.mosesTh), { file: f.mosesZh, tgtFile: f.mosesTh, srcLang: 'zh-Hans', tgtLang: 'th' })),
  },
];

interface Result {
  name: string;
  mb: number;
  seconds: number;
  units: number;
  rssMb: number;
}

async function child(name: string, filesJson: string): Promise<void> {
  const files = JSON.parse(filesJson) as BenchFiles;
  const c = CASES.find((x) => x.name === name)!;
  const bytes = c.file === 'mosesZh' ? statSync(files.mosesZh).size + statSync(files.mosesTh).size : statSync(files[c.file] as string).size;
  const start = process.hrtime.bigint();
  const units = await c.run(files);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const result: Result = { name, mb: bytes / 1e6, seconds, units, rssMb: process.resourceUsage().maxRSS / 1024 };
  console.log(JSON.stringify(result));
}

async function main(): Promise<void> {
  const mb = Number(process.env.SIZE_MB ?? 50);
  const dir = mkdtempSync(join(tmpdir(), 'silkloom-bench-formats-'));
  try {
    const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
    const formats = new Set(CASES.filter((c) => !only.length || only.some((o) => c.name.startsWith(o))).map((c) => c.name.split(':')[0]!));
    console.log(`generating ~${mb} MB of ${[...formats].join(', ')} in ${dir} …`);
    const files = await generate(dir, mb, formats);
    const results = new Map<string, Result>();
    for (const c of CASES) {
      if (only.length && !only.some((o) => c.name.startsWith(o))) continue;
      const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', c.name, JSON.stringify(files)], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (run.status !== 0) throw new Error(`${c.name} failed:\n${run.stderr}`);
      const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as Result;
      results.set(c.name, result);
      const base = c.baseline ? results.get(c.baseline) : undefined;
      const ratio = base ? `  ${(result.mb / result.seconds / (base.mb / base.seconds)).toFixed(2)}× baseline speed` : '';
      console.log(
        `${c.name.padEnd(28)} ${result.mb.toFixed(1).padStart(7)} MB ${(result.mb / result.seconds).toFixed(1).padStart(6)} MB/s ` +
          `${Math.round(result.units / result.seconds).toLocaleString('en').padStart(9)} units/s  peak RSS ${result.rssMb.toFixed(0).padStart(4)} MB${ratio}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--child');
if (at !== -1) await child(process.argv[at + 1]!, process.argv[at + 2]!);
else await main();
