import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datasetCardMarkdown, datasheetMarkdown } from './datasheet.ts';
import { hubLicence, sizeCategory } from './hf-card.ts';
import type { ReleaseFacts } from './release-facts.ts';

const facts: ReleaseFacts = {
  corpus: { name: 'demo', description: 'Tourism phrases', ownerOrg: 'GDUFS', defaultLicence: 'CC-BY-4.0' },
  version: '1.1.0',
  createdAt: '2026-11-29T00:00:00.000Z',
  createdBy: 'curator@example.org',
  filter: { statuses: ['validated'] },
  units: 1234,
  splits: { train: 1000, dev: 117, test: 117 },
  split: { seed: 1, dev: 0.1, test: 0.1, nearThreshold: 0.7, clusters: 1200, exactLinks: 20, nearLinks: 14, pinned: 0 },
  languages: { 'zh-Hans': 1234, th: 700, ar: 534 },
  pairs: { 'zh-Hans:th': 700, 'zh-Hans:ar': 534 },
  domains: { tourism: 900, medical: 334 },
  licences: { 'CC-BY-4.0': 1000, 'agreement:GDUFS-2026-07': 234 },
  jurisdictions: { CN: 1000, TH: 234 },
  consentBases: { public: 1234 },
  contributors: { 'Li Wei': 1000, 'Somchai': 234 },
  organisations: { GDUFS: 1000, 'Chula': 234 },
  batches: 3,
  cleaning: [{ runId: '7', kind: 'clean', status: 'finished', startedAt: '2026-11-28T10:00:00Z', stats: { seen: 1500, kept: 1300 } }],
  review: { votes: 40, validators: 3, decisions: { validated: 12, rejected: 3, flagged: 1 }, policy: { name: 'silkloom-consensus', version: 1 }, fleissKappa: 0.61, goldAccuracy: 0.9 },
  assessment: { destination: 'TH', verdict: 'allowed with conditions', rulePacks: ['cn-pipl@1'] },
  files: [
    { path: 'data/train.jsonl', sha256: 'a'.repeat(64), bytes: 100, units: 1000, split: 'train' },
    { path: 'data/dev.jsonl', sha256: 'b'.repeat(64), bytes: 10, units: 117, split: 'dev' },
    { path: 'data/test.jsonl', sha256: 'c'.repeat(64), bytes: 10, units: 117, split: 'test' },
  ],
  previous: { version: '1.0.0', added: 34, removed: 0, changed: 0 },
};

test('the datasheet has the seven sections of "Datasheets for Datasets", filled from the facts', () => {
  const md = datasheetMarkdown(facts);
  const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.deepEqual(sections, ['Motivation', 'Composition', 'Collection process', 'Preprocessing, cleaning, labelling', 'Uses', 'Distribution', 'Maintenance']);
  assert.match(md, /\| Thai \(`th`, ไทย\) \| 700 \|/);
  assert.match(md, /\| test \| 117 \|/);
  assert.match(md, /\| `data\/train\.jsonl` \| 1000 \| 100 \| `a{64}` \|/);
  assert.match(md, /Fleiss' kappa 0\.610/);
  assert.match(md, /Transfer assessment\*\* for destination TH: allowed with conditions/);
  assert.match(md, /34 units added, 0 removed, 0 changed/);
  assert.match(md, /\| Li Wei \| 1000 \|/);
  assert.match(md, /to be completed by the curator/);
});

test('the dataset card starts with a Hugging Face YAML header', () => {
  const card = datasetCardMarkdown(facts);
  const header = card.slice(0, card.indexOf('\n---\n', 4) + 5);
  assert.ok(card.startsWith('---\n'));
  assert.match(header, /language:\n- "ar"\n- "th"\n- "zh"\n/);
  assert.match(header, /license:\n- "cc-by-4.0"\n- "other"\nlicense_name: "agreement:GDUFS-2026-07"\n/);
  assert.match(header, /task_categories:\n- "translation"\n/);
  assert.match(header, /size_categories:\n- "1K<n<10K"\n/);
  assert.match(header, /configs:\n- config_name: "default"\n {2}data_files:\n {2}- split: "train"\n {4}path: "data\/train\.jsonl"\n/);
  assert.match(card, /# demo 1\.1\.0 — datasheet/);
});

test('size buckets and licence ids follow the Hub conventions', () => {
  assert.equal(sizeCategory(999), 'n<1K');
  assert.equal(sizeCategory(1000), '1K<n<10K');
  assert.equal(sizeCategory(250_000), '100K<n<1M');
  assert.equal(hubLicence('CC0-1.0'), 'cc0-1.0');
  assert.equal(hubLicence('agreement:X'), 'other');
  assert.equal(hubLicence('research only'), 'other');
});
