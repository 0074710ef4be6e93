import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_TOKENS, alignTokenIds, alignTokens, tokenModeFor, tokenVocab } from './align-tokens.ts';

const tokens = (text: string, lang: string) => alignTokens(text, tokenModeFor(lang, 'segmenter'), lang);

test('token modes: Han characters, clusters for Thai, Lao and Khmer, ICU words for Burmese, words elsewhere', () => {
  assert.equal(tokenModeFor('zh-Hans', 'segmenter'), 'han');
  assert.equal(tokenModeFor('th', 'segmenter'), 'cluster');
  assert.equal(tokenModeFor('km', 'segmenter'), 'cluster');
  assert.equal(tokenModeFor('lo', 'segmenter'), 'cluster');
  assert.equal(tokenModeFor('my', 'segmenter'), 'segmenter');
  assert.equal(tokenModeFor('vi', 'space'), 'space');
});

test('Thai clusters: a leading vowel takes its consonant, signs stay, one final joins a voweled cluster', () => {
  // เ takes ร and ี; ย closes the cluster as its final, so น starts one of its own.
  assert.deepEqual(tokens('เรียนที่บ้าน', 'th'), ['เรีย', 'น', 'ที่', 'บ้าน']);
  // ั always takes the consonant after it; a silenced letter (์) stays with the cluster before.
  assert.deepEqual(tokens('วันจันทร์', 'th'), ['วัน', 'จัน', 'ทร์']);
  // Spaces split; Thai digits are numbers; a Latin name stays whole.
  assert.deepEqual(tokens('ซื้อ iPhone ๒ เครื่อง', 'th'), ['ซื้อ', 'iphone', '#2', 'เค', 'รื่อ', 'ง']);
});

test('Khmer and Lao clusters: subscripts stay with their consonant', () => {
  assert.deepEqual(tokens('ប្រកាស', 'km'), ['ប្រ', 'កាស']);
  assert.deepEqual(tokens('ຮຽນພາສາ', 'lo'), ['ຮຽນ', 'ພາ', 'ສາ']);
});

test('ids and strings agree, and a side stops at MAX_TOKENS', () => {
  const text = 'ภาษาไทย 12 คำ '.repeat(40);
  const strings = alignTokens(text, 'cluster', 'th');
  assert.equal(strings.length, MAX_TOKENS);
  const map = new Map<string, number>();
  const ids = alignTokenIds(text, 'cluster', 'th', 5, tokenVocab(map), true);
  assert.deepEqual([...ids.ids], strings.map((t) => map.get(t)));
  assert.deepEqual(ids.anchorText.slice(0, 2), ['#12', '#12']);
});
