import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
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
