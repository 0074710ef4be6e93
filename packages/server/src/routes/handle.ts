/**
 * Registers a handler for one route of the contract: the contract's method,
 * URL and schemas, its scope and action as route config (read by the
 * authentication and authorisation hooks), and typed request parts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteDef, RouteTypes } from '@silkloom/contract';

export type Req<D extends RouteDef> = FastifyRequest<{
  Params: RouteTypes<D>['params'];
  Querystring: RouteTypes<D>['query'];
  Body: RouteTypes<D>['body'];
}>;

export type Handler<D extends RouteDef> = (req: Req<D>, reply: FastifyReply) => Promise<RouteTypes<D>['reply'] | FastifyReply>;

export function handle<D extends RouteDef>(app: FastifyInstance, def: D, handler: Handler<D>): void {
  const { params, querystring, body, response } = def.schema;
  app.route({
    method: def.method,
    url: def.url,
    schema: {
      summary: def.summary,
      tags: def.tags,
      ...(params ? { params } : {}),
      ...(querystring ? { querystring } : {}),
      ...(body ? { body } : {}),
      // Downloads stream their own bytes; only their error answers have a schema.
      response: def.download ? Object.fromEntries(Object.entries(response).filter(([status]) => status !== '200')) : response,
    },
    config: { scope: def.scope, action: def.action, multipart: def.multipart ?? false },
    handler: handler as never,
  });
}
