/**
 * The review queue and votes. The consensus rule is @silkloom/cobuild's
 * DEFAULT_POLICY (v1); the store records each vote and, in the same
 * transaction, the decision the policy reaches, with the policy object.
 */
import type { FastifyInstance } from 'fastify';
import { DEFAULT_POLICY, decide, requireVoteKind } from '@silkloom/cobuild';
import { cobuildRoutes as r } from '@silkloom/contract';
import type { DecisionInput, Judge } from '@silkloom/store';
import type { ServerContext } from '../../context.ts';
import { actorOf, principalOf } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';
import { reviewFigures } from './review-figures.ts';

const list = (text?: string) => (text ? text.split(',').map((s) => s.trim()).filter(Boolean) : []);

/** The store's judge: applies the default policy to the unit's votes; pending → undefined. */
export const policyJudge: Judge = (votes) => {
  const decision = decide(votes.map((v) => ({ voter: v.voter, vote: requireVoteKind(v.vote), trusted: v.trusted })), DEFAULT_POLICY);
  if (decision.outcome === 'pending') return undefined;
  const out: DecisionInput = {
    outcome: decision.outcome, reasons: decision.reasons, tally: decision.tally, policy: { ...decision.policy }, decidedBy: decision.decidedBy!,
  };
  if (decision.trustedVoter) out.trustedVoter = decision.trustedVoter;
  return out;
};

export function reviewRoutes(app: FastifyInstance, { store }: ServerContext): void {
  handle(app, r.reviewNext, async (req) => {
    const voter = principalOf(req).user.email;
    const { corpus } = req.params;
    const [unit, remaining, trusted] = await Promise.all([
      store.review.next(corpus, voter, { langs: list(req.query.langs), skip: list(req.query.skip) }),
      store.review.queueSize(corpus, voter),
      store.review.trusted(corpus),
    ]);
    return { unit: (unit ?? null) as never, remaining, policy: { ...DEFAULT_POLICY }, trusted: trusted.includes(voter) };
  });

  handle(app, r.vote, async (req) => {
    const voter = principalOf(req).user.email;
    const unit = await store.units.get(req.params.unitId);
    const trusted = (await store.review.trusted(unit.corpus)).includes(voter);
    const result = await store.review.vote({ unitId: unit.unitId, voter, vote: req.body.vote, trusted }, policyJudge, { actor: actorOf(req) });
    const status = (await store.units.get(unit.unitId)).status;
    return { vote: req.body.vote, status, ...(result.decision ? { decision: result.decision as never } : {}), ...(result.goldAnswer ? { goldAnswer: result.goldAnswer } : {}) };
  });

  handle(app, r.setGold, async (req) => {
    await store.review.setGold(req.params.unitId, req.body.answer, { actor: actorOf(req) });
    return { ok: true };
  });

  handle(app, r.setTrusted, async (req) => {
    await store.review.setTrusted(req.params.corpus, req.body.voter, req.body.trusted, { actor: actorOf(req) });
    return { ok: true };
  });

  handle(app, r.reviewStats, async (req) => {
    const { corpus } = req.params;
    const [figures, decisions, pending, trusted] = await Promise.all([
      reviewFigures(store, corpus),
      store.review.decisions(corpus),
      store.review.queueSize(corpus),
      store.review.trusted(corpus),
    ]);
    const byOutcome: Record<string, number> = {};
    for (const d of decisions) byOutcome[d.outcome] = (byOutcome[d.outcome] ?? 0) + 1;
    return {
      policy: { ...DEFAULT_POLICY },
      votes: figures.votes.length,
      validators: new Set(figures.votes.map((v) => v.voter)).size,
      decisions: byOutcome,
      pending,
      fleiss: figures.fleiss,
      cohen: figures.cohen,
      gold: figures.gold,
      goldUnits: figures.goldUnits,
      trusted,
    };
  });

  handle(app, r.flagged, async (req) => ({ decisions: (await store.review.decisions(req.params.corpus, 'flagged')) as never }));
}
