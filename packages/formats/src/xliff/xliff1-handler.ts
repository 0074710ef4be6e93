/**
 * XLIFF 1.2 (OASIS, http://docs.oasis-open.org/xliff/v1.2/os/xliff-core.html),
 * also 1.0/1.1: one unit per `trans-unit` (in `body` or any `group`), with
 * `source`, `target` and `note`; a `context` of type `x-domain` (or `domain`)
 * inside `context-group` gives the unit's domain labels, other contexts are
 * kept as props `context:<type>`; `alt-trans` and other sidecar elements are
 * skipped. When `seg-source` splits the source into
 * `<mrk mtype="seg">` segments and the target carries the same segments, the
 * trans-unit gives one unit per segment (id `${id}#${mid}`) — that is the
 * sentence alignment a CAT tool made, and the level a parallel corpus wants.
 */
import type { LangTag, Note, Prop, TranslationUnit, Variant } from '@silkloom/core';
import { addVariant, type ReadContext, type UnitProblem } from '../common/read-context.ts';
import { restAttrs } from '../xml/sax-driver.ts';
import { splitSegSource } from './seg-source.ts';
import { DOMAIN_TYPES, XliffBase, segmentVariant, type SegmentCapture, type XliffDefaults } from './xliff-base.ts';
import { XLIFF1_INLINE_ELEMENTS } from './xliff-inline.ts';

const SIDECARS = new Set(['alt-trans', 'context-group', 'count-group', 'prop-group', 'header', 'bin-unit', 'phase-group']);

interface TransUnitDraft {
  record: string;
  id: string;
  rawId?: string;
  line: number;
  attrs?: Record<string, string>;
  notes: Note[];
  domains: string[];
  contexts: Prop[];
  source?: { lang: LangTag; variant: Variant; seg: SegmentCapture };
  target?: { lang: LangTag; variant: Variant; seg: SegmentCapture };
  segSource?: SegmentCapture;
  problem?: UnitProblem;
}

export class Xliff1Handler extends XliffBase {
  private srcLang: string | undefined;
  private tgtLang: string | undefined;
  private unit: TransUnitDraft | undefined;

  constructor(ctx: ReadContext, defaults: XliffDefaults) {
    super(ctx, XLIFF1_INLINE_ELEMENTS, 'XLIFF 1.2', defaults);
  }

  protected currentUnit() {
    return this.unit;
  }

  protected start(name: string, attrs: Record<string, string>, line: number, parent: string | undefined): void {
    const unit = this.unit;
    if (unit) {
      if (parent === 'context-group' && name === 'context') {
        this.collectText(name, (text) => this.addContext(unit, attrs['context-type'] ?? '', text.trim()));
        return;
      }
      if (parent !== 'trans-unit') return;
      if (name === 'context-group') return; // its <context> children are read above
      if (name === 'source' || name === 'target' || name === 'seg-source') this.capture(name, attrs, line);
      else if (name === 'note') this.collectText(name, (text) => unit.notes.push(this.note(text, attrs)));
      else this.skip();
      return;
    }
    if (name === 'file') {
      this.startFile(attrs.original);
      this.srcLang = attrs['source-language'];
      this.tgtLang = attrs['target-language'];
    } else if (name === 'trans-unit') {
      const rawId = attrs.id;
      this.unit = { record: '<trans-unit>', id: this.unitId(rawId, line), line, notes: [], domains: [], contexts: [], attrs: restAttrs(attrs, ['id']) };
      if (rawId !== undefined) this.unit.rawId = rawId;
    } else if (SIDECARS.has(name)) {
      this.skip();
    }
  }

  protected end(name: string): void {
    if (name === 'trans-unit' && this.unit) this.finish(this.unit);
  }

  protected endSegment(seg: SegmentCapture): void {
    const unit = this.unit!;
    if (seg.builder.length > this.ctx.maxSegmentLength) {
      unit.problem ??= this.tooLong(seg.builder.length, unit);
      return;
    }
    if (seg.name === 'seg-source') {
      unit.segSource = seg;
      return;
    }
    const variant = segmentVariant(seg, 1);
    const isSource = seg.name === 'source';
    if (!variant && !isSource) return; // an empty <target/> means "not translated yet"
    const fallback = isSource ? (this.srcLang ?? this.defaults.srcLang) : (this.tgtLang ?? this.defaults.tgtLang);
    const lang = this.segmentLang(seg, fallback, `<${seg.name}>`, unit.id);
    if (typeof lang !== 'string') {
      // No language at all is a gap in the file, not a broken unit: that side is dropped with a warning.
      if (lang.code === 'SLM_FORMAT_NO_LANG') this.ctx.warn(lang.code, lang.params, lang.place);
      else unit.problem ??= lang;
      return;
    }
    unit[isSource ? 'source' : 'target'] = { lang, variant: variant ?? { text: '' }, seg };
  }

  private finish(draft: TransUnitDraft): void {
    this.unit = undefined;
    if (draft.problem) {
      this.ctx.invalid(draft.problem);
      return;
    }
    const split = draft.segSource && draft.source && draft.target ? splitSegSource(draft.segSource, draft.target.seg) : undefined;
    if (split && draft.source && draft.target) {
      for (const part of split) {
        this.emit(draft, `${draft.id}#${part.mid}`, part.source, part.target);
      }
      return;
    }
    this.emit(draft, draft.id, draft.source?.variant, draft.target?.variant);
  }

  private emit(draft: TransUnitDraft, id: string, source: Variant | undefined, target: Variant | undefined): void {
    const variants: Record<LangTag, Variant> = {};
    const unit: TranslationUnit = {
      id,
      variants,
      status: 'raw',
      domains: [...draft.domains],
      provenance: { sourceFile: this.ctx.file, line: draft.line },
    };
    if (draft.rawId !== undefined) unit.provenance.sourceUnitId = draft.rawId;
    if (source && draft.source) {
      variants[draft.source.lang] = source;
      unit.srcLang = draft.source.lang;
    }
    if (target && draft.target) {
      const problem = addVariant(variants, draft.target.lang, target, this.ctx.place(draft.target.seg.line, id));
      // Same source and target language (a monolingual XLIFF): the target is dropped with a warning.
      if (problem) this.ctx.warn('SLM_XLIFF_SAME_LANGUAGE', problem.params, problem.place);
    }
    const meta: NonNullable<TranslationUnit['meta']> = {};
    if (draft.notes.length) meta.notes = draft.notes;
    if (draft.contexts.length) meta.props = draft.contexts;
    if (draft.attrs) meta.attrs = draft.attrs;
    if (Object.keys(meta).length) unit.meta = meta;
    this.ctx.accept(unit);
  }

  private addContext(unit: TransUnitDraft, type: string, text: string): void {
    if (!text) return;
    if (DOMAIN_TYPES.has(type)) {
      if (!unit.domains.includes(text)) unit.domains.push(text);
    } else unit.contexts.push({ type: `context:${type}`, value: text });
  }

  private note(text: string, attrs: Record<string, string>): Note {
    const n: Note = { text };
    if (attrs['xml:lang']) n.lang = this.ctx.metaLang(attrs['xml:lang']);
    if (attrs.from) n.from = attrs.from;
    return n;
  }
}

