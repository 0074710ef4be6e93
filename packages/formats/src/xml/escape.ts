/**
 * Escaping for the XML writers (XML 1.0 §2.4, §3.3.3). Text keeps `\n` and
 * `\t` literally but writes `\r` as `&#13;` so that a reader's line-end
 * normalisation does not turn CR LF into LF. Attribute values also escape
 * `\t` and `\n`, which attribute-value normalisation would turn into spaces.
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab/LF/CR,
 * U+FFFE/U+FFFF, lone surrogates) are dropped and counted.
 */
import type { Diagnostic } from '@silkloom/core';

/** Characters XML 1.0 cannot hold, even as character references (global regex). */
export const XML_INVALID_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_SPECIAL = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ATTR_SPECIAL = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Receives each character dropped because XML 1.0 cannot hold it. */
export type OnDropped = (codepoint: number) => void;

/**
 * Per unit: passes each dropped character on as a SLM_XML_CHAR_DROPPED
 * warning naming the unit, and remembers whether any was dropped so the
 * writer can count the unit as altered.
 */
export function trackDrops(onDiagnostic: ((d: Diagnostic) => void) | undefined, source: string, unit: string): { onDropped: OnDropped; dropped: () => boolean } {
  let any = false;
  return {
    onDropped: (cp) => {
      any = true;
      const codepoint = cp.toString(16).toUpperCase().padStart(4, '0');
      onDiagnostic?.({
        code: 'SLM_XML_CHAR_DROPPED',
        severity: 'warning',
        source,
        message: `character U+${codepoint} cannot be written in XML 1.0 and was dropped`,
        place: { unit },
      });
    },
    dropped: () => any,
  };
}

function dropInvalid(s: string, onDropped: OnDropped | undefined): string {
  return s.replace(XML_INVALID_CHARS, (ch) => {
    onDropped?.(ch.charCodeAt(0));
    return '';
  });
}

export function escapeText(s: string, onDropped?: OnDropped): string {
  if (!TEXT_SPECIAL.test(s)) return s;
  return dropInvalid(s, onDropped)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function escapeAttr(s: string, onDropped?: OnDropped): string {
  if (!ATTR_SPECIAL.test(s)) return s;
  return dropInvalid(s, onDropped)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** ` name="value"` for each attribute, in order. */
export function attrsToXml(attrs: Record<string, string> | undefined, onDropped?: OnDropped): string {
  if (!attrs) return '';
  let out = '';
  for (const [k, v] of Object.entries(attrs)) out += ` ${k}="${escapeAttr(v, onDropped)}"`;
  return out;
}
