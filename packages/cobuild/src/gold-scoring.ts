/**
 * Gold scoring: curators seed units whose answer they know; a validator's votes
 * on those units measure their accuracy (Common Voice has no such check; §6
 * lesson 1 of the platform anchors asks for reviewer weight from gold items).
 *
 * An `unsure` vote on a gold unit is an honest abstention: it is counted as
 * `abstained`, not as wrong, and leaves the denominator. Accuracy is
 * correct / answered; with no answered gold it is `null`, not 0.
 */
import type { VoteKind } from './votes.ts';

export type GoldAnswer = Exclude<VoteKind, 'unsure'>;

export interface GoldVote {
  voter: string;
  unitId: string;
  vote: VoteKind;
}

export interface ValidatorAccuracy {
  voter: string;
  /** Gold units answered with something other than `unsure`. */
  answered: number;
  correct: number;
  abstained: number;
  /** correct / answered, or null when nothing was answered. */
  accuracy: number | null;
  /** Wilson score interval lower bound (95 %), a cautious accuracy for few answers; null when nothing was answered. */
  lowerBound: number | null;
}

/** 95 % Wilson score lower bound for `correct` successes out of `n` (Wilson 1927). */
export function wilsonLowerBound(correct: number, n: number, z = 1.959964): number | null {
  if (n === 0) return null;
  const p = correct / n;
  const z2 = z * z;
  return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

/**
 * Scores every validator's votes on gold units against the known answers.
 * Votes on units without a gold answer are ignored. Sorted by voter.
 */
export function scoreGold(votes: readonly GoldVote[], answers: ReadonlyMap<string, GoldAnswer>): ValidatorAccuracy[] {
  const byVoter = new Map<string, { answered: number; correct: number; abstained: number }>();
  for (const v of votes) {
    const answer = answers.get(v.unitId);
    if (answer === undefined) continue;
    const row = byVoter.get(v.voter) ?? { answered: 0, correct: 0, abstained: 0 };
    byVoter.set(v.voter, row);
    if (v.vote === 'unsure') row.abstained++;
    else {
      row.answered++;
      if (v.vote === answer) row.correct++;
    }
  }
  return [...byVoter.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([voter, r]) => ({
      voter,
      ...r,
      accuracy: r.answered ? r.correct / r.answered : null,
      lowerBound: wilsonLowerBound(r.correct, r.answered),
    }));
}
