/**
 * Builds a noisy bitext set from clean sentence pairs, deterministically
 * (seeded), with the kinds of noise crawled bitext has — misaligned, wrong
 * language, untranslated, exact and near duplicates, truncated, concatenated,
 * empty side, mojibake, boilerplate, number mismatch — plus units that only
 * need normalising (markup, BOM/zero-width, full-width, Zawgyi), which must be
 * kept. Every item carries its label, so rejection precision/recall and the
 * share of clean pairs kept can be measured (noisy-eval.ts).
 */

export type NoiseKind =
  | 'misaligned' | 'wrong_language' | 'untranslated' | 'exact_duplicate' | 'near_duplicate' | 'truncated'
  | 'concatenated' | 'empty' | 'mojibake' | 'boilerplate' | 'number_mismatch';
export type NormalizeKind = 'markup' | 'zero_width' | 'fullwidth' | 'zawgyi';
/** The kinds that only need normalising (labelled clean). */
export const NORMALIZE_KINDS: readonly string[] = ['markup', 'zero_width', 'fullwidth', 'zawgyi'] satisfies NormalizeKind[];

export interface LabelledPair {
  src: string;
  tgt: string;
  /** `noise` should be rejected; `clean` (incl. normalise-only units) kept. */
  label: 'clean' | 'noise';
  kind: 'clean' | NoiseKind | NormalizeKind;
}

