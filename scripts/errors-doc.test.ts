import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { errorsDocPath, renderErrorsDoc } from './errors-doc.ts';

test('docs/errors.md lists exactly the registered error codes', async () => {
  const expected = await renderErrorsDoc();
  const actual = readFileSync(errorsDocPath, 'utf8');
  assert.equal(actual, expected, 'docs/errors.md is stale: run `npm run docs:errors`');
});
