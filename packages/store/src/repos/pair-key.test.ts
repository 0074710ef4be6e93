import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairKey } from './pair-key.ts';

test('zh-Hans leads any pair it is in; other pairs are alphabetical', () => {
  assert.equal(pairKey('th', 'zh-Hans'), 'zh-Hans:th');
  assert.equal(pairKey('zh-Hans', 'ar'), 'zh-Hans:ar');
  assert.equal(pairKey('vi', 'en'), 'en:vi');
  assert.equal(pairKey('zh-Hant', 'th-TH'), 'th-TH:zh-Hant');
  assert.equal(pairKey('yue-Hant', 'zh-Hans'), 'zh-Hans:yue-Hant');
});
