import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { defaultPipeline, pipelineToYaml } from './default-pipeline.ts';
import { parsePipelineYaml, resolvePipeline } from './pipeline-config.ts';
import { resolveOptions } from '../step.ts';
import { lengthRatioFilter } from '../filters/length-ratio-filter.ts';

const yaml = `identifier: script-only
steps:
  - step: normalize
  - step: length_ratio
    options:
      max_z: "x"
  - step: lenght
  - step: numbers
    options:
      min_agreement: 2
      colour: red
`;

test('YAML problems name the path, what is wrong and the line', () => {
  try {
    parsePipelineYaml(yaml, 'pipeline.yaml');
    assert.fail('should throw');
  } catch (err) {
    assert.ok(isSilkloomError(err, 'SLM_PIPELINE_CONFIG_INVALID'));
    const lines = err.message.split('\n');
    assert.ok(lines.includes('steps[1].options.max_z: expected a number, got "x" (pipeline.yaml:6)'), err.message);
    assert.ok(lines.some((l) => l.startsWith('steps[2].step: unknown step "lenght"') && l.endsWith('(pipeline.yaml:7)')), err.message);
    assert.ok(lines.includes('steps[3].options.min_agreement: must be ≤ 1, got 2 (pipeline.yaml:10)'), err.message);
    assert.ok(lines.some((l) => l.startsWith('steps[3].options.colour: unknown option') && l.endsWith('(pipeline.yaml:11)')), err.message);
  }
});

test('YAML syntax errors carry file, line and column', () => {
  assert.throws(() => parsePipelineYaml('steps:\n  - step: [a\n', 'p.yaml'), (e: unknown) => isSilkloomError(e, 'SLM_PIPELINE_YAML_SYNTAX') && /p\.yaml:\d+:\d+/.test((e as Error).message));
});

test('default pipelines resolve for every registry pair and round-trip through YAML', () => {
  for (const tgt of ['en', 'th', 'my', 'ar', 'yue', 'kk']) {
    const config = defaultPipeline('zh-Hans', tgt);
    const resolved = parsePipelineYaml(pipelineToYaml(config), 'x.yaml');
    assert.equal(resolved.steps.length, config.steps.length);
    assert.equal(resolved.steps[0]!.def.name, 'mojibake');
  }
  assert.ok(defaultPipeline('zh', 'th', { protectedSets: ['t.txt'] }).steps.some((s) => s.step === 'decontaminate'));
});

test('steps can be switched off; options validated in code too', () => {
  const r = resolvePipeline({ steps: [{ step: 'empty' }, { step: 'alignment', enabled: false }] });
  assert.deepEqual(r.steps.map((s) => s.def.name), ['empty']);
  assert.throws(() => resolveOptions(lengthRatioFilter, { max_z: -1 }), (e: unknown) => isSilkloomError(e, 'SLM_STEP_OPTIONS_INVALID'));
});
