import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type GoldAnswer, scoreGold, wilsonLowerBound } from './gold-scoring.ts';

test('accuracy counts correct answers over answered gold; unsure abstains; non-gold votes are ignored', () => {
  const answers = new Map<string, GoldAnswer>([['g1', 'good'], ['g2', 'bad'], ['g3', 'wrong_lang'], ['g4', 'pii']]);
  const scores = scoreGold(
    [
      { voter: 'mai', unitId: 'g1', vote: 'good' },
      { voter: 'mai', unitId: 'g2', vote: 'bad' },
      { voter: 'mai', unitId: 'g3', vote: 'bad' },
      { voter: 'mai', unitId: 'g4', vote: 'unsure' },
      { voter: 'mai', unitId: 'x9', vote: 'good' },
      { voter: 'ali', unitId: 'g4', vote: 'pii' },
      { voter: 'bo', unitId: 'g1', vote: 'unsure' },
    ],
    answers,
  );
  assert.deepEqual(scores.map((s) => [s.voter, s.answered, s.correct, s.abstained, s.accuracy]), [
    ['ali', 1, 1, 0, 1],
    ['bo', 0, 0, 1, null],
    ['mai', 3, 2, 1, 2 / 3],
  ]);
  assert.equal(scores[1]!.lowerBound, null);
});

test('Wilson lower bound matches the textbook value and grows with evidence', () => {
  // 8 of 10 at 95 %: 0.4902 (Newcombe 1998, Table I method 3 gives 0.4902–0.9433).
  assert.equal(wilsonLowerBound(8, 10)!.toFixed(4), '0.4902');
  assert.ok(wilsonLowerBound(80, 100)! > wilsonLowerBound(8, 10)!);
  assert.equal(wilsonLowerBound(0, 0), null);
});
