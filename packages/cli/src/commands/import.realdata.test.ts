/**
 * Real-data check (run by `npm run check:real-data` when ../shared/data exists):
 * every real TMX and XLIFF file in shared/data/tm imports into the store through
 * the CLI's import code; exporting each imported corpus to TMX and importing that
 * again gives the same units and texts. The CLI code runs in this process (the
 * binary itself is covered by import-export.test.ts), so 80 files take seconds.
 * The files stay in ../shared; nothing is copied.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '@silkloom/store';
import { freshTestLocation, type TestLocation } from '@silkloom/store/testing';
import type { StoredUnit } from '@silkloom/core';
import { Output } from '../output.ts';
import { runExport } from './export.ts';
import { runImportFiles } from './import.ts';

const SHARED = process.env.SILKLOOM_SHARED_DATA ?? '';
const TM = join(SHARED, 'tm');

function tmFiles(): string[] {
  if (!existsSync(TM)) return [];
  const out: string[] = [];
  for (const dir of readdirSync(TM, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(join(TM, dir.name))) if (/\.(tmx|xlf|xliff)$/i.test(name)) out.push(join(TM, dir.name, name));
  }
  return out.sort();
}

async function unitsOf(location: TestLocation['location'], corpus: string): Promise<Map<string, StoredUnit>> {
  const store = await openStore(location);
  try {
    const units = new Map<string, StoredUnit>();
    for await (const unit of store.units.stream({ corpus })) units.set(unit.id, unit);
    return units;
  } finally {
    await store.close();
  }
}

describe('real TMX/XLIFF files import, and round-trip through a TMX export', { skip: tmFiles().length === 0 && 'no ../shared/data/tm' }, () => {
  let t: TestLocation;
  before(async () => {
    t = await freshTestLocation('sqlite');
  });
  after(async () => t.dispose());

  for (const [i, file] of tmFiles().entries()) {
    const name = file.slice(TM.length + 1);
    it(name, async () => {
      const corpus = `real-${i}`;
      const out = new Output({ quiet: true, json: true });
      const store = { db: (t.location as { path: string }).path };
      const [imported] = await runImportFiles([file], { ...store, corpus, format: 'auto' }, out);
      // Two locize fixtures hold nothing to import (an empty <xliff/>, a target-only unit in the source language).
      if (imported!.units === 0) return;
      const tmx = join(t.dir, `${corpus}.tmx`);
      await runExport({ ...store, corpus, format: 'tmx', out: tmx }, out);
      await runImportFiles([tmx], { ...store, corpus: `${corpus}-again`, format: 'tmx' }, out);
      const before = await unitsOf(t.location, corpus);
      const after = await unitsOf(t.location, `${corpus}-again`);
      assert.equal(after.size, before.size, `${name}: unit count`);
      for (const [id, unit] of before) {
        const copy = after.get(id);
        assert.ok(copy, `${name}: unit ${id} missing after the round trip`);
        const texts = (u: StoredUnit) => Object.fromEntries(Object.entries(u.variants).map(([lang, v]) => [lang, v.text]));
        assert.deepEqual(texts(copy), texts(unit), `${name}: unit ${id}`);
      }
    });
  }
});
