/** The scan, rules and assess commands, run as a user runs them (the real bin, real files). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/silkloom.js', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

test('scan --json prints JSON Lines with 1-based lines and UTF-16 offsets', () => {
  const r = run('scan', '--in', fixture('scan-input.txt'), '--json');
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((x) => [x.line, x.type, x.start, x.end]), [[1, 'CN_RESIDENT_ID', 6, 24], [1, 'PHONE', 28, 45], [3, 'TH_NATIONAL_ID', 18, 31]]);
  assert.deepEqual(Object.keys(rows[0]), ['line', 'type', 'start', 'end', 'text', 'score']);
  const types = run('scan', '--in', fixture('scan-input.txt'), '--json', '--types', 'PHONE');
  assert.equal(types.stdout.trim().split('\n').length, 1);
  assert.equal(run('scan', '--in', fixture('scan-input.txt'), '--types', 'PASSPORT').status, 1);
});

test('rules test runs every YAML case and exits 0', () => {
  const r = run('rules', 'test', '--json');
  assert.equal(r.status, 0, r.stdout);
  const out = JSON.parse(r.stdout);
  assert.ok(out.passed > 100 && out.failed === 0);
  const show = run('rules', 'show', 'cn-outbound', '--json');
  assert.equal(JSON.parse(show.stdout).jurisdiction, 'CN');
  assert.equal(run('rules', 'show', 'nope').status, 1);
});

test('assess --request --json answers in the shape of issue 4', () => {
  const r = run('assess', '--request', fixture('transfer-request.json'), '--json');
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.decision, 'GBA_SCC');
  assert.deepEqual(Object.keys(a.legs[0]).slice(0, 5), ['jurisdiction', 'direction', 'decision', 'obligations', 'rules']);
  assert.equal(run('assess', '--corpus', 'x').status, 2, 'the store-backed form is not wired yet');
});
