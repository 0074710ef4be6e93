/**
 * Three-valued (Kleene) evaluation of rule conditions. A test on a fact that
 * is null or absent is *unknown*; `all` is false as soon as one part is false,
 * `any` true as soon as one is true. An unknown decision rule therefore means
 * "this rule might apply but a fact is missing", and the engine answers
 * ESCALATE naming the missing facts — only where the missing fact matters.
 */
import type { Condition, FactTest } from './types.ts';

export interface Truth {
  value: boolean | 'unknown';
  /** Fact paths whose absence made the result unknown. */
  missing: string[];
}

export function factAt(facts: unknown, path: string): unknown {
  let node: unknown = facts;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function test(t: FactTest, value: unknown): boolean {
  if (t.eq !== undefined && value !== t.eq) return false;
  if (t.ne !== undefined && value === t.ne) return false;
  if (t.lt !== undefined && !(typeof value === 'number' && value < t.lt)) return false;
  if (t.lte !== undefined && !(typeof value === 'number' && value <= t.lte)) return false;
  if (t.gt !== undefined && !(typeof value === 'number' && value > t.gt)) return false;
  if (t.gte !== undefined && !(typeof value === 'number' && value >= t.gte)) return false;
  if (t.in !== undefined && !t.in.includes(value)) return false;
  if (t.not_in !== undefined && t.not_in.includes(value)) return false;
  if (t.contains_any !== undefined && !(Array.isArray(value) && value.some((v) => t.contains_any!.includes(v)))) return false;
  return true;
}

export function evaluateCondition(condition: Condition, facts: unknown): Truth {
  if ('all' in condition) {
    const parts = condition.all.map((c) => evaluateCondition(c, facts));
    if (parts.some((p) => p.value === false)) return { value: false, missing: [] };
    const unknown = parts.filter((p) => p.value === 'unknown');
    return unknown.length ? { value: 'unknown', missing: unknown.flatMap((p) => p.missing) } : { value: true, missing: [] };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => evaluateCondition(c, facts));
    if (parts.some((p) => p.value === true)) return { value: true, missing: [] };
    const unknown = parts.filter((p) => p.value === 'unknown');
    return unknown.length ? { value: 'unknown', missing: unknown.flatMap((p) => p.missing) } : { value: false, missing: [] };
  }
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, facts);
    return inner.value === 'unknown' ? inner : { value: !inner.value, missing: [] };
  }
  const value = factAt(facts, condition.fact);
  if (condition.is_null !== undefined) return { value: (value === null || value === undefined) === condition.is_null, missing: [] };
  if (value === null || value === undefined) return { value: 'unknown', missing: [condition.fact] };
  return { value: test(condition, value), missing: [] };
}
