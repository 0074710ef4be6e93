/**
 * The TMX 1.4b state machine behind {@link readTmx}: `header` → TmxHeader,
 * each `body/tu` → one TranslationUnit with a variant per `tuv`.
 */
import type { SaxesTagPlain } from 'saxes';
import type { LangTag, Meta, Note, Prop, TranslationUnit, Variant } from '@silkloom/core';
import { addVariant, type ReadContext, type UnitProblem } from '../common/read-context.ts';
import { formatsError } from '../errors.ts';
import { InlineBuilder } from '../xml/inline-builder.ts';
import { restAttrs, type XmlHandler } from '../xml/sax-driver.ts';
import { ATTR_PROP_PREFIX } from './tmx-attrs.ts';
import type { TmxHeader } from './tmx-header.ts';
import { TMX_INLINE_ELEMENTS, tmxPlainText } from './tmx-inline.ts';

const DOMAIN_PROP = /^(x-)?domain$/i;

interface MetaDraft {
  props: Prop[];
  notes: Note[];
  attrs?: Record<string, string>;
}

interface TuDraft extends MetaDraft {
  id: string;
  tuid?: string;
  line: number;
  srcLang?: LangTag;
  domains: string[];
  variants: Record<LangTag, Variant>;
  problem?: UnitProblem;
}

interface TuvDraft extends MetaDraft {
  line: number;
  lang?: LangTag;
  variant?: Variant;
}

interface TextTarget {
  kind: 'prop' | 'note';
  attrs: Record<string, string>;
  owner: MetaDraft;
  text: string;
}

/** Meta with only the non-empty parts, so units read twice compare equal. */
export function compactMeta(draft: MetaDraft): Meta | undefined {
  const meta: Meta = {};
  if (draft.props.length) meta.props = draft.props;
  if (draft.notes.length) meta.notes = draft.notes;
  if (draft.attrs) meta.attrs = draft.attrs;
  return Object.keys(meta).length ? meta : undefined;
}

export class TmxHandler implements XmlHandler {
  private readonly path: string[] = [];
  private header: (TmxHeader & MetaDraft) | undefined;
  private headerSent = false;
  private tu: TuDraft | undefined;
  private tuv: TuvDraft | undefined;
  private seg: InlineBuilder | undefined;
  private textTarget: TextTarget | undefined;
  private version: string | undefined;
  private readonly ctx: ReadContext;
  private readonly onHeader: ((header: TmxHeader) => void) | undefined;
  private readonly fallbackSrcLang: LangTag | undefined;

  constructor(ctx: ReadContext, onHeader: ((header: TmxHeader) => void) | undefined, fallbackSrcLang: LangTag | undefined) {
    this.ctx = ctx;
    this.onHeader = onHeader;
    this.fallbackSrcLang = fallbackSrcLang;
  }

  open(tag: SaxesTagPlain, line: number): void {
    const { name, attributes: attrs } = tag;
    if (this.seg) {
      if (!TMX_INLINE_ELEMENTS.has(name)) {
        this.ctx.warn('SLM_FORMAT_UNKNOWN_ELEMENT', { element: name, format: 'TMX' }, this.ctx.place(line, this.tu?.id));
      }
      this.seg.open(name, attrs);
      return;
    }
    const parent = this.path[this.path.length - 1];
    this.path.push(name);
    if (parent === undefined) {
      if (name !== 'tmx') throw formatsError('SLM_FORMAT_WRONG_ROOT', { root: name, expected: '<tmx>' }, { place: this.ctx.place(line) });
      this.version = attrs.version;
    } else if (name === 'header' && parent === 'tmx') {
      this.startHeader(attrs, line);
    } else if (name === 'tu' && parent === 'body') {
      this.sendHeader();
      this.startTu(attrs, line);
    } else if (name === 'tuv' && parent === 'tu' && this.tu) {
      this.startTuv(attrs, line);
    } else if (name === 'seg' && parent === 'tuv' && this.tuv) {
      this.seg = new InlineBuilder(this.ctx.maxSegmentLength);
    } else if ((name === 'prop' || name === 'note') && parent !== undefined) {
      const owner = parent === 'tuv' ? this.tuv : parent === 'tu' ? this.tu : parent === 'header' ? this.header : undefined;
      if (owner) this.textTarget = { kind: name, attrs, owner, text: '' };
    }
  }

  close(name: string): void {
    if (this.seg && this.seg.depth > 0) {
      this.seg.close();
      return;
    }
    this.path.pop();
    if (name === 'seg' && this.seg) this.endSeg();
    else if ((name === 'prop' || name === 'note') && this.textTarget) this.endText(this.textTarget);
    else if (name === 'tuv' && this.tuv) this.endTuv();
    else if (name === 'tu' && this.tu) this.endTu();
    else if (name === 'header') this.sendHeader();
  }

  text(text: string): void {
    if (this.seg) this.seg.text(text);
    else if (this.textTarget) this.textTarget.text += text;
  }

  overflow(length: number): void {
    if (this.seg) this.seg.overflow(length);
    else if (this.tu) this.tu.problem ??= this.tooLong(length);
  }

  truncated(open: ReadonlyArray<{ name: string; line: number }>) {
    if (this.tu) return { record: '<tu>', line: this.tu.line, unit: this.tu.id };
    const last = open[open.length - 1]!;
    return { record: `<${last.name}>`, line: last.line };
  }

