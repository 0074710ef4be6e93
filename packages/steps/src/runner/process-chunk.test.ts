import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { defaultPipeline } from '../pipeline/default-pipeline.ts';
import { resolvePipeline } from '../pipeline/pipeline-config.ts';
import { buildSteps, contextOf, planOf } from './build-steps.ts';
import { newRecords, processChunk, runSteps } from './process-chunk.ts';
import { emptyRunStats } from './run-stats.ts';

const pairs = readFileSync(new URL('../eval/fixtures/zh-en-own.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .flatMap((l, i) => {
    const [src, tgt] = l.split('\t') as [string, string];
    // Pairs some steps change (markup) or drop (empty, copied), so both halves have work.
    return i % 5 === 0 ? [{ src, tgt }, { src: `<b>${src}</b>`, tgt }, { src, tgt: '' }, { src, tgt: src }] : [{ src, tgt }];
  });

const view = (records: ReturnType<typeof newRecords>) => records.map((r) => ({ src: r.src, tgt: r.tgt, reasons: r.reasons, scores: r.scores, keys: r.keys }));

test('a chunk run through the steps before a barrier, then the rest, ends as one run through all (pipeline-worker.ts early chunks)', () => {
  const pipeline = resolvePipeline(defaultPipeline('zh-Hans', 'en'));
  const plan = planOf(pipeline, 'zh-Hans', 'en');
  const split = plan.steps.findIndex((s) => s.name === 'alignment');
  assert.ok(split > 0);
  const shapes = pipeline.steps.map((s) => s.def);
  const states = new Array(plan.steps.length).fill(undefined);

  const whole = emptyRunStats(shapes);
  const once = processChunk(buildSteps(plan, contextOf(plan), states), pairs, whole);

  const ctx = contextOf(plan);
  const halves = emptyRunStats(shapes);
  const records = runSteps(buildSteps(plan, ctx, states, split), newRecords(pairs), halves);
  const rest = buildSteps(plan, ctx, states, plan.steps.length, false, split);
  assert.equal(rest[0]!.index, split, 'the rest starts at the barrier, each step keeping its pipeline position');
  runSteps(rest, records, halves);

  assert.deepEqual(view(records), view(once));
  assert.ok(once.some((r) => r.reasons.length) && once.some((r) => r.src !== pairs[once.indexOf(r)]!.src), 'the pairs exercise drops and changes');
  const counts = (s: typeof whole) => s.steps.map((x) => x.counts);
  assert.deepEqual(counts(halves), counts(whole));
});
