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

test('Iranian habits count for Iranian Persian: هٔ and hamza carriers in Arabic loans', () => {
  const parts = dariVsPersianParts('برنامهٔ رئیس مؤسسه دربارهٔ مسائل تأمین آب');
  assert.equal(parts.hehHamza, -2);
  assert.equal(parts.hamzaCarrier, -3);
  assert.ok(dariVsPersian('برنامهٔ رئیس مؤسسه دربارهٔ مسائل') < -2);
});

test('a word that merely ends in ه before «یی»-less text is not a Dari habit', () => {
  const parts = dariVsPersianParts('این خانه بزرگ است و آن‌ها در خانه‌ای دیگر زندگی می‌کنند');
  assert.equal(parts.yiAfterHeh, 0);
  assert.equal(parts.spacedPerfect, 0);
  assert.equal(parts.hehYeh, 0);
});
