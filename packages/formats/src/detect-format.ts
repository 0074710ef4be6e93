/**
 * Tells a file's format from its name, or failing that from its first bytes.
 * Extensions: .tmx; .xlf/.xliff/.sdlxliff/.mqxliff; .tsv/.tab; .csv;
 * .jsonl/.ndjson; and Moses-style names whose extension is a language
 * (`train.zh`, `corpus.tha_Thai`, `wmt.en-zh.th`). Content: `<tmx` or
 * `<xliff` as the root element, a JSON object on the first line, tabs or
 * commas in the first line; plain text lines are taken as one side of a
 * Moses pair.
 */
import { tryCanonicalLangTag } from '@silkloom/core';
import { baseName } from './common/read-context.ts';
import { decodeBytes } from './encoding/decode.ts';
import { sniffBom, sniffXmlEncoding } from './encoding/sniff.ts';
import { formatsError } from './errors.ts';
import type { Format } from './types.ts';

const BY_EXTENSION: Record<string, Format> = {
  tmx: 'tmx',
  xlf: 'xliff',
  xliff: 'xliff',
  sdlxliff: 'xliff',
  mqxliff: 'xliff',
  tsv: 'tsv',
  tab: 'tsv',
  csv: 'csv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

function fromName(fileName: string): Format | undefined {
  const name = baseName(fileName).toLowerCase().replace(/\.(gz|txt)$/, '');
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const ext = name.slice(dot + 1);
  if (BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  return /^[a-z]{2,3}([_-][a-z0-9]{2,8})*$/.test(ext) && tryCanonicalLangTag(ext) ? 'moses' : undefined;
}

function headText(head: Uint8Array): string {
  const bom = sniffBom(head);
  const encoding = bom?.encoding ?? sniffXmlEncoding(head) ?? 'utf-8';
  try {
    return decodeBytes(head, encoding);
  } catch {
    return decodeBytes(head);
  }
}

function fromContent(text: string): Format | undefined {
  const xml = /<(tmx|xliff)[\s>]/.exec(text.replace(/<!--[\s\S]*?-->/g, ''));
  if (xml) return xml[1] === 'tmx' ? 'tmx' : 'xliff';
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) return undefined;
  const firstLine = trimmed.split('\n', 1)[0]!.replace(/\r$/, '');
  if (firstLine.startsWith('{')) return 'jsonl';
  if (firstLine.includes('\t')) return 'tsv';
  if (firstLine.includes(',') && looksLikeCsvHeader(firstLine)) return 'csv';
  return trimmed.length > 0 ? 'moses' : undefined;
}

/** A first line whose comma-separated cells are all short names (a header), not a sentence with commas. */
function looksLikeCsvHeader(line: string): boolean {
  return line.split(',').every((cell) => /^\s*"?[\w -]{1,32}"?\s*$/.test(cell));
}

/**
 * The format of `fileName`: by extension first, else by `head` (the first few
 * KB of the file). Throws SLM_FORMAT_UNDETECTED when neither tells.
 */
export function detectFormat(fileName: string, head: Uint8Array): Format {
  const format = fromName(fileName) ?? fromContent(headText(head));
  if (!format) throw formatsError('SLM_FORMAT_UNDETECTED', { file: fileName }, { place: { file: fileName } });
  return format;
}