export interface NoisySetInput {
  src: string[];
  tgt: string[];
  /** Same sentences in other languages (for wrong-language noise), aligned by index. */
  otherLanguages: string[][];
  seed: number;
  /** Noise items per kind (default: 4 % of the pairs each). */
  perKind?: number;
  /** Unicode → Zawgyi, when the target is Burmese (from @silkloom/text). */
  toZawgyi?: (text: string) => string;
  /** Whether the target language writes words with spaces. */
  spaced: boolean;
}

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utf8 = new TextEncoder();
/** Windows-1252 glyphs of bytes 0x80–0x9F (undefined bytes stay C1 controls). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** UTF-8 bytes read as Windows-1252 — the classic mojibake (Node's decoder maps 0x80–0x9F like Latin-1, so by hand). */
export function mojibake(text: string): string {
  let out = '';
  for (const b of utf8.encode(text)) out += b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** Boilerplate pairs written for this evaluation: navigation, footers, links. */
export const BOILERPLATE: ReadonlyArray<[string, string]> = [
  ['首页 | 新闻 | 关于我们 | 联系我们', 'Home | News | About us | Contact'],
  ['首页 > 产品中心 > 农业机械', 'Home > Products > Agricultural machinery'],
  ['版权所有 © 2024 丝路科技有限公司 保留所有权利', '© 2024 Silk Road Tech Co., Ltd. All rights reserved.'],
  ['https://www.example.com/news/2024/index.html', 'https://www.example.com/news/2024/index.html'],
  ['联系邮箱：info@example.org', 'info@example.org'],
  ['点击这里阅读全文 >>', 'Click here to read more >>'],
  ['上一篇 | 下一篇 | 返回顶部', 'Previous | Next | Back to top'],
  ['本网站使用 cookies 以改善您的体验。隐私政策', 'This site uses cookies to improve your experience. Privacy policy'],
  ['分享到：微信 | 微博 | QQ空间', 'Share: WeChat | Weibo | Qzone'],
  ['登录 | 注册 | 帮助中心 | 网站地图', 'Login | Register | Help | Sitemap'],
  ['www.silkroad-news.cn', 'www.silkroad-news.cn'],
  ['{{title}} - {{site_name}}', '{{title}} - {{site_name}}'],
];

const ZW = ['\u200B', '\uFEFF', '\u2060'];

function fullwidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function addMarkup(text: string, r: () => number, spaced: boolean): string {
  if (spaced) {
    const words = text.split(' ');
    const i = Math.floor(r() * words.length);
    words[i] = `<b>${words[i]}</b>`;
    return `<p>${words.join(' ')}</p>`.replace(/&/g, '&amp;');
  }
  // Break the line between two non-digits (a <br> becomes a space, which would split a number).
  let cut = Math.floor(text.length / 2);
  while (cut < text.length - 1 && /\d/.test(text[cut - 1]! + text[cut]!)) cut++;
  return `<span class="t">${text.slice(0, cut)}<br/>${text.slice(cut)}</span>`.replace(/&/g, '&amp;');
}

function insertZeroWidth(text: string, r: () => number): string {
  const chars = [...text];
  const out = [ZW[1]!];
  for (const ch of chars) {
    out.push(ch);
    if (ch === ' ' && r() < 0.3) out.push(ZW[Math.floor(r() * 3)]!);
  }
  if (!text.includes(' ')) out.splice(Math.max(1, Math.floor(chars.length / 2)), 0, ZW[0]!);
  return out.join('');
}

function changeNumber(text: string, r: () => number): string | undefined {
  const nums = [...text.matchAll(/\d+/g)];
  if (!nums.length) return undefined;
  const m = nums[Math.floor(r() * nums.length)]!;
  const digits = m[0];
  let changed = '';
  for (let k = 0; k < digits.length; k++) changed += k === 0 ? String(((Number(digits[0]) + 1 + Math.floor(r() * 8)) % 9) + 1) : digits[k];
  return text.slice(0, m.index) + changed + text.slice(m.index! + digits.length);
}

function truncate(text: string, r: () => number, spaced: boolean): string {
  const keep = 0.3 + r() * 0.3;
  if (spaced) {
    const words = text.split(' ');
    return words.slice(0, Math.max(1, Math.round(words.length * keep))).join(' ');
  }
  const chars = [...text];
  return chars.slice(0, Math.max(1, Math.round(chars.length * keep))).join('');
}

function nearCopy(text: string, r: () => number, spaced: boolean): string {
  if (spaced) {
    const words = text.split(' ');
    if (words.length > 3) {
      const i = 1 + Math.floor(r() * (words.length - 2));
      if (r() < 0.5) words.splice(i, 1);
      else [words[i], words[i - 1]] = [words[i - 1]!, words[i]!];
    }
    return words.join(' ');
  }
  const chars = [...text];
  const i = Math.floor(r() * (chars.length - 1));
  chars.splice(i, 1);
  return chars.join('');
}

/** Builds the labelled noisy set. Clean pairs keep their order; noise is spread through it. */
export function buildNoisySet(input: NoisySetInput): LabelledPair[] {
  const r = rng(input.seed);
  const n = input.src.length;
  const per = input.perKind ?? Math.max(2, Math.round(n * 0.04));
  const items: LabelledPair[] = input.src.map((src, i) => ({ src, tgt: input.tgt[i]!, label: 'clean', kind: 'clean' }));
  const free = () => {
    for (let tries = 0; tries < 1000; tries++) {
      const i = Math.floor(r() * n);
      if (items[i]!.kind === 'clean') return i;
    }
    return -1;
  };
  const corrupt = (kind: NoiseKind | NormalizeKind, make: (i: number) => Partial<LabelledPair> | undefined, label: 'noise' | 'clean' = 'noise') => {
    for (let k = 0, guard = 0; k < per && guard < per * 20; guard++) {
      const i = free();
      if (i < 0) return;
      const change = make(i);
      if (!change) continue;
      items[i] = { ...items[i]!, ...change, label, kind };
      k++;
    }
  };
  corrupt('misaligned', (i) => ({ tgt: input.tgt[(i + 1 + Math.floor(r() * (n - 1))) % n]! }));
  if (input.otherLanguages.length) corrupt('wrong_language', (i) => ({ tgt: input.otherLanguages[Math.floor(r() * input.otherLanguages.length)]![i]! }));
  corrupt('untranslated', (i) => ({ tgt: r() < 0.5 ? items[i]!.src : items[i]!.src.replace(/[。，]/g, ' ') }));
  corrupt('truncated', (i) => ({ tgt: truncate(items[i]!.tgt, r, input.spaced) }));
  corrupt('concatenated', (i) => ({ tgt: `${items[i]!.tgt} ${input.tgt[(i + 1) % n]!}` }));
  corrupt('empty', () => ({ tgt: r() < 0.5 ? '' : ' \u3000 ' }));
  // Only text with non-ASCII characters can be garbled (ASCII reads the same in every encoding).
  corrupt('mojibake', (i) => (/[^\x00-\x7f]/.test(items[i]!.tgt) ? { tgt: mojibake(items[i]!.tgt) } : undefined));
  corrupt('number_mismatch', (i) => {
    if (!/\d/.test(items[i]!.src)) return undefined;
    const tgt = changeNumber(items[i]!.tgt, r);
    return tgt && tgt !== items[i]!.tgt ? { tgt } : undefined;
  });
  // Units that only need normalising: these must be kept.
  corrupt('markup', (i) => ({ src: addMarkup(items[i]!.src, r, false), tgt: addMarkup(items[i]!.tgt, r, input.spaced) }), 'clean');
  corrupt('zero_width', (i) => ({ src: insertZeroWidth(items[i]!.src, r), tgt: insertZeroWidth(items[i]!.tgt, r) }), 'clean');
  corrupt('fullwidth', (i) => (/[0-9A-Za-z]/.test(items[i]!.src) ? { src: fullwidth(items[i]!.src) } : undefined), 'clean');
  if (input.toZawgyi) corrupt('zawgyi', (i) => ({ tgt: input.toZawgyi!(items[i]!.tgt) }), 'clean');
  // Extra items: boilerplate and duplicates of clean pairs, spread after their originals.
  const extra: Array<[number, LabelledPair]> = [];
  for (let k = 0; k < per; k++) {
    const [s, t] = BOILERPLATE[k % BOILERPLATE.length]!;
    extra.push([Math.floor(r() * n), { src: s, tgt: t, label: 'noise', kind: 'boilerplate' }]);
  }
  for (const kind of ['exact_duplicate', 'near_duplicate'] as const) {
    for (let k = 0; k < per; k++) {
      const i = free();
      if (i < 0) break;
      const o = items[i]!;
      const copy = kind === 'exact_duplicate' ? { src: o.src, tgt: r() < 0.5 ? o.tgt : `${o.tgt} ` } : { src: o.src, tgt: nearCopy(o.tgt, r, input.spaced) };
      extra.push([i + 1 + Math.floor(r() * (n - i)), { ...copy, label: 'noise', kind }]);
    }
  }
  extra.sort((a, b) => a[0] - b[0]);
  const out: LabelledPair[] = [];
  let e = 0;
  for (let i = 0; i <= n; i++) {
    while (e < extra.length && extra[e]![0] <= i) out.push(extra[e++]![1]);
    if (i < n) out.push(items[i]!);
  }
  return out;
}
