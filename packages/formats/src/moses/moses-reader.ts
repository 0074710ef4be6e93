/**
 * Moses reader: two plain-text files, line i of one the translation of line
 * i of the other (the layout of Moses, OPUS and WMT bitext). Both must have
 * the same number of lines; otherwise the read fails naming both files and
 * the line where the shorter one ends. A line pair that is empty on both
 * sides is skipped silently (a separator); empty on one side means that side
 * is missing.
 */
import type { LangTag, TranslationUnit, Variant } from '@silkloom/core';
import { ReadContext } from '../common/read-context.ts';
import { splitLines, type Line } from '../common/line-splitter.ts';
import { decode } from '../encoding/decode.ts';
import { formatsError } from '../errors.ts';
import { DEFAULT_MAX_RECORD_LENGTH, type ByteSource, type ReadOptions } from '../types.ts';

export interface MosesReadOptions extends ReadOptions {
  /** Name of the target file for messages (`file` names the source file). */
  tgtFile?: string;
}

/** Pulls lines one at a time from batched line iterators. */
class LineQueue {
  private batch: Line[] = [];
  private at = 0;
  private readonly iterator: AsyncIterator<Line[]>;
  count = 0;

  constructor(lines: AsyncIterable<Line[]>) {
    this.iterator = lines[Symbol.asyncIterator]();
  }

  async next(): Promise<Line | undefined> {
    while (this.at >= this.batch.length) {
      const next = await this.iterator.next();
      if (next.done) return undefined;
      this.batch = next.value;
      this.at = 0;
    }
    this.count++;
    return this.batch[this.at++];
  }

  async close(): Promise<void> {
    await this.iterator.return?.();
  }
}

/** Streams units from a pair of line-aligned files. `srcLang` and `tgtLang` are required. */
export async function* readMoses(srcSource: ByteSource, tgtSource: ByteSource, opts: MosesReadOptions): AsyncGenerator<TranslationUnit> {
  const ctx = new ReadContext(opts, 'formats/moses');
  const src = ctx.optionLang(opts.srcLang);
  const tgt = ctx.optionLang(opts.tgtLang);
  if (!src || !tgt || src === tgt) {
    throw formatsError('SLM_FORMAT_OPTIONS_INVALID', { problem: 'Moses files need srcLang and tgtLang (--src/--tgt), two different languages' });
  }
  const tgtFile = opts.tgtFile ?? `${opts.file} (target)`;
  const maxLength = opts.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH;
  const lines = (source: ByteSource, file: string) =>
    new LineQueue(splitLines(decode(source, { file, encoding: opts.encoding, onDiagnostic: opts.onDiagnostic }), maxLength));
  const left = lines(srcSource, opts.file);
  const right = lines(tgtSource, tgtFile);
  try {
    while (true) {
      const [a, b] = await Promise.all([left.next(), right.next()]);
      if (!a || !b) {
        if (a || b) {
          const [shorter, longer, count] = a ? [tgtFile, opts.file, right.count] : [opts.file, tgtFile, left.count];
          ctx.fatal(formatsError('SLM_MOSES_LINE_COUNT', { shorter, longer, lines: count }, { place: { file: shorter, line: count } }));
        }
        yield* ctx.drain();
        return;
      }
      take(ctx, a, b, src, tgt, maxLength);
      if (ctx.out.length >= 256 || ctx.stopped) yield* ctx.drain();
    }
  } finally {
    await Promise.all([left.close(), right.close()]);
  }
}

function take(ctx: ReadContext, a: Line, b: Line, src: LangTag, tgt: LangTag, maxLength: number): void {
  const place = ctx.place(a.line);
  if (a.tooLong || b.tooLong) return ctx.invalid({ code: 'SLM_FORMAT_RECORD_TOO_LONG', params: { limit: maxLength }, place });
  if (a.text === '' && b.text === '') return;
  const variants: Record<LangTag, Variant> = {};
  if (a.text !== '') variants[src] = { text: a.text };
  if (b.text !== '') variants[tgt] = { text: b.text };
  const unit: TranslationUnit = {
    id: ctx.defaultId(a.line),
    variants,
    status: 'raw',
    domains: [],
    provenance: { sourceFile: ctx.file, line: a.line },
  };
  if (variants[src]) unit.srcLang = src;
  ctx.accept(unit);
}
