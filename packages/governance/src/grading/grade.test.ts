import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { scanText } from '../pii/scan-text.ts';
import { gradeCorpus, gradeUnit, sensitiveCues } from './grade.ts';

const unit = (text: string) => ({ texts: [text], findings: scanText(text) });

test('no PI: general data, none personal, explained', () => {
  const g = gradeUnit(['今天天气很好。'], []);
  assert.equal(g.level, 'general');
  assert.equal(g.personal, 'none');
  assert.ok(g.reasons.every((r) => r.rule && r.because && r.citation));
});

test('phone number: personal; ID number and card: sensitive (Art 28)', () => {
  const p = unit('请致电 +86 138 0013 8000');
  assert.equal(gradeUnit(p.texts, p.findings).personal, 'personal');
  const s = unit('身份证号码11010519491231002X');
  const g = gradeUnit(s.texts, s.findings);
  assert.equal(g.personal, 'sensitive');
  assert.deepEqual(g.categories, ['specific_identity']);
  const c = unit('卡号 4111 1111 1111 1111');
  assert.deepEqual(gradeUnit(c.texts, c.findings).categories, ['financial_account']);
});

test('a health cue counts only next to personal information', () => {
  assert.deepEqual(sensitiveCues('Bệnh nhân được chẩn đoán ung thư'), ['health']);
  assert.equal(gradeUnit(['The hospital treated 300 patients last year.'], []).personal, 'none');
  const u = unit('患者王某，电话 13800138000，确诊糖尿病。');
  const g = gradeUnit(u.texts, u.findings);
  assert.equal(g.personal, 'sensitive');
  assert.ok(g.categories.includes('health') && g.reasons.some((r) => r.rule === 'keyword.health'));
});

test('declared facts: voice corpus is biometric; notification makes important; determination makes core', () => {
  assert.deepEqual(gradeUnit(['transcript'], [], { sensitiveCategories: ['voice'] }).categories, ['biometric']);
  assert.equal(gradeUnit(['x'], [], { importantDataNotified: true }).level, 'important');
  assert.equal(gradeUnit(['x'], [], { importantDataNotified: true, coreDataDeclared: true }).level, 'core');
  assert.throws(() => gradeUnit(['x'], [], { sensitiveCategories: ['astrology'] }), (e) => isSilkloomError(e, 'SLM_GRADE_INPUT_INVALID'));
});

test('corpus grade aggregates units and counts distinct identifiers', () => {
  const g = gradeCorpus([unit('电话 13800138000'), unit('手机 138 0013 8000'), unit('身份证 11010519491231002X'), unit('你好')]);
  assert.equal(g.units, 4);
  assert.equal(g.unitsPersonal, 3);
  assert.equal(g.unitsSensitive, 1);
  assert.equal(g.personal, 'sensitive');
  assert.equal(g.distinctIdentifiers, 2, 'the same phone written twice is one identifier');
  assert.equal(g.findingsByType.PHONE, 2);
});
