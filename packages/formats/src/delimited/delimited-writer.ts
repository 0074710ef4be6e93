/**
 * TSV/CSV writer (RFC 4180): columns `id`, one per language, `domain`
 * (joined with `;`), CRLF-free (`\n` line ends, as most corpus tools expect).
 * A field is quoted when it holds the delimiter, a quote at its start (TSV)
 * or anywhere (CSV), or a line break; quotes inside are doubled. TSV with
 * line breaks inside fields must be read back with `quoting: 'rfc4180'`.
 */
import { canonicalLangTag, findVariant, type TranslationUnit } from '@silkloom/core';
import { BufferedSink } from '../common/sink.ts';
import { formatsError } from '../errors.ts';
import type { Sink, WriteStats } from '../types.ts';

export interface DelimitedWriteOptions {
  delimiter: '\t' | ',';
  /** The language columns, in order (tags or ranges such as `zh`). */
  langs: string[];
  /** Write a header row (default true). */
  header?: boolean;
  /** Write an `id` column first (default: same as `header`). */
  idColumn?: boolean;
  /** Write a `domain` column last (default: same as `header`). */
  domainColumn?: boolean;
  /** Also write units that lack some of `langs` (their cells empty). Default false. */
  includeIncomplete?: boolean;
}

function field(value: string, delimiter: string): string {
  const needs = delimiter === ',' ? /[",\n\r]/.test(value) : value.includes('\t') || /[\n\r]/.test(value) || value.startsWith('"');
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes `units` as TSV or CSV to `sink`. The caller closes the sink. */
export async function writeDelimited(units: AsyncIterable<TranslationUnit> | Iterable<TranslationUnit>, sink: Sink, opts: DelimitedWriteOptions): Promise<WriteStats> {
  if (!opts.langs?.length) throw formatsError('SLM_FORMAT_OPTIONS_INVALID', { problem: 'writeDelimited needs langs: the language columns to write' });
  const langs = opts.langs.map((l) => canonicalLangTag(l));
  const header = opts.header ?? true;
  const withId = opts.idColumn ?? header;
  const withDomain = opts.domainColumn ?? header;
  const d = opts.delimiter;
  const out = new BufferedSink(sink);
  const stats: WriteStats = { written: 0, skipped: 0, altered: 0 };
  if (header) await out.write(`${[...(withId ? ['id'] : []), ...langs, ...(withDomain ? ['domain'] : [])].join(d)}\n`);
  for await (const unit of units) {
    const texts = langs.map((lang) => findVariant(unit, lang)?.[1].text);
    if (texts.every((t) => t === undefined) || (!opts.includeIncomplete && texts.some((t) => t === undefined))) {
      stats.skipped++;
      continue;
    }
    const cells = texts.map((t) => field(t ?? '', d));
    if (withId) cells.unshift(field(unit.id, d));
    if (withDomain) cells.push(field(unit.domains.join(';'), d));
    await out.write(`${cells.join(d)}\n`);
    stats.written++;
  }
  await out.flush();
  return stats;
}
