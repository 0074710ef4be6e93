/**
 * Concordance (KWIC) and translation-memory look-up. Offsets are UTF-16 code
 * units into `text` (JavaScript string indices), end exclusive.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Cursor, LangTagSchema, Limit } from './common.ts';
import { UnitStatusSchema } from './units.ts';

export const GlossaryMarkSchema = Type.Object({
  term: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  translations: Type.Record(Type.String(), Type.Array(Type.String())),
});
export type GlossaryMark = Static<typeof GlossaryMarkSchema>;

export const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 500, description: 'substring to find (case-insensitive)' }),
  lang: Type.Optional(Type.String({ description: 'language range the match must be in (zh matches zh-Hans)' })),
  pair: Type.Optional(Type.String({ pattern: '^[^:]+:[^:]+$', description: 'A:B — search side A, show side B (zh-Hans:th)' })),
  corpus: Type.Optional(Type.String()),
  domain: Type.Optional(Type.String()),
  status: Type.Optional(UnitStatusSchema),
  limit: Type.Optional(Limit(200, 20)),
  cursor: Type.Optional(Cursor),
  frequency: Type.Optional(Type.Boolean({ default: false, description: 'add hits per corpus and per domain' })),
  glossary: Type.Optional(Type.Boolean({ default: false, description: 'mark glossary terms in the hits' })),
});
export type SearchQuery = Static<typeof SearchQuery>;

export const SearchHitSchema = Type.Object({
  unitId: Type.String(),
  corpus: Type.String(),
  lang: Type.String(),
  text: Type.String(),
  match: Type.Array(Type.Integer(), { minItems: 2, maxItems: 2, description: '[start, end) of the match in text, UTF-16 code units' }),
  aligned: Type.Record(Type.String(), Type.String()),
  domains: Type.Optional(Type.Array(Type.String())),
  glossary: Type.Optional(Type.Array(GlossaryMarkSchema)),
});
export type SearchHit = Static<typeof SearchHitSchema>;

export const SearchResultSchema = Type.Object({
  total: Type.Integer(),
  totalExact: Type.Boolean({ description: 'false when total is an estimate (very common queries)' }),
  hits: Type.Array(SearchHitSchema),
  nextCursor: Type.Optional(Type.String()),
  frequency: Type.Optional(
    Type.Object({
      byCorpus: Type.Record(Type.String(), Type.Integer()),
      byDomain: Type.Record(Type.String(), Type.Integer()),
      exact: Type.Boolean(),
    }),
  ),
});
export type SearchResult = Static<typeof SearchResultSchema>;

export const TmLookupBody = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 2000 }),
  src: LangTagSchema,
  tgt: LangTagSchema,
  min: Type.Optional(Type.Integer({ minimum: 1, maximum: 101, default: 70 })),
  limit: Type.Optional(Limit(50, 5)),
  corpus: Type.Optional(Type.String()),
  previous: Type.Optional(Type.String({ maxLength: 2000, description: 'the previous source segment, for in-context (101%) matches' })),
  glossary: Type.Optional(Type.Boolean({ default: false })),
});
export type TmLookupBody = Static<typeof TmLookupBody>;

export const TmMatchSchema = Type.Object({
  percent: Type.Integer({ description: '101 in-context, 100 exact, below: fuzzy' }),
  source: Type.String(),
  target: Type.String(),
  corpus: Type.String(),
  unitId: Type.String(),
  srcLang: Type.String(),
  tgtLang: Type.String(),
  breakdown: Type.Object({
    base: Type.Number({ description: 'similarity before penalties' }),
    penalties: Type.Array(Type.Object({ kind: Type.String(), points: Type.Number() })),
    unit: Type.Union([Type.Literal('char'), Type.Literal('word')]),
  }),
  glossary: Type.Optional(Type.Array(GlossaryMarkSchema)),
});
export type TmMatch = Static<typeof TmMatchSchema>;

export const TmResultSchema = Type.Object({ matches: Type.Array(TmMatchSchema) });
export type TmResult = Static<typeof TmResultSchema>;
