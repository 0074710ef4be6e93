/**
 * XLIFF writer: 1.2 (one `trans-unit` per unit) or 2.1 (one `unit` with one
 * `segment` per unit), for one language pair. Domain labels go to
 * `<context context-type="x-domain">` (1.2) or `<mda:meta type="domain">` (2.1),
 * where the readers find them again. Inline markup read from the
 * same XLIFF version is written back as is; other markup as its plain text.
 * Characters XML 1.0 cannot hold are dropped in 1.2 and written as
 * `<cp hex="…"/>` in 2.1 (XLIFF 2.1 §4.2.3.1).
 */
import { canonicalLangTag, findVariant, type Diagnostic, type TranslationUnit, type Variant } from '@silkloom/core';
import { BufferedSink } from '../common/sink.ts';
import type { Sink, WriteStats } from '../types.ts';
import { attrsToXml, escapeAttr, escapeText, trackDrops, XML_INVALID_CHARS, type OnDropped } from '../xml/escape.ts';
import { inlineToXml } from '../xml/serialize-inline.ts';
import { XLIFF2_DATA_PROP } from './xliff2-handler.ts';

export interface XliffWriteOptions {
  version: '1.2' | '2.1';
  srcLang: string;
  tgtLang: string;
  /** Also write units that have a source but no target (for translation). Default false: skipped. */
  includeUntranslated?: boolean;
  /** `original` (1.2) / `id` (2.1) of the `<file>`; default "silkloom". */
  fileName?: string;
  /** Receives a SLM_XML_CHAR_DROPPED warning for each character XML 1.0 cannot hold (dropped). */
  onDiagnostic?: (d: Diagnostic) => void;
}

/** Attributes XLIFF 1.2 defines on trans-unit that are safe to carry over. */
const TRANS_UNIT_ATTRS = new Set(['resname', 'restype', 'translate', 'approved', 'datatype', 'xml:space', 'phase-name', 'maxwidth', 'minwidth', 'size-unit', 'charclass', 'extradata', 'help-id', 'ts']);
const UNIT_ATTRS = new Set(['name', 'translate', 'canResegment', 'srcDir', 'trgDir', 'type', 'xml:space']);
const TARGET_ATTRS = new Set(['state', 'state-qualifier', 'xml:space', 'phase-name']);
const SPACE_ATTR = new Set(['xml:space']);
const SEGMENT_ATTRS = new Set(['id', 'state', 'subState', 'canResegment']);

function pick(attrs: Record<string, string> | undefined, allowed: ReadonlySet<string>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (k.startsWith(prefix) && allowed.has(k.slice(prefix.length))) out[k.slice(prefix.length)] = v;
  }
  return out;
}

/** XLIFF 2 text: escaped, with characters XML cannot hold as `<cp>`. */
function xliff2Text(text: string): string {
  const parts = text.split(XML_INVALID_CHARS);
  if (parts.length === 1) return escapeText(text);
  const bad = text.match(XML_INVALID_CHARS)!;
  let out = escapeText(parts[0]!);
  bad.forEach((ch, i) => {
    out += `<cp hex="${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"/>${escapeText(parts[i + 1]!)}`;
  });
  return out;
}

function content(variant: Variant, version: XliffWriteOptions['version'], onDropped: OnDropped): string {
  const own = version === '1.2' ? 'xliff1' : 'xliff2';
  if (variant.markup?.format === own) return inlineToXml(variant.markup.nodes, onDropped);
  return version === '1.2' ? escapeText(variant.text, onDropped) : xliff2Text(variant.text);
}

