import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { DEFAULT_POLICY, decide } from './consensus-policy.ts';
import type { Vote, VoteKind } from './votes.ts';

const votes = (...kinds: VoteKind[]): Vote[] => kinds.map((vote, i) => ({ voter: `v${i}`, vote }));

test('two agreeing up votes validate; one vote alone stays pending', () => {
  assert.equal(decide(votes('good')).outcome, 'pending');
  const d = decide(votes('good', 'good'));
  assert.equal(d.outcome, 'validated');
  assert.equal(d.decidedBy, 'consensus');
  assert.deepEqual(d.reasons, []);
  assert.deepEqual(d.policy, DEFAULT_POLICY);
});

test('more down than up rejects, bad and wrong-language agree on rejection and keep their reasons', () => {
  const d = decide(votes('bad', 'good', 'wrong_lang', 'wrong_lang'));
  assert.equal(d.outcome, 'rejected');
  assert.deepEqual(d.reasons, ['review:wrong_language', 'review:bad_translation']);
  assert.deepEqual(decide(votes('bad', 'bad')).reasons, ['review:bad_translation']);
  assert.deepEqual(decide(votes('bad', 'wrong_lang')).reasons, ['review:bad_translation', 'review:wrong_language']);
});

test('a tie stays pending until a vote breaks it, whatever the order', () => {
  assert.equal(decide(votes('good', 'bad')).outcome, 'pending');
  assert.equal(decide(votes('good', 'bad', 'good', 'bad')).outcome, 'pending');
  assert.equal(decide(votes('good', 'bad', 'bad')).outcome, 'rejected');
  assert.equal(decide(votes('bad', 'good', 'good')).outcome, 'validated');
  assert.equal(decide(votes('good', 'good', 'bad')).outcome, decide(votes('bad', 'good', 'good')).outcome);
});

test('unsure votes count nowhere', () => {
  const d = decide(votes('unsure', 'unsure', 'unsure', 'good'));
  assert.equal(d.outcome, 'pending');
  assert.equal(d.tally.unsure, 3);
  assert.equal(decide(votes('unsure', 'good', 'unsure', 'good')).outcome, 'validated');
});

test('one personal-data vote flags the unit ahead of every other rule, even a trusted vote', () => {
  const d = decide([{ voter: 't', vote: 'good', trusted: true }, { voter: 'a', vote: 'pii' }]);
  assert.equal(d.outcome, 'flagged');
  assert.equal(d.decidedBy, 'pii');
  assert.deepEqual(d.reasons, ['review:personal_data']);
  assert.equal(decide(votes('good', 'pii'), { ...DEFAULT_POLICY, version: 2, piiFlagAt: 2 }).outcome, 'pending');
});

test('a trusted reviewer decides alone; the first trusted up/down vote stands; trusted unsure decides nothing', () => {
  const d = decide([{ voter: 'a', vote: 'good' }, { voter: 't', vote: 'wrong_lang', trusted: true }]);
  assert.equal(d.outcome, 'rejected');
  assert.equal(d.decidedBy, 'trusted');
  assert.equal(d.trustedVoter, 't');
  assert.deepEqual(d.reasons, ['review:wrong_language']);
  assert.equal(decide([{ voter: 't', vote: 'good', trusted: true }, { voter: 'u', vote: 'bad', trusted: true }]).outcome, 'validated');
  assert.equal(decide([{ voter: 't', vote: 'unsure', trusted: true }]).outcome, 'pending');
  const noTrust = { ...DEFAULT_POLICY, version: 3, trustedDecidesAlone: false };
  assert.equal(decide([{ voter: 't', vote: 'good', trusted: true }], noTrust).outcome, 'pending');
});

test('a policy with a higher quorum needs more agreeing votes', () => {
  const three = { ...DEFAULT_POLICY, version: 4, agreeing: 3 };
  assert.equal(decide(votes('good', 'good'), three).outcome, 'pending');
  assert.equal(decide(votes('good', 'good', 'good'), three).outcome, 'validated');
});

test('a broken policy is refused with SLM_REVIEW_POLICY_INVALID', () => {
  assert.throws(() => decide(votes('good'), { ...DEFAULT_POLICY, agreeing: 0 }), (e) => isSilkloomError(e, 'SLM_REVIEW_POLICY_INVALID'));
  assert.throws(() => decide(votes('good'), { ...DEFAULT_POLICY, version: 1.5 }), (e) => isSilkloomError(e, 'SLM_REVIEW_POLICY_INVALID'));
});
