import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/silkloom.js', import.meta.url));
const input = fileURLToPath(new URL('./fixtures/clean-small.tsv', import.meta.url));

function clean(args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'slm-clean-'));
  const out = join(dir, 'kept.tsv'), rejected = join(dir, 'rejected.tsv'), report = join(dir, 'report.html');
  const r = spawnSync(process.execPath, [bin, 'clean', '--in', input, '--src', 'zh', '--tgt', 'en', '--out', out, '--rejected', rejected, '--report', report, ...args], { encoding: 'utf8' });
  return { ...r, out, rejected, report, dir };
}

test('silkloom clean writes kept pairs in input order, rejected ones with line and reason, a manifest and a report', () => {
  const r = clean(['--workers', '2', '--json']);
  assert.equal(r.status, 1, 'a malformed line makes the exit code 1');
  assert.match(r.stderr, /clean-small\.tsv:4: error SLM_CLEAN_INPUT_MALFORMED/);
  const summary = JSON.parse(r.stdout);
  const lines = readFileSync(input, 'utf8').trimEnd().split('\n');
  assert.equal(summary.seen, lines.length - 1);
  assert.equal(summary.malformed, 1);
  const kept = readFileSync(r.out, 'utf8').trimEnd().split('\n');
  assert.equal(kept.length, summary.kept);
  const order = kept.map((k) => lines.findIndex((l) => l.split('\t')[1] === k.split('\t')[1]));
  assert.deepEqual(order, [...order].sort((a, b) => a - b), 'kept pairs keep input order');
  const rejected = readFileSync(r.rejected, 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
  const byLine = new Map(rejected.map((c) => [Number(c[0]), c]));
  assert.equal(byLine.get(8)?.[1], 'empty');
  assert.equal(byLine.get(11)?.[1], 'duplicate');
  assert.equal(byLine.get(13)?.[1], 'boilerplate');
  assert.ok(rejected.every((c) => c.length === 5 && lines[Number(c[0]) - 1] === `${c[2]}\t${c[3]}`), 'LINE, REASON, original src and tgt, all reasons');
  const manifest = JSON.parse(readFileSync(`${r.out}.manifest.json`, 'utf8'));
  assert.equal(manifest.inputs[0].sha256.length, 64);
  assert.ok(manifest.steps.some((s: { name: string; version: string }) => s.name === 'alignment' && /^\d+\.\d+\.\d+$/.test(s.version)));
  const html = readFileSync(r.report, 'utf8');
  assert.match(html, /<svg/);
  assert.doesNotMatch(html, /<script|https?:\/\/(?!example)/, 'self-contained');
  assert.match(html, /&lt;b&gt;Contact&lt;\/b&gt; &amp; more/, 'examples are escaped');
  const data = JSON.parse(readFileSync(join(r.dir, 'report.json'), 'utf8'));
  assert.equal(data.totals.seen, summary.seen);
});

test('silkloom clean --print-config prints the generated pipeline; a bad config names path and line', () => {
  const p = spawnSync(process.execPath, [bin, 'clean', '--src', 'zh', '--tgt', 'th', '--print-config'], { encoding: 'utf8' });
  assert.equal(p.status, 0);
  assert.match(p.stdout, /step: alignment/);
  const dir = mkdtempSync(join(tmpdir(), 'slm-cfg-'));
  const cfg = join(dir, 'pipeline.yaml');
  spawnSync('sh', ['-c', `printf 'steps:\\n  - step: length_ratio\\n    options:\\n      max_z: x\\n' > ${cfg}`]);
  const bad = clean(['--config', cfg, '--workers', '1']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /SLM_PIPELINE_CONFIG_INVALID: steps\[0\]\.options\.max_z: expected a number, got "x" \(.*pipeline\.yaml:4\)/);
});

test('silkloom clean runs from a bundle that leaves the store to a chunk loaded only in store mode', async () => {
  const { bundleEntry } = await import('@silkloom/steps/esm-bundle');
  const entry = await bundleEntry(new URL('../clean-main.ts', import.meta.url), 'silkloom-clean');
  assert.ok(entry, 'esbuild (through tsx) is installed in the repository');
  // What loads at start: the entry and the chunks it imports statically, transitively.
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /from "(better-sqlite3|pg|kysely)"/, `${file} loads a store driver`);
    // (Spelt so scripts/check-imports.mjs does not read it as an import.)
    for (const m of code.matchAll(/^import\b[^;]*?\bfrom\s?"(\.\/chunk-[^"]+)"/gm)) visit(join(file, '..', m[1]!));
  };
  visit(fileURLToPath(entry));
  assert.doesNotMatch(readFileSync(fileURLToPath(entry), 'utf8'), /@silkloom\/store|import\.meta\.url/);
});
