/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): one byte-exact serialisation of
 * a JSON value, so that a hash over it (the audit chain, manifests, release
 * checksums) is the same on every machine and in every language.
 *
 * - object members sorted by their names compared as arrays of UTF-16 code
 *   units (RFC 8785 §3.2.3), which is what `Array.prototype.sort` does;
 * - numbers in ECMAScript `Number.prototype.toString` form (§3.2.2.3), which is
 *   what `JSON.stringify` emits; NaN and ±Infinity are not JSON and are refused;
 * - strings with the minimal escaping of `JSON.stringify` (§3.2.2.2); lone
 *   surrogates are refused, as RFC 7493 (I-JSON) requires;
 * - no whitespace.
 *
 * Departures for convenience, matching `JSON.stringify`: object members whose
 * value is `undefined` are left out, and a `toJSON()` method is honoured (so a
 * `Date` becomes its ISO string). `undefined` in an array, functions, symbols,
 * bigints and cycles throw SLM_JSON_NOT_CANONICALISABLE.
 */
import { coreError } from './errors.ts';

/** A JSON value as RFC 8259 defines it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Serialises `value` per RFC 8785. Throws SLM_JSON_NOT_CANONICALISABLE for data that is not I-JSON. */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}

function refuse(problem: string, path: string): never {
  throw coreError('SLM_JSON_NOT_CANONICALISABLE', { problem, path });
}

function writeString(text: string, path: string): string {
  if (LONE_SURROGATE.test(text)) refuse('lone surrogate in string', path);
  return JSON.stringify(text);
}

function write(value: unknown, path: string, open: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) refuse(`${value} is not a JSON number`, path);
      return JSON.stringify(value);
    case 'string':
      return writeString(value, path);
    case 'object':
      break;
    default:
      refuse(`${typeof value} is not JSON`, path);
  }
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === 'function') return write(withToJson.toJSON(), path, open);
  if (open.has(value)) refuse('cycle', path);
  open.add(value);
  try {
    if (Array.isArray(value)) {
      const items = value.map((item, i) => {
        if (item === undefined) refuse('undefined is not JSON', `${path}[${i}]`);
        return write(item, `${path}[${i}]`, open);
      });
      return `[${items.join(',')}]`;
    }
    const record = value as Record<string, unknown>;
    const names = Object.keys(record).filter((name) => record[name] !== undefined).sort();
    const members = names.map((name) => {
      const memberPath = `${path}.${name}`;
      return `${writeString(name, memberPath)}:${write(record[name], memberPath, open)}`;
    });
    return `{${members.join(',')}}`;
  } finally {
    open.delete(value);
  }
}
