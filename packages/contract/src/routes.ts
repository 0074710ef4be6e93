/**
 * Every route of the v1 API. The server registers a handler per entry; the
 * OpenAPI document (/api/openapi.json) is generated from these schemas; the
 * authorisation tests iterate over this table together with permissions.ts.
 */
import { Type } from '@sinclair/typebox';
import {
  LoginBody, SessionSchema, TokenCreateBody, TokenCreatedSchema, TokenSchema, UserCreateBody, UserSchema,
} from './auth.ts';
import { ErrorBody, Ok, errorResponses } from './common.ts';
import {
  CorpusCreateBody, CorpusParams, CorpusPatchBody, CorpusSchema, ShareCreateBody, ShareParams, ShareSchema, StatsSchema,
} from './corpora.ts';
import {
  GlossaryExportQuery, GlossaryImportQuery, GlossaryImportResult, GlossaryLookupQuery, GlossaryLookupResult, GlossaryParams,
  GlossarySummarySchema,
} from './glossary.ts';
import { MemberParams, MemberPutBody, MemberSchema, OrgCreateBody, OrgParams, OrgSchema } from './orgs.ts';
import { defineRoute } from './route.ts';
import { SearchQuery, SearchResultSchema, TmLookupBody, TmResultSchema } from './search.ts';
import {
  AssessBody, AssessmentSchema, AuditVerificationSchema, CorpusAssessBody, CorpusAssessmentSchema, BatchSchema, ScanBody, ScanResultSchema, ExportManifestSchema, ExportQuery, ImportResultSchema, RunParams, RunSchema,
} from './transfers.ts';
import { UnitDetailSchema, UnitListQuery, UnitPageSchema, UnitParams } from './units.ts';

const V1 = '/api/v1';
const errors = errorResponses;

