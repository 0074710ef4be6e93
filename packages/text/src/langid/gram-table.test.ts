import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileModel, trainLanguageModel, type LangIdModel } from '../index.ts';
import { forEachGram } from './ngram-features.ts';

/**
 * The compiled scorer (interleaved child table, dense posting rows, nodes
 * renumbered by depth, words remembered) against the model's definition:
 * mean over the text's n-grams of log P(gram | language), Lidstone-smoothed,
 * the unseen floor shared by all languages (ngram-model.ts compileCounts).
 */
function referenceScores(model: LangIdModel, text: string): number[] {
  const L = model.langs.length;
  const ALPHA = 0.1;
  const UNSEEN_CHAR_PENALTY = 6;
  const vocab = new Array<number>(model.order).fill(0);
  for (const gram of Object.keys(model.counts)) vocab[Math.min(gram.length, model.order) - 1]!++;
  const floor = (n: number) => {
    let mean = 0;
    for (let l = 0; l < L; l++) mean += (model.totals[l]![n - 1] ?? 0) / L;
    return Math.log(ALPHA / (mean + ALPHA * (vocab[n - 1]! + 1))) - (n === 1 ? UNSEEN_CHAR_PENALTY : 0);
  };
  const sums = new Array<number>(L).fill(0);
  let grams = 0;
  forEachGram(text, model.order, (gram, n, weight) => {
    grams += weight;
    const flat = model.counts[gram];
    for (let l = 0; l < L; l++) {
      let count = -1;
      for (let i = 0; flat && i < flat.length; i += 2) if (flat[i] === l) count = flat[i + 1]!;
      const logp = count < 0 ? floor(n) : Math.log((count + ALPHA) / ((model.totals[l]![n - 1] ?? 0) + ALPHA * (vocab[n - 1]! + 1)));
      sums[l]! += weight * logp;
    }
  });
  return sums.map((s) => s / grams);
}

const model = trainLanguageModel([
  { lang: 'en', text: 'the cat sat on the mat and the dog ate the bone; cats and dogs are friends' },
  { lang: 'tr', text: 'kedi paspasın üstüne oturdu ve köpek kemiği yedi; kediler ve köpekler arkadaş' },
  { lang: 'ru', text: 'кошка сидела на коврике и собака ела кость; кошки и собаки друзья' },
  { lang: 'id', text: 'kucing duduk di atas tikar dan anjing makan tulang; kucing dan anjing berteman' },
], { order: 4 });

test('compiled n-gram scores equal the definition, also for words scored before (the scorer remembers them)', () => {
  const compiled = compileModel(model);
  const texts = [
    'the cat sat on the mat',
    'The dog and the cat, Ankara kedi',
    'кошка и собака на коврике',
    'the the the mat mat kedi köpek anjing tulang',
    'an extraordinarilylongwordthatisnotremembered and the cat',
    'the cat sat on the mat',
  ];
  for (const text of texts) {
    const { scores } = compiled.score(text);
    const reference = referenceScores(model, text);
    reference.forEach((r, l) => assert.ok(Math.abs(scores[l]! - r) < 1e-9, `${text} / ${model.langs[l]}: ${scores[l]} vs ${r}`));
  }
});

test('a text scores the same, bit for bit, whether its words were seen before or not', () => {
  const warm = compileModel(model);
  for (const text of ['the cat and the dog', 'kedi ve köpek', 'собака и кошка']) warm.score(text);
  for (const text of ['the dog and the cat sat', 'köpek ve kedi oturdu', 'кошка и собака ела']) {
    const fresh = compileModel(JSON.parse(JSON.stringify(model)) as LangIdModel);
    assert.deepEqual([...warm.score(text).scores], [...fresh.score(text).scores], text);
  }
});
