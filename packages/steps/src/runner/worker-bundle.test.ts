import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { pruneOldBundles } from './esm-bundle.mjs';
import { bundledWorkerEntry } from './worker-bundle.ts';

test('the worker bundle builds once, keeps bare imports external and source files\' own URLs', async () => {
  const url = await bundledWorkerEntry();
  assert.ok(url, 'esbuild (through tsx) is installed in the repository');
  assert.equal(await bundledWorkerEntry(), url);
  const code = readFileSync(fileURLToPath(url), 'utf8');
  assert.match(code, /from "xxhash-wasm"/);
  assert.doesNotMatch(code, /import\.meta\.url/);
  assert.match(code, /builtin-langid\.bin/);
  assert.match(code, /file:\/\/[^"]*\/packages\/text\/src\/langid\/builtin-model\.ts/);
});

test('old bundles of the same name are pruned after an hour; the current one, fresh ones and other names stay', () => {
  const dir = mkdtempSync(join(tmpdir(), 'silkloom-bundles-'));
  try {
    for (const d of ['w.current', 'w.old', 'w.fresh', 'other.old']) mkdirSync(join(dir, d));
    const hourAndABit = (Date.now() - 61 * 60 * 1000) / 1000;
    for (const d of ['w.current', 'w.old', 'other.old']) utimesSync(join(dir, d), hourAndABit, hourAndABit);
    pruneOldBundles(dir, 'w', join(dir, 'w.current'));
    assert.deepEqual(readdirSync(dir).sort(), ['other.old', 'w.current', 'w.fresh']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