export const routes = {
  health: defineRoute({
    method: 'GET', url: `${V1}/health`, summary: 'Liveness and store dialect', tags: ['meta'], scope: 'none',
    schema: { response: { 200: Type.Object({ ok: Type.Boolean(), dialect: Type.String(), version: Type.String() }) } },
  }),

  login: defineRoute({
    method: 'POST', url: `${V1}/auth/login`, summary: 'Sign in (sets the session cookie)', tags: ['auth'], scope: 'none',
    schema: { body: LoginBody, response: { 200: SessionSchema, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody } },
  }),
  logout: defineRoute({
    method: 'POST', url: `${V1}/auth/logout`, summary: 'Sign out (ends the session)', tags: ['auth'], scope: 'user',
    schema: { response: { 200: Ok, ...errors } },
  }),
  session: defineRoute({
    method: 'GET', url: `${V1}/auth/session`, summary: 'Who is signed in, and the CSRF token', tags: ['auth'], scope: 'user',
    schema: { response: { 200: SessionSchema, ...errors } },
  }),
  listTokens: defineRoute({
    method: 'GET', url: `${V1}/auth/tokens`, summary: 'Your API tokens', tags: ['auth'], scope: 'user',
    schema: { response: { 200: Type.Object({ tokens: Type.Array(TokenSchema) }), ...errors } },
  }),
  createToken: defineRoute({
    method: 'POST', url: `${V1}/auth/tokens`, summary: 'Create an API token (the secret is shown once)', tags: ['auth'], scope: 'user',
    schema: { body: TokenCreateBody, response: { 200: TokenCreatedSchema, ...errors } },
  }),
  revokeToken: defineRoute({
    method: 'DELETE', url: `${V1}/auth/tokens/:id`, summary: 'Revoke one of your API tokens', tags: ['auth'], scope: 'user',
    schema: { params: Type.Object({ id: Type.String({ pattern: '^[0-9]{1,18}$' }) }), response: { 200: Ok, ...errors } },
  }),

  listUsers: defineRoute({
    method: 'GET', url: `${V1}/users`, summary: 'All users (site admins)', tags: ['users'], scope: 'admin',
    schema: { response: { 200: Type.Object({ users: Type.Array(UserSchema) }), ...errors } },
  }),
  createUser: defineRoute({
    method: 'POST', url: `${V1}/users`, summary: 'Create a user (site admins)', tags: ['users'], scope: 'admin',
    schema: { body: UserCreateBody, response: { 200: UserSchema, 409: ErrorBody, ...errors } },
  }),

  listOrgs: defineRoute({
    method: 'GET', url: `${V1}/orgs`, summary: 'Organisations you belong to (all, for site admins)', tags: ['orgs'], scope: 'user',
    schema: { response: { 200: Type.Object({ orgs: Type.Array(OrgSchema) }), ...errors } },
  }),
  createOrg: defineRoute({
    method: 'POST', url: `${V1}/orgs`, summary: 'Create an organisation (site admins)', tags: ['orgs'], scope: 'admin',
    schema: { body: OrgCreateBody, response: { 200: OrgSchema, 409: ErrorBody, ...errors } },
  }),
  showOrg: defineRoute({
    method: 'GET', url: `${V1}/orgs/:org`, summary: 'One organisation', tags: ['orgs'], scope: 'org', action: 'org.read',
    schema: { params: OrgParams, response: { 200: OrgSchema, ...errors } },
  }),
  listMembers: defineRoute({
    method: 'GET', url: `${V1}/orgs/:org/members`, summary: 'Members and their roles', tags: ['orgs'], scope: 'org', action: 'org.read',
    schema: { params: OrgParams, response: { 200: Type.Object({ members: Type.Array(MemberSchema) }), ...errors } },
  }),
  putMember: defineRoute({
    method: 'PUT', url: `${V1}/orgs/:org/members`, summary: 'Add a member or change their role', tags: ['orgs'], scope: 'org', action: 'org.manage',
    schema: { params: OrgParams, body: MemberPutBody, response: { 200: MemberSchema, ...errors } },
  }),
  removeMember: defineRoute({
    method: 'DELETE', url: `${V1}/orgs/:org/members/:email`, summary: 'Remove a member', tags: ['orgs'], scope: 'org', action: 'org.manage',
    schema: { params: MemberParams, response: { 200: Ok, ...errors } },
  }),

  listCorpora: defineRoute({
    method: 'GET', url: `${V1}/corpora`, summary: 'Corpora you can see', tags: ['corpora'], scope: 'user',
    schema: { response: { 200: Type.Object({ corpora: Type.Array(CorpusSchema) }), ...errors } },
  }),
  createCorpus: defineRoute({
    method: 'POST', url: `${V1}/corpora`, summary: 'Create a corpus owned by one of your organisations', tags: ['corpora'], scope: 'bodyOrg', action: 'corpus.create',
    schema: { body: CorpusCreateBody, response: { 200: CorpusSchema, 409: ErrorBody, ...errors } },
  }),
  showCorpus: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus`, summary: 'One corpus', tags: ['corpora'], scope: 'corpus', action: 'corpus.read',
    schema: { params: CorpusParams, response: { 200: CorpusSchema, ...errors } },
  }),
  updateCorpus: defineRoute({
    method: 'PATCH', url: `${V1}/corpora/:corpus`, summary: 'Change a corpus\'s description, licence, domains or visibility', tags: ['corpora'], scope: 'corpus', action: 'corpus.update',
    schema: { params: CorpusParams, body: CorpusPatchBody, response: { 200: CorpusSchema, ...errors } },
  }),
  corpusStats: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/stats`, summary: 'Counts per language, pair, status, domain', tags: ['corpora'], scope: 'corpus', action: 'corpus.read',
    schema: { params: CorpusParams, response: { 200: StatsSchema, ...errors } },
  }),
  listShares: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/shares`, summary: 'Sharing agreements of a corpus', tags: ['corpora'], scope: 'corpus', action: 'corpus.share',
    schema: { params: CorpusParams, response: { 200: Type.Object({ shares: Type.Array(ShareSchema) }), ...errors } },
  }),
  createShare: defineRoute({
    method: 'POST', url: `${V1}/corpora/:corpus/shares`, summary: 'Share a corpus with another organisation', tags: ['corpora'], scope: 'corpus', action: 'corpus.share',
    schema: { params: CorpusParams, body: ShareCreateBody, response: { 200: ShareSchema, ...errors } },
  }),
  revokeShare: defineRoute({
    method: 'DELETE', url: `${V1}/corpora/:corpus/shares/:id`, summary: 'Revoke a sharing agreement', tags: ['corpora'], scope: 'corpus', action: 'corpus.share',
    schema: { params: ShareParams, response: { 200: Ok, ...errors } },
  }),
  listUnits: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/units`, summary: 'Units, filtered, a page at a time', tags: ['units'], scope: 'corpus', action: 'corpus.read',
    schema: { params: CorpusParams, querystring: UnitListQuery, response: { 200: UnitPageSchema, ...errors } },
  }),
  showUnit: defineRoute({
    method: 'GET', url: `${V1}/units/:unitId`, summary: 'One unit with provenance and findings', tags: ['units'], scope: 'unit', action: 'corpus.read',
    schema: { params: UnitParams, response: { 200: UnitDetailSchema, ...errors } },
  }),
  listBatches: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/batches`, summary: 'Import batches of a corpus', tags: ['imports'], scope: 'corpus', action: 'corpus.read',
    schema: { params: CorpusParams, response: { 200: Type.Object({ batches: Type.Array(BatchSchema) }), ...errors } },
  }),
  importUpload: defineRoute({
    method: 'POST', url: `${V1}/corpora/:corpus/imports`, summary: 'Import a file (multipart: provenance fields, then `file`)', tags: ['imports'],
    scope: 'corpus', action: 'corpus.import', multipart: true,
    schema: { params: CorpusParams, response: { 200: ImportResultSchema, 409: ErrorBody, 413: ErrorBody, 415: ErrorBody, ...errors } },
  }),
  exportManifest: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/export/manifest`, summary: 'What an export would contain', tags: ['imports'], scope: 'corpus', action: 'corpus.export',
    schema: { params: CorpusParams, querystring: ExportQuery, response: { 200: ExportManifestSchema, ...errors } },
  }),
  exportDownload: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/export`, summary: 'Download an export (streamed)', tags: ['imports'], scope: 'corpus', action: 'corpus.export', download: true,
    schema: { params: CorpusParams, querystring: ExportQuery, response: { 200: Type.String({ description: 'the file' }), ...errors } },
  }),
  listRuns: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/runs`, summary: 'Pipeline runs of a corpus, newest first', tags: ['runs'], scope: 'corpus', action: 'run.read',
    schema: { params: CorpusParams, response: { 200: Type.Object({ runs: Type.Array(RunSchema) }), ...errors } },
  }),
  showRun: defineRoute({
    method: 'GET', url: `${V1}/runs/:runId`, summary: 'One pipeline run with its report', tags: ['runs'], scope: 'run', action: 'run.read',
    schema: { params: RunParams, response: { 200: RunSchema, ...errors } },
  }),
  auditVerify: defineRoute({
    method: 'GET', url: `${V1}/audit/verify`, summary: 'Check the hash chain of the audit log', tags: ['governance'], scope: 'anyOrg', action: 'audit.verify',
    schema: { response: { 200: AuditVerificationSchema, ...errors } },
  }),
  scanCorpus: defineRoute({
    method: 'POST', url: `${V1}/corpora/:corpus/scan`, summary: 'Scan a corpus for personal data; stores findings as a run', tags: ['governance'], scope: 'corpus', action: 'governance.scan',
    schema: { params: CorpusParams, body: ScanBody, response: { 200: ScanResultSchema, ...errors } },
  }),
  assessCorpus: defineRoute({
    method: 'POST', url: `${V1}/corpora/:corpus/assess`, summary: 'Assess exporting a corpus: the request is built from its provenance and latest scan; recorded in the audit log',
    tags: ['governance'], scope: 'corpus', action: 'governance.assess',
    schema: { params: CorpusParams, body: CorpusAssessBody, response: { 200: CorpusAssessmentSchema, 409: ErrorBody, ...errors } },
  }),
  assessTransfer: defineRoute({
    method: 'POST', url: `${V1}/assess`, summary: 'Assess a cross-border transfer against the rule packs', tags: ['governance'], scope: 'anyOrg', action: 'governance.assess',
    schema: { body: AssessBody, response: { 200: AssessmentSchema, ...errors } },
  }),

  search: defineRoute({
    method: 'GET', url: `${V1}/search`, summary: 'Concordance: units containing a substring, with the aligned side(s)', tags: ['search'], scope: 'user',
    schema: { querystring: SearchQuery, response: { 200: SearchResultSchema, ...errors } },
  }),
  tmLookup: defineRoute({
    method: 'POST', url: `${V1}/tm/lookup`, summary: 'Translation-memory matches for a sentence, best first', tags: ['search'], scope: 'user',
    schema: { body: TmLookupBody, response: { 200: TmResultSchema, ...errors } },
  }),

  glossaryLookup: defineRoute({
    method: 'GET', url: `${V1}/glossary`, summary: 'Glossary entries with a term, in your organisations\' glossaries', tags: ['glossary'], scope: 'user',
    schema: { querystring: GlossaryLookupQuery, response: { 200: GlossaryLookupResult, ...errors } },
  }),
  listGlossaries: defineRoute({
    method: 'GET', url: `${V1}/orgs/:org/glossaries`, summary: 'Glossaries of an organisation', tags: ['glossary'], scope: 'org', action: 'glossary.read',
    schema: { params: OrgParams, response: { 200: Type.Object({ glossaries: Type.Array(GlossarySummarySchema) }), ...errors } },
  }),
  glossaryImport: defineRoute({
    method: 'POST', url: `${V1}/orgs/:org/glossaries/:glossary/import`, summary: 'Import TBX or CSV (multipart `file`)', tags: ['glossary'],
    scope: 'org', action: 'glossary.write', multipart: true,
    schema: { params: GlossaryParams, querystring: GlossaryImportQuery, response: { 200: GlossaryImportResult, 413: ErrorBody, 415: ErrorBody, ...errors } },
  }),
  glossaryExport: defineRoute({
    method: 'GET', url: `${V1}/orgs/:org/glossaries/:glossary/export`, summary: 'Download a glossary as TBX or CSV', tags: ['glossary'],
    scope: 'org', action: 'glossary.read', download: true,
    schema: { params: GlossaryParams, querystring: GlossaryExportQuery, response: { 200: Type.String(), ...errors } },
  }),
} as const;

export type RouteName = keyof typeof routes;
