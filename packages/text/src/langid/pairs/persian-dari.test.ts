/** Typing habits of the Persian/Dari discriminator, on sentences written by us (never evaluation data). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dariVsPersian, dariVsPersianParts } from './persian-dari.ts';

test('Afghan print habits count for Dari: ۀ, یی after silent h, perfect endings apart, Pashto letters', () => {
  const parts = dariVsPersianParts('برنامۀ تازه یی که ښاغلی وزیر اعلام کرده اند، لحظه یی بعد آغاز شد');
  assert.equal(parts.hehYeh, 1);
  assert.equal(parts.yiAfterHeh, 2);
  assert.equal(parts.spacedPerfect, 1);
  assert.equal(parts.pashtoLetter, 1);
  assert.ok(dariVsPersian('برنامۀ تازه یی که ښاغلی وزیر اعلام کرده اند') > 2);
});

test('the Iranian ezafe هٔ counts for Iranian Persian', () => {
  const parts = dariVsPersianParts('برنامهٔ دولت دربارهٔ مسائل آب');
  assert.equal(parts.hehHamza, -2);
  assert.ok(dariVsPersian('برنامهٔ دولت دربارهٔ مسائل آب') < -2);
});

test('Iranian text with ZWNJ joins fires none of the Afghan habits', () => {
  const parts = dariVsPersianParts('این خانه بزرگ است و آن‌ها در خانه‌ای دیگر زندگی می‌کنند');
  assert.equal(parts.yiAfterHeh, 0);
  assert.equal(parts.spacedPerfect, 0);
  assert.equal(parts.hehYeh, 0);
});
