/**
 * HTML/XML residue in crawled text: tags are removed (line-breaking and block
 * tags such as `<br>`, `<p>`, `<li>` become a space so words do not run
 * together), `<script>`/`<style>` bodies and comments are dropped, and
 * character references are decoded once (HTML5 named references for the
 * common entities, and numeric `&#NNN;` / `&#xHH;`). Only things that look like
 * real tags are touched: `a < b` and `x<y` stay.
 */
import { defineNormalizer, resultOf, unchanged } from './types.ts';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', middot: '·', bull: '•', copy: '©', reg: '®', trade: '™', deg: '°', times: '×', divide: '÷',
  euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', shy: '\u00ad', iexcl: '¡', iquest: '¿', prime: '′',
  Prime: '″', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', hearts: '♥', micro: 'µ', ordm: 'º', ordf: 'ª',
  sup1: '¹', sup2: '²', sup3: '³', acute: '´', cedil: '¸', uml: '¨', macr: '¯', not: '¬', curren: '¤', brvbar: '¦',
};

const HINT = /[<&]/;
const COMMENT = /<!--[\s\S]*?-->/g;
const SCRIPT_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const BREAKING = /^(br|p|div|li|ul|ol|tr|td|th|h[1-6]|table|section|article|header|footer|nav|blockquote|hr|dd|dt|title)$/i;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9:-]*)(?:\s+[^<>]*?)?\s*\/?>/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,9}));/g;

function decodeEntity(whole: string, dec?: string, hex?: string, name?: string): string {
  if (dec || hex) {
    const cp = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(cp);
  }
  return NAMED[name!] ?? whole;
}

export const markupNormalizer = defineNormalizer({
  name: 'markup',
  version: 1,
  description: 'strip HTML/XML tags (<br> and block tags → space), comments and script/style bodies; decode character references once',
  scope: 'text',
  apply(text) {
    if (!HINT.test(text)) return unchanged(text);
    const stats = { tags: 0, entities: 0, comments: 0 };
    let out = text.replace(COMMENT, () => {
      stats.comments++;
      return ' ';
    });
    out = out.replace(SCRIPT_STYLE, () => {
      stats.tags++;
      return ' ';
    });
    out = out.replace(CDATA, (_w, body: string) => body);
    out = out.replace(TAG, (_whole, name: string) => {
      stats.tags++;
      return BREAKING.test(name) ? ' ' : '';
    });
    out = out.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
      const decoded = decodeEntity(whole, dec, hex, name);
      if (decoded !== whole) stats.entities++;
      return decoded;
    });
    if (stats.tags) out = out.replace(/ {2,}/g, ' ').trim();
    return resultOf(text, out, stats);
  },
});
