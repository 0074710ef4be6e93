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

test('the indefinite ای written apart after a silent h counts for Dari; Iran joins it with ZWNJ', () => {
  assert.equal(dariVsPersianParts('این برنامه ای است که هر هفته پخش میشود').spacedAi, 1);
  assert.equal(dariVsPersianParts('این برنامه‌ای است که هر هفته پخش می‌شود').spacedAi, 0);
  // ای as a word of its own (the vocative) after another letter is no suffix.
  assert.equal(dariVsPersianParts('گفت ای دوست من بیا').spacedAi, 0);
});

test('daily-life words of each standard: امبولانس, اطفائیه, احصائیه vs آمبولانس, آتش‌نشانی, زیرساخت', () => {
  const dari = dariVsPersianParts('امبولانس و موتر اطفائیه به محل رسیدند و احصائیه تلفات با آنهم روشن نیست');
  assert.ok(dari.dariWords >= 10, `dariWords ${dari.dariWords}`);
  const iran = dariVsPersianParts('آمبولانس و خودروی آتش‌نشانی رسیدند، اما زیرساخت‌ها آسیب دیده است');
  assert.ok(iran.iranianWords <= -6, `iranianWords ${iran.iranianWords}`);
  assert.ok(dariVsPersian('امبولانس و موتر اطفائیه به محل رسیدند') > 0);
  assert.ok(dariVsPersian('آمبولانس و خودروی آتش‌نشانی به محل رسیدند') < 0);
});

test('Afghan press keeps the Arabic plural in -ین where Iranian press writes -ان', () => {
  assert.ok(dariVsPersianParts('مجروحین و ساکنین محل به شفاخانه انتقال یافتند').dariWords >= 4);
  assert.ok(dariVsPersianParts('مجروحان و ساکنان محل به بیمارستان منتقل شدند').iranianWords <= -3.5);
});
