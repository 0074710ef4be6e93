/**
 * TMX 1.4b writer. Inline markup read from TMX (`markup.format === 'tmx'`) is
 * written back element for element; markup from other formats is written as
 * its plain text. Attributes TMX does not define are kept as
 * `<prop type="x-silkloom-attr:NAME">` so the file stays valid against the
 * TMX DTD and {@link readTmx} restores them as attributes.
 */
import { canonicalLangTag, type Diagnostic, type Meta, type TranslationUnit } from '@silkloom/core';
import { BufferedSink } from '../common/sink.ts';
import { minimumVariants, selectVariants } from '../common/select-variants.ts';
import { attrsToXml, escapeAttr, escapeText, trackDrops, type OnDropped } from '../xml/escape.ts';
import { inlineToXml } from '../xml/serialize-inline.ts';
import type { Sink, WriteStats } from '../types.ts';
import type { TmxHeader } from './tmx-header.ts';
import { ATTR_PROP_PREFIX, TU_ATTRS, TUV_ATTRS } from './tmx-attrs.ts';

export interface TmxWriteOptions {
  /** The header's `srclang`: a language tag, or `*all*`. */
  srcLang: string;
  /** Languages to write (tags or ranges), in this order; default all. */
  langs?: string[];
  /** Header attributes, props and notes to write (e.g. the header {@link readTmx} reported). */
  header?: Partial<Pick<TmxHeader, 'attrs' | 'props' | 'notes'>>;
  /** Receives a SLM_XML_CHAR_DROPPED warning for each character XML 1.0 cannot hold (dropped). */
  onDiagnostic?: (d: Diagnostic) => void;
}

const DEFAULT_HEADER = {
  creationtool: 'Silkloom',
  creationtoolversion: '0.1.0',
  segtype: 'sentence',
  'o-tmf': 'Silkloom',
  adminlang: 'en',
  datatype: 'plaintext',
};

function metaXml(meta: Meta | undefined, onDropped: OnDropped, indent: string, extraProps = ''): string {
  let out = '';
  for (const note of meta?.notes ?? []) {
    const lang = note.lang ? ` xml:lang="${escapeAttr(note.lang)}"` : '';
    out += `${indent}<note${lang}>${escapeText(note.text, onDropped)}</note>\n`;
  }
  out += extraProps;
  for (const prop of meta?.props ?? []) {
    const lang = prop.lang ? ` xml:lang="${escapeAttr(prop.lang)}"` : '';
    out += `${indent}<prop type="${escapeAttr(prop.type, onDropped)}"${lang}>${escapeText(prop.value, onDropped)}</prop>\n`;
  }
  return out;
}

/** Splits attributes into those TMX defines for the element and the rest (written as props). */
function splitAttrs(attrs: Record<string, string> | undefined, known: ReadonlySet<string>, onDropped: OnDropped, indent: string) {
  const own: Record<string, string> = {};
  let props = '';
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (known.has(k)) own[k] = v;
    else props += `${indent}<prop type="${escapeAttr(ATTR_PROP_PREFIX + k, onDropped)}">${escapeText(v, onDropped)}</prop>\n`;
  }
  return { own: attrsToXml(own, onDropped), props };
}

function headerXml(opts: TmxWriteOptions, srclang: string): string {
  const attrs = { ...DEFAULT_HEADER, ...opts.header?.attrs, srclang };
  const body = metaXml({ notes: opts.header?.notes, props: opts.header?.props }, () => {}, '    ');
  return body ? `  <header${attrsToXml(attrs)}>\n${body}  </header>\n` : `  <header${attrsToXml(attrs)}/>\n`;
}

/** Writes `units` as one TMX 1.4b document (UTF-8) to `sink`. The caller closes the sink. */
export async function writeTmx(units: AsyncIterable<TranslationUnit> | Iterable<TranslationUnit>, sink: Sink, opts: TmxWriteOptions): Promise<WriteStats> {
  const srclang = opts.srcLang === '*all*' ? '*all*' : canonicalLangTag(opts.srcLang);
  const out = new BufferedSink(sink);
  const stats: WriteStats = { written: 0, skipped: 0, altered: 0 };
  const min = minimumVariants(opts.langs);
  await out.write(`<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n${headerXml(opts, srclang)}  <body>\n`);
  for await (const unit of units) {
    const variants = selectVariants(unit, opts.langs);
    if (variants.length < min) {
      stats.skipped++;
      continue;
    }
    const { onDropped, dropped } = trackDrops(opts.onDiagnostic, 'formats/tmx', unit.id);
    let srcAttr = '';
    if (unit.srcLang && unit.srcLang !== srclang) srcAttr = ` srclang="${escapeAttr(unit.srcLang)}"`;
    else if (!unit.srcLang && srclang !== '*all*') srcAttr = ' srclang="*all*"';
    const tuAttrs = splitAttrs(unit.meta?.attrs, TU_ATTRS, onDropped, '      ');
    const domains = unit.domains.map((d) => `      <prop type="x-domain">${escapeText(d, onDropped)}</prop>\n`).join('');
    let xml = `    <tu tuid="${escapeAttr(unit.id, onDropped)}"${srcAttr}${tuAttrs.own}>\n`;
    xml += metaXml(unit.meta, onDropped, '      ', domains + tuAttrs.props);
    for (const [lang, variant] of variants) {
      const tuvAttrs = splitAttrs(variant.meta?.attrs, TUV_ATTRS, onDropped, '        ');
      const seg = variant.markup?.format === 'tmx' ? inlineToXml(variant.markup.nodes, onDropped) : escapeText(variant.text, onDropped);
      xml += `      <tuv xml:lang="${escapeAttr(lang)}"${tuvAttrs.own}>\n`;
      xml += metaXml(variant.meta, onDropped, '        ', tuvAttrs.props);
      xml += `        <seg>${seg}</seg>\n      </tuv>\n`;
    }
    await out.write(`${xml}    </tu>\n`);
    stats.written++;
    if (dropped()) stats.altered++;
  }
  await out.write('  </body>\n</tmx>\n');
  await out.flush();
  return stats;
}
