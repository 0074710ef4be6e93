/**
 * `boilerplate`: web residue rather than sentences — a side that is only a
 * URL or e-mail address, navigation trails ("Home | About | Contact",
 * "首页 > 新闻 > 国际", hardrules `no_breadcrumbs`), template literals
 * (`{{`, `%s`, `+++`, hardrules `no_literals`), leftover tags or entities that
 * the markup normaliser could not repair, and stock footer phrases
 * (copyright, cookie and "read more" lines in the source's Chinese and in
 * English, which crawled pages share). A call to action ("click here") counts
 * only as the whole line or with a second one: it is also a sentence's words.
 * Score: boilerplate signals found on the worse side (clean = 0).
 */
import { defineStep, kept, dropped } from '../step.ts';
import { textProfile } from '../text-shim/profile.ts';

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b[a-z0-9.-]+\.(?:com|org|net|cn|gov|edu|io|info)(?:\/[^\s]*)?/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const STRONG_SEP = /\s*[|»›•→]\s*|\s+[>/\\-]\s+/g;
const LITERALS = /\{\{|\}\}|%[sd]\b|\+\+\+|\*\*\*|="|\bRe:|\$\{|<\/?[a-zA-Z][^>]{0,80}>|&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});/i;
export const STOCK = /©|\(c\)\s*\d{4}|copyright\s+(?:©|\d{4})|all rights reserved|版权所有|保留所有权利|(?:accept|use)s? cookies|cookie (?:policy|settings)|隐私政策|privacy policy|terms of (?:use|service)|返回顶部|back to top|lorem ipsum|enable javascript|上一篇|下一篇|分享到/i;
/** Calls to action: boilerplate as a whole line ("Click here to read more >>"), but also words of a real sentence ("点击这里查看物流信息"). */
export const CALL = /点击(?:这里|此处)|click here|read more|阅读全文/gi;

/** {@link STOCK} or {@link CALL} anywhere: one pass where most lines (no stock phrase, no call) need one of each. */
const STOCK_OR_CALL = new RegExp(`${STOCK.source}|${CALL.source}`, 'i');

function isCallLine(text: string): boolean {
  const calls = text.match(CALL);
  if (!calls) return false;
  return calls.length >= 2 || textProfile(text.replace(CALL, ' ')).letterTotal < 4;
}

/**
 * Which characters the text holds that some pattern needs (bits below): a
 * pattern whose characters are all absent cannot match, and most lines skip
 * most of the regular expressions.
 */
const HAS_AT = 1, HAS_SEPARATOR = 2, HAS_LITERAL = 4, HAS_STOCK = 8;
/** Every separator of {@link STRONG_SEP}. */
const SEPARATOR_CHARS = '|»›•→>/\\-';
/** A character each alternative of {@link LITERALS} needs ({ } % + * = : $ < &). */
const LITERAL_CHARS = '{}%+*=:$<&';
/** Bits per BMP code unit (a table: a Map look-up for every Chinese character cost more than the rest of the scan). */
const CHAR_BITS = new Uint8Array(0x10000);
for (const ch of SEPARATOR_CHARS) CHAR_BITS[ch.charCodeAt(0)] = HAS_SEPARATOR;
for (const ch of LITERAL_CHARS) CHAR_BITS[ch.charCodeAt(0)] = CHAR_BITS[ch.charCodeAt(0)]! | HAS_LITERAL;
CHAR_BITS[0x40] = HAS_AT;
/**
 * A character each alternative of {@link STOCK} and {@link CALL} needs, besides
 * the ASCII phrases ({@link STOCK_ANCHORS}): © and ( and,
 * of each Chinese phrase, one character: 版权所有 保留所有权利 隐私政策 返回顶部
 * 上一篇 下一篇 分享到 点击这里/此处 阅读全文. Without the u flag a
 * case-insensitive match never maps another character onto an ASCII letter,
 * so a line without any of them (most Chinese and Thai lines) skips both.
 */
export const STOCK_CHARS = '©(版留隐顶篇享击阅';
for (const ch of STOCK_CHARS) CHAR_BITS[ch.charCodeAt(0)] = CHAR_BITS[ch.charCodeAt(0)]! | HAS_STOCK;

/**
 * Four lower-case ASCII characters each alternative of {@link STOCK} and
 * {@link CALL} without one of {@link STOCK_CHARS} holds literally (copyright,
 * all rights reserved, cookie(s), privacy policy, terms of, back to top, lorem
 * ipsum, enable javascript, click here, read more). Without the u flag a
 * case-insensitive match maps no other character onto an ASCII letter, so a
 * line without any of them, ASCII letters compared either case, cannot
 * match either expression: most English lines skip the expression (~2 µs a
 * line; patternChars looks for the anchors in its pass over the line).
 * No two end with the same two characters.
 */
