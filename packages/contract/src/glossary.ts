/** Glossaries: terminology entries per organisation and domain, TBX and CSV in and out. */
import { Type, type Static } from '@sinclair/typebox';
import { Limit } from './common.ts';

export const TermSchema = Type.Object({
  lang: Type.String(),
  term: Type.String(),
  status: Type.Optional(Type.String({ description: 'TBX administrativeStatus: preferred, admitted, deprecated …' })),
  partOfSpeech: Type.Optional(Type.String()),
  note: Type.Optional(Type.String()),
});

export const GlossaryEntrySchema = Type.Object({
  id: Type.String(),
  org: Type.String(),
  glossary: Type.String(),
  domain: Type.Optional(Type.String()),
  definition: Type.Optional(Type.String()),
  note: Type.Optional(Type.String()),
  terms: Type.Array(TermSchema),
});
export type GlossaryEntryInfo = Static<typeof GlossaryEntrySchema>;

export const GlossaryLookupQuery = Type.Object({
  term: Type.String({ minLength: 1, maxLength: 200 }),
  lang: Type.Optional(Type.String()),
  org: Type.Optional(Type.String()),
  domain: Type.Optional(Type.String()),
  exact: Type.Optional(Type.Boolean({ default: false, description: 'whole term only (default: terms containing it)' })),
  limit: Type.Optional(Limit(200, 20)),
});
export type GlossaryLookupQuery = Static<typeof GlossaryLookupQuery>;

export const GlossaryLookupResult = Type.Object({ entries: Type.Array(GlossaryEntrySchema) });

export const GlossaryParams = Type.Object({ org: Type.String({ minLength: 1 }), glossary: Type.String({ minLength: 1, maxLength: 200 }) });

export const GlossaryImportQuery = Type.Object({
  format: Type.Union([Type.Literal('tbx'), Type.Literal('csv')]),
  domain: Type.Optional(Type.String()),
  replace: Type.Optional(Type.Boolean({ default: false, description: 'replace the glossary\'s entries instead of adding' })),
});

export const GlossaryImportResult = Type.Object({ glossary: Type.String(), entries: Type.Integer(), terms: Type.Integer() });

export const GlossaryExportQuery = Type.Object({ format: Type.Union([Type.Literal('tbx'), Type.Literal('csv')], { default: 'tbx' }) });

export const GlossarySummarySchema = Type.Object({ org: Type.String(), glossary: Type.String(), entries: Type.Integer(), domains: Type.Array(Type.String()) });
