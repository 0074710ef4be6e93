/**
 * `silkloom import` / `export` / `stats` / `corpora` end to end: the real
 * binary against a fresh store of each dialect.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '@silkloom/store';
import { freshTestLocation, testDialects, type TestLocation } from '@silkloom/store/testing';
import type { StoredUnit } from '@silkloom/core';
import { FIXTURES, runCli } from '../cli-testing.ts';

const DEMO_TSV = new URL('../../../../data/demo/demo.tsv', import.meta.url).pathname;
const fixture = (name: string) => join(FIXTURES, name);

async function unitsOf(store: Store, corpus: string): Promise<Map<string, StoredUnit>> {
  const units = new Map<string, StoredUnit>();
  for await (const unit of store.units.stream({ corpus })) units.set(unit.id, unit);
  return units;
}

for (const dialect of testDialects()) {
  describe(`silkloom import/export on ${dialect}`, () => {
    let t: TestLocation;
    const cli = (...args: string[]) => runCli([...args, ...t.cliArgs]);

    before(async () => {
      t = await freshTestLocation(dialect);
    });
    after(async () => t.dispose());

    it('imports a TMX with provenance and reports it as JSON', async () => {
      const r = await cli('import', fixture('small.tmx'), '--corpus', 'c1', '--origin', 'th', '--license', 'CC-BY-4.0', '--contributor', 'tester', '--org', 'GDUFS', '--consent', 'public', '--collected', '2026-05-01', '--json');
      assert.equal(r.code, 0, r.stderr);
      const out = r.json();
      assert.equal(out.imports[0].units, 3);
      assert.deepEqual(out.imports[0].byLang, { 'zh-Hans': 3, th: 1, km: 1, ar: 1, my: 1 });
      const store = await openStore(t.location);
      try {
        const unit = [...(await unitsOf(store, 'c1')).values()].find((u) => u.id === 't2')!;
        assert.equal(unit.provenance.originJurisdiction, 'TH');
        assert.equal(unit.provenance.licence, 'CC-BY-4.0');
        assert.equal(unit.provenance.contributor, 'tester');
        assert.equal(unit.provenance.collectedAt, '2026-05-01');
        assert.equal(unit.provenance.line, 11);
        assert.deepEqual(unit.domains, ['tourism']);
        assert.equal(unit.variants['zh-Hans']!.text, '注意：博物馆周一闭馆。');
        assert.equal(unit.variants['zh-Hans']!.markup?.format, 'tmx');
      } finally {
        await store.close();
      }
    });

    it('refuses to import the same file twice unless --force', async () => {
      const again = await cli('import', fixture('small.tmx'), '--corpus', 'c1');
      assert.equal(again.code, 1);
      assert.match(again.stderr, /SLM_CLI_ALREADY_IMPORTED/);
      const forced = await cli('import', fixture('small.tmx'), '--corpus', 'c1', '--force', '--json');
      assert.equal(forced.code, 0, forced.stderr);
      const stats = (await cli('stats', '--corpus', 'c1', '--json')).json();
      assert.equal(stats.units, 6);
      assert.equal(stats.batches, 2);
    });

    it('a file cut off mid-record fails with file and line, and leaves the store as it was', async () => {
      const before = (await cli('stats', '--json')).stdout;
      const r = await cli('import', fixture('cut.tmx'), '--corpus', 'c1');
      assert.equal(r.code, 1);
      assert.match(r.stderr, /cut\.tmx:\d+/);
      assert.match(r.stderr, /error SLM_/);
      assert.equal((await cli('stats', '--json')).stdout, before);
    });

    it('a TSV line with the wrong number of columns fails, or is skipped with --skip-invalid', async () => {
      const failed = await cli('import', fixture('columns.tsv'), '--corpus', 'c3');
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, /columns\.tsv:3/);
      const before = (await cli('stats', '--corpus', 'c3', '--json')).json();
      assert.equal(before.units, 0, 'the failed import left nothing behind');
      const skipped = await cli('import', fixture('columns.tsv'), '--corpus', 'c3', '--skip-invalid', '--json');
      assert.equal(skipped.code, 0, skipped.stderr);
      assert.equal(skipped.json().imports[0].units, 2);
      assert.equal(skipped.json().imports[0].diagnostics.count, 1);
    });

    it('imports UTF-16 LE and BE files with a BOM', async () => {
      const text = readFileSync(fixture('small.tmx'), 'utf8').replace('encoding="UTF-8"', 'encoding="UTF-16"');
      const le = join(t.dir, 'le.tmx');
      writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      const be = join(t.dir, 'be.tmx');
      const swapped = Buffer.from(text, 'utf16le').swap16();
      writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]));
      for (const file of [le, be]) {
        const r = await cli('import', file, '--corpus', 'utf16', '--json');
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.json().imports[0].units, 3);
      }
    });

    it('exports TMX that imports again to the same units, texts and markup; the manifest checks out', async () => {
      await cli('import', DEMO_TSV, '--corpus', 'demo-tsv');
      const out = join(t.dir, 'export.tmx');
      const exp = await cli('export', '--corpus', 'c1', '--format', 'tmx', '--out', out, '--json');
      assert.equal(exp.code, 0, exp.stderr);
      const manifest = JSON.parse(readFileSync(`${out}.manifest.json`, 'utf8'));
      assert.equal(manifest.units, 6);
      assert.equal(manifest.files[0].sha256, createHash('sha256').update(readFileSync(out)).digest('hex'));
      const imp = await cli('import', out, '--corpus', 'roundtrip', '--json');
      assert.equal(imp.code, 0, imp.stderr);
      const store = await openStore(t.location);
      try {
        const original = await unitsOf(store, 'c1');
        const again = await unitsOf(store, 'roundtrip');
        assert.equal(again.size, original.size);
        for (const [id, unit] of original) {
          const copy = again.get(id)!;
          assert.deepEqual(copy.variants, unit.variants, id);
          assert.deepEqual(copy.domains, unit.domains, id);
        }
      } finally {
        await store.close();
      }
    });

    it('exports Moses, TSV, XLIFF, JSONL and Parquet with --langs and --status', async () => {
      const prefix = join(t.dir, 'pair');
      const moses = await cli('export', '--corpus', 'demo-tsv', '--format', 'moses', '--langs', 'zh-Hans,ar', '--status', 'raw', '--out', prefix, '--json');
      assert.equal(moses.code, 0, moses.stderr);
      const zh = readFileSync(`${prefix}.zh-Hans`, 'utf8').trimEnd().split('\n');
      const ar = readFileSync(`${prefix}.ar`, 'utf8').trimEnd().split('\n');
      assert.equal(zh.length, ar.length);
      assert.equal(zh.length, moses.json().units);
      for (const [format, ext] of [['tsv', 'tsv'], ['xliff', 'xlf'], ['jsonl', 'jsonl'], ['parquet', 'parquet']] as const) {
        const file = join(t.dir, `out.${ext}`);
        const r = await cli('export', '--corpus', 'demo-tsv', '--format', format, '--langs', 'zh-Hans,ru', '--out', file, '--json');
        assert.equal(r.code, 0, `${format}: ${r.stderr}`);
        assert.ok(existsSync(file) && existsSync(`${file}.manifest.json`), format);
        assert.ok(r.json().units > 50, format);
      }
      const none = await cli('export', '--corpus', 'demo-tsv', '--format', 'tsv', '--langs', 'zh-Hans,ru', '--status', 'clean', '--out', join(t.dir, 'none.tsv'), '--json');
      assert.equal(none.json().units, 0, 'nothing is clean yet');
    });

    it('lists and shows corpora; unknown corpus and bad options are coded errors', async () => {
      const list = (await cli('corpora', 'list', '--json')).json();
      assert.ok(list.some((c: { name: string; units: number }) => c.name === 'c1' && c.units === 6));
      const show = await cli('corpora', 'show', 'c1', '--json');
      assert.equal(show.json().batches.length, 2);
      const missing = await cli('stats', '--corpus', 'nope', '--json');
      assert.equal(missing.code, 1);
      assert.equal(missing.json().error.code, 'SLM_STORE_CORPUS_NOT_FOUND');
      const badLang = await cli('import', fixture('small.tmx'), '--corpus', 'x', '--src', 'klingon');
      assert.equal(badLang.code, 1);
      assert.match(badLang.stderr, /SLM_LANG_TAG_UNKNOWN/);
      const badOrigin = await cli('import', fixture('small.tmx'), '--corpus', 'x', '--origin', 'XX');
      assert.match(badOrigin.stderr, /SLM_COUNTRY_UNKNOWN/);
    });
  });
}
