/**
 * Glossaries as CSV (RFC 4180): a header row naming the columns — BCP 47
 * language tags for term columns, and optionally `id`, `domain`,
 * `definition`, `note` — then one concept per row. Several terms of one
 * language go in one cell separated by `|`. Read as a stream.
 */
import { canonicalLangTag } from '@silkloom/core';
import { decode } from '../encoding/decode.ts';
import { RecordScanner } from '../delimited/record-scanner.ts';
import { BufferedSink } from '../common/sink.ts';
import { formatsError } from '../errors.ts';
import type { ByteSource, Sink } from '../types.ts';
import type { TermEntry } from './term-entry.ts';

const META = new Set(['id', 'domain', 'definition', 'note']);

type Column = { kind: 'meta'; name: string } | { kind: 'lang'; lang: string };

function columnsOf(header: string[], file: string): Column[] {
  const columns = header.map((raw): Column => {
    const name = raw.trim();
    if (META.has(name.toLowerCase())) return { kind: 'meta', name: name.toLowerCase() };
    try {
      return { kind: 'lang', lang: canonicalLangTag(name) };
    } catch (cause) {
      throw formatsError('SLM_FORMAT_OPTIONS_INVALID', { problem: `glossary CSV column "${name}" is neither a language tag nor id/domain/definition/note` }, { cause, place: { file, line: 1 } });
    }
  });
  if (!columns.some((c) => c.kind === 'lang')) {
    throw formatsError('SLM_FORMAT_OPTIONS_INVALID', { problem: 'a glossary CSV needs at least one language column in its header row' }, { place: { file, line: 1 } });
  }
  return columns;
}

function entryOf(fields: string[], columns: Column[]): TermEntry {
  const entry: TermEntry = { terms: [] };
  columns.forEach((column, i) => {
    const value = (fields[i] ?? '').trim();
    if (!value) return;
    if (column.kind === 'lang') for (const term of value.split('|').map((t) => t.trim()).filter(Boolean)) entry.terms.push({ lang: column.lang, term });
    else (entry as unknown as Record<string, string>)[column.name] = value;
  });
  return entry;
}

export async function* readGlossaryCsv(source: ByteSource, opts: { file: string; encoding?: string }): AsyncGenerator<TermEntry> {
  const scanner = new RecordScanner(',', 'rfc4180', 1_048_576);
  let columns: Column[] | undefined;
  const take = function* (records: ReturnType<RecordScanner['push']>) {
    for (const record of records) {
      if (record.problem) throw formatsError('SLM_FORMAT_OPTIONS_INVALID', { problem: `glossary CSV record is not readable (${record.problem})` }, { place: { file: opts.file, line: record.line } });
      if (!columns) columns = columnsOf(record.fields, opts.file);
      else if (record.fields.some((f) => f.trim())) {
        const entry = entryOf(record.fields, columns);
        if (entry.terms.length) yield entry;
      }
    }
  };
  for await (const chunk of decode(source, { file: opts.file, ...(opts.encoding ? { encoding: opts.encoding } : {}) })) yield* take(scanner.push(chunk));
  yield* take(scanner.end());
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes entries as CSV with `id, domain, definition, note` and one column per language in `langs`. */
export async function writeGlossaryCsv(entries: Iterable<TermEntry>, sink: Sink, langs: string[]): Promise<number> {
  const out = new BufferedSink(sink);
  await out.write(`${['id', 'domain', 'definition', 'note', ...langs].join(',')}\r\n`);
  let n = 0;
  for (const entry of entries) {
    const cells = [entry.id ?? '', entry.domain ?? '', entry.definition ?? '', entry.note ?? ''];
    for (const lang of langs) cells.push(entry.terms.filter((t) => t.lang === lang).map((t) => t.term).join('|'));
    await out.write(`${cells.map(csvField).join(',')}\r\n`);
    n++;
  }
  await out.flush();
  return n;
}
