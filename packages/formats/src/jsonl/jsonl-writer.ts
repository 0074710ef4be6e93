/** JSONL writer: one unit per line in the schema of jsonl-schema.ts; lossless. */
import type { TranslationUnit } from '@silkloom/core';
import { BufferedSink } from '../common/sink.ts';
import type { Sink, WriteStats } from '../types.ts';
import { variantToJson } from './jsonl-schema.ts';

/** The JSON object for one unit (keys in a stable order, empty parts left out). */
export function unitToJson(unit: TranslationUnit): Record<string, unknown> {
  const variants: Record<string, unknown> = {};
  for (const [tag, variant] of Object.entries(unit.variants)) variants[tag] = variantToJson(variant);
  const json: Record<string, unknown> = { id: unit.id, variants };
  if (unit.srcLang) json.srcLang = unit.srcLang;
  if (unit.domains.length === 1) json.domain = unit.domains[0];
  else if (unit.domains.length > 1) json.domain = unit.domains;
  json.status = unit.status;
  if (unit.rejectReasons?.length) json.rejectReasons = unit.rejectReasons;
  if (Object.keys(unit.provenance).length) json.provenance = unit.provenance;
  if (unit.meta) json.meta = unit.meta;
  return json;
}

/** Writes `units` as JSON Lines to `sink`. The caller closes the sink. */
export async function writeJsonl(units: AsyncIterable<TranslationUnit> | Iterable<TranslationUnit>, sink: Sink): Promise<WriteStats> {
  const out = new BufferedSink(sink);
  const stats: WriteStats = { written: 0, skipped: 0, altered: 0 };
  for await (const unit of units) {
    // JSON.stringify escapes line feeds and controls but not U+2028/U+2029, which some
    // line splitters (Python's str.splitlines) break on; escape them too.
    const line = JSON.stringify(unitToJson(unit)).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
    await out.write(`${line}\n`);
    stats.written++;
  }
  await out.flush();
  return stats;
}
