import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { compileModel, LanguageModelTrainer, parseLabelledLine, trainLanguageModel, type LangIdModel } from '../index.ts';

test('a trained model is plain JSON that round-trips and scores its own languages', () => {
  const model = trainLanguageModel([
    { lang: 'en', text: 'the cat sat on the mat' },
    { lang: 'tr', text: 'kedi paspasın üstüne oturdu' },
  ], { order: 3 });
  const copy = JSON.parse(JSON.stringify(model)) as LangIdModel;
  assert.deepEqual(copy.langs, ['en', 'tr']);
  assert.equal(copy.scripts.en, 'Latn');
  const compiled = compileModel(copy);
  const { scores } = compiled.score('the mat');
  assert.ok(scores[0]! > scores[1]!);
});

test('labelled lines: blank lines skipped, bad lines name their place', () => {
  assert.deepEqual(parseLabelledLine('th\tสวัสดี\r', { file: 'a.tsv', line: 1 }), { lang: 'th', text: 'สวัสดี' });
  assert.equal(parseLabelledLine('   ', { file: 'a.tsv', line: 2 }), undefined);
  assert.throws(() => parseLabelledLine('no tab here', { file: 'a.tsv', line: 3 }), (e) => isSilkloomError(e, 'SLM_LANGID_TRAINING_DATA') && e.place?.line === 3);
  assert.throws(() => parseLabelledLine('zz_bad!\ttext', { file: 'a.tsv', line: 4 }), (e) => isSilkloomError(e, 'SLM_LANGID_TRAINING_DATA'));
});

test('empty training data and broken models are refused with codes', () => {
  assert.throws(() => new LanguageModelTrainer().build(), (e) => isSilkloomError(e, 'SLM_LANGID_TRAINING_DATA'));
  assert.throws(() => compileModel({ format: 'other' } as unknown as LangIdModel), (e) => isSilkloomError(e, 'SLM_LANGID_MODEL_INVALID'));
  const model = trainLanguageModel([{ lang: 'en', text: 'abc' }]);
  model.counts.ab = [7, 1];
  assert.throws(() => compileModel(model), (e) => isSilkloomError(e, 'SLM_LANGID_MODEL_INVALID'));
});
