import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/silkloom.js', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

test('silkloom langid prints tag, score and text per argument, or JSON', () => {
  const r = run('langid', 'Kerajaan berkata bahawa harga minyak akan naik.', 'ฉันชอบกินข้าว');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => l.split('\t'));
  assert.deepEqual(lines.map((l) => l[0]), ['ms', 'th']);
  assert.ok(Number(lines[0]![1]) > 0.5);
  const j = run('langid', '--json', 'Hello world, how are you today?');
  assert.equal(JSON.parse(j.stdout)[0].lang, 'en');
});

test('silkloom langid --in reads a file line by line; train builds a model that --model uses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slm-langid-'));
  writeFileSync(join(dir, 'in.txt'), 'Bonjour tout le monde\nHallo allemaal\n');
  writeFileSync(join(dir, 'train.tsv'), 'fr\tBonjour tout le monde, je suis content de vous voir.\nnl\tHallo allemaal, ik ben blij jullie te zien.\n\n');
  const t = run('langid', 'train', '--in', join(dir, 'train.tsv'), '--out', join(dir, 'model.json'));
  assert.equal(t.status, 0, t.stderr);
  assert.match(t.stdout, /2 examples, 2 languages \(fr, nl\)/);
  assert.equal(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')).format, 'silkloom-langid');
  const r = run('langid', '--model', join(dir, 'model.json'), '--in', join(dir, 'in.txt'), '--json');
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((x) => [x.line, x.lang]), [[1, 'fr'], [2, 'nl']]);
});

test('bad training data fails with a coded error naming file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slm-langid-'));
  writeFileSync(join(dir, 'bad.tsv'), 'en\tgood line\nno tab on this line\n');
  const r = run('langid', 'train', '--in', join(dir, 'bad.tsv'), '--out', join(dir, 'm.json'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /SLM_LANGID_TRAINING_DATA/);
  assert.match(r.stderr, /bad\.tsv:2/);
});
