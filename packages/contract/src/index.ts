/**
 * @silkloom/contract — the REST API as data: TypeBox schemas for every route's
 * request and response (which also produce the OpenAPI document), the API's
 * error codes with their HTTP statuses, and the permission table. Browser-safe:
 * the web UI imports it as is. See docs/api.md.
 */
export * from './permissions.ts';
export * from './errors.ts';
export * from './common.ts';
export * from './route.ts';
export * from './routes.ts';
export * from './auth.ts';
export * from './orgs.ts';
export * from './corpora.ts';
export * from './units.ts';
export * from './transfers.ts';
export * from './search.ts';
export * from './glossary.ts';
export * from './cobuild-routes.ts';
