/**
 * Builds a RulePack from its files ({name, text}: `pack.yaml`, optional
 * `rules.yaml`, `tests.yaml`, `ftz/*.yaml`), validating the schema. Pure: no
 * file system, so packs can also be checked in a browser or a server route.
 */
import { createHash } from 'node:crypto';
import { governanceError } from '../errors.ts';
import {
  BASES, CONFIDENCES, DECISIONS, type Citation, type Condition, type FtzList, type PackTest, type Rule, type RulePack,
} from './types.ts';
import { readYaml, schemaError, type YamlSource } from './yaml-source.ts';

export interface PackFile {
  name: string;
  text: string;
}

type Path = Array<string | number>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(src: YamlSource, obj: Record<string, unknown>, key: string, path: Path, optional = false): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) {
    if (optional) return undefined;
    schemaError(src, [...path, key], 'is required');
  }
  if (typeof v !== 'string' || !v.trim()) schemaError(src, [...path, key], `must be a non-empty string, got ${JSON.stringify(v)}`);
  return v;
}

function date(src: YamlSource, obj: Record<string, unknown>, key: string, path: Path, nullable: boolean): string | null {
  const v = obj[key];
  if (nullable && (v === null || v === undefined)) return null;
  if (typeof v !== 'string' || !DATE.test(v) || Number.isNaN(Date.parse(v))) schemaError(src, [...path, key], `must be a date YYYY-MM-DD${nullable ? ' or null' : ''}, got ${JSON.stringify(v)}`);
  return v;
}

function condition(src: YamlSource, v: unknown, path: Path): Condition {
  if (!isObject(v)) schemaError(src, path, 'a condition must be a mapping (all/any/not/fact)');
  if ('all' in v || 'any' in v) {
    const key = 'all' in v ? 'all' : 'any';
    const list = v[key];
    if (!Array.isArray(list) || list.length === 0) schemaError(src, [...path, key], 'must be a non-empty list of conditions');
    const parts = list.map((c, i) => condition(src, c, [...path, key, i]));
    return key === 'all' ? { all: parts } : { any: parts };
  }
  if ('not' in v) return { not: condition(src, v.not, [...path, 'not']) };
  if (typeof v.fact !== 'string') schemaError(src, path, 'needs `fact` (a dotted path such as counters.pi_individuals_ytd), `all`, `any` or `not`');
  const ops = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'not_in', 'is_null', 'contains_any'];
  const used = Object.keys(v).filter((k) => k !== 'fact');
  if (used.length !== 1 || !ops.includes(used[0]!)) schemaError(src, path, `needs exactly one operator of ${ops.join(', ')}; has ${used.join(', ') || 'none'}`);
  const op = used[0]!;
  if (['lt', 'lte', 'gt', 'gte'].includes(op) && typeof v[op] !== 'number') schemaError(src, [...path, op], 'must be a number');
  if (['in', 'not_in', 'contains_any'].includes(op) && !Array.isArray(v[op])) schemaError(src, [...path, op], 'must be a list');
  if (op === 'is_null' && typeof v[op] !== 'boolean') schemaError(src, [...path, op], 'must be true or false');
  return v as unknown as Condition;
}

function citations(src: YamlSource, v: unknown, path: Path): Citation[] {
  if (!Array.isArray(v) || v.length === 0) schemaError(src, path, 'every rule cites at least one instrument and article');
  return v.map((c, i) => {
    if (!isObject(c)) schemaError(src, [...path, i], 'must be {instrument, article, url?, note?}');
    return { instrument: str(src, c, 'instrument', [...path, i])!, article: str(src, c, 'article', [...path, i])!, url: str(src, c, 'url', [...path, i], true), note: str(src, c, 'note', [...path, i], true) };
  });
}

function rule(src: YamlSource, v: unknown, path: Path): Rule {
  if (!isObject(v)) schemaError(src, path, 'a rule must be a mapping');
  const kind = v.kind ?? 'decision';
  if (kind !== 'decision' && kind !== 'obligation') schemaError(src, [...path, 'kind'], 'must be decision or obligation');
  const decision = v.decision;
  if (kind === 'decision' && !DECISIONS.includes(decision as never)) schemaError(src, [...path, 'decision'], `must be one of ${DECISIONS.join(', ')}`);
  const obligations = v.obligations ?? [];
  if (!Array.isArray(obligations) || obligations.some((o) => typeof o !== 'string' || !/^[A-Z0-9_]+$/.test(o))) schemaError(src, [...path, 'obligations'], 'must be a list of UPPER_SNAKE codes');
  if (kind === 'obligation' && obligations.length === 0) schemaError(src, [...path, 'obligations'], 'an obligation rule adds at least one obligation');
  if (!CONFIDENCES.includes(v.confidence as never)) schemaError(src, [...path, 'confidence'], `must be one of ${CONFIDENCES.join(', ')}`);
  if (!BASES.includes(v.basis as never)) schemaError(src, [...path, 'basis'], `must be one of ${BASES.join(', ')}`);
  const from = date(src, v, 'effective_from', path, false)!;
  const to = date(src, v, 'effective_to', path, true);
  if (to !== null && to < from) schemaError(src, [...path, 'effective_to'], 'is before effective_from');
  if (!('effective_to' in v)) schemaError(src, [...path, 'effective_to'], 'is required (null when still in force)');
  return {
    id: str(src, v, 'id', path)!, kind, effective_from: from, effective_to: to, when: condition(src, v.when, [...path, 'when']),
    decision: kind === 'decision' ? (decision as Rule['decision']) : undefined, obligations: obligations as string[],
    citations: citations(src, v.citations, [...path, 'citations']), confidence: v.confidence as Rule['confidence'],
    basis: v.basis as Rule['basis'], note: str(src, v, 'note', path, true), source: { file: src.file, line: src.lineOf(path) },
  };
}

