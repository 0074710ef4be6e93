/** The dashboard's figures: coverage, statuses, distributions, credit, agreement. */
import { Type, type Static } from '@sinclair/typebox';

export const DashboardQuery = Type.Object({ corpus: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) });

const Histogram = Type.Object({ edges: Type.Array(Type.Number()), counts: Type.Array(Type.Integer()) });

export const DashboardSchema = Type.Object({
  corpora: Type.Array(Type.String({ description: 'corpora counted (those the caller can see, or the one asked for)' })),
  units: Type.Integer(),
  batches: Type.Integer(),
  statuses: Type.Record(Type.String(), Type.Integer()),
  languages: Type.Record(Type.String(), Type.Integer()),
  coverage: Type.Array(Type.Object({ lang: Type.String(), domain: Type.String(), units: Type.Integer() })),
  lengthRatio: Type.Record(Type.String(), Histogram, { description: 'target/zh-Hans character-length ratio per target language' }),
  quality: Type.Object({
    source: Type.String({ description: 'where the scores come from: the latest cleaning run report, or review outcomes' }),
    histogram: Histogram,
  }),
  credit: Type.Object({
    contributors: Type.Record(Type.String(), Type.Integer()),
    validators: Type.Array(Type.Object({ voter: Type.String(), votes: Type.Integer(), decisive: Type.Integer() })),
  }),
  review: Type.Object({ votes: Type.Integer(), decisions: Type.Record(Type.String(), Type.Integer()), fleissKappa: Type.Union([Type.Number(), Type.Null()]) }),
});
export type DashboardInfo = Static<typeof DashboardSchema>;
