/**
 * The API's own error codes (SLM_AUTH_*, SLM_API_*, SLM_SEARCH_*, SLM_SHARE_*),
 * and the error-code → HTTP status map clients use. Errors raised by other
 * packages (SLM_STORE_CORPUS_NOT_FOUND, SLM_TMX_…) keep their own table's
 * status; every one reaches the client as {@link ErrorBody}. See docs/errors.md.
 */
import { defineErrors, errorFactory, registeredErrors } from '@silkloom/core';

export const contractErrors = defineErrors('contract', {
  SLM_AUTH_REQUIRED: {
    message: 'sign in first: this needs a session cookie or an API token',
    status: 401,
    hint: 'Browsers sign in with POST /api/v1/auth/login; scripts send `Authorization: Bearer slk_…` (create a token with POST /api/v1/auth/tokens).',
  },
  SLM_AUTH_INVALID_CREDENTIALS: {
    message: 'e-mail or password is wrong',
    status: 401,
    hint: 'The same answer is given for an unknown e-mail and a wrong password, on purpose.',
  },
  SLM_AUTH_TOKEN_INVALID: {
    message: 'the API token is unknown, revoked or expired',
    status: 401,
    hint: 'Create a new token with POST /api/v1/auth/tokens (it is shown once) and send it as `Authorization: Bearer slk_…`.',
  },
  SLM_AUTH_FORBIDDEN: {
    message: 'your role does not allow {action} here',
    status: 403,
    hint: 'The permission table is in packages/contract/src/permissions.ts and docs/api.md; ask an owner of the organisation for a role that grants it.',
  },
  SLM_AUTH_CSRF: {
    message: 'missing or wrong X-CSRF-Token header for a {method} request made with a session cookie',
    status: 403,
    hint: 'Send the csrfToken from POST /api/v1/auth/login or GET /api/v1/auth/session in the X-CSRF-Token header of every POST/PUT/PATCH/DELETE.',
  },
  SLM_AUTH_RATE_LIMITED: {
    message: 'too many sign-in attempts; try again in {seconds} s',
    status: 429,
    hint: 'Sign-in is limited per client address and per account; wait for the Retry-After seconds.',
  },
  SLM_AUTH_USER_DISABLED: {
    message: 'this account is disabled',
    status: 403,
    hint: 'A site admin can enable it again.',
  },
  SLM_API_VALIDATION: {
    message: 'request is not valid: {problem}',
    status: 400,
    hint: 'The request does not match the schema in /api/openapi.json; the message names the field.',
  },
  SLM_API_ROUTE_NOT_FOUND: {
    message: 'no route {method} {url}',
    status: 404,
    hint: 'See /api/docs for the routes.',
  },
  SLM_API_UNSUPPORTED_MEDIA_TYPE: {
    message: 'content type {type} is not accepted here',
    status: 415,
    hint: 'JSON bodies need Content-Type: application/json; uploads need multipart/form-data.',
  },
  SLM_API_PAYLOAD_TOO_LARGE: {
    message: 'request body is too large: {problem}',
    status: 413,
    hint: 'JSON bodies are limited to 1 MiB; upload files as multipart/form-data (streamed, size limit set with `silkloom serve --max-upload`).',
  },
  SLM_API_UPLOAD_INVALID: {
    message: 'upload is not valid: {problem}',
    status: 400,
    hint: 'POST the provenance fields first and the file last in multipart/form-data (see docs/api.md, Import).',
  },
  SLM_API_CONFLICT: {
    message: '{problem}',
    status: 409,
    hint: 'The thing already exists or was changed meanwhile.',
  },
  SLM_API_NOT_FOUND: {
    message: 'no {thing} "{name}"',
    status: 404,
    hint: 'It does not exist, or it belongs to an organisation whose data you cannot see (the answer is the same, on purpose).',
  },
  SLM_SEARCH_QUERY_TOO_SHORT: {
    message: 'query "{query}" is too short: {problem}',
    status: 400,
    hint: 'Chinese, Japanese and Korean queries may be one or two characters; other scripts need at least three.',
  },
  SLM_SHARE_NOT_ALLOWED: {
    message: 'the sharing agreement does not allow this: {problem}',
    status: 403,
    hint: 'An agreement limits purposes, destination countries and dates; ask the owning organisation to extend it.',
  },
  SLM_SERVER_CLOSING: {
    message: 'the server is shutting down',
    status: 503,
    hint: 'Retry in a moment, against the restarted server.',
  },
});

export const apiError = errorFactory(contractErrors);

/**
 * HTTP status for an error code: every registered table (the packages loaded
 * in this process), falling back to 500. The API's own codes are always known.
 */
export function statusForCode(code: string): number {
  return registeredErrors().get(code)?.status ?? 500;
}
