/**
 * Machinery both XLIFF versions share: the element path with `xml:space`
 * inherited down it, skipping whole subtrees (alt-trans, metadata modules …),
 * capturing segment content as inline markup, and collecting element text
 * (notes, originalData).
 */
import type { SaxesTagPlain } from 'saxes';
import type { InlineMarkup, LangTag, Variant } from '@silkloom/core';
import type { ReadContext, UnitProblem } from '../common/read-context.ts';
import { InlineBuilder } from '../xml/inline-builder.ts';
import { restAttrs, type XmlHandler } from '../xml/sax-driver.ts';
import { xliffPlainText } from './xliff-inline.ts';

/**
 * Metadata types that carry a domain label: XLIFF 1.2 `<context context-type>`
 * (where `x-` marks an extension) and XLIFF 2 `<mda:meta type>`.
 */
export const DOMAIN_TYPES: ReadonlySet<string> = new Set(['x-domain', 'domain']);

export interface XliffDefaults {
  srcLang?: LangTag;
  tgtLang?: LangTag;
}

export interface Frame {
  name: string;
  preserve: boolean;
}

/** A `source`/`target` (or `seg-source`) being read. */
export interface SegmentCapture {
  name: string;
  attrs: Record<string, string>;
  line: number;
  preserve: boolean;
  builder: InlineBuilder;
}

/** The variant a captured segment gives; undefined when it is empty (no text, no markup). */
export function segmentVariant(seg: SegmentCapture, version: 1 | 2): Variant | undefined {
  const { builder } = seg;
  if (!builder.hasElements && builder.root.length === 0) return undefined;
  const variant: Variant = { text: xliffPlainText(builder.root, version, seg.preserve) };
  if (builder.hasElements) variant.markup = { format: version === 1 ? 'xliff1' : 'xliff2', nodes: builder.root } satisfies InlineMarkup;
  const attrs = restAttrs(seg.attrs, ['xml:lang']);
  if (attrs) variant.meta = { attrs };
  return variant;
}

export abstract class XliffBase implements XmlHandler {
  protected readonly path: Frame[] = [];
  protected seg: SegmentCapture | undefined;
  private skipping = 0;
  private textTarget: { name: string; text: string; done: (text: string) => void } | undefined;
  private fileIndex = 0;
  private fileKey = '';
  protected readonly ctx: ReadContext;
  protected readonly inline: ReadonlySet<string>;
  protected readonly formatName: string;
  /** Languages from the caller, for files that name none. */
  protected readonly defaults: XliffDefaults;

  constructor(ctx: ReadContext, inline: ReadonlySet<string>, formatName: string, defaults: XliffDefaults) {
    this.ctx = ctx;
    this.inline = inline;
    this.formatName = formatName;
    this.defaults = defaults;
  }

  /** A `<file>` starts; `key` is its original (1.2) or id (2.x). */
  protected startFile(key: string | undefined): void {
    this.fileIndex++;
    this.fileKey = key ?? `file${this.fileIndex}`;
  }

  /**
   * A unit's id: its own id, prefixed with the file's key in the second and
   * later `<file>`s (ids are unique within a file only), or `${basename}:${line}`.
   */
  protected unitId(rawId: string | undefined, line: number): string {
    if (rawId === undefined) return this.ctx.defaultId(line);
    return this.fileIndex > 1 ? `${this.fileKey}/${rawId}` : rawId;
  }

  /** An element outside segment content opened; `parent` is the enclosing element's name. */
  protected abstract start(name: string, attrs: Record<string, string>, line: number, parent: string | undefined): void;
  /** An element outside segment content closed. */
  protected abstract end(name: string): void;
  /** A segment capture closed. */
  protected abstract endSegment(seg: SegmentCapture): void;
  /** The unit being read, for truncation and overflow reports. */
  protected abstract currentUnit(): { record: string; line: number; id: string; problem?: UnitProblem } | undefined;

  open(tag: SaxesTagPlain, line: number): void {
    const { name, attributes: attrs } = tag;
    if (this.skipping > 0) {
      this.skipping++;
      return;
    }
    if (this.seg) {
      if (!this.inline.has(name)) {
        this.ctx.warn('SLM_FORMAT_UNKNOWN_ELEMENT', { element: name, format: this.formatName }, this.ctx.place(line, this.currentUnit()?.id));
      }
      this.seg.builder.open(name, attrs);
      return;
    }
    const parent = this.path[this.path.length - 1];
    const space = attrs['xml:space'];
    const preserve = space === undefined ? (parent?.preserve ?? false) : space === 'preserve';
    this.path.push({ name, preserve });
    this.start(name, attrs, line, parent?.name);
  }

  close(name: string): void {
    if (this.skipping > 0) {
      if (--this.skipping === 0) this.path.pop();
      return;
    }
    if (this.seg && this.seg.builder.depth > 0) {
      this.seg.builder.close();
      return;
    }
    this.path.pop();
    if (this.seg && name === this.seg.name) {
      const seg = this.seg;
      this.seg = undefined;
      this.endSegment(seg);
    } else if (this.textTarget && name === this.textTarget.name) {
      const target = this.textTarget;
      this.textTarget = undefined;
      target.done(target.text);
    } else {
      this.end(name);
    }
  }

  text(text: string): void {
    if (this.skipping > 0) return;
    if (this.seg) this.seg.builder.text(text);
    else if (this.textTarget) this.textTarget.text += text;
  }

  overflow(length: number): void {
    if (this.seg) this.seg.builder.overflow(length);
    else {
      const unit = this.currentUnit();
      if (unit) unit.problem ??= this.tooLong(length, unit);
    }
  }

  truncated(open: ReadonlyArray<{ name: string; line: number }>) {
    const unit = this.currentUnit();
    if (unit) return { record: unit.record, line: unit.line, unit: unit.id };
    const last = open[open.length - 1]!;
    return { record: `<${last.name}>`, line: last.line };
  }

  protected tooLong(length: number, unit: { line: number; id: string }): UnitProblem {
    return { code: 'SLM_FORMAT_SEGMENT_TOO_LONG', params: { length, limit: this.ctx.maxSegmentLength }, place: this.ctx.place(unit.line, unit.id) };
  }

  /** Ignores the element just opened and everything inside it. */
  protected skip(): void {
    this.skipping = 1;
  }

  /** Captures the element just opened as segment content. */
  protected capture(name: string, attrs: Record<string, string>, line: number): void {
    const frame = this.path[this.path.length - 1]!;
    this.seg = { name, attrs, line, preserve: frame.preserve, builder: new InlineBuilder(this.ctx.maxSegmentLength) };
  }

  /** Collects the text of the element just opened and hands it to `done` when it closes. */
  protected collectText(name: string, done: (text: string) => void): void {
    this.textTarget = { name, text: '', done };
  }

  /** A segment's language from its own xml:lang or a default, or a problem. */
  protected segmentLang(seg: SegmentCapture, fallback: LangTag | string | undefined, what: string, unitId: string): LangTag | UnitProblem {
    const raw = seg.attrs['xml:lang'] ?? fallback;
    const place = this.ctx.place(seg.line, unitId);
    if (raw === undefined) return { code: 'SLM_FORMAT_NO_LANG', params: { what }, place };
    return this.ctx.lang(raw, place);
  }
}
