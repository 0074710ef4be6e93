/**
 * XLIFF reader: 1.0–1.2 and 2.0–2.2, told apart by the root element's
 * `version` (or, without one, its namespace). See xliff1-handler.ts and
 * xliff2-handler.ts for what a unit is in each.
 */
import type { SaxesTagPlain } from 'saxes';
import type { TranslationUnit } from '@silkloom/core';
import { ReadContext } from '../common/read-context.ts';
import { decode } from '../encoding/decode.ts';
import { formatsError } from '../errors.ts';
import type { ByteSource, ReadOptions } from '../types.ts';
import { runSax, type XmlHandler } from '../xml/sax-driver.ts';
import { Xliff1Handler } from './xliff1-handler.ts';
import { Xliff2Handler } from './xliff2-handler.ts';

/** The XLIFF major version of a root `<xliff>` element. */
export function xliffMajorVersion(attrs: Record<string, string>): 1 | 2 | undefined {
  const version = attrs.version ?? (attrs.xmlns?.match(/xliff:document:(\d+(?:\.\d+)?)/)?.[1] ?? '1.2');
  if (/^1\.[0-2]$/.test(version)) return 1;
  if (/^2\.[0-2]$/.test(version)) return 2;
  return undefined;
}

/** Picks the version handler when the root element arrives, then forwards everything to it. */
class XliffDispatcher implements XmlHandler {
  private inner: XmlHandler | undefined;
  private readonly ctx: ReadContext;
  private readonly defaults: { srcLang?: string; tgtLang?: string };

  constructor(ctx: ReadContext, defaults: { srcLang?: string; tgtLang?: string }) {
    this.ctx = ctx;
    this.defaults = defaults;
  }

  open(tag: SaxesTagPlain, line: number): void {
    if (!this.inner) {
      if (tag.name !== 'xliff') throw formatsError('SLM_FORMAT_WRONG_ROOT', { root: tag.name, expected: '<xliff>' }, { place: this.ctx.place(line) });
      const major = xliffMajorVersion(tag.attributes);
      if (!major) throw formatsError('SLM_XLIFF_VERSION_UNSUPPORTED', { version: tag.attributes.version }, { place: this.ctx.place(line) });
      this.inner = major === 1 ? new Xliff1Handler(this.ctx, this.defaults) : new Xliff2Handler(this.ctx, this.defaults);
    }
    this.inner.open(tag, line);
  }

  close(name: string): void {
    this.inner?.close(name);
  }

  text(text: string): void {
    this.inner?.text(text);
  }

  overflow(length: number): void {
    this.inner?.overflow(length);
  }

  truncated(open: ReadonlyArray<{ name: string; line: number }>) {
    return this.inner!.truncated(open);
  }
}

/**
 * Streams the units of an XLIFF file. `srcLang`/`tgtLang` are used where the
 * file names no language.
 */
export async function* readXliff(source: ByteSource, opts: ReadOptions): AsyncGenerator<TranslationUnit> {
  const ctx = new ReadContext(opts, 'formats/xliff');
  const handler = new XliffDispatcher(ctx, { srcLang: ctx.optionLang(opts.srcLang), tgtLang: ctx.optionLang(opts.tgtLang) });
  const text = decode(source, { file: opts.file, encoding: opts.encoding, xml: true, onDiagnostic: opts.onDiagnostic });
  yield* runSax(text, ctx, handler);
}
