/**
 * Routes of co-building (issue 6): contributions, review, releases and the
 * dashboard. Kept apart from routes.ts so the two tables can grow
 * independently; `allRoutes` in the server registers both.
 */
import { Type } from '@sinclair/typebox';
import { ErrorBody, Ok, errorResponses } from './common.ts';
import { BatchDetailSchema, BatchParams, WithdrawBody } from './contributions.ts';
import { CorpusParams } from './corpora.ts';
import { DashboardQuery, DashboardSchema } from './dashboard.ts';
import {
  DeltaQuery, DeltaSchema, ReleaseCreateBody, ReleaseDetailSchema, ReleaseFileQuery, ReleaseListSchema, ReleaseParams,
} from './releases.ts';
import { FlaggedSchema, GoldBody, QueueItemSchema, QueueQuery, ReviewStatsSchema, TrustBody, VoteBody, VoteResultSchema } from './review.ts';
import { defineRoute } from './route.ts';
import { UnitParams } from './units.ts';

export * from './review.ts';
export * from './releases.ts';
export * from './dashboard.ts';
export * from './contributions.ts';

const V1 = '/api/v1';
const errors = errorResponses;

export const cobuildRoutes = {
  dashboard: defineRoute({
    method: 'GET', url: `${V1}/dashboard`, summary: 'Coverage, statuses, distributions, credit and agreement over the corpora you can see', tags: ['dashboard'], scope: 'user',
    schema: { querystring: DashboardQuery, response: { 200: DashboardSchema, ...errors } },
  }),
  showBatch: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/batches/:batchId`, summary: 'One contribution: its provenance, languages and statuses', tags: ['contributions'], scope: 'corpus', action: 'corpus.read',
    schema: { params: BatchParams, response: { 200: BatchDetailSchema, ...errors } },
  }),
  withdrawBatch: defineRoute({
    method: 'POST', url: `${V1}/corpora/:corpus/batches/:batchId/withdraw`, summary: 'Withdraw a contribution before it is released (its organisation or the corpus owner)', tags: ['contributions'],
    scope: 'corpus', action: 'corpus.import',
    schema: { params: BatchParams, body: WithdrawBody, response: { 200: BatchDetailSchema, 409: ErrorBody, ...errors } },
  }),
  reviewNext: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/review/next`, summary: 'The next unit for you to review (one at a time)', tags: ['review'], scope: 'corpus', action: 'unit.review',
    schema: { params: CorpusParams, querystring: QueueQuery, response: { 200: QueueItemSchema, ...errors } },
  }),
  vote: defineRoute({
    method: 'POST', url: `${V1}/units/:unitId/votes`, summary: 'Vote on a unit; the consensus policy may decide it', tags: ['review'], scope: 'unit', action: 'unit.review',
    schema: { params: UnitParams, body: VoteBody, response: { 200: VoteResultSchema, 409: ErrorBody, ...errors } },
  }),
  setGold: defineRoute({
    method: 'PUT', url: `${V1}/units/:unitId/gold`, summary: 'Mark a unit as gold with its known answer (null clears it)', tags: ['review'], scope: 'unit', action: 'corpus.update',
    schema: { params: UnitParams, body: GoldBody, response: { 200: Ok, ...errors } },
  }),
  setTrusted: defineRoute({
    method: 'PUT', url: `${V1}/corpora/:corpus/review/trusted`, summary: 'Make a reviewer trusted (their vote decides alone) or not', tags: ['review'], scope: 'corpus', action: 'corpus.update',
    schema: { params: CorpusParams, body: TrustBody, response: { 200: Ok, ...errors } },
  }),
  reviewStats: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/review/stats`, summary: 'Votes, decisions, Fleiss\' and Cohen\'s kappa, gold accuracy per validator', tags: ['review'], scope: 'corpus', action: 'corpus.read',
    schema: { params: CorpusParams, response: { 200: ReviewStatsSchema, ...errors } },
  }),
  flagged: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/review/flagged`, summary: 'Units reviewers flagged for personal data (for governance)', tags: ['review', 'governance'], scope: 'corpus', action: 'corpus.read',
    schema: { params: CorpusParams, response: { 200: FlaggedSchema, ...errors } },
  }),
  listReleases: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/releases`, summary: 'Releases of a corpus, newest first, and the next version', tags: ['releases'], scope: 'corpus', action: 'corpus.read',
    schema: { params: CorpusParams, response: { 200: ReleaseListSchema, ...errors } },
  }),
  createRelease: defineRoute({
    method: 'POST', url: `${V1}/corpora/:corpus/releases`, summary: 'Cut a frozen release with leak-free splits and a datasheet', tags: ['releases'], scope: 'corpus', action: 'corpus.export',
    schema: { params: CorpusParams, body: ReleaseCreateBody, response: { 200: ReleaseDetailSchema, 409: ErrorBody, ...errors } },
  }),
  showRelease: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/releases/:version`, summary: 'One release: its files with SHA-256 and its figures', tags: ['releases'], scope: 'corpus', action: 'corpus.read',
    schema: { params: ReleaseParams, response: { 200: ReleaseDetailSchema, ...errors } },
  }),
  releaseFile: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/releases/:version/file`, summary: 'Download one file of a release', tags: ['releases'], scope: 'corpus', action: 'corpus.export', download: true,
    schema: { params: ReleaseParams, querystring: ReleaseFileQuery, response: { 200: Type.String(), ...errors } },
  }),
  releaseBundle: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/releases/:version/bundle`, summary: 'Download the whole release as a .tar (streamed)', tags: ['releases'], scope: 'corpus', action: 'corpus.export', download: true,
    schema: { params: ReleaseParams, response: { 200: Type.String(), ...errors } },
  }),
  releaseDelta: defineRoute({
    method: 'GET', url: `${V1}/corpora/:corpus/releases/:version/delta`, summary: 'Units added, removed and changed since an earlier release', tags: ['releases'], scope: 'corpus', action: 'corpus.read',
    schema: { params: ReleaseParams, querystring: DeltaQuery, response: { 200: DeltaSchema, ...errors } },
  }),
} as const;
