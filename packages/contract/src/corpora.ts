/** Corpora, their statistics and their sharing agreements. */
import { Type, type Static } from '@sinclair/typebox';
import { CountryCode, Timestamp } from './common.ts';

export const VISIBILITIES = ['private', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const CorpusParams = Type.Object({ corpus: Type.String({ minLength: 1, maxLength: 200 }) });

export const CorpusSchema = Type.Object({
  name: Type.String(),
  description: Type.Optional(Type.String()),
  ownerOrg: Type.Optional(Type.String()),
  defaultLicence: Type.Optional(Type.String()),
  domains: Type.Array(Type.String()),
  visibility: Type.Union(VISIBILITIES.map((v) => Type.Literal(v))),
  createdAt: Type.Optional(Timestamp),
  units: Type.Integer({ description: 'units not withdrawn' }),
  access: Type.Union([Type.Literal('member'), Type.Literal('shared'), Type.Literal('public'), Type.Literal('admin')], {
    description: 'why you see it: your organisation owns it, it is shared with your organisation, it is public, or you are a site admin',
  }),
});
export type CorpusInfo = Static<typeof CorpusSchema>;

export const CorpusCreateBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  ownerOrg: Type.String({ minLength: 1, description: 'organisation that owns it; you need corpus.create there' }),
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  defaultLicence: Type.Optional(Type.String({ maxLength: 200 })),
  domains: Type.Optional(Type.Array(Type.String({ maxLength: 50 }), { maxItems: 50 })),
  visibility: Type.Optional(Type.Union(VISIBILITIES.map((v) => Type.Literal(v)))),
});
export type CorpusCreateBody = Static<typeof CorpusCreateBody>;

export const CorpusPatchBody = Type.Object({
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  defaultLicence: Type.Optional(Type.String({ maxLength: 200 })),
  domains: Type.Optional(Type.Array(Type.String({ maxLength: 50 }), { maxItems: 50 })),
  visibility: Type.Optional(Type.Union(VISIBILITIES.map((v) => Type.Literal(v)))),
});
export type CorpusPatchBody = Static<typeof CorpusPatchBody>;

const Counts = Type.Record(Type.String(), Type.Integer());
export const StatsSchema = Type.Object({
  units: Type.Integer(),
  variantsByLang: Counts,
  pairs: Counts,
  statuses: Counts,
  domains: Counts,
  batches: Type.Integer(),
});
export type StatsInfo = Static<typeof StatsSchema>;

export const ShareSchema = Type.Object({
  id: Type.String(),
  corpus: Type.String(),
  org: Type.String({ description: 'the organisation the corpus is shared with' }),
  licence: Type.String(),
  purposes: Type.Array(Type.String(), { description: 'allowed purposes, e.g. research, mt-training, evaluation' }),
  destinations: Type.Array(Type.String(), { description: 'allowed destination countries (ISO 3166-1); empty: the grantee\'s own country only' }),
  validFrom: Type.String({ description: 'ISO 8601 date' }),
  validUntil: Type.Optional(Type.String({ description: 'ISO 8601 date, inclusive' })),
  createdAt: Timestamp,
  revokedAt: Type.Optional(Timestamp),
});
export type ShareInfo = Static<typeof ShareSchema>;

export const ShareCreateBody = Type.Object({
  org: Type.String({ minLength: 1 }),
  licence: Type.String({ minLength: 1, maxLength: 200 }),
  purposes: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 20 }),
  destinations: Type.Optional(Type.Array(CountryCode, { maxItems: 250 })),
  validFrom: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  validUntil: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
});
export type ShareCreateBody = Static<typeof ShareCreateBody>;

export const ShareParams = Type.Object({ corpus: Type.String({ minLength: 1 }), id: Type.String({ pattern: '^[0-9]+$' }) });