function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isObject(base) || !isObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = deepMerge(base[k], v);
  return out;
}

function tests(src: YamlSource, list: unknown, defaults: unknown, path: Path): PackTest[] {
  if (!Array.isArray(list)) schemaError(src, path, 'must be a list of test cases');
  return list.map((t, i) => {
    const p = [...path, i];
    if (!isObject(t) || !isObject(t.expect)) schemaError(src, p, 'a test needs name, request and expect');
    if (!DECISIONS.includes(t.expect.decision as never)) schemaError(src, [...p, 'expect', 'decision'], `must be one of ${DECISIONS.join(', ')}`);
    return { name: str(src, t, 'name', p)!, request: deepMerge(defaults ?? {}, t.request ?? {}) as Record<string, unknown>, expect: t.expect as PackTest['expect'], source: { file: src.file, line: src.lineOf(p) } };
  });
}

function ftzList(src: YamlSource): FtzList {
  const v = src.data;
  if (!isObject(v)) schemaError(src, [], 'an FTZ list file is a mapping');
  const conf = v.confidence;
  if (!CONFIDENCES.includes(conf as never)) schemaError(src, ['confidence'], `must be one of ${CONFIDENCES.join(', ')}`);
  return {
    zone: str(src, v, 'zone', [])!, title: str(src, v, 'title', [])!, effective_from: date(src, v, 'effective_from', [], false)!,
    effective_to: date(src, v, 'effective_to', [], true), url: str(src, v, 'url', [], true), confidence: conf as FtzList['confidence'], note: str(src, v, 'note', [], true),
  };
}

/** Parses and validates one pack; `dir` is only recorded (for messages and `rules show`). */
export function parsePack(dir: string, files: readonly PackFile[]): RulePack {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  const sha256 = createHash('sha256');
  for (const f of sorted) sha256.update(`${f.name}\0${f.text}\0`);
  const packFile = sorted.find((f) => f.name === 'pack.yaml');
  if (!packFile) schemaError({ file: `${dir}/pack.yaml`, data: null, lineOf: () => 1 }, [], 'every pack folder needs a pack.yaml');
  const src = readYaml(`${dir}/pack.yaml`, packFile.text);
  const meta = src.data;
  if (!isObject(meta)) schemaError(src, [], 'pack.yaml must be a mapping');
  const version = str(src, meta, 'version', [])!;
  if (!/^\d+\.\d+\.\d+$/.test(version)) schemaError(src, ['version'], 'must be semver MAJOR.MINOR.PATCH');
  const jurisdiction = str(src, meta, 'jurisdiction', [])!;
  if (!/^[A-Z]{2}$/.test(jurisdiction)) schemaError(src, ['jurisdiction'], 'must be an ISO 3166-1 alpha-2 code');
  const appliesTo = meta.applies_to ?? [jurisdiction];
  if (!Array.isArray(appliesTo) || appliesTo.some((c) => typeof c !== 'string' || !/^[A-Z]{2}$/.test(c))) schemaError(src, ['applies_to'], 'must be a list of ISO 3166-1 alpha-2 codes');
  if (meta.direction !== 'export') schemaError(src, ['direction'], 'must be export (rules for data leaving the jurisdiction)');
  const rules: Rule[] = Array.isArray(meta.rules) ? meta.rules.map((r, i) => rule(src, r, ['rules', i])) : [];
  let packTests: PackTest[] = meta.tests === undefined ? [] : tests(src, meta.tests, meta.test_defaults, ['tests']);
  const ftzLists: FtzList[] = [];
  for (const f of sorted) {
    const file = `${dir}/${f.name}`;
    if (f.name === 'rules.yaml') {
      const s = readYaml(file, f.text);
      const list = isObject(s.data) ? s.data.rules : undefined;
      if (!Array.isArray(list)) schemaError(s, ['rules'], 'rules.yaml holds `rules:` with a list');
      rules.push(...list.map((r, i) => rule(s, r, ['rules', i])));
    } else if (f.name === 'tests.yaml') {
      const s = readYaml(file, f.text);
      if (!isObject(s.data)) schemaError(s, [], 'tests.yaml holds `defaults:` and `tests:`');
      packTests = packTests.concat(tests(s, s.data.tests, s.data.defaults, ['tests']));
    } else if (f.name.startsWith('ftz/')) ftzLists.push(ftzList(readYaml(file, f.text)));
  }
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) throw governanceError('SLM_RULES_SCHEMA_INVALID', { problem: `rule id ${r.id} is used twice` }, { place: r.source });
    seen.add(r.id);
  }
  return {
    id: str(src, meta, 'id', [])!, version, title: str(src, meta, 'title', [])!, jurisdiction, appliesTo: appliesTo as string[], direction: 'export',
    instruments: Array.isArray(meta.instruments) ? (meta.instruments as RulePack['instruments']) : [], rules, tests: packTests,
    ftzLists, sha256: sha256.digest('hex'), dir,
  };
}
