import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { zawgyiDetectionAccuracy, zawgyiProbability } from '../index.ts';

const sentences = readFileSync(new URL('./fixtures/burmese.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);

test('Zawgyi detection on our own Burmese sentences and their Zawgyi forms', () => {
  const r = zawgyiDetectionAccuracy(sentences);
  assert.equal(r.sentences, 20);
  assert.equal(r.positives, 20);
  assert.equal(r.precision, 1);
  assert.equal(r.recall, 1);
  assert.equal(r.roundTrips, 20);
});

test('text without Myanmar letters has Zawgyi probability 0', () => {
  assert.equal(zawgyiProbability('hello'), 0);
  assert.equal(zawgyiProbability(''), 0);
});
