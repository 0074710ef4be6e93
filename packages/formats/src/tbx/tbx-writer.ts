/**
 * TBX writer: TBX v3, DCA style, TBX-Basic dialect (ISO 30042:2019) —
 * `tbx/text/body/conceptEntry/langSec/termSec/term` with subjectField,
 * definition, partOfSpeech, administrativeStatus and notes, which
 * {@link readTbx} reads back unchanged.
 */
import { BufferedSink } from '../common/sink.ts';
import { escapeAttr, escapeText } from '../xml/escape.ts';
import type { Sink } from '../types.ts';
import type { TermEntry } from './term-entry.ts';

export interface TbxWriteOptions {
  /** Title written into the header (sourceDesc). */
  title?: string;
  /** xml:lang of the file (default en). */
  lang?: string;
}

function element(name: string, text: string | undefined, attrs = ''): string {
  return text ? `<${name}${attrs}>${escapeText(text)}</${name}>` : '';
}

function entryXml(entry: TermEntry, index: number): string {
  const byLang = new Map<string, TermEntry['terms']>();
  for (const term of entry.terms) byLang.set(term.lang, [...(byLang.get(term.lang) ?? []), term]);
  const langs = [...byLang].map(([lang, terms]) => {
    const secs = terms.map(
      (t) =>
        `<termSec>${element('term', t.term)}${element('termNote', t.partOfSpeech, ' type="partOfSpeech"')}${element('termNote', t.status, ' type="administrativeStatus"')}${element('note', t.note)}</termSec>`,
    );
    return `      <langSec xml:lang="${escapeAttr(lang)}">${secs.join('')}</langSec>\n`;
  });
  const head = `${element('descrip', entry.domain, ' type="subjectField"')}${element('descrip', entry.definition, ' type="definition"')}${element('note', entry.note)}`;
  return `    <conceptEntry id="${escapeAttr(entry.id ?? `c${index + 1}`)}">${head ? `\n      ${head}` : ''}\n${langs.join('')}    </conceptEntry>\n`;
}

/** Writes the entries as one TBX document; returns how many were written. */
export async function writeTbx(entries: AsyncIterable<TermEntry> | Iterable<TermEntry>, sink: Sink, opts: TbxWriteOptions = {}): Promise<number> {
  const out = new BufferedSink(sink);
  await out.write(
    `<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="${escapeAttr(opts.lang ?? 'en')}" xmlns="urn:iso:std:iso:30042:ed-2">\n` +
      `  <tbxHeader><fileDesc><sourceDesc><p>${escapeText(opts.title ?? 'Silkloom glossary')}</p></sourceDesc></fileDesc></tbxHeader>\n  <text>\n  <body>\n`,
  );
  let n = 0;
  for await (const entry of entries) await out.write(entryXml(entry, n++));
  await out.write('  </body>\n  </text>\n</tbx>\n');
  await out.flush();
  return n;
}
