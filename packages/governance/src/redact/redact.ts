/**
 * Redaction operators (after Presidio's anonymizer: replace, mask, hash), for
 * pipeline steps and exports. Findings are applied right to left, so earlier
 * offsets (UTF-16 code units) stay valid while the text changes length.
 *
 * PIPL Art 4 and Art 73(4): masked or pseudonymised data is still personal
 * information (it is de-identified, not anonymised) — redaction lowers the
 * risk but does not by itself take a dataset out of the transfer rules.
 */
import { createHmac } from 'node:crypto';
import { governanceError } from '../errors.ts';
import { normalizeForMatching } from '../pii/normalize.ts';
import type { Finding, PiiType } from '../pii/types.ts';

export type RedactionOperator =
  /** Every code unit of the span (default) or a fixed count replaced by `char` (default `*`); `keepLast` keeps a tail. */
  | { kind: 'mask'; char?: string; length?: 'keep' | number; keepLast?: number }
  /** The span replaced by a tag, `<TYPE>` by default. */
  | { kind: 'replace'; tag?: string | ((type: PiiType) => string) }
  /**
   * Keyed pseudonym: HMAC-SHA256(key, type ∥ normalised value). The same value
   * gives the same pseudonym under the same key (joins across a corpus still
   * work); without the key it cannot be reversed or recomputed. `formatPreserving`
   * keeps the shape (digits → digits, letters → letters, separators kept).
   */
  | { kind: 'pseudonymize'; key: string | Uint8Array; formatPreserving?: boolean }
  | { kind: 'keep' };

export type OperatorPlan = RedactionOperator | Partial<Record<PiiType | 'default', RedactionOperator>>;

export interface AppliedRedaction {
  type: PiiType;
  /** Span in the input text. */
  start: number;
  end: number;
  /** Span of the replacement in the output text. */
  outStart: number;
  outEnd: number;
  replacement: string;
}

export interface RedactionResult {
  text: string;
  applied: AppliedRedaction[];
}

function operatorFor(plan: OperatorPlan, type: PiiType): RedactionOperator {
  if ('kind' in plan && typeof plan.kind === 'string') return plan as RedactionOperator;
  const map = plan as Partial<Record<PiiType | 'default', RedactionOperator>>;
  return map[type] ?? map.default ?? { kind: 'replace' };
}

/** Value used for keyed pseudonyms: native digits folded, separators dropped, e-mail lower-cased. */
export function canonicalValue(type: PiiType, value: string): string {
  const norm = normalizeForMatching(value);
  if (type === 'EMAIL') return norm.toLowerCase();
  if (type === 'IP_ADDRESS') return norm.toLowerCase();
  return norm.replace(/[\s\-().]/g, '').toUpperCase();
}

function hmac(key: string | Uint8Array, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

function pseudonym(op: Extract<RedactionOperator, { kind: 'pseudonymize' }>, type: PiiType, value: string): string {
  const keyLength = typeof op.key === 'string' ? Buffer.byteLength(op.key) : op.key.length;
  if (keyLength < 16) throw governanceError('SLM_REDACT_OPTIONS_INVALID', { problem: `pseudonymisation key must have at least 16 bytes, got ${keyLength}` });
  const digest = hmac(op.key, `${type}\0${canonicalValue(type, value)}`);
  if (!op.formatPreserving) return `<${type}_${digest.toString('hex').slice(0, 12)}>`;
  // Stretch the digest when the value is longer than 32 characters.
  let stream = digest;
  while (stream.length < value.length) stream = Buffer.concat([stream, hmac(op.key, stream.toString('hex'))]);
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = normalizeForMatching(value[i]!);
    const b = stream[i]!;
    if (/[0-9]/.test(ch)) out += String(b % 10);
    else if (/[A-Z]/.test(ch)) out += String.fromCharCode(65 + (b % 26));
    else if (/[a-z]/.test(ch)) out += String.fromCharCode(97 + (b % 26));
    else out += value[i];
  }
  return out;
}

function replacementFor(op: RedactionOperator, f: Finding, value: string): string {
  switch (op.kind) {
    case 'keep':
      return value;
    case 'replace':
      return typeof op.tag === 'function' ? op.tag(f.type) : (op.tag ?? `<${f.type}>`);
    case 'mask': {
      const char = op.char ?? '*';
      if ([...char].length !== 1) throw governanceError('SLM_REDACT_OPTIONS_INVALID', { problem: `mask char must be one character, got "${char}"` });
      const keepLast = Math.min(op.keepLast ?? 0, value.length);
      const length = op.length === undefined || op.length === 'keep' ? value.length - keepLast : op.length;
      if (!Number.isInteger(length) || length < 0) throw governanceError('SLM_REDACT_OPTIONS_INVALID', { problem: 'mask length must be "keep" or a whole number' });
      return char.repeat(length) + value.slice(value.length - keepLast);
    }
    case 'pseudonymize':
      return pseudonym(op, f.type, value);
  }
}

/** Applies the operators to non-overlapping findings of `text`. Throws SLM_REDACT_FINDINGS_INVALID for bad spans. */
export function redactFindings(text: string, findings: readonly Finding[], plan: OperatorPlan = { kind: 'replace' }): RedactionResult {
  const order = findings.map((f, index) => ({ f, index })).sort((a, b) => b.f.start - a.f.start);
  let limit = text.length;
  for (const { f, index } of order) {
    const bad = (problem: string) => governanceError('SLM_REDACT_FINDINGS_INVALID', { index, type: f.type, start: f.start, end: f.end, problem });
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end > text.length || f.start >= f.end) throw bad(`lies outside the text (length ${text.length})`);
    if (f.end > limit) throw bad('overlaps another finding');
    if (f.text !== undefined && text.slice(f.start, f.end) !== f.text) throw bad('does not match the text at its offsets');
    limit = f.start;
  }
  let out = text;
  const applied: AppliedRedaction[] = [];
  for (const { f } of order) {
    const value = text.slice(f.start, f.end);
    const replacement = replacementFor(operatorFor(plan, f.type), f, value);
    out = out.slice(0, f.start) + replacement + out.slice(f.end);
    applied.push({ type: f.type, start: f.start, end: f.end, outStart: f.start, outEnd: f.start + replacement.length, replacement });
  }
  // Output offsets shift by the length changes of the spans before them.
  applied.reverse();
  let shift = 0;
  for (const a of applied) {
    a.outStart += shift;
    a.outEnd += shift;
    shift += a.replacement.length - (a.end - a.start);
  }
  return { text: out, applied };
}
