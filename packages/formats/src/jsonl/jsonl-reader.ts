/**
 * JSONL reader (JSON Lines, https://jsonlines.org): one unit per line in the
 * schema of jsonl-schema.ts. A line that is not JSON or not a unit is an
 * invalid unit; a last line that is not JSON and has no line end means the
 * file was cut off, which always fails the read.
 */
import type { LangTag, TranslationUnit, Variant } from '@silkloom/core';
import { addVariant, ReadContext } from '../common/read-context.ts';
import { splitLines, type Line } from '../common/line-splitter.ts';
import { decode } from '../encoding/decode.ts';
import { formatsError } from '../errors.ts';
import { DEFAULT_MAX_RECORD_LENGTH, type ByteSource, type ReadOptions } from '../types.ts';
import { NotAUnit, unitFields, variantFromJson } from './jsonl-schema.ts';

function take(ctx: ReadContext, line: Line, maxLength: number, unterminated: boolean): void {
  const place = ctx.place(line.line);
  if (line.tooLong) return ctx.invalid({ code: 'SLM_FORMAT_RECORD_TOO_LONG', params: { limit: maxLength }, place });
  if (line.text.trim() === '') return;
  let json: unknown;
  try {
    json = JSON.parse(line.text);
  } catch (cause) {
    const problem = (cause as Error).message;
    if (unterminated) return ctx.fatal(formatsError('SLM_FORMAT_TRUNCATED', { record: 'a JSON line', startLine: line.line }, { place, cause }));
    return ctx.invalid({ code: 'SLM_JSONL_INVALID_JSON', params: { problem }, place, cause });
  }
  try {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new NotAUnit('the line must hold a JSON object');
    const record = json as Record<string, unknown>;
    const fields = unitFields(record);
    const id = fields.id ?? ctx.defaultId(line.line);
    const unitPlace = ctx.place(line.line, id);
    if (typeof record.variants !== 'object' || record.variants === null || Array.isArray(record.variants)) throw new NotAUnit('"variants" must be an object keyed by language tag');
    const variants: Record<LangTag, Variant> = {};
    for (const [raw, value] of Object.entries(record.variants)) {
      const lang = ctx.lang(raw, unitPlace);
      if (typeof lang !== 'string') return ctx.invalid(lang);
      const problem = addVariant(variants, lang, variantFromJson(value, raw), unitPlace);
      if (problem) return ctx.invalid(problem);
    }
    const unit: TranslationUnit = {
      id,
      variants,
      status: fields.status,
      domains: fields.domains,
      provenance: { ...fields.provenance, sourceFile: ctx.file, line: line.line },
    };
    if (fields.id !== undefined) unit.provenance.sourceUnitId = fields.id;
    if (fields.srcLang !== undefined) {
      const srcLang = ctx.lang(fields.srcLang, unitPlace);
      if (typeof srcLang !== 'string') return ctx.invalid(srcLang);
      unit.srcLang = srcLang;
    }
    if (fields.rejectReasons) unit.rejectReasons = fields.rejectReasons;
    if (fields.meta) unit.meta = fields.meta;
    ctx.accept(unit);
  } catch (err) {
    if (!(err instanceof NotAUnit)) throw err;
    ctx.invalid({ code: 'SLM_JSONL_NOT_A_UNIT', params: { problem: err.message }, place });
  }
}

/** Streams the units of a JSONL file. */
export async function* readJsonl(source: ByteSource, opts: ReadOptions): AsyncGenerator<TranslationUnit> {
  const ctx = new ReadContext(opts, 'formats/jsonl');
  const maxLength = opts.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH;
  const text = decode(source, { file: opts.file, encoding: opts.encoding, onDiagnostic: opts.onDiagnostic });
  let previous: Line | undefined;
  // Each line is handled once the next one exists, so the last line is known as the last.
  for await (const batch of splitLines(text, maxLength)) {
    for (const line of batch) {
      if (previous) take(ctx, previous, maxLength, false);
      previous = line;
    }
    yield* ctx.drain();
  }
  if (previous) take(ctx, previous, maxLength, previous.unterminated === true);
  yield* ctx.drain();
}
