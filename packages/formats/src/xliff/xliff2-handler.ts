/**
 * XLIFF 2.x (OASIS XLIFF Version 2.1 core, §4): one TranslationUnit per
 * `<segment>` — a segment is XLIFF 2's unit of translation, and a sentence
 * pair is what a parallel corpus wants. A unit with one segment keeps the
 * unit's id; with several, each gets `${unitId}#${segmentId or position}`.
 * `<ignorable>` (white space between segments) is not part of any segment and
 * is dropped; `<notes>` belong to every segment of their unit; the unit's
 * `<originalData>` (native code behind `dataRef`) is kept as props of type
 * `x-xliff2-data:ID`, so a writer can emit it again. Extension modules
 * (mda:, slr:, res: …) are skipped.
 */
import type { LangTag, Note, Prop, TranslationUnit, Variant } from '@silkloom/core';
import type { ReadContext, UnitProblem } from '../common/read-context.ts';
import { restAttrs } from '../xml/sax-driver.ts';
import { DOMAIN_TYPES, XliffBase, segmentVariant, type SegmentCapture, type XliffDefaults } from './xliff-base.ts';
import { XLIFF2_INLINE_ELEMENTS } from './xliff-inline.ts';

export const XLIFF2_DATA_PROP = 'x-xliff2-data:';

interface SegmentDraft {
  line: number;
  attrs?: Record<string, string>;
  source?: Variant;
  target?: Variant;
  targetLine?: number;
}

interface UnitDraft {
  record: string;
  id: string;
  rawId?: string;
  line: number;
  attrs?: Record<string, string>;
  notes: Note[];
  data: Prop[];
  domains: string[];
  segments: SegmentDraft[];
  segment?: SegmentDraft;
  problem?: UnitProblem;
}

/** Element name without its namespace prefix (`mda:meta` → `meta`). */
function localName(name: string | undefined): string | undefined {
  return name?.slice(name.indexOf(':') + 1);
}

/** The Metadata module's containers (XLIFF 2.1 §5.6), inside a unit. */
function isMetadataContainer(parent: string | undefined, name: string): boolean {
  const local = localName(name);
  return (parent === 'unit' && local === 'metadata') || ((localName(parent) === 'metadata' || localName(parent) === 'metaGroup') && local === 'metaGroup');
}

/** `<mda:meta type="domain">` gives a domain label; other metadata is not kept (as other modules). */
function addMeta(unit: UnitDraft, type: string, text: string): void {
  if (text && DOMAIN_TYPES.has(type) && !unit.domains.includes(text)) unit.domains.push(text);
}

export class Xliff2Handler extends XliffBase {
  private srcLang: LangTag | undefined;
  private tgtLang: LangTag | undefined;
  private unit: UnitDraft | undefined;

  constructor(ctx: ReadContext, defaults: XliffDefaults) {
    super(ctx, XLIFF2_INLINE_ELEMENTS, 'XLIFF 2', defaults);
  }

  protected currentUnit() {
    return this.unit;
  }

  protected start(name: string, attrs: Record<string, string>, line: number, parent: string | undefined): void {
    const unit = this.unit;
    if (!unit) {
      if (name === 'xliff') this.startDocument(attrs, line);
      else if (name === 'file') this.startFile(attrs.id);
      else if (name === 'unit') this.startUnit(attrs, line);
      else if (name !== 'group') this.skip(); // skeleton, file-level notes, modules
      return;
    }
    if (parent === 'unit' && name === 'segment') {
      unit.segment = { line, attrs: restAttrs(attrs, []) };
    } else if (parent === 'segment' && (name === 'source' || name === 'target')) {
      this.capture(name, attrs, line);
    } else if (parent === 'unit' && (name === 'notes' || name === 'originalData')) {
      // containers: their children are handled below
    } else if (parent === 'originalData' && name === 'data') {
      this.collectText(name, (text) => unit.data.push({ type: XLIFF2_DATA_PROP + (attrs.id ?? ''), value: text }));
    } else if (parent === 'notes' && name === 'note') {
      this.collectText(name, (text) => unit.notes.push({ text }));
    } else if (isMetadataContainer(parent, name)) {
      // <mda:metadata>/<mda:metaGroup>: their <mda:meta> children are read below
    } else if (localName(parent) === 'metaGroup' && localName(name) === 'meta') {
      this.collectText(name, (text) => addMeta(unit, attrs.type ?? '', text.trim()));
    } else {
      this.skip(); // ignorable, modules
    }
  }

