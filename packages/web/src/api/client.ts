/**
 * The typed API client: every call names a route of @silkloom/contract and
 * gets that route's response type back. Cookie sessions send the CSRF token
 * (from sign-in or GET /auth/session) on unsafe methods. Errors arrive as the
 * contract's ErrorBody and are thrown as {@link ApiError} with their code.
 */
import type { RouteDef, RouteTypes } from '@silkloom/contract';

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status: number) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

let csrfToken: string | undefined;
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export interface CallInput<D extends RouteDef> {
  params?: RouteTypes<D>['params'];
  query?: RouteTypes<D>['query'];
  body?: RouteTypes<D>['body'];
}

/** The route's URL with its `:params` filled in and the query appended. */
export function routeUrl<D extends RouteDef>(route: D, params?: RouteTypes<D>['params'], query?: Record<string, unknown>): string {
  let path = route.url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String((params as Record<string, unknown> | undefined)?.[name] ?? '')));
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const qs = search.toString();
  if (qs) path += `?${qs}`;
  return path;
}

function headers(method: string, json: boolean): Record<string, string> {
  const out: Record<string, string> = { accept: 'application/json' };
  if (json) out['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) out['x-csrf-token'] = csrfToken;
  return out;
}

async function failure(status: number, text: string): Promise<ApiError> {
  try {
    const body = JSON.parse(text) as { error?: { code: string; message: string } };
    if (body.error) return new ApiError(body.error.code, body.error.message, status);
  } catch {
    // not JSON: fall through
  }
  return new ApiError('SLM_HTTP', `HTTP ${status}`, status);
}

export async function call<D extends RouteDef>(route: D, input: CallInput<D> = {}): Promise<RouteTypes<D>['reply']> {
  const hasBody = input.body !== undefined;
  const res = await fetch(routeUrl(route, input.params, input.query as unknown as Record<string, unknown>), {
    method: route.method,
    headers: headers(route.method, hasBody),
    credentials: 'same-origin',
    ...(hasBody ? { body: JSON.stringify(input.body) } : route.method === 'GET' ? {} : { body: '{}', headers: headers(route.method, true) }),
  });
  const text = await res.text();
  if (!res.ok) throw await failure(res.status, text);
  return (text ? JSON.parse(text) : undefined) as RouteTypes<D>['reply'];
}

/**
 * A multipart upload with progress events (XMLHttpRequest, because fetch
 * reports no upload progress). Fields go before the file, as the import route
 * streams the file straight into the reader.
 */
export function upload<D extends RouteDef>(
  route: D,
  params: RouteTypes<D>['params'],
  fields: Record<string, string>,
  file: File,
  onProgress: (sent: number, total: number) => void,
): Promise<RouteTypes<D>['reply']> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== '') form.append(k, v);
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(route.method, routeUrl(route, params));
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new ApiError('SLM_HTTP', 'network error', 0));
    xhr.onload = async () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText));
      else reject(await failure(xhr.status, xhr.responseText));
    };
    xhr.send(form);
  });
}
