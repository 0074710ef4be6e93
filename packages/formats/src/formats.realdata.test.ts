/**
 * Real files written by others ($SILKLOOM_SHARED_DATA/tm: the LISA TMX 1.4
 * compliance kit incl. its UTF-16 files, TICO-19, locize XLIFF 1.2/2.0
 * fixtures, OmegaT XLIFF tests): every TMX/XLIFF parses without error, unit
 * counts are as published, every TMX survives writeTmx → readTmx unchanged,
 * and XLIFF texts agree with locize's own parse results (.json) where those
 * are plain strings. Run with `npm run check:real-data`; nothing is copied.
 */
import { strict as assert } from 'node:assert';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import type { TranslationUnit } from '@silkloom/core';
import { collect, memorySink, source, withoutPlace } from './testing/helpers.ts';
import type { TmxHeader } from './tmx/tmx-header.ts';
import { readTmx } from './tmx/tmx-reader.ts';
import { writeTmx } from './tmx/tmx-writer.ts';
import { readXliff } from './xliff/xliff-reader.ts';

const shared = process.env.SILKLOOM_SHARED_DATA ?? '';
const tmDir = join(shared, 'tm');
const available = shared !== '' && existsSync(tmDir);

function files(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, pattern));
    else if (pattern.test(name)) out.push(path);
  }
  return out;
}

/** TICO-19 publishes 3071 TUs per pair; the *.first1000tu files keep the first 1000. */
function expectedTicoCount(path: string): number | undefined {
  if (!path.includes('tico19')) return undefined;
  return path.includes('first1000tu') ? 1000 : 3071;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** locize's expected objects: resources[namespace][key] = {source, target} or {groupUnits: {…}}. */
function oracleTexts(json: { resources?: Record<string, Record<string, unknown>> }): Map<string, { source?: unknown; target?: unknown }> {
  const out = new Map<string, { source?: unknown; target?: unknown }>();
  const walk = (entries: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(entries)) {
      const v = value as { groupUnits?: Record<string, unknown>; source?: unknown; target?: unknown };
      if (v.groupUnits) walk(v.groupUnits, prefix);
      else out.set(prefix + key, v);
    }
  };
  Object.entries(json.resources ?? {}).forEach(([ns, entries], i) => walk(entries, i === 0 ? '' : `${ns}/`));
  return out;
}

describe('real TMX files', { skip: !available && 'SILKLOOM_SHARED_DATA/tm not found' }, () => {
  for (const path of available ? files(tmDir, /\.tmx$/i) : []) {
    const name = relative(tmDir, path);
    it(`${name}: parses and round-trips through writeTmx`, async () => {
      let header: TmxHeader | undefined;
      const units = await collect(readTmx(createReadStream(path), { file: name, onHeader: (h) => (header = h) }));
      assert.ok(units.length > 0, 'has units');
      const expected = expectedTicoCount(path);
      if (expected !== undefined) assert.equal(units.length, expected);
      for (const unit of units) assert.ok(Object.keys(unit.variants).length >= 2, `${unit.id} has two languages`);
      const sink = memorySink();
      await writeTmx(units, sink, { srcLang: header?.srcLang ?? '*all*', header });
      const again = await collect(readTmx(source(sink.text()), { file: `${name}.out` }));
      assert.deepEqual(again.map(withoutPlace), units.map(withoutPlace));
    });
  }
});

describe('real XLIFF files', { skip: !available && 'SILKLOOM_SHARED_DATA/tm not found' }, () => {
  for (const path of available ? files(tmDir, /\.(xlf|xliff)$/i) : []) {
    const name = relative(tmDir, path);
    it(`${name}: parses${existsSync(oraclePath(path)) ? ' and matches the locize oracle' : ''}`, async () => {
      const units = await collect(readXliff(createReadStream(path), { file: name, keepMonolingual: true }));
      const oracle = oraclePath(path);
      if (existsSync(oracle)) compareWithOracle(units, oracleTexts(JSON.parse(readFileSync(oracle, 'utf8'))));
    });
  }
});

/** example12.xliff and example.xliff are both described by example.json. */
function oraclePath(path: string): string {
  return join(path, '..', `${basename(path).replace(/\.(xlf|xliff)$/, '').replace(/12$/, '')}.json`);
}

function compareWithOracle(units: TranslationUnit[], oracle: Map<string, { source?: unknown; target?: unknown }>): void {
  let compared = 0;
  for (const unit of units) {
    const expected = oracle.get(unit.id);
    if (!expected) continue;
    const [src, tgt] = [unit.srcLang, Object.keys(unit.variants).find((tag) => tag !== unit.srcLang)];
    if (typeof expected.source === 'string' && src) {
      assert.equal(squash(unit.variants[src]!.text), squash(expected.source), `${unit.id} source`);
      compared++;
    }
    if (typeof expected.target === 'string' && tgt) {
      assert.equal(squash(unit.variants[tgt]!.text), squash(expected.target), `${unit.id} target`);
      compared++;
    }
  }
  const plain = [...oracle.values()].filter((v) => typeof v.source === 'string' && v.source !== '').length;
  if (plain > 0) assert.ok(compared > 0, 'some texts were compared with the oracle');
}
