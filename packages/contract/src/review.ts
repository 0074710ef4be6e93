/**
 * Review: the queue (one unit at a time), votes, gold answers, trusted
 * reviewers, agreement figures and units flagged for personal data. The vote
 * kinds and the consensus policy are @silkloom/cobuild's; the policy object
 * that decided a unit comes back with its decision.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from './common.ts';
import { UnitSchema } from './units.ts';

export const VOTE_VALUES = ['good', 'bad', 'wrong_lang', 'pii', 'unsure'] as const;
export const VoteSchema = Type.Union(VOTE_VALUES.map((v) => Type.Literal(v)));
export type VoteValue = Static<typeof VoteSchema>;

export const PolicySchema = Type.Object(
  {
    name: Type.String(),
    version: Type.Integer(),
    agreeing: Type.Integer(),
    trustedDecidesAlone: Type.Boolean(),
    piiFlagAt: Type.Integer(),
  },
  { description: 'a versioned consensus policy (see packages/cobuild/src/consensus-policy.ts)' },
);

export const DecisionSchema = Type.Object({
  unitId: Type.String(),
  outcome: Type.Union([Type.Literal('validated'), Type.Literal('rejected'), Type.Literal('flagged')]),
  reasons: Type.Array(Type.String()),
  tally: Type.Record(Type.String(), Type.Integer()),
  policy: Type.Unknown(),
  decidedBy: Type.String(),
  trustedVoter: Type.Optional(Type.String()),
  votes: Type.Integer(),
  decidedAt: Timestamp,
});
export type DecisionInfo = Static<typeof DecisionSchema>;

export const QueueQuery = Type.Object({
  langs: Type.Optional(Type.String({ description: 'comma-separated language ranges the pair must have, e.g. zh,th' })),
  skip: Type.Optional(Type.String({ description: 'comma-separated unit ids passed over in this session' })),
});

export const QueueItemSchema = Type.Object({
  unit: Type.Union([UnitSchema, Type.Null()]),
  /** Units still waiting for the caller's vote in this corpus. */
  remaining: Type.Integer(),
  policy: PolicySchema,
  trusted: Type.Boolean({ description: 'the caller is a trusted reviewer of this corpus (their vote decides alone)' }),
});
export type QueueItem = Static<typeof QueueItemSchema>;

export const VoteBody = Type.Object({ vote: VoteSchema });
export const VoteResultSchema = Type.Object({
  vote: VoteSchema,
  decision: Type.Optional(DecisionSchema),
  goldAnswer: Type.Optional(Type.String({ description: 'the known answer when the unit was a gold check' })),
  status: Type.String({ description: 'the unit status after the vote' }),
});
export type VoteResultInfo = Static<typeof VoteResultSchema>;

export const GoldBody = Type.Object({ answer: Type.Union([Type.Union(['good', 'bad', 'wrong_lang', 'pii'].map((v) => Type.Literal(v))), Type.Null()]) });
export const TrustBody = Type.Object({ voter: Type.String({ minLength: 1, maxLength: 320 }), trusted: Type.Boolean() });

export const ReviewStatsSchema = Type.Object({
  policy: PolicySchema,
  votes: Type.Integer(),
  validators: Type.Integer(),
  decisions: Type.Record(Type.String(), Type.Integer()),
  pending: Type.Integer({ description: 'units still open for review' }),
  fleiss: Type.Object({ items: Type.Integer(), kappa: Type.Union([Type.Number(), Type.Null()]) }),
  cohen: Type.Array(Type.Object({ a: Type.String(), b: Type.String(), items: Type.Integer(), kappa: Type.Union([Type.Number(), Type.Null()]) })),
  gold: Type.Array(
    Type.Object({
      voter: Type.String(),
      answered: Type.Integer(),
      correct: Type.Integer(),
      abstained: Type.Integer(),
      accuracy: Type.Union([Type.Number(), Type.Null()]),
      lowerBound: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
  goldUnits: Type.Integer(),
  trusted: Type.Array(Type.String()),
});
export type ReviewStats = Static<typeof ReviewStatsSchema>;

export const FlaggedSchema = Type.Object({ decisions: Type.Array(DecisionSchema) });
