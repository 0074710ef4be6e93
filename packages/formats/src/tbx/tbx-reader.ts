/**
 * Streaming TBX reader: TBX-Basic / TBX 2008 (`martif`, `termEntry`,
 * `langSet`, `tig`/`ntig`) and TBX v3 core and DCA style (ISO 30042:2019:
 * `tbx`, `conceptEntry`, `langSec`, `termSec`). Yields one {@link TermEntry}
 * per concept, reading the file a chunk at a time (saxes). Kept: terms with
 * their language, part of speech, administrative status and note; the
 * concept's subject field, definition (concept or language level) and note.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { canonicalLangTag } from '@silkloom/core';
import { decode } from '../encoding/decode.ts';
import { formatsError } from '../errors.ts';
import type { ByteSource } from '../types.ts';
import type { Term, TermEntry } from './term-entry.ts';

export interface TbxReadOptions {
  file: string;
  encoding?: string;
}

const ENTRY = new Set(['termEntry', 'conceptEntry']);
const LANG = new Set(['langSet', 'langSec']);
const TERM_GROUP = new Set(['tig', 'ntig', 'termSec']);

function local(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

class TbxHandler {
  readonly out: TermEntry[] = [];
  entry: TermEntry | undefined;
  lang: string | undefined;
  term: Partial<Term> | undefined;
  /** What the text being collected belongs to. */
  field: { kind: 'term' | 'termNote' | 'descrip' | 'note'; type?: string } | undefined;
  text = '';

  open(tag: SaxesTagPlain): void {
    const name = local(tag.name);
    if (ENTRY.has(name)) this.entry = { ...(tag.attributes.id ? { id: tag.attributes.id } : {}), terms: [] };
    else if (!this.entry) return;
    else if (LANG.has(name)) this.lang = canonicalLangTag(tag.attributes['xml:lang'] ?? tag.attributes.lang ?? 'und');
    else if (TERM_GROUP.has(name)) this.term = {};
    else if (name === 'term' || name === 'termNote' || name === 'descrip' || name === 'note') {
      this.field = { kind: name, ...(tag.attributes.type ? { type: tag.attributes.type } : {}) };
      this.text = '';
    }
  }

  close(rawName: string): void {
    const name = local(rawName);
    if (this.field && name === this.field.kind) {
      this.assign(this.field.kind, this.field.type, this.text.trim());
      this.field = undefined;
    } else if (TERM_GROUP.has(name) && this.term) {
      if (this.term.term && this.lang) this.entry!.terms.push({ ...this.term, lang: this.lang } as Term);
      this.term = undefined;
    } else if (LANG.has(name)) this.lang = undefined;
    else if (ENTRY.has(name) && this.entry) {
      if (this.entry.terms.length) this.out.push(this.entry);
      this.entry = undefined;
    }
  }

  assign(kind: string, type: string | undefined, value: string): void {
    if (!value || !this.entry) return;
    if (kind === 'term' && this.term) this.term.term = value;
    else if (kind === 'termNote' && this.term && type === 'partOfSpeech') this.term.partOfSpeech = value;
    else if (kind === 'termNote' && this.term && type === 'administrativeStatus') this.term.status = value;
    else if (kind === 'note' && this.term) this.term.note = value;
    else if (kind === 'note') this.entry.note ??= value;
    else if (kind === 'descrip' && type === 'subjectField') this.entry.domain ??= value;
    else if (kind === 'descrip' && type === 'definition') this.entry.definition ??= value;
  }
}

/** Reads the concept entries of a TBX file. */
export async function* readTbx(source: ByteSource, opts: TbxReadOptions): AsyncGenerator<TermEntry> {
  const parser = new SaxesParser({ position: true });
  const handler = new TbxHandler();
  parser.on('error', (err) => {
    throw formatsError('SLM_XML_MALFORMED', { problem: err.message.replace(/^\d+:\d+: /, '') }, { place: { file: opts.file, line: parser.line, column: parser.column } });
  });
  parser.on('opentag', (tag) => handler.open(tag as SaxesTagPlain));
  parser.on('closetag', (tag) => handler.close(tag.name));
  parser.on('text', (t) => {
    if (handler.field) handler.text += t;
  });
  for await (const chunk of decode(source, { file: opts.file, xml: true, ...(opts.encoding ? { encoding: opts.encoding } : {}) })) {
    parser.write(chunk);
    yield* handler.out.splice(0);
  }
  parser.close();
  yield* handler.out.splice(0);
}