export const STOCK_ANCHORS = ['yrig', 'l ri', 'okie', 'cy p', 'erms', 'o to', 'm ip', 'vasc', 'lick', 'ad m'] as const;
/** ASCII code unit → itself lower-cased (0 is in no anchor). */
const ANCHOR_FOLD = new Uint8Array(0x80);
for (let c = 1; c < 0x80; c++) ANCHOR_FOLD[c] = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
/** The anchors as 28-bit keys (four 7-bit units). */
const ANCHOR_KEYS = Int32Array.from(STOCK_ANCHORS, (a) => [...a].reduce((k, ch) => (k << 7) | ch.charCodeAt(0), 0));
/** By an anchor's last two units (14 bits of its key): its index + 1, or 0. */
const ANCHOR_BY_END = new Uint8Array(1 << 14);
ANCHOR_KEYS.forEach((key, k) => {
  if (ANCHOR_BY_END[key & 0x3fff]) throw new Error(`stock anchors ${STOCK_ANCHORS[k]} and ${STOCK_ANCHORS[ANCHOR_BY_END[key & 0x3fff]! - 1]} end alike`);
  ANCHOR_BY_END[key & 0x3fff] = k + 1;
});

function patternChars(text: string): number {
  let bits = 0;
  // The last four code units as an anchor key (STOCK_ANCHORS): a stock phrase is looked for only where one ends.
  let key = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    key = ((key << 7) | (c < 0x80 ? ANCHOR_FOLD[c]! : 0)) & 0xfffffff;
    const anchor = ANCHOR_BY_END[key & 0x3fff]!;
    if (anchor && ANCHOR_KEYS[anchor - 1] === key) bits |= HAS_STOCK;
    // Digits, spaces and ASCII letters (most characters) are none of the other patterns' characters.
    if ((c >= 0x30 && c <= 0x39) || c === 0x20 || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) continue;
    bits |= CHAR_BITS[c]!;
  }
  return bits;
}

/**
 * False when {@link URL} cannot match: its first alternative needs "://" or
 * "www.", its second a dot followed by the first letter of a listed domain
 * (c, o, n, g, e, i; ASCII either case — a case-insensitive match without
 * the u flag never maps other letters onto ASCII ones). Sentences rarely have
 * either, and the expression is costly to run on every line.
 */
function mayHoldUrl(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    if (TLD_START[text.charCodeAt(i + 1)]) return true;
  }
  return text.includes('://') || /www\./i.test(text);
}
const TLD_START = new Uint8Array(128);
for (const ch of 'cCoOnNgGeEiI') TLD_START[ch.charCodeAt(0)] = 1;

/** 1 for what \s matches (JavaScript white space and line terminators). */
const WHITE = new Uint8Array(0x10000);
for (let u = 0; u < 0x10000; u++) if (/\s/.test(String.fromCharCode(u))) WHITE[u] = 1;

/**
 * False when splitting on {@link STRONG_SEP} cannot give 3 pieces: each of
 * its matches holds its own | » › • → anywhere, or > / \ - with white space
 * on both sides, so fewer than two such characters make fewer than two
 * matches. Hyphens and slashes inside words (most lines that have any)
 * are not counted, and the split is skipped.
 */
function mayHoldTrail(text: string): boolean {
  let separators = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(CHAR_BITS[c]! & HAS_SEPARATOR)) continue;
    const spaced = c === 0x3e || c === 0x2f || c === 0x5c || c === 0x2d;
    if (spaced && !(i > 0 && WHITE[text.charCodeAt(i - 1)] && WHITE[text.charCodeAt(i + 1)])) continue;
    if (++separators >= 2) return true;
  }
  return false;
}

export function boilerplateSignals(text: string): number {
  const trimmed = text.trim();
  if (!trimmed) return 0;
  let signals = 0;
  const chars = patternChars(trimmed);
  const withoutUrls = mayHoldUrl(trimmed) ? trimmed.replace(URL, ' ') : trimmed;
  const withoutLinks = chars & HAS_AT ? withoutUrls.replace(EMAIL, ' ') : withoutUrls;
  if (withoutLinks !== trimmed && textProfile(withoutLinks).letterTotal < 3) signals += 2;
  if (chars & HAS_SEPARATOR && mayHoldTrail(trimmed)) {
    const pieces = trimmed.split(STRONG_SEP).filter((p) => p.trim());
    if (pieces.length >= 3) {
      const short = pieces.filter((p) => p.trim().split(/\s+/).length <= 4 && p.length <= 24).length;
      if (short >= 3 && short / pieces.length >= 0.75) signals += 2;
    }
  }
  if (chars & HAS_LITERAL && LITERALS.test(trimmed)) signals++;
  if (chars & HAS_STOCK && STOCK_OR_CALL.test(trimmed) && (STOCK.test(trimmed) || isCallLine(trimmed))) signals++;
  return signals;
}

export const boilerplateFilter = defineStep({
  name: 'boilerplate',
  version: '1.1.0',
  kind: 'filter',
  description: 'Drops URL/e-mail-only lines, navigation trails, template literals, markup residue and stock footer phrases.',
  options: {
    max_signals: { type: 'integer', default: 0, min: 0, description: 'Most boilerplate signals tolerated on a side.' },
  },
  create(o) {
    return {
      kind: 'filter',
      check(pair) {
        const score = Math.max(boilerplateSignals(pair.src), boilerplateSignals(pair.tgt));
        return score <= o.max_signals ? kept(score) : dropped('boilerplate', score);
      },
    };
  },
});
