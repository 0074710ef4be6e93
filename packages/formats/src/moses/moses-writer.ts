/**
 * Moses writer: the source texts to one sink and the target texts to the
 * other, line for line. Units lacking either language are skipped; a line
 * break inside a text becomes a space (it would break the alignment), and the
 * unit is counted as altered.
 */
import { canonicalLangTag, findVariant, type TranslationUnit } from '@silkloom/core';
import { BufferedSink } from '../common/sink.ts';
import type { Sink, WriteStats } from '../types.ts';

export interface MosesWriteOptions {
  srcLang: string;
  tgtLang: string;
}

const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029\u0085]/g;

/** Writes `units` as a Moses pair: source texts to `srcSink`, target texts to `tgtSink`. The caller closes both. */
export async function writeMoses(
  units: AsyncIterable<TranslationUnit> | Iterable<TranslationUnit>,
  srcSink: Sink,
  tgtSink: Sink,
  opts: MosesWriteOptions,
): Promise<WriteStats> {
  const src = canonicalLangTag(opts.srcLang);
  const tgt = canonicalLangTag(opts.tgtLang);
  const left = new BufferedSink(srcSink);
  const right = new BufferedSink(tgtSink);
  const stats: WriteStats = { written: 0, skipped: 0, altered: 0 };
  for await (const unit of units) {
    const a = findVariant(unit, src)?.[1].text;
    const b = findVariant(unit, tgt)?.[1].text;
    if (a === undefined || b === undefined) {
      stats.skipped++;
      continue;
    }
    const oneA = a.replace(LINE_BREAKS, ' ');
    const oneB = b.replace(LINE_BREAKS, ' ');
    if (oneA !== a || oneB !== b) stats.altered++;
    await left.write(`${oneA}\n`);
    await right.write(`${oneB}\n`);
    stats.written++;
  }
  await left.flush();
  await right.flush();
  return stats;
}
