/**
 * Search benchmark: concordance (rare and common Chinese substrings, two-
 * character Chinese, Thai) and TM look-up latency, p50/p95 over ≥ 50 queries
 * each, on a generated store of N units (default 1M: zh-Hans + th/vi/en),
 * against a baseline in the same run: an indexed equality look-up of a unit
 * by id. Concordance is measured as the API serves it: first page of 20 hits
 * with aligned variants plus the total count (an estimate, flagged, for very
 * common queries).
 *
 *   node --import tsx bench/search/run.ts [--dialect sqlite|postgres|both] [--units 1000000] [--queries 60] [--rebuild]
 *
 * The store is generated once and reused: SQLite in bench/search/.cache/,
 * PostgreSQL (SILKLOOM_BENCH_PG, default postgres://postgres@127.0.0.1:5432/test)
 * in schema bench_search_<units>. --rebuild regenerates it.
 */
import { mkdirSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStore, type Store, type StoreLocation } from '@silkloom/store';
import { concordance, tmLookup } from '@silkloom/server/services';
import { generatedUnit, generatedUnits, prng } from './generate.ts';
import { TH_PHRASES, TH_RARE, TH_WORDS, ZH_PHRASES, ZH_RARE, ZH_WORDS } from './word-lists.ts';

const { values } = parseArgs({
  options: {
    dialect: { type: 'string', default: 'both' },
    units: { type: 'string', default: '1000000' },
    queries: { type: 'string', default: '60' },
    rebuild: { type: 'boolean', default: false },
  },
});
const UNITS = Number(values.units);
const QUERIES = Math.max(50, Number(values.queries));
const PG_URL = process.env.SILKLOOM_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const CACHE = fileURLToPath(new URL('./.cache/', import.meta.url));
const CHUNK = 100_000;

function locationFor(dialect: string): StoreLocation {
  if (dialect === 'sqlite') return { kind: 'sqlite', path: `${CACHE}search-${UNITS}.db` };
  return { kind: 'postgres', url: PG_URL, schema: `bench_search_${UNITS}` };
}

async function drop(dialect: string): Promise<void> {
  if (dialect === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${CACHE}search-${UNITS}.db${suffix}`, { force: true });
    return;
  }
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS bench_search_${UNITS} CASCADE`);
  await client.end();
}

async function prepared(dialect: string): Promise<Store> {
  mkdirSync(CACHE, { recursive: true });
  if (values.rebuild) await drop(dialect);
  let store = await openStore(locationFor(dialect));
  const have = (await store.corpora.get('bench')) ? await store.units.count({ corpus: 'bench' }) : -1;
  if (have === UNITS) return store;
  if (have !== -1) {
    await store.close();
    await drop(dialect);
    store = await openStore(locationFor(dialect));
  }
  await store.corpora.create({ name: 'bench', ownerOrg: 'Bench' });
  const start = performance.now();
  for (let from = 0; from < UNITS; from += CHUNK) {
    const to = Math.min(UNITS, from + CHUNK);
    const sha = from.toString(16).padStart(64, '0');
    await store.imports.run('bench', { sourceFile: `generated-${from}`, sourceSha256: sha, format: 'generated' }, async (sink) => {
      for (const unit of generatedUnits(from, to)) await sink.add(unit);
    });
    process.stderr.write(`\r${dialect}: generated ${to} / ${UNITS} units (${Math.round(to / ((performance.now() - start) / 1000))} units/s)`);
  }
  process.stderr.write('\n');
  return store;
}

interface Series {
  name: string;
  ms: number[];
  hits: number;
  estimated: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(name: string, inputs: readonly unknown[], run: (input: any) => Promise<{ hits: number; estimated?: boolean }>): Promise<Series> {
  for (const input of inputs.slice(0, 5)) await run(input);
  const series: Series = { name, ms: [], hits: 0, estimated: 0 };
  for (const input of inputs) {
    const start = performance.now();
    const result = await run(input);
    series.ms.push(performance.now() - start);
    series.hits += result.hits;
    if (result.estimated) series.estimated++;
  }
  return series;
}

/** Queries of each kind, drawn deterministically. */
function queries() {
  const rand = prng(42);
  const draw = <T>(list: readonly T[], map: (x: T) => string = String) => Array.from({ length: QUERIES }, () => map(list[Math.floor(rand() * list.length)]!));
  const twoChar = ZH_WORDS.filter((w) => [...w].length === 2);
  const thai = [...TH_WORDS.filter((w) => [...w].length >= 4), ...TH_PHRASES, ...TH_RARE];
  const edits = Array.from({ length: QUERIES }, () => {
    const i = Math.floor(rand() * UNITS);
    const unit = generatedUnit(i);
    const chars = [...unit.variants['zh-Hans']!.text];
    const at = Math.floor(rand() * (chars.length - 1));
    chars[at] = ZH_WORDS[Math.floor(rand() * 40)]![0]!;
    return { text: chars.join(''), tgt: Object.keys(unit.variants).find((l) => l !== 'zh-Hans')! };
  });
  return {
    rare: draw(ZH_RARE),
    common: draw(ZH_PHRASES),
    twoChar: draw(twoChar),
    thai: draw(thai),
    tm: edits,
    ids: Array.from({ length: QUERIES }, () => String(1 + Math.floor(rand() * UNITS))),
  };
}

async function bench(dialect: string): Promise<void> {
  const store = await prepared(dialect);
  try {
    const q = queries();
    const scope = { corpora: ['bench'], limit: 20 };
    const conc = (lang: string) => async (text: string) => {
      const r = await concordance(store, { q: text, lang, ...scope });
      return { hits: r.total, estimated: !r.totalExact };
    };
    const results = [
      await measure('baseline: unit by id', q.ids, async (id: string) => ({ hits: (await store.units.get(id)) ? 1 : 0 })),
      await measure('concordance zh rare (3–5 chars)', q.rare, conc('zh-Hans')),
      await measure('concordance zh common phrase', q.common, conc('zh-Hans')),
      await measure('concordance zh 2 characters', q.twoChar, conc('zh-Hans')),
      await measure('concordance th', q.thai, conc('th')),
      await measure('TM look-up zh → th/vi/en (1 char edited)', q.tm, async (e: { text: string; tgt: string }) => {
        const matches = await tmLookup(store, { text: e.text, src: 'zh-Hans', tgt: e.tgt, min: 70, limit: 5, corpora: ['bench'] });
        return { hits: matches.length };
      }),
    ];
    const base = percentile([...results[0]!.ms].sort((a, b) => a - b), 50);
    console.log(`\n${dialect}: ${UNITS.toLocaleString('en')} units, ${QUERIES} queries per kind`);
    console.log('query'.padEnd(44), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p50/baseline'.padStart(13), 'mean hits'.padStart(10), 'estimated'.padStart(10));
    for (const s of results) {
      const sorted = [...s.ms].sort((a, b) => a - b);
      const p50 = percentile(sorted, 50);
      console.log(
        s.name.padEnd(44),
        p50.toFixed(2).padStart(8),
        percentile(sorted, 95).toFixed(2).padStart(8),
        `${(p50 / base).toFixed(1)}×`.padStart(13),
        (s.hits / s.ms.length).toFixed(1).padStart(10),
        String(s.estimated).padStart(10),
      );
    }
  } finally {
    await store.close();
  }
}

const dialects = values.dialect === 'both' ? ['sqlite', 'postgres'] : [values.dialect!];
for (const dialect of dialects) await bench(dialect);
console.log(`\npeak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
if (!existsSync(CACHE)) console.log('(no cache folder)');
