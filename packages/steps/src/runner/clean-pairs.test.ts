import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { cleanPairs, type PairDecision } from './clean-pairs.ts';

const fixture = readFileSync(new URL('../eval/fixtures/zh-en-own.tsv', import.meta.url), 'utf8').trim().split('\n').map((l) => l.split('\t') as [string, string]);

function corpus(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  fixture.forEach(([s, t], i) => {
    out.push([s, t]);
    if (i % 7 === 0) out.push([s, '']);
    if (i % 11 === 0) out.push([s, s]);
    if (i % 13 === 0) out.push([`<b>${s}</b>`, `${t}\u200B`]);
  });
  return out;
}

async function decide(workers: number, chunkSize = 16): Promise<PairDecision[]> {
  const pairs = corpus();
  async function* items() {
    for (let i = 0; i < pairs.length; i++) yield { id: `L${i + 1}`, line: i + 1, src: pairs[i]![0], tgt: pairs[i]![1] };
  }
  const out: PairDecision[] = [];
  for await (const d of cleanPairs(items(), { srcLang: 'zh', tgtLang: 'en', workers, chunkSize })) out.push(d);
  return out;
}

test('decisions come in input order with every failing reason, the same with 2 workers as in-thread', async () => {
  const one = await decide(1);
  const two = await decide(2);
  assert.equal(one.length, corpus().length);
  assert.deepEqual(one.map((d) => d.id), corpus().map((_, i) => `L${i + 1}`));
  assert.deepEqual(two.map((d) => [d.id, d.keep, d.reasons.join()]), one.map((d) => [d.id, d.keep, d.reasons.join()]));
  const empty = one.find((d) => d.tgt === '')!;
  assert.equal(empty.reasons[0], 'empty');
  assert.ok(empty.reasons.length > 1, 'all reasons are listed');
  const copy = one.find((d) => d.reasons.includes('untranslated'));
  assert.ok(copy);
  const marked = one.filter((d) => d.id !== 'L1' && fixture.some(([s]) => s === d.src));
  assert.ok(marked.some((d) => d.src === fixture[0]![0]), 'markup was normalised away');
});

test('stats count seen, kept, dropped per reason and changes, and merge across workers', async () => {
  const pairs = corpus();
  async function* items() {
    for (let i = 0; i < pairs.length; i++) yield { id: String(i), src: pairs[i]![0], tgt: pairs[i]![1] };
  }
  const excluded: string[] = [];
  const run = cleanPairs(items(), { srcLang: 'zh', tgtLang: 'en', workers: 2, chunkSize: 10, exclusionSink: (d) => void excluded.push(d.id) });
  let kept = 0;
  for await (const d of run) if (d.keep) kept++;
  assert.equal(excluded.length, pairs.length - kept, 'the exclusion sink gets every dropped pair');
  assert.equal(run.stats.pairs.seen, pairs.length);
  assert.equal(run.stats.pairs.kept, kept);
  const empty = run.stats.steps.find((s) => s.name === 'empty')!;
  assert.equal(empty.counts.seen, pairs.length);
  assert.ok(empty.counts['dropped:empty']! >= 9);
  const norm = run.stats.steps.find((s) => s.name === 'normalize')!;
  assert.ok(norm.counts.changed! >= 5 && norm.counts['change:markup']! >= 5);
  assert.ok(run.stats.steps.every((s) => s.timeMs >= 0));
});
