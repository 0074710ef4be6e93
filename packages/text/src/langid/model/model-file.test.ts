import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { builtinModel, compileModel, trainLanguageModel, type LangIdModel } from '../../index.ts';
import { BUILTIN_MODEL_URL } from '../builtin-model.ts';
import { forEachGram } from '../ngram-features.ts';
import { compileCounts } from '../ngram-model.ts';
import { buildBuiltinModelFile } from './build-builtin-model.ts';
import { decodeModelFile, encodeModelFile, modelFromCounts } from './model-file.ts';

const sentences = readFileSync(new URL('../fixtures/sentences.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.slice(line.indexOf('\t') + 1));
// Edge cases of the feature definition: İ lower-cases to two code units, apostrophes and ` fold to ʻ,
// a supplementary letter is two code units, capitalised ASCII words are names.
const edgeCases = ["İstanbul'da Ali's `test` o‘zbek gʼalaba", '𠀀abc 𝒜lpha ÀB cd', 'The Cat SAT on Mat', 'ي ى ك ی ک', '', '123 !!!', 'a'];

test('the committed built-in model is what build-builtin-model.ts makes from its sources', () => {
  const committed = readFileSync(BUILTIN_MODEL_URL);
  const built = buildBuiltinModelFile();
  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  assert.equal(
    sha(built),
    sha(committed),
    `${fileURLToPath(BUILTIN_MODEL_URL)} is stale: run \`node --import tsx packages/text/src/langid/model/build-builtin-model.ts\``,
  );
});

test('a model survives the compact format unchanged, and scores the same either way', () => {
  const model = trainLanguageModel([
    { lang: 'en', text: 'the cat sat on the mat, İstanbul is far' },
    { lang: 'tr', text: 'kedi paspasın üstüne oturdu 𠀀' },
    { lang: 'fa', text: 'گربه روی فرش نشست' },
  ], { order: 3, source: 'test' });
  const bytes = encodeModelFile(model, { note: 'x' });
  const { header, counted } = decodeModelFile(bytes);
  assert.deepEqual(header.extra, { note: 'x' });
  assert.deepEqual(modelFromCounts(header, counted), model);
  assert.deepEqual(encodeModelFile(modelFromCounts(header, counted), { note: 'x' }), bytes);
  const fromFile = compileCounts(counted);
  const fromJson = compileModel(model);
  for (const text of [...edgeCases, 'the mat', 'kedi üstüne', 'فرش']) assert.deepEqual(fromFile.score(text), fromJson.score(text), text);
  assert.throws(() => decodeModelFile(new Uint8Array([1, 2, 3])));
});

/** The definition of the score, computed the slow way: every n-gram of forEachGram looked up by its string. */
function referenceScorer(model: LangIdModel): (text: string) => { scores: number[]; grams: number } {
  const L = model.langs.length;
  const vocab = new Array<number>(model.order).fill(0);
  for (const g of Object.keys(model.counts)) vocab[Math.min(g.length, model.order) - 1]!++;
  const denominator = (l: number, n: number) => model.totals[l]![n]! + 0.1 * (vocab[n]! + 1);
  const unseen = vocab.map((v, n) => Math.log(0.1 / (model.totals.reduce((a, t) => a + t[n]! / L, 0) + 0.1 * (v + 1))) - (n === 0 ? 6 : 0));
  return (text) => {
    const scores = new Array<number>(L).fill(0);
    let grams = 0;
    forEachGram(text, model.order, (gram, n, weight) => {
      const row = new Array<number>(L).fill(unseen[n - 1]!);
      const flat = model.counts[gram] ?? [];
      for (let i = 0; i < flat.length; i += 2) row[flat[i]!] = Math.log((flat[i + 1]! + 0.1) / denominator(flat[i]!, n - 1));
      for (let l = 0; l < L; l++) scores[l]! += weight * row[l]!;
      grams += weight;
    });
    return { scores: scores.map((s) => (grams ? s / grams : 0)), grams };
  };
}

test('the compiled built-in model scores exactly what the n-gram definition says', () => {
  const model = builtinModel();
  const compiled = compileModel(model);
  const reference = referenceScorer(model);
  for (const text of [...edgeCases, ...sentences]) {
    const want = reference(text);
    const got = compiled.score(text);
    assert.ok(Math.abs(got.grams - want.grams) < 1e-9, `grams of ${text}`);
    for (let l = 0; l < want.scores.length; l++) assert.ok(Math.abs(got.scores[l]! - want.scores[l]!) < 1e-9, `${model.langs[l]} on ${text}`);
  }
});
