import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numbersOf, tmTokens } from './tm-tokens.ts';
import { tmScore, tokenDistance } from './tm-score.ts';

test('token distance is Levenshtein on arrays', () => {
  assert.equal(tokenDistance(['a', 'b', 'c'], ['a', 'c']), 1);
  assert.equal(tokenDistance([], ['x', 'y']), 2);
  assert.equal(tokenDistance('kitten'.split(''), 'sitting'.split('')), 3);
});

test('Chinese and Thai are scored on characters, English on words', () => {
  assert.equal(tmScore('请问火车站在哪里？', '请问火车站在那里？', 'zh-Hans').unit, 'char');
  assert.equal(tmScore('สถานีรถไฟอยู่ที่ไหน', 'สถานีรถไฟอยู่ไหน', 'th').unit, 'char');
  assert.equal(tmScore('Where is the station?', 'Where is a station?', 'en').unit, 'word');
  assert.deepEqual(tmTokens('Where is gate 12?', 'word'), ['where', 'is', 'gate', '\uE000', '?']);
  assert.deepEqual(tmTokens('第12号', 'char'), ['第', '\uE000', '号']);
});

test('numbers are read by value in any script', () => {
  assert.deepEqual(numbersOf('共 ３ 人，第٣号，12,500 元'), ['3', '3', '12500']);
});

// [query, stored, lang, lowest %, highest %]: a stored sentence against edited queries.
const EDITS: Array<[string, string, string, number, number]> = [
  ['请问火车站在哪里？', '请问火车站在哪里？', 'zh-Hans', 100, 100],
  ['请问火车站在哪里?', '请问火车站在哪里？', 'zh-Hans', 100, 100], // full-width ？ = ? after NFKC
  ['请问火车站在那里？', '请问火车站在哪里？', 'zh-Hans', 88, 89], // 1 of 9 characters
  ['请问汽车站在哪里？', '请问火车站在哪里？', 'zh-Hans', 88, 89],
  ['请问，火车站在哪里呢？', '请问火车站在哪里？', 'zh-Hans', 81, 82], // 2 inserted of 11
  ['火车站在哪里？', '请问火车站在哪里？', 'zh-Hans', 77, 78], // 2 deleted of 9
  ['请问飞机场在什么地方？', '请问火车站在哪里？', 'zh-Hans', 30, 40],
  ['第3号站台在哪里？', '第5号站台在哪里？', 'zh-Hans', 98, 98], // only the number differs: penalty
  ['Where is the railway station?', 'Where is the railway station?', 'en', 100, 100],
  ['where is the railway station?', 'Where is the railway station?', 'en', 99, 99], // case only
  ['Where is the bus station?', 'Where is the railway station?', 'en', 83, 84], // 1 of 6 words
  ['Where is the big railway station?', 'Where is the railway station?', 'en', 85, 86], // 1 inserted of 7
  ['Excuse me, where is the railway station?', 'Where is the railway station?', 'en', 66, 67],
  ['Open {0} files', 'Open {1} files', 'en', 98, 98], // tag differs
  ['Room 12 is on floor 3.', 'Room 14 is on floor 3.', 'en', 98, 98],
  ['สถานีรถไฟอยู่ที่ไหน', 'สถานีรถไฟอยู่ที่ไหน', 'th', 100, 100],
  ['สถานีรถไฟอยู่ไหน', 'สถานีรถไฟอยู่ที่ไหน', 'th', 90, 93], // ที่ (one grapheme cluster of 13) dropped
];

test('a table of edits gives sensible percentages', () => {
  for (const [query, stored, lang, lo, hi] of EDITS) {
    const { percent } = tmScore(query, stored, lang);
    assert.ok(percent >= lo && percent <= hi, `${query} vs ${stored}: ${percent}% not in ${lo}–${hi}`);
  }
});

test('any penalty keeps the score below 100 and is listed', () => {
  const score = tmScore('第3号站台在哪里？', '第5号站台在哪里？', 'zh-Hans');
  assert.equal(score.base, 100);
  assert.deepEqual(score.penalties, [{ kind: 'numbers', points: 2 }]);
  assert.equal(score.exact, false);
});
