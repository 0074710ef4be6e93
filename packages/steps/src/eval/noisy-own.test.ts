import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { buildNoisySet, mojibake } from './noisy-set.ts';
import { evaluateNoisySet } from './noisy-eval.ts';

const rows = readFileSync(new URL('./fixtures/zh-en-own.tsv', import.meta.url), 'utf8').trim().split('\n').map((l) => l.split('\t'));

test('mojibake() garbles non-ASCII text the way a wrong decoder does', () => {
  assert.equal(mojibake('café'), 'cafÃ©');
  assert.equal(mojibake('“x”'), 'â€œxâ€\u009d');
  assert.equal(mojibake('it’s'), 'itâ€™s');
});

test('own noisy zh→en set: noise rejected, clean and normalise-only units kept', async () => {
  const set = buildNoisySet({ src: rows.map((r) => r[0]!), tgt: rows.map((r) => r[1]!), otherLanguages: [], seed: 7, perKind: 3, spaced: true });
  assert.deepEqual(buildNoisySet({ src: rows.map((r) => r[0]!), tgt: rows.map((r) => r[1]!), otherLanguages: [], seed: 7, perKind: 3, spaced: true }), set, 'deterministic');
  const r = await evaluateNoisySet(set, { srcLang: 'zh-Hans', tgtLang: 'en' });
  for (const kind of ['empty', 'untranslated', 'mojibake', 'boilerplate', 'exact_duplicate', 'number_mismatch']) {
    const [n, rejected] = r.byKind[kind] ?? [0, 0];
    assert.ok(n > 0 && rejected === n, `${kind}: ${rejected}/${n} rejected`);
  }
  for (const kind of ['markup', 'zero_width', 'fullwidth']) {
    const [n, rejected] = r.byKind[kind] ?? [0, 0];
    assert.equal(rejected, 0, `${kind} units must be kept after normalising (${rejected}/${n} rejected)`);
  }
  console.log(`own zh→en set: F1 ${r.f1.toFixed(3)}, clean kept ${(r.cleanKept * 100).toFixed(1)}%`, JSON.stringify(r.byKind));
  assert.ok(r.cleanKept >= 0.95, `clean kept ${r.cleanKept}`);
  assert.ok(r.f1 >= 0.85, `F1 ${r.f1}`);
});
