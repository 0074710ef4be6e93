/**
 * Runs saxes (a push parser) as a pull stream: one decoded chunk is written to
 * the parser, the units it completed are yielded, and only then is the next
 * chunk read. So memory holds one chunk plus the units it finished, however
 * large the file; the consumer's pace is the reader's pace (backpressure).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { TranslationUnit } from '@silkloom/core';
import { formatsError } from '../errors.ts';
import type { ReadContext } from '../common/read-context.ts';

/** What a format's handler receives; positions are 1-based lines of the element's `<`. */
export interface XmlHandler {
  open(tag: SaxesTagPlain, line: number): void;
  close(name: string): void;
  text(text: string): void;
  /**
   * Called at end of input while elements are still open; returns the
   * record (e.g. `<tu>`) the file was cut inside and the line it started on.
   */
  truncated(open: ReadonlyArray<{ name: string; line: number }>): { record: string; line: number; unit?: string };
  /** The parser holds more pending text than one segment may have: drop it and mark the current unit. */
  overflow(length: number): void;
}

/** Pieces fed to saxes are at most this long, so an over-long text is noticed early. */
const PIECE = 65_536;

interface SaxesInternals {
  text: string;
}

/** Parses `text` with `handler`, yielding the units the handler puts into `ctx.out`. */
export async function* runSax(text: AsyncIterable<string>, ctx: ReadContext, handler: XmlHandler): AsyncGenerator<TranslationUnit> {
  const parser = new SaxesParser({ position: true });
  const open: { name: string; line: number }[] = [];
  let startLine = 1;
  parser.on('error', (err) => {
    const problem = err.message.replace(/^\d+:\d+: /, '');
    throw formatsError('SLM_XML_MALFORMED', { problem }, { place: ctx.place(parser.line, undefined, parser.column) });
  });
  parser.on('opentagstart', () => {
    startLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    open.push({ name: tag.name, line: startLine });
    if (!ctx.stopped) handler.open(tag as SaxesTagPlain, startLine);
  });
  parser.on('closetag', (tag) => {
    open.pop();
    if (!ctx.stopped) handler.close(tag.name);
  });
  parser.on('text', (t) => {
    if (!ctx.stopped) handler.text(t);
  });
  parser.on('cdata', (t) => {
    if (!ctx.stopped) handler.text(t);
  });
  const internals = parser as unknown as SaxesInternals;
  for await (const chunk of text) {
    for (let at = 0; at < chunk.length; at += PIECE) {
      parser.write(at === 0 && chunk.length <= PIECE ? chunk : chunk.slice(at, at + PIECE));
      // saxes accumulates a text node until the next '<'; a 50 MB text would be held whole.
      // Past the segment limit it is dropped here (the unit is already marked invalid).
      if (internals.text.length > ctx.maxSegmentLength) {
        handler.overflow(internals.text.length);
        internals.text = '';
      }
      yield* ctx.drain();
    }
  }
  if (open.length > 0) {
    const cut = handler.truncated(open);
    throw formatsError(
      'SLM_FORMAT_TRUNCATED',
      { record: cut.record, startLine: cut.line },
      { place: ctx.place(cut.line, cut.unit) },
    );
  }
  parser.close();
  yield* ctx.drain();
}

/** Attributes of a tag minus the names given. Undefined when nothing remains. */
export function restAttrs(attrs: Record<string, string>, without: readonly string[]): Record<string, string> | undefined {
  let rest: Record<string, string> | undefined;
  for (const k in attrs) {
    if (without.includes(k)) continue;
    (rest ??= {})[k] = attrs[k]!;
  }
  return rest;
}