  private startDocument(attrs: Record<string, string>, line: number): void {
    for (const [key, fallback] of [['srcLang', this.defaults.srcLang], ['trgLang', this.defaults.tgtLang]] as const) {
      const raw = attrs[key];
      if (raw === undefined) {
        if (key === 'srcLang') this.srcLang = fallback;
        else this.tgtLang = fallback;
        continue;
      }
      const tag = this.ctx.lang(raw, this.ctx.place(line));
      if (typeof tag !== 'string') {
        this.ctx.invalid(tag); // every unit would carry it: stop (or report once) here
        continue;
      }
      if (key === 'srcLang') this.srcLang = tag;
      else this.tgtLang = tag;
    }
  }

  private startUnit(attrs: Record<string, string>, line: number): void {
    const rawId = attrs.id;
    this.unit = { record: '<unit>', id: this.unitId(rawId, line), line, notes: [], data: [], domains: [], segments: [], attrs: restAttrs(attrs, ['id']) };
    if (rawId !== undefined) this.unit.rawId = rawId;
  }

  protected end(name: string): void {
    const unit = this.unit;
    if (!unit) return;
    if (name === 'segment' && unit.segment) {
      unit.segments.push(unit.segment);
      unit.segment = undefined;
    } else if (name === 'unit') {
      this.unit = undefined;
      this.finish(unit);
    }
  }

  protected endSegment(seg: SegmentCapture): void {
    const unit = this.unit!;
    const segment = unit.segment;
    if (!segment) return;
    if (seg.builder.length > this.ctx.maxSegmentLength) {
      unit.problem ??= this.tooLong(seg.builder.length, unit);
      return;
    }
    const variant = segmentVariant(seg, 2);
    if (seg.name === 'source') segment.source = variant ?? { text: '' };
    else if (variant) {
      segment.target = variant;
      segment.targetLine = seg.line;
    }
  }

  private finish(draft: UnitDraft): void {
    if (draft.problem) {
      this.ctx.invalid(draft.problem);
      return;
    }
    const many = draft.segments.length > 1;
    draft.segments.forEach((segment, index) => {
      const segId = segment.attrs?.id ?? String(index + 1);
      const id = many ? `${draft.id}#${segId}` : draft.id;
      const line = many ? segment.line : draft.line;
      const place = this.ctx.place(line, id);
      // A side without a language, or a target in the source's language (a monolingual
      // XLIFF), is a gap in the file rather than a broken unit: dropped with a warning.
      const variants: Record<LangTag, Variant> = {};
      if (segment.source) {
        if (this.srcLang) variants[this.srcLang] = segment.source;
        else this.ctx.warn('SLM_FORMAT_NO_LANG', { what: '<source>' }, place);
      }
      if (segment.target) {
        if (!this.tgtLang) this.ctx.warn('SLM_FORMAT_NO_LANG', { what: '<target>' }, place);
        else if (this.tgtLang === this.srcLang) this.ctx.warn('SLM_XLIFF_SAME_LANGUAGE', { lang: this.tgtLang }, place);
        else variants[this.tgtLang] = segment.target;
      }
      const unit: TranslationUnit = { id, variants, status: 'raw', domains: [...draft.domains], provenance: { sourceFile: this.ctx.file, line } };
      if (draft.rawId !== undefined) unit.provenance.sourceUnitId = draft.rawId;
      if (segment.source && this.srcLang) unit.srcLang = this.srcLang;
      const attrs = { ...draft.attrs };
      for (const [k, v] of Object.entries(segment.attrs ?? {})) attrs[`segment:${k}`] = v;
      const meta: NonNullable<TranslationUnit['meta']> = {};
      if (draft.notes.length) meta.notes = draft.notes;
      if (draft.data.length) meta.props = draft.data;
      if (Object.keys(attrs).length) meta.attrs = attrs;
      if (Object.keys(meta).length) unit.meta = meta;
      this.ctx.accept(unit);
    });
  }
}
