/**
 * Review votes, consensus decisions, gold answers and trusted reviewers. The
 * consensus rule itself lives in @silkloom/cobuild (the store knows no policy):
 * `vote` records the vote and asks the caller's `judge`, inside the same
 * transaction, whether the unit's votes now decide it; a decision changes the
 * unit's status (validated / rejected with reasons; flagged keeps the status
 * and hands the unit to governance) and is audited with its policy.
 */
import { langMatches, type StoredUnit } from '@silkloom/core';
import type { Kysely } from 'kysely';
import type { GoldAnswer, Judge, QueueOptions, StoredDecision, StoredVote, VoteInput, VoteResult } from '../cobuild-types.ts';
import type { Engine } from '../engine.ts';
import { cobuildStoreError } from '../cobuild-errors.ts';
import { storeError } from '../errors.ts';
import { guard } from '../guard.ts';
import { definedOnly, idText, nowIso, optional, requireUnitId } from '../row-values.ts';
import type { DB } from '../schema.ts';
import type { ActorOption } from '../types.ts';
import { appendAudit } from './audit-repo.ts';
import { corpusIdOf } from './corpus-repo.ts';
import type { UnitRepo } from './unit-repo.ts';

export interface ReviewRepo {
  /** The next unit `voter` should review in `corpus`: undecided, not voted on by them, closest to a decision first. */
  next(corpus: string, voter: string, options?: QueueOptions): Promise<StoredUnit | undefined>;
  /** Units still waiting for `voter`'s vote; without a voter, the units still open for review. */
  queueSize(corpus: string, voter?: string): Promise<number>;
  /** Records a vote (SLM_REVIEW_ALREADY_VOTED, SLM_REVIEW_UNIT_DECIDED) and applies the judge's decision. */
  vote(input: VoteInput, judge: Judge, options?: ActorOption): Promise<VoteResult>;
  votes(corpus: string): Promise<StoredVote[]>;
  votesOf(unitId: string): Promise<StoredVote[]>;
  decisions(corpus: string, outcome?: string): Promise<StoredDecision[]>;
  decisionOf(unitId: string): Promise<StoredDecision | undefined>;
  /** Marks a unit as gold with a known answer, or clears it with `null`. */
  setGold(unitId: string, answer: string | null, options?: ActorOption): Promise<void>;
  gold(corpus: string): Promise<GoldAnswer[]>;
  setTrusted(corpus: string, voter: string, trusted: boolean, options?: ActorOption): Promise<void>;
  trusted(corpus: string): Promise<string[]>;
}

type VoteRow = { unit_id: number; voter: string; vote: string; trusted: number; gold: number; created_at: string };

const toVote = (r: VoteRow): StoredVote => ({
  unitId: idText(r.unit_id), voter: r.voter, vote: r.vote, trusted: r.trusted === 1, gold: r.gold === 1, createdAt: r.created_at,
});

