/**
 * Minimal normalisers used until @silkloom/text's are merged (same intent:
 * Unicode NFC, whitespace and controls, BOM and stray zero-width characters,
 * tags and entities, full-width Latin/digits in Chinese). Kept deliberately
 * small; the text package owns the full versions.
 */

const STRAY = /[\uFEFF\u200B\u2060\u00AD\u180E\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** NFC, stray zero-width characters and BOM removed (ZWJ/ZWNJ kept), controls removed, whitespace collapsed. */
export function normalizeUnicode(text: string): string {
  return text.replace(STRAY, '').replace(CONTROLS, '').normalize('NFC').replace(SPACES, ' ').trim();
}

const TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', copy: '©', reg: '®', middot: '·', bull: '•' };

/** Strips HTML/XML tags and comments, decodes character references. */
export function stripMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  const noTags = text.replace(TAG, (m) => (/^<\/?(?:br|p|div|li|tr|td|h\d)\b/i.test(m) ? ' ' : ''));
  return noTags.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec || hex) {
      const cp = parseInt(dec ?? hex!, dec ? 10 : 16);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[name!.toLowerCase()] ?? whole;
  });
}

/** Full-width Latin letters and digits (U+FF10–FF19, FF21–FF3A, FF41–FF5A) → ASCII; U+3000 → space. Punctuation stays full-width. */
export function halfwidthLatin(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
