import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { normalizeForMatching } from './normalize.ts';
import { scanText } from './scan-text.ts';

test('offsets are UTF-16 code units of the original, across surrogate pairs and native digits', () => {
  const text = '😀𠀀 เลขบัตรประชาชน ๓๑๐๐๖๐๐๔๔๕๖๓๕ ok';
  const [f] = scanText(text, { lang: 'th' });
  assert.ok(f, 'found');
  assert.equal(f.type, 'TH_NATIONAL_ID');
  assert.equal(text.slice(f.start, f.end), '๓๑๐๐๖๐๐๔๔๕๖๓๕');
  assert.equal(f.text, '๓๑๐๐๖๐๐๔๔๕๖๓๕');
  assert.equal(f.start, 20);
});

test('normalisation keeps the length and maps digits of every script', () => {
  const s = '١٢٣ ۴۵۶ ७८९ ০ ０Ｘ\u200f–';
  const n = normalizeForMatching(s);
  assert.equal(n.length, s.length);
  assert.equal(n, '123 456 789 0 0X -');
});

test('Arabic-Indic digits in an Arabic sentence, with the offset of the original', () => {
  const text = 'رقم الهوية ١٠٠٠٠٠٠٠٠٨ مسجل';
  const found = scanText(text, { lang: 'ar' });
  assert.deepEqual(found.map((f) => [f.type, f.text]), [['SA_NATIONAL_ID', '١٠٠٠٠٠٠٠٠٨']]);
});

test('look-alikes are not reported', () => {
  for (const text of [
    '订单号 110105194912310021 已发货', // valid-looking CN ID after an order cue: the cue wins
    'ISBN 978-7-111-54742-6',
    'version 10.0.19041.1',
    '售价 ¥13800138000',
    '时间戳 1711065600123',
    'Дата 22.03.2024, период 1999-2003',
    '身份证号码 110105194912310022', // wrong check digit
    '身份证号码 110105194913310021', // month 13
  ]) assert.deepEqual(scanText(text), [], text);
});

test('no-checksum IDs need a specific context word', () => {
  assert.deepEqual(scanText('3171011708450001'), []);
  assert.deepEqual(scanText('NIK 3171011708450001').map((f) => f.type), ['ID_NIK']);
  assert.deepEqual(scanText('Số CCCD 001090123456').map((f) => f.type), ['VN_CCCD']);
});

test('an ID with its context word wins over a phone reading of the same digits', () => {
  const found = scanText('Иванов, ИНН 7707083893, тел. 8 (912) 345-67-89', { lang: 'ru' });
  assert.deepEqual(found.map((f) => f.type), ['RU_INN', 'PHONE']);
});

test('type filter, minimum score and coded errors', () => {
  const text = 'email a.b@example.com tel +86 138 0013 8000';
  assert.deepEqual(scanText(text, { types: ['email'] }).map((f) => f.type), ['EMAIL']);
  assert.ok(scanText(text, { minScore: 0.99 }).every((f) => f.score >= 0.99));
  assert.throws(() => scanText(text, { types: ['PASSPORT'] }), (e) => isSilkloomError(e, 'SLM_PII_TYPE_UNKNOWN'));
  assert.throws(() => scanText(text, { minScore: 2 }), (e) => isSilkloomError(e, 'SLM_PII_OPTIONS_INVALID'));
});

test('IP addresses, but not version numbers', () => {
  assert.deepEqual(scanText('login from 10.12.0.7 at noon').map((f) => f.text), ['10.12.0.7']);
  assert.deepEqual(scanText('upgrade to version 1.2.3.4'), []);
  assert.deepEqual(scanText('版本 2.10.3.4 已发布'), []);
});
