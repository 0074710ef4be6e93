/**
 * Whitespace and control characters. Removes C0 controls other than TAB and
 * LF, DEL and the C1 controls U+0080–U+009F (mostly mojibake residue of
 * Windows-1252 read as Latin-1); turns CR LF / CR into LF, and every other
 * Unicode space (NBSP, ideographic space U+3000, thin spaces …) and TAB into
 * a plain space; collapses runs of spaces; trims each line. Line breaks are
 * kept (a unit may hold a short paragraph); `singleLine: true` in the
 * context-free variant {@link whitespaceSingleLineNormalizer} turns them into
 * spaces as well.
 */
import { defineNormalizer, resultOf, unchanged, type NormalizeResult } from './types.ts';

const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]/g;
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const CLEAN = /^(?:[\x21-\x7e]| (?! |$|\n)|\n(?! |$))*$/;

/** Per code unit: 1 where the slow path below changes something (controls, CR, LF, the SPACES), 2 where only its trims do (space, BOM, LS, PS). */
const UNIT_KIND = new Uint8Array(0x10000);
for (const [from, to] of [[0x00, 0x1f], [0x7f, 0x9f], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]] as const) {
  for (let u = from; u <= to; u++) UNIT_KIND[u] = 1;
}
for (const u of [0x20, 0xfeff, 0x2028, 0x2029]) UNIT_KIND[u] = 2;

/**
 * True when the slow path would give `text` back as it is: a single line
 * with no control, no CR, none of the SPACES, no two spaces in a row and
 * nothing `trim` removes at either end. One table look-up per unit; most
 * lines (all of Chinese, English with curly quotes) are this, and the
 * pattern CLEAN only answers for ASCII.
 */
function alreadyClean(text: string): boolean {
  const n = text.length;
  if (!n) return true;
  if (UNIT_KIND[text.charCodeAt(0)] || UNIT_KIND[text.charCodeAt(n - 1)]) return false;
  let space = false;
  for (let i = 1; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (UNIT_KIND[c] === 1) return false;
    if (c === 0x20) {
      if (space) return false;
      space = true;
    } else space = false;
  }
  return true;
}

function clean(text: string, singleLine: boolean): NormalizeResult {
  if (alreadyClean(text)) return unchanged(text);
  if (CLEAN.test(text) && !text.startsWith(' ') && !text.startsWith('\n') && !(singleLine && text.includes('\n'))) {
    return unchanged(text);
  }
  let controls = 0;
  let spaces = 0;
  let out = text.replace(/\r\n?/g, '\n').replace(CONTROL, () => {
    controls++;
    return '';
  });
  out = out.replace(SPACES, () => {
    spaces++;
    return ' ';
  });
  if (singleLine) out = out.replace(/\n+/g, ' ');
  out = out
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return resultOf(text, out, { controls, spaces, collapsed: 1 });
}

export const whitespaceNormalizer = defineNormalizer({
  name: 'whitespace',
  version: 1,
  description: 'remove C0/C1 controls (keep TAB as space, keep LF), unify Unicode spaces, collapse runs, trim lines',
  scope: 'text',
  apply: (text) => clean(text, false),
});

export const whitespaceSingleLineNormalizer = defineNormalizer({
  name: 'whitespace-single-line',
  version: 1,
  description: 'as "whitespace", and line breaks become spaces (for one-line formats such as TSV and Moses)',
  scope: 'text',
  apply: (text) => clean(text, true),
});
