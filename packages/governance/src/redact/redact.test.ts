import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { scanText } from '../pii/scan-text.ts';
import { redactFindings } from './redact.ts';
import { redactText, redactUnit } from './redact-text.ts';

const key = 'a-test-key-of-32-bytes-0123456789';
const text = '😀 身份证11010519491231002X，电话 +86 138 0013 8000，邮箱 li.wei@example.cn';

test('replace with type tags, right to left, UTF-16 offsets of the output', () => {
  const r = redactText(text, { kind: 'replace' });
  assert.equal(r.text, '😀 身份证<CN_RESIDENT_ID>，电话 <PHONE>，邮箱 <EMAIL>');
  for (const a of r.applied) assert.equal(r.text.slice(a.outStart, a.outEnd), a.replacement);
});

test('mask keeps the length or a fixed count, optionally a tail', () => {
  const findings = scanText(text);
  assert.equal(redactFindings(text, findings, { kind: 'mask' }).text.length, text.length);
  assert.match(redactFindings(text, findings, { CN_RESIDENT_ID: { kind: 'mask', keepLast: 4 }, default: { kind: 'keep' } }).text, /\*{14}002X/);
  assert.match(redactFindings(text, findings, { kind: 'mask', char: '#', length: 3 }).text, /身份证###/);
});

test('keyed pseudonyms: same value → same pseudonym, different key → different, formats fold', () => {
  const a = redactText('电话 +86 138 0013 8000', { kind: 'pseudonymize', key });
  const b = redactText('call +8613800138000 now', { kind: 'pseudonymize', key });
  const c = redactText('电话 +86 138 0013 8000', { kind: 'pseudonymize', key: `${key}!` });
  assert.equal(a.applied[0]!.replacement, b.applied[0]!.replacement);
  assert.notEqual(a.applied[0]!.replacement, c.applied[0]!.replacement);
  assert.match(a.applied[0]!.replacement, /^<PHONE_[0-9a-f]{12}>$/);
  const fp = redactText('Card 4111 1111 1111 1111 ok', { kind: 'pseudonymize', key, formatPreserving: true });
  assert.match(fp.text, /^Card \d{4} \d{4} \d{4} \d{4} ok$/);
  assert.notEqual(fp.text, 'Card 4111 1111 1111 1111 ok');
});

test('misuse throws coded errors', () => {
  assert.throws(() => redactText(text, { kind: 'pseudonymize', key: 'short' }), (e) => isSilkloomError(e, 'SLM_REDACT_OPTIONS_INVALID'));
  const f = scanText(text);
  assert.throws(() => redactFindings(`x${text}`, f), (e) => isSilkloomError(e, 'SLM_REDACT_FINDINGS_INVALID'));
  assert.throws(() => redactFindings(text, [f[0]!, f[0]!]), (e) => isSilkloomError(e, 'SLM_REDACT_FINDINGS_INVALID') && /overlaps/.test(e.message));
});

test('redactUnit redacts every variant in its own language', () => {
  const unit = { id: 'u1', status: 'raw' as const, domains: [], provenance: {}, variants: { 'zh-Hans': { text: '手机13800138000' }, th: { text: 'โทร ๐๘๑-๒๓๔-๕๖๗๘' }, en: { text: 'Hello' } } };
  const r = redactUnit(unit, { kind: 'replace' });
  assert.equal(r.unit.variants['zh-Hans']!.text, '手机<PHONE>');
  assert.equal(r.unit.variants.th!.text, 'โทร <PHONE>');
  assert.equal(r.unit.variants.en, unit.variants.en);
});
