/**
 * Store import benchmark: units/s and peak RSS for importing N generated units
 * (2 variants each: zh-Hans + th or vi) into SQLite and into PostgreSQL, against
 * a baseline that generates the same units without storing them. Each phase
 * runs in its own process so that peak RSS is its own.
 *
 *   node --import tsx bench/store/run.ts [--units 200000] [--only sqlite|postgres]
 *
 * PostgreSQL: SILKLOOM_BENCH_PG (default postgres://postgres@127.0.0.1:5432/test),
 * in a fresh schema dropped afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore, type StoreLocation } from '@silkloom/store';
import { benchUnits } from './generate-units.ts';

const PG_URL = process.env.SILKLOOM_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const { values } = parseArgs({
  options: { units: { type: 'string', default: '200000' }, phase: { type: 'string' }, only: { type: 'string' } },
});
const count = Number(values.units);

interface PhaseResult {
  phase: string;
  units: number;
  seconds: number;
  peakRssMb: number;
  /** Reading every unit back with store.units.stream (the export path). */
  streamSeconds?: number;
  note?: string;
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function baseline(): Promise<PhaseResult> {
  const start = performance.now();
  let chars = 0;
  for (const unit of benchUnits(count)) for (const variant of Object.values(unit.variants)) chars += variant.text.length;
  const seconds = (performance.now() - start) / 1000;
  return { phase: 'baseline', units: count, seconds, peakRssMb: peakRssMb(), note: `${chars} chars generated` };
}

async function importInto(phase: string, location: StoreLocation, cleanup: () => Promise<string | undefined>): Promise<PhaseResult> {
  const store = await openStore(location);
  try {
    await store.corpora.create({ name: 'bench' });
    const start = performance.now();
    const result = await store.imports.run('bench', { sourceFile: 'bench.tmx', sourceSha256: 'b'.repeat(64), format: 'tmx' }, async (sink) => {
      for (const unit of benchUnits(count)) await sink.add(unit);
    });
    const seconds = (performance.now() - start) / 1000;
    if (result.units !== count) throw new Error(`imported ${result.units} of ${count}`);
    const streamStart = performance.now();
    let read = 0;
    for await (const unit of store.units.stream({ corpus: 'bench' })) read += unit.variants['zh-Hans'] ? 1 : 0;
    if (read !== count) throw new Error(`streamed ${read} of ${count}`);
    const streamSeconds = (performance.now() - streamStart) / 1000;
    return { phase, units: count, seconds, streamSeconds, peakRssMb: peakRssMb() };
  } finally {
    await store.close();
    const note = await cleanup();
    if (note) console.error(note);
  }
}

async function runPhase(phase: string): Promise<PhaseResult> {
  if (phase === 'baseline') return baseline();
  if (phase === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'silkloom-bench-'));
    const path = join(dir, 'bench.db');
    const result = await importInto('sqlite', { kind: 'sqlite', path }, async () => undefined);
    const sizeMb = ['', '-wal'].reduce((sum, suffix) => {
      try {
        return sum + statSync(path + suffix).size / 1e6;
      } catch {
        return sum;
      }
    }, 0);
    rmSync(dir, { recursive: true, force: true });
    return { ...result, note: `file ${sizeMb.toFixed(0)} MB (db + wal)` };
  }
  const schema = `bench_${Date.now().toString(36)}`;
  const pg = await import('pg');
  return importInto('postgres', { kind: 'postgres', url: PG_URL, schema }, async () => {
    const client = new pg.default.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
    return undefined;
  });
}

if (values.phase) {
  console.log(JSON.stringify(await runPhase(values.phase)));
} else {
  const phases = ['baseline', ...(values.only ? [values.only] : ['sqlite', 'postgres'])];
  const results: PhaseResult[] = [];
  console.log(`store import benchmark: ${count.toLocaleString('en')} units × 2 variants, Node ${process.version}`);
  for (const phase of phases) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--phase', phase, '--units', String(count)], {
      encoding: 'utf8',
      env: process.env,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      console.log(`${phase.padEnd(9)} failed: ${(child.stderr || child.stdout).trim().split('\n').slice(0, 3).join(' | ')}`);
      continue;
    }
    results.push(JSON.parse(line) as PhaseResult);
  }
  const base = results.find((r) => r.phase === 'baseline');
  for (const r of results) {
    const rate = r.units / r.seconds;
    const ratio = base && r !== base ? `  ${(rate / (base.units / base.seconds)).toFixed(3)}× baseline speed, RSS ${(r.peakRssMb / base.peakRssMb).toFixed(2)}× baseline` : '';
    console.log(
      `${r.phase.padEnd(9)} ${Math.round(rate).toLocaleString('en').padStart(11)} units/s  ${r.seconds.toFixed(2).padStart(7)} s  peak RSS ${r.peakRssMb.toFixed(0).padStart(4)} MB${ratio}${r.note ? `  (${r.note})` : ''}`,
    );
    if (r.streamSeconds !== undefined) {
      const streamRate = Math.round(r.units / r.streamSeconds).toLocaleString('en');
      console.log(`  read back with units.stream: ${streamRate} units/s (${r.streamSeconds.toFixed(2)} s); peak RSS above covers both`);
    }
  }
}
