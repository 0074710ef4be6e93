#!/usr/bin/env node
// Checks the bundled demo corpus against its two answer keys (noise-key.tsv,
// pii-key.tsv): every file is well-formed (XML via saxes, the parser the
// formats package already uses; TSV per RFC 4180 with TAB), every key row
// points at a real unit whose text contains what the row says, the
// identifiers in pii-key.tsv carry valid check digits (GB 11643-1999, Thai
// national ID mod 11, ISO 13616 IBAN mod 97, Luhn) and the look-alikes marked
// `none` do not, and no unit carries an unlisted mechanical defect or
// identifier, so the keys are complete. Plain Node, no build step:
//   node data/demo/verify-keys.mjs        (prints a summary, exits 1 on problems)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { checkCorpus } from './verify-checks.mjs';

export { gb11643Valid, thaiIdValid, ibanValid, luhnValid, isbn13Valid } from './verify-checks.mjs';

export const DEMO_DIR = fileURLToPath(new URL('.', import.meta.url));
export const DATA_FILES = ['demo.tmx', 'demo-zh-th.xliff', 'demo-zh-vi.xliff', 'demo.tsv'];
export const KEY_FILES = ['noise-key.tsv', 'pii-key.tsv'];
const LEGACY_TAGS = { 'zh-CN': 'zh-Hans' };

// ---------- readers ----------
/** RFC 4180 fields with TAB as the separator: quotes only around fields that need them, "" inside. */
export function parseTsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false, i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      field += ch; i++; continue;
    }
    if (ch === '"' && field === '') { quoted = true; i++; continue; }
    if (ch === '\t') { row.push(field); field = ''; i++; continue; }
    if (ch === '\n' || ch === '\r') { row.push(field); rows.push(row); row = []; field = ''; i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1; continue; }
    field += ch; i++;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
const INLINE_CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'x', 'bx', 'ex', 'sc', 'ec']);
const UNIT_TAGS = new Set(['tu', 'trans-unit', 'unit']);
/** Units of a TMX 1.4b, XLIFF 1.2 or XLIFF 2.x file as {id, domain, variants: Map(lang → plain text)}; throws on malformed XML. */
export function readXmlUnits(name, text) {
  const parser = new SaxesParser({ xmlns: true, fileName: name });
  const units = [];
  const root = {};
  let unit, seg, skip = 0, capture;
  const attr = (tag, n) => tag.attributes[n]?.value;
  parser.on('opentag', (tag) => {
    const n = tag.local;
    if (n === 'tmx' || n === 'xliff') Object.assign(root, { format: n, version: attr(tag, 'version'), srcLang: attr(tag, 'srcLang'), trgLang: attr(tag, 'trgLang') });
    else if (n === 'header' && root.format === 'tmx') root.header = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    else if (n === 'file') Object.assign(root, { source: attr(tag, 'source-language') ?? root.srcLang, target: attr(tag, 'target-language') ?? root.trgLang });
    else if (UNIT_TAGS.has(n)) { unit = { id: attr(tag, 'tuid') ?? attr(tag, 'id'), domain: undefined, variants: new Map() }; units.push(unit); }
    else if (!unit) return;
    else if ((n === 'prop' && attr(tag, 'type') === 'x-domain') || (n === 'context' && attr(tag, 'context-type') === 'x-domain') || (n === 'meta' && attr(tag, 'type') === 'domain')) capture = { text: '' };
    else if (n === 'tuv') unit.lang = attr(tag, 'xml:lang') ?? attr(tag, 'lang');
    else if (n === 'seg') seg = { lang: unit.lang, text: '' };
    else if (n === 'source') seg = { lang: LEGACY_TAGS[root.source] ?? root.source, text: '' };
    else if (n === 'target') seg = { lang: root.target, text: '' };
    else if (seg && INLINE_CODES.has(n)) skip++;
  });
  parser.on('text', (t) => { if (capture) capture.text += t; else if (seg && !skip) seg.text += t; });
  parser.on('closetag', (tag) => {
    const n = tag.local;
    if (capture && (n === 'prop' || n === 'context' || n === 'meta')) { unit.domain = capture.text; capture = undefined; }
    else if (seg && INLINE_CODES.has(n)) skip--;
    else if (seg && (n === 'seg' || n === 'source' || n === 'target')) { unit.variants.set(seg.lang, seg.text); seg = undefined; }
    else if (UNIT_TAGS.has(n)) unit = undefined;
  });
  parser.write(text).close();
  return { root, units };
}
function readTsvUnits(text) {
  const [header, ...rows] = parseTsv(text);
  const langs = header.slice(1, -1);
  const units = rows.map((r, i) => {
    if (r.length !== header.length) throw new Error(`row ${i + 2} has ${r.length} fields, header has ${header.length}`);
    return { id: r[0], domain: r.at(-1), variants: new Map(langs.map((l, j) => [l, r[j + 1]]).filter(([, t]) => t !== '')) };
  });
  return { root: { format: 'tsv', header }, units };
}
/** Reads the demo files (or any directory laid out the same way) into {name: text}. */
export function loadDemo(dir = DEMO_DIR) {
  return Object.fromEntries([...DATA_FILES, ...KEY_FILES].map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')]));
}
function readKey(text, columns) {
  const [header, ...rows] = parseTsv(text);
  if (header.join() !== columns.join()) throw new Error(`header is ${header.join(',')}, expected ${columns.join(',')}`);
  return rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])));
}

/** Runs every check over {name: text}; returns {problems: string[], summary}. */
export function verifyDemo(files) {
  const problems = [];
  const parsed = {};
  for (const name of DATA_FILES) {
    try {
      parsed[name] = name.endsWith('.tsv') ? readTsvUnits(files[name]) : readXmlUnits(name, files[name]);
    } catch (e) {
      problems.push(`${name}: does not parse: ${e.message}`);
    }
  }
  let noise = [], pii = [];
  try { noise = readKey(files['noise-key.tsv'], ['file', 'unit_id', 'noise_kind', 'note', 'lang', 'action']); } catch (e) { problems.push(`noise-key.tsv: ${e.message}`); }
  try { pii = readKey(files['pii-key.tsv'], ['file', 'unit_id', 'language', 'type', 'substring']); } catch (e) { problems.push(`pii-key.tsv: ${e.message}`); }
  const summary = checkCorpus(parsed, noise, pii, problems);
  return { problems, summary };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { problems, summary } = verifyDemo(loadDemo(process.argv[2] ?? DEMO_DIR));
  console.log(JSON.stringify(summary, null, 2));
  if (problems.length) {
    console.error(`${problems.length} problem(s):\n` + problems.map((p) => `  - ${p}`).join('\n'));
    process.exit(1);
  }
  console.log('demo data and answer keys: OK');
}