function selectDecisions(db: Kysely<DB>) {
  return db
    .selectFrom('review_decisions as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .innerJoin('corpora as c', 'c.id', 'u.corpus_id')
    .selectAll('d')
    .select('c.name as corpus');
}

type DecisionRow = Awaited<ReturnType<ReturnType<typeof selectDecisions>['executeTakeFirstOrThrow']>>;

const toDecision = (r: DecisionRow): StoredDecision =>
  definedOnly({
    unitId: idText(r.unit_id),
    corpus: r.corpus,
    outcome: r.outcome as StoredDecision['outcome'],
    reasons: JSON.parse(r.reasons) as string[],
    tally: JSON.parse(r.tally) as Record<string, number>,
    policy: JSON.parse(r.policy),
    decidedBy: r.decided_by,
    trustedVoter: optional(r.trusted_voter),
    votes: r.votes,
    decidedAt: r.decided_at,
  });

export function reviewRepo(engine: Engine, units: UnitRepo): ReviewRepo {
  /** Undecided, live, not-yet-rejected/validated units of the corpus that `voter` has not voted on. */
  function open(db: Kysely<DB>, corpusId: number, voter: string | undefined) {
    const undecided = db
      .selectFrom('units as u')
      .where('u.corpus_id', '=', corpusId)
      .where('u.withdrawn', '=', 0)
      .where('u.status', 'in', ['raw', 'clean'])
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('review_decisions as d').select('d.unit_id').whereRef('d.unit_id', '=', 'u.id'))));
    if (voter === undefined) return undecided;
    return undecided.where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('review_votes as m').select('m.unit_id').whereRef('m.unit_id', '=', 'u.id').where('m.voter', '=', voter))),
    );
  }

  return {
    next: (corpus, voter, options = {}) =>
      guard('find the next unit to review', async () => {
        const corpusId = await corpusIdOf(engine.db, corpus);
        const skip = (options.skip ?? []).map(requireUnitId);
        // Scan in pages: language filters are applied on decoded units (they use RFC 4647 matching).
        let offset = 0;
        for (;;) {
          const rows = await open(engine.db, corpusId, voter)
            .$if(skip.length > 0, (q) => q.where('u.id', 'not in', skip))
            .select(['u.id', (eb) => eb.selectFrom('review_votes as v').select((e) => e.fn.countAll<number>().as('n')).whereRef('v.unit_id', '=', 'u.id').as('votes')])
            .orderBy('votes', 'desc')
            .orderBy('u.id')
            .limit(50)
            .offset(offset)
            .execute();
          if (!rows.length) return undefined;
          for (const row of rows) {
            const unit = await units.get(idText(row.id));
            const langs = options.langs ?? [];
            if (langs.every((range) => Object.keys(unit.variants).some((tag) => langMatches(range, tag)))) return unit;
          }
          offset += rows.length;
        }
      }),
    queueSize: (corpus, voter) =>
      guard('count the review queue', async () => {
        const corpusId = await corpusIdOf(engine.db, corpus);
        const row = await open(engine.db, corpusId, voter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        return Number(row.n);
      }),
    vote: (input, judge, options = {}) =>
      guard('record a review vote', () =>
        engine.transaction(async (tx) => {
          const unitId = requireUnitId(input.unitId);
          const unit = await tx.db
            .selectFrom('units as u')
            .innerJoin('corpora as c', 'c.id', 'u.corpus_id')
            .select(['u.id', 'u.status', 'u.withdrawn', 'c.name as corpus'])
            .where('u.id', '=', unitId)
            .executeTakeFirst();
          if (!unit || unit.withdrawn) throw storeError('SLM_STORE_UNIT_NOT_FOUND', { unitId: input.unitId });
          const decided = await tx.db.selectFrom('review_decisions').select('outcome').where('unit_id', '=', unitId).executeTakeFirst();
          if (decided) throw cobuildStoreError('SLM_REVIEW_UNIT_DECIDED', { unitId: input.unitId, outcome: decided.outcome });
          const gold = await tx.db.selectFrom('gold_answers').select('answer').where('unit_id', '=', unitId).executeTakeFirst();
          const existing = await tx.db.selectFrom('review_votes').select('id').where('unit_id', '=', unitId).where('voter', '=', input.voter).executeTakeFirst();
          if (existing) throw cobuildStoreError('SLM_REVIEW_ALREADY_VOTED', { unitId: input.unitId, voter: input.voter });
          const row: VoteRow = { unit_id: unitId, voter: input.voter, vote: input.vote, trusted: input.trusted ? 1 : 0, gold: gold ? 1 : 0, created_at: nowIso() };
          await tx.db.insertInto('review_votes').values(row).execute();
          const vote = toVote(row);
          // Gold units measure validators; their answer is known, so votes never decide them.
          if (gold) return { vote, goldAnswer: gold.answer };
          const all = (await tx.db.selectFrom('review_votes').selectAll().where('unit_id', '=', unitId).orderBy('id').execute()).map(toVote);
          const decision = judge(all);
          if (!decision) return { vote };
          const decidedAt = nowIso();
          await tx.db
            .insertInto('review_decisions')
            .values({
              unit_id: unitId, outcome: decision.outcome, reasons: JSON.stringify(decision.reasons), tally: JSON.stringify(decision.tally),
              policy: JSON.stringify(decision.policy), decided_by: decision.decidedBy, trusted_voter: decision.trustedVoter ?? null, votes: all.length, decided_at: decidedAt,
            })
            .execute();
          if (decision.outcome !== 'flagged') {
            const status = decision.outcome;
            await tx.updateUnits(['status', 'reject_reasons'], [{ id: unitId, values: [status, decision.reasons.length ? JSON.stringify(decision.reasons) : null] }], decidedAt);
          }
          await appendAudit(tx, {
            action: 'review.decide', actor: options.actor, subject: `unit:${input.unitId}`,
            details: { outcome: decision.outcome, reasons: decision.reasons, policy: decision.policy, tally: decision.tally, votes: all.length, fromStatus: unit.status },
          });
          return { vote, decision: { ...decision, unitId: input.unitId, corpus: unit.corpus, votes: all.length, decidedAt } };
        }),
      ),
    votes: (corpus) =>
      guard('list review votes', async () => {
        const corpusId = await corpusIdOf(engine.db, corpus);
        const rows = await engine.db
          .selectFrom('review_votes as v')
          .innerJoin('units as u', 'u.id', 'v.unit_id')
          .selectAll('v')
          .where('u.corpus_id', '=', corpusId)
          .where('u.withdrawn', '=', 0)
          .orderBy('v.id')
          .execute();
        return rows.map(toVote);
      }),
    votesOf: (unitId) =>
      guard('list the votes of a unit', async () =>
        (await engine.db.selectFrom('review_votes').selectAll().where('unit_id', '=', requireUnitId(unitId)).orderBy('id').execute()).map(toVote),
      ),
    decisions: (corpus, outcome) =>
      guard('list review decisions', async () => {
        const corpusId = await corpusIdOf(engine.db, corpus);
        const rows = await selectDecisions(engine.db)
          .where('u.corpus_id', '=', corpusId)
          .where('u.withdrawn', '=', 0)
          .$if(outcome !== undefined, (q) => q.where('d.outcome', '=', outcome!))
          .orderBy('d.decided_at')
          .execute();
        return rows.map(toDecision);
      }),
    decisionOf: (unitId) =>
      guard('read a review decision', async () => {
        const row = await selectDecisions(engine.db).where('d.unit_id', '=', requireUnitId(unitId)).executeTakeFirst();
        return row ? toDecision(row) : undefined;
      }),
    setGold: (unitId, answer, options = {}) =>
      guard('set a gold answer', () =>
        engine.transaction(async (tx) => {
          const id = requireUnitId(unitId);
          const unit = await tx.db.selectFrom('units').select('id').where('id', '=', id).executeTakeFirst();
          if (!unit) throw storeError('SLM_STORE_UNIT_NOT_FOUND', { unitId });
          await tx.db.deleteFrom('gold_answers').where('unit_id', '=', id).execute();
          if (answer !== null) await tx.db.insertInto('gold_answers').values({ unit_id: id, answer, set_by: options.actor ?? null, created_at: nowIso() }).execute();
          await appendAudit(tx, { action: 'review.gold', actor: options.actor, subject: `unit:${unitId}`, details: { answer } });
        }),
      ),
    gold: (corpus) =>
      guard('list gold answers', async () => {
        const corpusId = await corpusIdOf(engine.db, corpus);
        const rows = await engine.db
          .selectFrom('gold_answers as g')
          .innerJoin('units as u', 'u.id', 'g.unit_id')
          .selectAll('g')
          .where('u.corpus_id', '=', corpusId)
          .orderBy('g.unit_id')
          .execute();
        return rows.map((r) => definedOnly({ unitId: idText(r.unit_id), answer: r.answer, setBy: optional(r.set_by), createdAt: r.created_at }));
      }),
    setTrusted: (corpus, voter, trusted, options = {}) =>
      guard('set a trusted reviewer', () =>
        engine.transaction(async (tx) => {
          const corpusId = await corpusIdOf(tx.db, corpus);
          await tx.db.deleteFrom('trusted_reviewers').where('corpus_id', '=', corpusId).where('voter', '=', voter).execute();
          if (trusted) await tx.db.insertInto('trusted_reviewers').values({ corpus_id: corpusId, voter, set_by: options.actor ?? null, created_at: nowIso() }).execute();
          await appendAudit(tx, { action: 'review.trust', actor: options.actor, subject: `corpus:${corpus}`, details: { voter, trusted } });
        }),
      ),
    trusted: (corpus) =>
      guard('list trusted reviewers', async () => {
        const corpusId = await corpusIdOf(engine.db, corpus);
        const rows = await engine.db.selectFrom('trusted_reviewers').select('voter').where('corpus_id', '=', corpusId).orderBy('voter').execute();
        return rows.map((r) => r.voter);
      }),
  };
}
