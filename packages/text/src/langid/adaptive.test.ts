import assert from 'node:assert/strict';
import { test } from 'node:test';
import { areConfusable, createAdaptiveIdentifier, identifyLanguage } from '../index.ts';

// Two made-up "corpus dialects" of Traditional Chinese that differ only in a
// word the built-in identifier does not know: 搭車 (here: yue-Hant corpus) vs 乘車 (zh-Hant corpus).
const yue = (i: number) => `第${i}位市民每日搭車返學，搭車時間好長。`;
const zh = (i: number) => `第${i}位市民每天乘車上學，乘車時間很長。`;

test('learns a corpus profile for confusable varieties and uses it', () => {
  const adaptive = createAdaptiveIdentifier({ minObservations: 20 });
  const probe = '市民每日搭車，時間長。';
  const before = adaptive.identify(probe).lang;
  for (let i = 0; i < 40; i++) {
    assert.equal(adaptive.observe(yue(i), 'yue-Hant'), true);
    assert.equal(adaptive.observe(zh(i), 'zh-Hant'), true);
  }
  assert.deepEqual({ yue: adaptive.observations()['yue-Hant'], zh: adaptive.observations()['zh-Hant'] }, { yue: 40, zh: 40 });
  assert.equal(adaptive.identify(probe).lang, 'yue-Hant');
  assert.equal(adaptive.identify('市民每天乘車，時間長。').lang, 'zh-Hant');
  assert.equal(before, identifyLanguage(probe).lang);
});

test('does not learn from text that is not in the declared group, nor for unrelated languages', () => {
  const adaptive = createAdaptiveIdentifier();
  assert.equal(adaptive.observe('This is plainly English text.', 'ms'), false);
  assert.equal(adaptive.observe('Das ist Deutsch.', 'de'), false);
  assert.equal(adaptive.observe('Kerajaan berkata bahawa harga naik.', 'ms'), true);
  assert.equal(adaptive.observe('x', 'not a tag!'), false);
  // Too few observations: answers stay the built-in ones.
  assert.deepEqual(adaptive.identify('Harga minyak naik lagi.'), identifyLanguage('Harga minyak naik lagi.'));
});

test('memory stays bounded by maxFeatures', () => {
  const adaptive = createAdaptiveIdentifier({ maxFeatures: 2000, minObservations: 1 });
  for (let i = 0; i < 300; i++) adaptive.observe(`Kerajaan berkata bahawa harga barang ${i * 7919} naik kerana cukai ${i}.`, 'ms');
  assert.equal(adaptive.observations().ms, 300);
});

test('areConfusable names the variety pairs', () => {
  assert.equal(areConfusable('ms', 'id'), true);
  assert.equal(areConfusable('yue', 'zh-TW'), true);
  assert.equal(areConfusable('fa-AF', 'prs'), true);
  assert.equal(areConfusable('ms', 'en'), false);
  assert.equal(areConfusable('x!', 'ms'), false);
});