function head(opts: XliffWriteOptions, src: string, tgt: string): string {
  const file = escapeAttr(opts.fileName ?? 'silkloom');
  if (opts.version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n  <file original="${file}" source-language="${src}" target-language="${tgt}" datatype="plaintext">\n    <body>\n`;
  }
  // XLIFF 2.1 keeps the 2.0 core namespace.
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" srcLang="${src}" trgLang="${tgt}">\n  <file id="${file}">\n`;
}

function unit12(unit: TranslationUnit, source: Variant, target: Variant | undefined, onDropped: OnDropped): string {
  let xml = `      <trans-unit id="${escapeAttr(unit.id, onDropped)}"${attrsToXml(pick(unit.meta?.attrs, TRANS_UNIT_ATTRS), onDropped)}>\n`;
  xml += `        <source${attrsToXml(pick(source.meta?.attrs, SPACE_ATTR))}>${content(source, '1.2', onDropped)}</source>\n`;
  if (target) xml += `        <target${attrsToXml(pick(target.meta?.attrs, TARGET_ATTRS), onDropped)}>${content(target, '1.2', onDropped)}</target>\n`;
  if (unit.domains.length) {
    const contexts = unit.domains.map((d) => `<context context-type="x-domain">${escapeText(d, onDropped)}</context>`).join('');
    xml += `        <context-group name="silkloom" purpose="information">${contexts}</context-group>\n`;
  }
  for (const note of unit.meta?.notes ?? []) {
    const from = note.from ? ` from="${escapeAttr(note.from, onDropped)}"` : '';
    xml += `        <note${from}>${escapeText(note.text, onDropped)}</note>\n`;
  }
  return `${xml}      </trans-unit>\n`;
}

function unit21(unit: TranslationUnit, source: Variant, target: Variant | undefined, onDropped: OnDropped): string {
  let xml = `    <unit id="${escapeAttr(unit.id, onDropped)}"${attrsToXml(pick(unit.meta?.attrs, UNIT_ATTRS), onDropped)}>\n`;
  if (unit.domains.length) {
    const metas = unit.domains.map((d) => `<mda:meta type="domain">${xliff2Text(d)}</mda:meta>`).join('');
    xml += `      <mda:metadata><mda:metaGroup category="silkloom">${metas}</mda:metaGroup></mda:metadata>\n`;
  }
  const notes = unit.meta?.notes ?? [];
  if (notes.length) xml += `      <notes>\n${notes.map((n) => `        <note>${xliff2Text(n.text)}</note>\n`).join('')}      </notes>\n`;
  const data = (unit.meta?.props ?? []).filter((p) => p.type.startsWith(XLIFF2_DATA_PROP));
  if (data.length) {
    const items = data.map((p) => `        <data id="${escapeAttr(p.type.slice(XLIFF2_DATA_PROP.length))}">${xliff2Text(p.value)}</data>\n`);
    xml += `      <originalData>\n${items.join('')}      </originalData>\n`;
  }
  xml += `      <segment${attrsToXml(pick(unit.meta?.attrs, SEGMENT_ATTRS, 'segment:'), onDropped)}>\n`;
  xml += `        <source${attrsToXml(pick(source.meta?.attrs, SPACE_ATTR))}>${content(source, '2.1', onDropped)}</source>\n`;
  if (target) xml += `        <target${attrsToXml(pick(target.meta?.attrs, SPACE_ATTR))}>${content(target, '2.1', onDropped)}</target>\n`;
  return `${xml}      </segment>\n    </unit>\n`;
}

/** Writes `units` as one XLIFF document (UTF-8) to `sink`. The caller closes the sink. */
export async function writeXliff(units: AsyncIterable<TranslationUnit> | Iterable<TranslationUnit>, sink: Sink, opts: XliffWriteOptions): Promise<WriteStats> {
  const src = canonicalLangTag(opts.srcLang);
  const tgt = canonicalLangTag(opts.tgtLang);
  const out = new BufferedSink(sink);
  const stats: WriteStats = { written: 0, skipped: 0, altered: 0 };
  await out.write(head(opts, src, tgt));
  for await (const unit of units) {
    const source = findVariant(unit, src)?.[1];
    const target = findVariant(unit, tgt)?.[1];
    if (!source || (!target && !opts.includeUntranslated)) {
      stats.skipped++;
      continue;
    }
    const { onDropped, dropped } = trackDrops(opts.onDiagnostic, 'formats/xliff', unit.id);
    await out.write(opts.version === '1.2' ? unit12(unit, source, target, onDropped) : unit21(unit, source, target, onDropped));
    stats.written++;
    if (dropped()) stats.altered++;
  }
  await out.write(opts.version === '1.2' ? '    </body>\n  </file>\n</xliff>\n' : '  </file>\n</xliff>\n');
  await out.flush();
  return stats;
}
