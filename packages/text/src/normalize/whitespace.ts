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

function clean(text: string, singleLine: boolean): NormalizeResult {
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
