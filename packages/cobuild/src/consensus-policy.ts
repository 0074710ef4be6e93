/**
 * The consensus rule as a versioned, stored policy (issue 6; modelled on
 * Common Voice's clip rule, `anchors-platform.md` §2.1, and made explicit as §6
 * lesson 1 asks). The policy object is saved with every decision, so a later
 * reader knows exactly which rule decided a unit, and a new version never
 * silently re-decides old units.
 *
 * Default policy `silkloom-consensus` v1, precisely:
 * - **up** votes are `good`; **down** votes are `bad` and `wrong_lang`.
 *   Both down kinds agree that the pair must go; the reasons keep them apart.
 * - `unsure` is an abstention: stored, shown in the tally, counted nowhere.
 * - `pii` is neither up nor down. `piiFlagAt` (1) such votes flag the unit for
 *   governance, before anything else is looked at: privacy outranks quality.
 *   A flagged unit keeps its status and leaves the queue; governance decides.
 * - A **trusted** reviewer's up or down vote decides alone (`trustedDecidesAlone`);
 *   if two trusted reviewers disagree, the earlier trusted vote stands
 *   (first decision wins, as in Common Voice).
 * - Otherwise the counts decide, whatever the order of the votes: once one side
 *   has `agreeing` (2) votes, more up than down validates and more down than up
 *   rejects. A tie (1–1, 2–2 …) stays pending until a vote breaks it.
 * - Rejected units carry reasons `review:bad_translation` and/or
 *   `review:wrong_language`, the more frequent first (bad first on a tie).
 */
import { cobuildError } from './errors.ts';
import { type Tally, type Vote, tallyVotes } from './votes.ts';

export interface ConsensusPolicy {
  name: string;
  version: number;
  /** Votes one side needs before the counts can decide. */
  agreeing: number;
  /** A trusted reviewer's up/down vote decides alone. */
  trustedDecidesAlone: boolean;
  /** This many `pii` votes flag the unit for governance. */
  piiFlagAt: number;
}

export const DEFAULT_POLICY: Readonly<ConsensusPolicy> = Object.freeze({
  name: 'silkloom-consensus',
  version: 1,
  agreeing: 2,
  trustedDecidesAlone: true,
  piiFlagAt: 1,
});

export type Outcome = 'validated' | 'rejected' | 'flagged' | 'pending';

export const REVIEW_REASONS = { bad: 'review:bad_translation', wrong_lang: 'review:wrong_language' } as const;

export interface Decision {
  outcome: Outcome;
  /** Reason codes for `rejected` (and `review:personal_data` for `flagged`). */
  reasons: string[];
  /** What decided: the counts, one trusted voter, or personal-data votes. */
  decidedBy: 'consensus' | 'trusted' | 'pii' | null;
  /** The trusted voter who decided, when one did. */
  trustedVoter?: string;
  tally: Tally;
  policy: ConsensusPolicy;
}

/** Throws SLM_REVIEW_POLICY_INVALID unless the policy is complete and sane. */
export function validatePolicy(policy: ConsensusPolicy): ConsensusPolicy {
  const problems: string[] = [];
  if (typeof policy?.name !== 'string' || !policy.name) problems.push('name is missing');
  if (!Number.isInteger(policy?.version) || policy.version < 1) problems.push('version must be an integer ≥ 1');
  if (!Number.isInteger(policy?.agreeing) || policy.agreeing < 1) problems.push('agreeing must be an integer ≥ 1');
  if (!Number.isInteger(policy?.piiFlagAt) || policy.piiFlagAt < 1) problems.push('piiFlagAt must be an integer ≥ 1');
  if (typeof policy?.trustedDecidesAlone !== 'boolean') problems.push('trustedDecidesAlone must be true or false');
  if (problems.length) throw cobuildError('SLM_REVIEW_POLICY_INVALID', { problem: problems.join('; ') });
  return policy;
}

function rejectReasons(tally: Tally): string[] {
  const kinds = (['bad', 'wrong_lang'] as const).filter((k) => tally[k] > 0);
  kinds.sort((a, b) => tally[b] - tally[a]);
  return kinds.map((k) => REVIEW_REASONS[k]);
}

/**
 * Applies `policy` to the votes of one unit, given in the order they were cast.
 * Pure: the same votes and policy always give the same decision.
 */
export function decide(votes: readonly Vote[], policy: ConsensusPolicy = DEFAULT_POLICY): Decision {
  validatePolicy(policy);
  const tally = tallyVotes(votes);
  const base = { tally, policy: { ...policy } };
  if (tally.pii >= policy.piiFlagAt) {
    return { ...base, outcome: 'flagged', reasons: ['review:personal_data'], decidedBy: 'pii' };
  }
  if (policy.trustedDecidesAlone) {
    const first = votes.find((v) => v.trusted && (v.vote === 'good' || v.vote === 'bad' || v.vote === 'wrong_lang'));
    if (first) {
      const validated = first.vote === 'good';
      return {
        ...base,
        outcome: validated ? 'validated' : 'rejected',
        reasons: validated ? [] : [REVIEW_REASONS[first.vote as 'bad' | 'wrong_lang']],
        decidedBy: 'trusted',
        trustedVoter: first.voter,
      };
    }
  }
  const up = tally.good;
  const down = tally.bad + tally.wrong_lang;
  if (Math.max(up, down) >= policy.agreeing && up !== down) {
    return up > down
      ? { ...base, outcome: 'validated', reasons: [], decidedBy: 'consensus' }
      : { ...base, outcome: 'rejected', reasons: rejectReasons(tally), decidedBy: 'consensus' };
  }
  return { ...base, outcome: 'pending', reasons: [], decidedBy: null };
}
