import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isSilkloomError } from '@silkloom/core';
import { loadRulePacks } from '../rules/load-packs.ts';
import { assessTransfer } from './assess-transfer.ts';

const packs = loadRulePacks(fileURLToPath(new URL('../../../../rules', import.meta.url)));
const example = () => ({
  as_of: '2026-06-01',
  exporter: { country: 'CN', city: 'Guangzhou', is_ciio: false, ftz: null },
  recipient: { country: 'TH', on_restricted_list: false },
  dataset: { collected_in: ['CN'], purpose: 'academic_cooperation', contains_state_secret: false, important_data_notified: false, pi_categories: ['name'] },
  counters: { pi_individuals_ytd: 0, sensitive_pi_individuals_ytd: 0, pi_individuals_since_prev_year_jan1: 0, sensitive_pi_individuals_since_prev_year_jan1: 0 },
});

test('the example request of issue 4 gives the answer shape of issue 4', () => {
  const a = assessTransfer(example(), packs);
  assert.equal(a.decision, 'EXEMPT');
  assert.equal(a.legs.length, 1);
  const [leg] = a.legs;
  assert.deepEqual(Object.keys(leg!).slice(0, 5), ['jurisdiction', 'direction', 'decision', 'obligations', 'rules']);
  assert.equal(leg!.jurisdiction, 'CN');
  assert.deepEqual(Object.keys(leg!.rules[0]!).slice(0, 4), ['pack', 'version', 'id', 'citations']);
  assert.ok(leg!.rules[0]!.citations[0]!.instrument && leg!.rules[0]!.citations[0]!.article);
});

test('overall decision is the most restrictive leg (CN SCC route + Russian conditions on re-export)', () => {
  const req = example();
  req.dataset.collected_in = ['CN', 'RU'];
  req.recipient.country = 'SG';
  req.counters.pi_individuals_ytd = 150_000;
  const a = assessTransfer(req, packs);
  assert.deepEqual(a.legs.map((l) => [l.jurisdiction, l.direction, l.decision]), [['CN', 'export', 'SCC_OR_CERT'], ['RU', 'onward', 'ALLOW_WITH_CONDITIONS']]);
  assert.equal(a.decision, 'SCC_OR_CERT');
});

test('a leg with no pack and personal data escalates; without PI it is allowed', () => {
  const req = { ...example(), exporter: { country: 'JP', city: null, is_ciio: null, ftz: null }, recipient: { country: 'CN', on_restricted_list: false } };
  req.dataset = { ...req.dataset, collected_in: ['JP'] };
  assert.equal(assessTransfer(req, packs).decision, 'ESCALATE');
  req.dataset = { ...req.dataset, pi_categories: [] };
  assert.equal(assessTransfer(req, packs).decision, 'ALLOW');
});

test('request errors name the field', () => {
  const cases: Array<[(r: any) => void, string]> = [
    [(r) => { r.as_of = '2026-13-01x'; }, 'as_of'],
    [(r) => { r.exporter.country = 'cn'; }, 'exporter.country'],
    [(r) => { r.exporter.is_ciio = 'no'; }, 'exporter.is_ciio'],
    [(r) => { r.dataset.purpose = 'research'; }, 'dataset.purpose'],
    [(r) => { r.dataset.pi_categories = ['dna']; }, 'dataset.pi_categories[0]'],
    [(r) => { r.counters.pi_individuals_ytd = -1; }, 'counters.pi_individuals_ytd'],
    [(r) => { delete r.recipient; }, 'recipient'],
  ];
  for (const [mutate, field] of cases) {
    const r = example();
    mutate(r);
    assert.throws(() => assessTransfer(r, packs), (e) => isSilkloomError(e, 'SLM_ASSESS_REQUEST_INVALID') && e.params.field === field, field);
  }
});

test('ESCALATE names the missing fact', () => {
  const r = example();
  (r.exporter as { is_ciio: boolean | null }).is_ciio = null;
  const leg = assessTransfer(r, packs).legs[0]!;
  assert.equal(leg.decision, 'ESCALATE');
  assert.deepEqual(leg.missing, ['exporter.is_ciio']);
});
