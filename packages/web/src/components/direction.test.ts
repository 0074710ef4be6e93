import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segmentDirection } from './direction.ts';

test('Arabic, Persian, Dari, Urdu and Pashto segments are rtl; Chinese, Thai, Burmese, Uzbek Latin are ltr', () => {
  for (const tag of ['ar', 'fa', 'fa-AF', 'ur', 'ps', 'ms-Arab', 'kk-Arab']) assert.equal(segmentDirection(tag), 'rtl', tag);
  for (const tag of ['zh-Hans', 'yue-Hant', 'th', 'my', 'km', 'am', 'uz-Latn', 'ms', 'en']) assert.equal(segmentDirection(tag), 'ltr', tag);
  assert.equal(segmentDirection('not a tag!'), 'ltr');
});