  private tooLong(length: number): UnitProblem {
    const tu = this.tu!;
    return { code: 'SLM_FORMAT_SEGMENT_TOO_LONG', params: { length, limit: this.ctx.maxSegmentLength }, place: this.ctx.place(tu.line, tu.id) };
  }

  private startHeader(attrs: Record<string, string>, line: number): void {
    const header: TmxHeader & MetaDraft = { version: this.version, attrs: { ...attrs }, props: [], notes: [] };
    const srclang = attrs.srclang;
    if (srclang && srclang !== '*all*') {
      const tag = this.ctx.lang(srclang, this.ctx.place(line));
      if (typeof tag === 'string') header.srcLang = tag;
      else this.ctx.warn(tag.code, tag.params, tag.place);
    }
    if (!header.version) delete header.version;
    this.header = header;
  }

  private sendHeader(): void {
    if (this.headerSent) return;
    this.headerSent = true;
    const header = this.header ?? { attrs: {}, props: [], notes: [] };
    this.onHeader?.(header);
  }

  private startTu(attrs: Record<string, string>, line: number): void {
    const tuid = attrs.tuid;
    const tu: TuDraft = {
      id: tuid ?? this.ctx.defaultId(line),
      line,
      domains: [],
      variants: {},
      props: [],
      notes: [],
      attrs: restAttrs(attrs, ['tuid', 'srclang']),
    };
    if (tuid !== undefined) tu.tuid = tuid;
    const srclang = attrs.srclang;
    if (srclang === undefined) {
      const fallback = this.header?.srcLang ?? this.fallbackSrcLang;
      if (fallback) tu.srcLang = fallback;
    } else if (srclang !== '*all*') {
      const tag = this.ctx.lang(srclang, this.ctx.place(line, tu.id));
      if (typeof tag === 'string') tu.srcLang = tag;
      else tu.problem = tag;
    }
    this.tu = tu;
  }

  private startTuv(attrs: Record<string, string>, line: number): void {
    const tu = this.tu!;
    const tuv: TuvDraft = { line, props: [], notes: [], attrs: restAttrs(attrs, ['xml:lang', 'lang']) };
    const raw = attrs['xml:lang'] ?? attrs.lang; // `lang` is TMX 1.1's name for it
    if (raw === undefined) {
      tu.problem ??= { code: 'SLM_FORMAT_NO_LANG', params: { what: '<tuv>' }, place: this.ctx.place(line, tu.id) };
    } else {
      const tag = this.ctx.lang(raw, this.ctx.place(line, tu.id));
      if (typeof tag === 'string') tuv.lang = tag;
      else tu.problem ??= tag;
    }
    this.tuv = tuv;
  }

  private endSeg(): void {
    const seg = this.seg!;
    this.seg = undefined;
    if (seg.length > this.ctx.maxSegmentLength) {
      this.tu!.problem ??= this.tooLong(seg.length);
      return;
    }
    const nodes = seg.root;
    const variant: Variant = seg.hasElements
      ? { text: tmxPlainText(nodes), markup: { format: 'tmx', nodes } }
      : { text: (nodes[0] as string | undefined) ?? '' };
    this.tuv!.variant = variant;
  }

  private endText(target: TextTarget): void {
    this.textTarget = undefined;
    const lang = target.attrs['xml:lang'] ?? target.attrs.lang;
    const langTag = lang === undefined ? undefined : this.ctx.metaLang(lang);
    if (target.kind === 'note') {
      const note: Note = { text: target.text };
      if (langTag) note.lang = langTag;
      target.owner.notes.push(note);
      return;
    }
    const type = target.attrs.type ?? '';
    if (type.startsWith(ATTR_PROP_PREFIX) && target.owner !== this.header) {
      (target.owner.attrs ??= {})[type.slice(ATTR_PROP_PREFIX.length)] = target.text;
      return;
    }
    if (target.owner === this.tu && DOMAIN_PROP.test(type)) {
      const domain = target.text.trim();
      if (domain && !this.tu.domains.includes(domain)) this.tu.domains.push(domain);
      return;
    }
    const prop: Prop = { type, value: target.text };
    if (langTag) prop.lang = langTag;
    target.owner.props.push(prop);
  }

  private endTuv(): void {
    const tu = this.tu!;
    const tuv = this.tuv!;
    this.tuv = undefined;
    if (!tuv.lang || !tuv.variant) return;
    const meta = compactMeta(tuv);
    if (meta) tuv.variant.meta = meta;
    const problem = addVariant(tu.variants, tuv.lang, tuv.variant, this.ctx.place(tuv.line, tu.id));
    if (problem) tu.problem ??= problem;
  }

  private endTu(): void {
    const tu = this.tu!;
    this.tu = undefined;
    if (tu.problem) {
      this.ctx.invalid(tu.problem);
      return;
    }
    const unit: TranslationUnit = {
      id: tu.id,
      variants: tu.variants,
      status: 'raw',
      domains: tu.domains,
      provenance: { sourceFile: this.ctx.file, line: tu.line },
    };
    if (tu.tuid !== undefined) unit.provenance.sourceUnitId = tu.tuid;
    if (tu.srcLang) unit.srcLang = tu.srcLang;
    const meta = compactMeta(tu);
    if (meta) unit.meta = meta;
    this.ctx.accept(unit);
  }
}
