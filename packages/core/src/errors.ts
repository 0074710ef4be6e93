/**
 * Coded errors, in the manner of Fastify's error table: every error a package
 * throws has a stable code (`SLM_…`), a message template, an HTTP status and
 * keeps its `cause`. Codes are never reused. `docs/errors.md` lists them all
 * and a test keeps it in sync with the tables.
 */

/** One row of an error table. `{name}` placeholders are filled from params. */
export interface ErrorDef {
  readonly message: string;
  readonly status: number;
  /** One line for docs/errors.md: when it happens and what to do. */
  readonly hint?: string;
}

export type ErrorTable = Readonly<Record<string, ErrorDef>>;

/** Where in an input a problem sits. Lines and columns are 1-based. */
export interface Place {
  file?: string;
  line?: number;
  column?: number;
  /** A unit id inside the file (TMX tuid, XLIFF trans-unit id, JSONL id). */
  unit?: string;
}

const registry = new Map<string, ErrorDef & { pkg: string }>();

/**
 * Registers a package's error table and returns it typed, so call sites get
 * autocompletion on codes. Throws at load time if a code is registered twice
 * with a different definition (codes are global and never reused).
 */
export function defineErrors<T extends Record<string, ErrorDef>>(pkg: string, table: T): T {
  for (const [code, def] of Object.entries(table)) {
    if (!/^SLM_[A-Z0-9_]+$/.test(code)) throw new Error(`error code ${code} must match SLM_[A-Z0-9_]+`);
    const prior = registry.get(code);
    if (prior && (prior.pkg !== pkg || prior.message !== def.message)) {
      throw new Error(`error code ${code} is defined twice (${prior.pkg} and ${pkg})`);
    }
    registry.set(code, { ...def, pkg });
  }
  return table;
}

/** All registered codes (for docs and the sync test). */
export function registeredErrors(): ReadonlyMap<string, ErrorDef & { pkg: string }> {
  return registry;
}

function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** Renders a place as `file:line:column (unit u)` for messages. */
export function formatPlace(place: Place | undefined): string {
  if (!place) return '';
  let text = place.file ?? '';
  if (place.line !== undefined) text += `${text ? ':' : 'line '}${place.line}`;
  if (place.column !== undefined && place.line !== undefined) text += `:${place.column}`;
  if (place.unit !== undefined) text += `${text ? ' ' : ''}(unit ${place.unit})`;
  return text;
}

/**
 * The one error class. `code` identifies the row in an error table; `status`
 * is the HTTP status a server maps it to; `place` names file/line/unit for
 * problems with input data.
 */
export class SilkloomError extends Error {
  readonly code: string;
  readonly status: number;
  readonly params: Record<string, unknown>;
  readonly place: Place | undefined;

  constructor(
    code: string,
    def: ErrorDef,
    params: Record<string, unknown> = {},
    options: { cause?: unknown; place?: Place } = {},
  ) {
    const where = formatPlace(options.place);
    super((where ? `${where}: ` : '') + fill(def.message, params), { cause: options.cause });
    this.name = 'SilkloomError';
    this.code = code;
    this.status = def.status;
    this.params = params;
    this.place = options.place;
  }

  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, status: this.status, place: this.place, params: this.params };
  }
}

/**
 * Builds a thrower bound to one table: `fail('SLM_X', {a: 1}, {place})`.
 * Packages export `const fail = errorFactory(errors)`.
 */
export function errorFactory<T extends ErrorTable>(table: T) {
  return function makeError(
    code: keyof T & string,
    params: Record<string, unknown> = {},
    options: { cause?: unknown; place?: Place } = {},
  ): SilkloomError {
    const def = table[code];
    if (!def) throw new Error(`unknown error code ${code}`);
    return new SilkloomError(code, def, params, options);
  };
}

/** True when `err` is a SilkloomError, optionally with the given code. */
export function isSilkloomError(err: unknown, code?: string): err is SilkloomError {
  return err instanceof SilkloomError && (code === undefined || err.code === code);
}

/** Core's own codes. */
export const coreErrors = defineErrors('core', {
  SLM_LANG_TAG_INVALID: {
    message: 'language tag "{tag}" is not well-formed BCP 47',
    status: 400,
    hint: 'Use a tag such as zh-Hans, th, yue-Hant, uz-Latn; FLORES codes like tha_Thai and legacy zh_CN are also accepted.',
  },
  SLM_LANG_TAG_UNKNOWN: {
    message: 'language tag "{tag}" names no known language ({reason})',
    status: 400,
    hint: 'The primary language subtag must be an ISO 639 code; und, mul and zxx cannot key a variant.',
  },
  SLM_COUNTRY_UNKNOWN: {
    message: '"{code}" is not an ISO 3166-1 alpha-2 country code',
    status: 400,
    hint: 'Use two capital letters such as CN, TH, KZ; HK and MO are their own codes.',
  },
  SLM_STEP_OPTIONS_INVALID: {
    message: 'step "{step}": {problem}',
    status: 400,
    hint: 'A pipeline step was built with options it does not accept; the message says which.',
  },
  SLM_JSON_NOT_CANONICALISABLE: {
    message: 'value cannot be written as RFC 8785 canonical JSON: {problem} at {path}',
    status: 400,
    hint: 'Only I-JSON data hashes reproducibly: finite numbers, well-formed strings, plain objects and arrays, no cycles.',
  },
  SLM_INTERNAL: {
    message: 'internal error: {problem}',
    status: 500,
    hint: 'A bug; please report it with the command that triggered it.',
  },
});

export const coreError = errorFactory(coreErrors);
