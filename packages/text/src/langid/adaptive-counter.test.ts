import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GroupCounter } from './adaptive-counter.ts';

/** A made-up word per number (features are letters only: digits would not make texts differ). */
const word = (i: number) => [...i.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');

test('a group profile prefers the variety whose corpus used the words, and stays within maxFeatures', () => {
  const group = new GroupCounter(['ms', 'id'], 3000);
  for (let i = 0; i < 200; i++) {
    group.add(`Kerajaan berkata bahawa harga barang ${word(i * 7919)} naik kerana cukai ${word(i)}.`, 0);
    group.add(`Pemerintah mengatakan bahwa harga barang ${word(i * 104729)} naik karena pajak ${word(i)}.`, 1);
  }
  assert.ok(group.features <= 3000, `${group.features} features`);
  assert.ok(group.features > 1000);
  assert.deepEqual([...group.units], [200, 200]);
  const [ms, id] = group.logLikelihood('Kerajaan berkata bahawa cukai naik.');
  assert.ok(ms! > id! + 5, `${ms} vs ${id}`);
  const [ms2, id2] = group.logLikelihood('Pemerintah mengatakan bahwa pajak naik.');
  assert.ok(id2! > ms2! + 5, `${ms2} vs ${id2}`);
  // Text with nothing the corpus saw costs both varieties the same.
  const [a, b] = group.logLikelihood('Τα παιδιά πάνε σχολείο');
  assert.equal(a, b);
  assert.ok(a! < 0);
});
