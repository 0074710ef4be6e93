import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { cleanPairs } from './clean-pairs.ts';
import { type TsvExample, TsvCleanRun } from './clean-tsv.ts';
import type { RunStats } from './run-stats.ts';

const fixture = readFileSync(new URL('../eval/fixtures/zh-en-own.tsv', import.meta.url), 'utf8').trim().split('\n').map((l) => l.split('\t') as [string, string]);

/** Fixture lines with dropped, normalised, repeated, malformed and CRLF lines among them, a BOM first. */
function tsvText(): string {
  const lines: string[] = [];
  fixture.forEach(([s, t], i) => {
    lines.push(`${s}\t${t}`);
    if (i % 7 === 0) lines.push(`${s}\t`);
    if (i % 11 === 0) lines.push(`${s}\t${s}\r`);
    if (i % 13 === 0) lines.push(`<b>${s}</b>\t${t}\u200B`);
    if (i % 5 === 0) lines.push(`${s}\t${t}`);
    if (i % 17 === 0) lines.push('no tab here', '');
    if (i % 19 === 0) lines.push(`${s}\r${s}\t${t}`);
  });
  return `\ufeff${lines.join('\n')}`;
}

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

/** What `silkloom clean` wrote before the byte path: cleanPairs over the streaming reader, one string a line. */
async function expected(text: string) {
  const pairs: Array<{ id: string; line: number; src: string; tgt: string }> = [];
  const malformed: number[] = [];
  text.replace(/^\ufeff/, '').split('\n').forEach((raw, i) => {
    const cols = (raw.endsWith('\r') ? raw.slice(0, -1) : raw).split('\t');
    if (cols.length === 2) pairs.push({ id: `L${i + 1}`, line: i + 1, src: cols[0]!, tgt: cols[1]! });
    else malformed.push(i + 1, cols.length);
  });
  async function* items() {
    yield* pairs;
  }
  const run = cleanPairs(items(), { srcLang: 'zh', tgtLang: 'en', workers: 1, chunkSize: 16 });
  let kept = '';
  let rejected = '';
  const examples: TsvExample[] = [];
  for await (const d of run) {
    const original = pairs.find((p) => p.id === d.id)!;
    if (d.keep) kept += `${oneLine(d.src)}\t${oneLine(d.tgt)}\n`;
    else {
      rejected += `${d.line}\t${d.reasons[0]}\t${oneLine(original.src)}\t${oneLine(original.tgt)}\t${d.reasons.join(',')}\n`;
      if (examples.filter((e) => e.reasons[0] === d.reasons[0]).length < 2) examples.push({ id: d.id, line: d.line!, reasons: d.reasons, src: original.src, tgt: original.tgt });
    }
  }
  return { kept, rejected, malformed, examples, stats: run.stats, lines: text.split('\n').length };
}

async function viaBytes(text: string, workers: number, chunkSize: number) {
  const bytes = new TextEncoder().encode(text);
  async function* source() {
    for (let at = 0; at < bytes.length; at += 333) yield bytes.slice(at, at + 333);
  }
  const malformed: number[] = [];
  const examples: TsvExample[] = [];
  const byReason = new Map<string, number>();
  const run = new TsvCleanRun(source(), {
    srcLang: 'zh', tgtLang: 'en', workers, chunkSize,
    onMalformed: (line, columns) => malformed.push(line, columns),
    examples: { wants: (r) => (byReason.get(r) ?? 0) < 2, addExample: (e) => (byReason.set(e.reasons[0]!, (byReason.get(e.reasons[0]!) ?? 0) + 1), examples.push(e)) },
  });
  const dec = new TextDecoder();
  let kept = '';
  let rejected = '';
  for await (const block of run.blocks()) {
    kept += dec.decode(block.kept);
    rejected += dec.decode(block.rejected);
  }
  return { kept, rejected, malformed, examples, stats: run.stats, lines: run.lines };
}

/** Statistics without times; histogram sums rounded (chunks of lines, not of pairs, add them in another order). */
const timeless = (s: RunStats) =>
  JSON.stringify({ ...s, steps: s.steps.map((x) => ({ ...x, timeMs: 0, ...(x.scores ? { scores: { ...x.scores, sum: x.scores.sum.toFixed(9) } } : {}) })) });

test('the byte path writes what the pair-by-pair path writes: order, line numbers, reasons, counts, malformed lines', async () => {
  const text = tsvText();
  const want = await expected(text);
  assert.ok(want.rejected.split('\n').length > 20 && want.malformed.length >= 4, 'the input drops pairs and has malformed lines');
  assert.ok(want.rejected.includes('\tduplicate\t'), 'and duplicates, dropped by the main thread');
  for (const [workers, chunkSize] of [[1, 1000], [1, 7], [2, 7], [2, 64]] as const) {
    const got = await viaBytes(text, workers, chunkSize);
    const label = `${workers} worker(s), ${chunkSize} lines a chunk`;
    assert.equal(got.kept, want.kept, `KEPT, ${label}`);
    assert.equal(got.rejected, want.rejected, `REJECTED, ${label}`);
    assert.deepEqual(got.malformed, want.malformed, `malformed lines, ${label}`);
    assert.deepEqual(got.examples, want.examples, `report examples (texts as read), ${label}`);
    assert.equal(timeless(got.stats), timeless(want.stats), `statistics, keys in the same order, ${label}`);
    assert.equal(got.lines, want.lines);
  }
});
