/**
 * A route of the API as data: method, URL, schemas (which also produce the
 * OpenAPI document), and what the server must check before the handler runs.
 */
import type { Static, TSchema } from '@sinclair/typebox';
import type { Action } from './permissions.ts';

/**
 * How the server finds the organisation whose roles decide:
 * - `none`: no sign-in needed;
 * - `user`: any signed-in user (the handler limits what it shows to what the user may see);
 * - `admin`: site admins only;
 * - `corpus`: the `:corpus` path parameter (404 when the caller cannot see it);
 * - `unit` / `run`: the corpus of the `:unitId` / `:runId` parameter;
 * - `org`: the `:org` path parameter;
 * - `bodyOrg`: the `ownerOrg` field of the JSON body;
 * - `anyOrg`: any organisation the caller belongs to.
 */
export type RouteScope = 'none' | 'user' | 'admin' | 'corpus' | 'unit' | 'run' | 'org' | 'bodyOrg' | 'anyOrg';

export interface RouteSchemas {
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
  response: Record<number, TSchema>;
}

export interface RouteDef<S extends RouteSchemas = RouteSchemas> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  summary: string;
  tags: string[];
  scope: RouteScope;
  /** The permission-table action checked for scoped routes. */
  action?: Action;
  /** Request body is multipart/form-data (streamed), not JSON. */
  multipart?: boolean;
  /** Response is a file download (streamed), not JSON. */
  download?: boolean;
  schema: S;
}

export function defineRoute<S extends RouteSchemas>(def: RouteDef<S>): RouteDef<S> {
  return def;
}

type Field<S, K extends string> = S extends { [P in K]: infer T extends TSchema } ? Static<T> : undefined;

/** The static types of one route's request and success response. */
export interface RouteTypes<D extends RouteDef> {
  params: Field<D['schema'], 'params'>;
  query: Field<D['schema'], 'querystring'>;
  body: Field<D['schema'], 'body'>;
  reply: D['schema']['response'] extends { 200: infer R extends TSchema } ? Static<R> : unknown;
}
