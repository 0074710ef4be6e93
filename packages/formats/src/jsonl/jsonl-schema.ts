/**
 * The Silkloom JSONL unit schema (one JSON object per line; see README.md):
 *
 *   {"id": "u1",
 *    "variants": {"zh-Hans": "你好", "th": {"text": "สวัสดี", "markup": {…}, "meta": {…}}},
 *    "srcLang": "zh-Hans", "domain": "tourism" | ["tourism", "commerce"],
 *    "status": "raw", "rejectReasons": […], "provenance": {…}, "meta": {…}}
 *
 * Only `variants` is required. A variant is a string (plain text) or an
 * object whose `text` is the plain text and whose optional `markup`
 * ({format: "tmx"|"xliff1"|"xliff2", nodes}) and `meta` carry what a
 * TMX/XLIFF source had, so that a JSONL export loses nothing.
 */
import { isUnitStatus, type InlineNode, type Meta, type Provenance, type UnitStatus, type Variant } from '@silkloom/core';

/** A JSON value that failed validation, with the reason. */
export class NotAUnit extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isStringRecord = (v: unknown): v is Record<string, string> => isObject(v) && Object.values(v).every((x) => typeof x === 'string');

function checkNodes(nodes: unknown, depth: number): InlineNode[] {
  if (!Array.isArray(nodes) || depth > 64) throw new NotAUnit('markup.nodes must be an array of strings and {name, attrs, children}');
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (!isObject(node) || typeof node.name !== 'string' || !isStringRecord(node.attrs)) throw new NotAUnit('an inline element needs a name and string attrs');
    checkNodes(node.children, depth + 1);
  }
  return nodes as InlineNode[];
}

function checkMeta(meta: unknown, where: string): Meta {
  if (!isObject(meta)) throw new NotAUnit(`${where}.meta must be an object`);
  const ok =
    (meta.props === undefined || (Array.isArray(meta.props) && meta.props.every((p) => isObject(p) && typeof p.type === 'string' && typeof p.value === 'string'))) &&
    (meta.notes === undefined || (Array.isArray(meta.notes) && meta.notes.every((n) => isObject(n) && typeof n.text === 'string'))) &&
    (meta.attrs === undefined || isStringRecord(meta.attrs));
  if (!ok) throw new NotAUnit(`${where}.meta must be {props?: [{type, value}], notes?: [{text}], attrs?: {…}}`);
  return meta as Meta;
}

/** A variant from its JSON form. */
export function variantFromJson(value: unknown, tag: string): Variant {
  if (typeof value === 'string') return { text: value };
  if (!isObject(value) || typeof value.text !== 'string') throw new NotAUnit(`variants["${tag}"] must be a string or {text, markup?, meta?}`);
  const variant: Variant = { text: value.text };
  if (value.markup !== undefined) {
    const markup = value.markup;
    if (!isObject(markup) || !['tmx', 'xliff1', 'xliff2'].includes(markup.format as string)) {
      throw new NotAUnit(`variants["${tag}"].markup.format must be tmx, xliff1 or xliff2`);
    }
    variant.markup = { format: markup.format as 'tmx' | 'xliff1' | 'xliff2', nodes: checkNodes(markup.nodes, 0) };
  }
  if (value.meta !== undefined) variant.meta = checkMeta(value.meta, `variants["${tag}"]`);
  return variant;
}

/** A variant's JSON form: a plain string when it has nothing but text. */
export function variantToJson(variant: Variant): unknown {
  if (!variant.markup && !variant.meta) return variant.text;
  const out: Record<string, unknown> = { text: variant.text };
  if (variant.markup) out.markup = variant.markup;
  if (variant.meta) out.meta = variant.meta;
  return out;
}

/** The fields of a JSON unit other than variants, checked. */
export function unitFields(json: Record<string, unknown>) {
  const id = json.id;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') throw new NotAUnit('id must be a string or number');
  const domain = json.domain ?? json.domains;
  if (domain !== undefined && typeof domain !== 'string' && !isStringArray(domain)) throw new NotAUnit('domain must be a string or an array of strings');
  const status = json.status;
  if (status !== undefined && (typeof status !== 'string' || !isUnitStatus(status))) throw new NotAUnit('status must be raw, clean, rejected or validated');
  if (json.rejectReasons !== undefined && !isStringArray(json.rejectReasons)) throw new NotAUnit('rejectReasons must be an array of strings');
  if (json.srcLang !== undefined && typeof json.srcLang !== 'string') throw new NotAUnit('srcLang must be a string');
  const provenance = json.provenance;
  if (provenance !== undefined && !isObject(provenance)) throw new NotAUnit('provenance must be an object');
  const rest: Provenance = {};
  for (const [k, v] of Object.entries(provenance ?? {})) {
    // Where this copy came from is this file; the rest of the provenance travels with the unit.
    if (k === 'sourceFile' || k === 'line' || k === 'sourceUnitId' || k === 'sourceSha256') continue;
    if (typeof v !== 'string') throw new NotAUnit(`provenance.${k} must be a string`);
    (rest as Record<string, string>)[k] = v;
  }
  return {
    id: id === undefined ? undefined : String(id),
    domains: typeof domain === 'string' ? [domain] : (domain ?? []),
    status: (status ?? 'raw') as UnitStatus,
    rejectReasons: json.rejectReasons as string[] | undefined,
    srcLang: json.srcLang as string | undefined,
    provenance: rest,
    meta: json.meta === undefined ? undefined : checkMeta(json.meta, 'unit'),
  };
}
