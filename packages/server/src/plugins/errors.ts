/**
 * Every error leaves the server as `{error: {code, message, place?}}` with the
 * status of its code's table row: SilkloomErrors as they are, Fastify's own
 * (validation, media type, body size, multipart limits) mapped to SLM_API_*
 * codes, anything else as SLM_INTERNAL with a generic message (the details go
 * to the log, not to the client).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SilkloomError, coreError } from '@silkloom/core';
import { apiError } from '@silkloom/contract';

const FASTIFY_CODES: Record<string, (err: FastifyError, req: FastifyRequest) => SilkloomError> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (_e, req) => apiError('SLM_API_UNSUPPORTED_MEDIA_TYPE', { type: req.headers['content-type'] ?? '(none)' }),
  FST_ERR_CTP_BODY_TOO_LARGE: (e) => apiError('SLM_API_PAYLOAD_TOO_LARGE', { problem: e.message }),
  FST_REQ_FILE_TOO_LARGE: (e) => apiError('SLM_API_PAYLOAD_TOO_LARGE', { problem: e.message }),
  FST_FILES_LIMIT: (e) => apiError('SLM_API_PAYLOAD_TOO_LARGE', { problem: e.message }),
  FST_PARTS_LIMIT: (e) => apiError('SLM_API_PAYLOAD_TOO_LARGE', { problem: e.message }),
  FST_FIELDS_LIMIT: (e) => apiError('SLM_API_PAYLOAD_TOO_LARGE', { problem: e.message }),
  FST_INVALID_MULTIPART_CONTENT_TYPE: (_e, req) => apiError('SLM_API_UNSUPPORTED_MEDIA_TYPE', { type: req.headers['content-type'] ?? '(none)' }),
};

/** The coded form of any error thrown while serving a request. */
export function toCoded(err: unknown, req: FastifyRequest): SilkloomError {
  if (err instanceof SilkloomError) return err;
  const fe = err as FastifyError;
  if (fe?.validation) return apiError('SLM_API_VALIDATION', { problem: fe.message });
  const mapped = fe?.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) return mapped(fe, req);
  if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return apiError('SLM_API_VALIDATION', { problem: fe.message });
  }
  return coreError('SLM_INTERNAL', { problem: 'the server failed to answer this request (see its log)' }, { cause: err });
}

export function sendError(reply: FastifyReply, err: SilkloomError): FastifyReply {
  const body: { code: string; message: string; place?: object } = { code: err.code, message: err.message };
  if (err.place) body.place = err.place;
  return reply.code(err.status).send({ error: body });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => {
    const coded = toCoded(err, req);
    if (coded.status >= 500) req.log.error({ err, code: coded.code }, 'request failed');
    else req.log.info({ code: coded.code }, coded.message);
    if (coded.status === 429 && coded.params.seconds !== undefined) reply.header('retry-after', String(coded.params.seconds));
    return sendError(reply, coded);
  });
  app.setNotFoundHandler((req, reply) => sendError(reply, apiError('SLM_API_ROUTE_NOT_FOUND', { method: req.method, url: req.url.split('?')[0] })));
}
