/**
 * The five answers a validator can give about one pair (issue 6): the vote
 * kinds every other co-building module counts.
 */
import { cobuildError } from './errors.ts';

export const VOTE_KINDS = ['good', 'bad', 'wrong_lang', 'pii', 'unsure'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];

export function isVoteKind(value: unknown): value is VoteKind {
  return typeof value === 'string' && (VOTE_KINDS as readonly string[]).includes(value);
}

/** Returns `value` as a vote kind, or throws SLM_REVIEW_VOTE_INVALID. */
export function requireVoteKind(value: unknown): VoteKind {
  if (!isVoteKind(value)) throw cobuildError('SLM_REVIEW_VOTE_INVALID', { vote: String(value) });
  return value;
}

/** One vote as the consensus rule sees it. */
export interface Vote {
  voter: string;
  vote: VoteKind;
  /** The voter was a trusted reviewer when they voted. */
  trusted?: boolean;
}

/** Number of votes of each kind. */
export type Tally = Record<VoteKind, number>;

export function tallyVotes(votes: readonly Vote[]): Tally {
  const tally: Tally = { good: 0, bad: 0, wrong_lang: 0, pii: 0, unsure: 0 };
  for (const v of votes) tally[v.vote]++;
  return tally;
}
