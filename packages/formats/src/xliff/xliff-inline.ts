/**
 * XLIFF inline markup and its plain-text projection.
 *
 * XLIFF 1.2 (§2.4): `bpt ept ph it` hold native code and are dropped with
 * their content (including a `sub` inside them, as in TMX); `x bx ex` are
 * empty placeholders; `g` and `mrk` wrap ordinary text, which is kept.
 * XLIFF 2.x (§4.1.3): `ph sc ec sm em` are empty; `pc` and `mrk` wrap text,
 * which is kept; `cp hex="…"` stands for a character XML cannot hold and is
 * projected to that character.
 *
 * Whitespace: unless `xml:space="preserve"` is in effect, a run of white
 * space containing a line break is pretty-printing, not content (XLIFF's
 * default white-space handling), so the projection turns it into one space
 * and trims the ends. The markup keeps the white space exactly as written.
 */
import type { InlineNode } from '@silkloom/core';

export const XLIFF1_CODE_ELEMENTS: ReadonlySet<string> = new Set(['bpt', 'ept', 'ph', 'it']);
export const XLIFF1_INLINE_ELEMENTS: ReadonlySet<string> = new Set(['g', 'x', 'bx', 'ex', 'bpt', 'ept', 'ph', 'it', 'mrk', 'sub']);
export const XLIFF2_CODE_ELEMENTS: ReadonlySet<string> = new Set(['ph', 'sc', 'ec', 'sm', 'em']);
export const XLIFF2_INLINE_ELEMENTS: ReadonlySet<string> = new Set(['pc', 'ph', 'sc', 'ec', 'sm', 'em', 'mrk', 'cp']);

function project(nodes: readonly InlineNode[], code: ReadonlySet<string>): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') out += node;
    else if (node.name === 'cp') {
      const cp = Number.parseInt(node.attrs.hex ?? '', 16);
      if (Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff) out += String.fromCodePoint(cp);
    } else if (!code.has(node.name)) out += project(node.children, code);
  }
  return out;
}

/** Collapses pretty-printing white space (a run containing a line break) unless preserved. */
export function normalizeXliffSpace(text: string, preserve: boolean): string {
  if (preserve || !text.includes('\n')) return text;
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The plain text of XLIFF inline content (see the module note). */
export function xliffPlainText(nodes: readonly InlineNode[], version: 1 | 2, preserve: boolean): string {
  return normalizeXliffSpace(project(nodes, version === 1 ? XLIFF1_CODE_ELEMENTS : XLIFF2_CODE_ELEMENTS), preserve);
}
