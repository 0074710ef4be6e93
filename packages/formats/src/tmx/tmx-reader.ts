/**
 * TMX 1.4b reader (LISA/GALA, https://www.gala-global.org/tmx-14b): one
 * TranslationUnit per `<tu>`, one variant per `<tuv>` keyed by its canonical
 * `xml:lang` (or TMX 1.1's `lang`). See README.md for exactly what is kept.
 */
import type { TranslationUnit } from '@silkloom/core';
import { ReadContext } from '../common/read-context.ts';
import { decode } from '../encoding/decode.ts';
import type { ByteSource, ReadOptions } from '../types.ts';
import { runSax } from '../xml/sax-driver.ts';
import { TmxHandler } from './tmx-handler.ts';
import type { TmxHeader } from './tmx-header.ts';

export interface TmxReadOptions extends ReadOptions {
  /** Called once with the `<header>`, before the first unit is yielded. */
  onHeader?: (header: TmxHeader) => void;
}

/**
 * Streams the units of a TMX file. Memory stays flat: the source is read one
 * chunk ahead of the consumer at most.
 *
 * @example
 * for await (const unit of readTmx(fs.createReadStream(path), { file: path })) …
 */
export async function* readTmx(source: ByteSource, opts: TmxReadOptions): AsyncGenerator<TranslationUnit> {
  const ctx = new ReadContext(opts, 'formats/tmx');
  const handler = new TmxHandler(ctx, opts.onHeader, ctx.optionLang(opts.srcLang));
  const text = decode(source, { file: opts.file, encoding: opts.encoding, xml: true, onDiagnostic: opts.onDiagnostic });
  yield* runSax(text, ctx, handler);
}

/** Reads only as far as needed to return the `<header>` (up to the first unit). */
export async function readTmxHeader(source: ByteSource, opts: ReadOptions): Promise<TmxHeader> {
  let header: TmxHeader | undefined;
  const units = readTmx(source, { ...opts, skipInvalid: true, onDiagnostic: undefined, onHeader: (h) => (header = h) });
  for await (const _unit of units) break;
  return header ?? { attrs: {}, props: [], notes: [] };
}
