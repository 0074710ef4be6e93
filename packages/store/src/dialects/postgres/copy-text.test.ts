import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copyField, copyRows } from './copy-text.ts';

test('COPY text fields escape backslash, tab, newline and carriage return; null is \\N', () => {
  assert.equal(copyField(null), '\\N');
  assert.equal(copyField(42), '42');
  assert.equal(copyField('ภาษาไทย 中文'), 'ภาษาไทย 中文');
  assert.equal(copyField('a\tb\nc\rd\\e'), 'a\\tb\\nc\\rd\\\\e');
  assert.equal(copyField('\\N'), '\\\\N', 'a literal backslash-N is not NULL');
});

test('rows are tab-separated and newline-terminated in column order', () => {
  const rows = [{ a: 1, b: 'x\ty', c: null }, { a: 2, b: '', c: 'z' }];
  assert.equal(copyRows(rows, ['b', 'a', 'c']), 'x\\ty\t1\t\\N\n\t2\tz\n');
});
