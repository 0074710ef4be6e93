/**
 * Chinese varieties: Simplified vs Traditional script, and Cantonese vs
 * Mandarin.
 *
 * Script: characters that only exist in one script are counted with OpenCC's
 * character tables (opencc-js, Apache-2.0): a character OpenCC converts
 * Traditional→Simplified is Traditional-only, one it converts
 * Simplified→Traditional (and that is not itself Traditional) is
 * Simplified-only.
 *
 * Variety: written Cantonese has its own function words and characters
 * (嘅 咗 佢 哋 係 唔 冇 嗰 啲 喺 嚟 …) where written Mandarin has 的 了 他 們 是
 * 不 沒有 那 些 在 來. Hong Kong and Taiwan also differ in standard character
 * forms (HK 衞 説 温 裏 着; TW 衛 說 溫 裡 著 — OpenCC's HK/TW variant tables),
 * a weak hint towards Cantonese. The lists below are written by us from
 * standard descriptions of written Cantonese (e.g. Matthews & Yip,
 * *Cantonese: A Comprehensive Grammar*).
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import HKVariants from 'opencc-js/dict/HKVariants';
import TWVariants from 'opencc-js/dict/TWVariants';
import { SCRIPT_INDEX, scriptOfCodePoint } from '../script/code-point-tables.ts';
import { WeightedPhrases } from './weighted-phrases.ts';

/** Flags per code point: Simplified-only, Traditional-only, Hong Kong form, Taiwan form. */
const SIMPLIFIED = 1;
const TRADITIONAL = 2;
const HK_FORM = 4;
const TW_FORM = 8;
/** Han code points end with CJK Extension H (U+323AF); beyond, nothing is flagged. */
const FLAGGED_UP_TO = 0x32400;
const HAN = SCRIPT_INDEX.Hani!;

let flags: Uint8Array | undefined;

/** Calls `visit(key, values)` for each `key value value…` entry of an OpenCC dictionary (`|`-separated). */
function eachEntry(dict: string, visit: (key: string, values: string) => void): void {
  for (let start = 0; start < dict.length; ) {
    let end = dict.indexOf('|', start);
    if (end < 0) end = dict.length;
    const space = dict.indexOf(' ', start);
    if (space > start && space < end) visit(dict.slice(start, space), ` ${dict.slice(space + 1, end)} `);
    start = end + 1;
  }
}

/** The code point of a one-character string, or -1. */
function single(s: string): number {
  const cp = s.codePointAt(0)!;
  return s.length === (cp > 0xffff ? 2 : 1) && cp < FLAGGED_UP_TO ? cp : -1;
}

function tables(): Uint8Array {
  if (flags) return flags;
  const f = new Uint8Array(FLAGGED_UP_TO);
  // A character OpenCC converts Traditional→Simplified (and that is not its own conversion) is Traditional-only, …
  eachEntry(TSCharacters, (key, values) => {
    const cp = single(key);
    if (cp >= 0 && !values.includes(` ${key} `)) f[cp]! |= TRADITIONAL;
  });
  // … one it converts Simplified→Traditional, and that is not Traditional-only, is Simplified-only.
  eachEntry(STCharacters, (key, values) => {
    const cp = single(key);
    if (cp >= 0 && !values.includes(` ${key} `) && !(f[cp]! & TRADITIONAL)) f[cp]! |= SIMPLIFIED;
  });
  // Forms one region uses and the other does not (values of each region's table that the other lacks).
  const forms = (dict: string) => {
    const out = new Set<number>();
    eachEntry(dict, (key, values) => {
      for (const v of values.trim().split(' ')) if (v !== key && single(v) >= 0) out.add(single(v));
    });
    return out;
  };
  const hk = forms(HKVariants);
  const tw = forms(TWVariants);
  for (const cp of hk) if (!tw.has(cp)) f[cp]! |= HK_FORM;
  for (const cp of tw) if (!hk.has(cp)) f[cp]! |= TW_FORM;
  flags = f;
  return f;
}

export interface HanEvidence {
  han: number;
  simplified: number;
  traditional: number;
  hongKongForms: number;
  taiwanForms: number;
}

/** Counts Han characters and those specific to one script or region (one table read per character). */
export function hanEvidence(text: string): HanEvidence {
  const f = tables();
  const e: HanEvidence = { han: 0, simplified: 0, traditional: 0, hongKongForms: 0, taiwanForms: 0 };
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x2e80) continue;
    if (cp >= 0xd800 && cp <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) cp = text.codePointAt(i++)!;
    if (scriptOfCodePoint(cp) !== HAN) continue;
    e.han++;
    const bits = cp < FLAGGED_UP_TO ? f[cp]! : 0;
    if (bits & SIMPLIFIED) e.simplified++;
    else if (bits & TRADITIONAL) e.traditional++;
    if (bits & HK_FORM) e.hongKongForms++;
    else if (bits & TW_FORM) e.taiwanForms++;
  }
  return e;
}

/** `Hans`, `Hant`, or undefined when the text has no script-specific character. */
export function hanScript(text: string | HanEvidence): 'Hans' | 'Hant' | undefined {
  const e = typeof text === 'string' ? hanEvidence(text) : text;
  if (e.simplified > e.traditional) return 'Hans';
  if (e.traditional > e.simplified) return 'Hant';
  return undefined;
}

/** Written Cantonese words and characters, with weights (both scripts). */
const CANTONESE: ReadonlyArray<readonly [string, number]> = [
  ['嘅', 3], ['咗', 3], ['佢', 3], ['哋', 3], ['唔', 3], ['冇', 3], ['嗰', 3], ['啲', 3], ['喺', 3], ['嚟', 3], ['嘢', 3],
  ['睇', 2.5], ['諗', 3], ['谂', 3], ['搵', 3], ['揾', 3], ['攞', 3], ['噉', 3], ['咩', 3], ['乜', 1.5], ['點解', 3], ['点解', 3],
  ['點樣', 3], ['点样', 3], ['而家', 3], ['依家', 3], ['琴日', 3], ['聽日', 3], ['听日', 3], ['同埋', 3], ['啱', 3], ['冚', 3],
  ['㗎', 3], ['喎', 3], ['噃', 3], ['嘞', 2], ['囉', 2], ['啰', 2], ['咁', 2], ['畀', 2], ['俾', 1.5], ['邊個', 3], ['边个', 3],
  ['邊度', 3], ['边度', 3], ['呢個', 2.5], ['呢个', 2.5], ['呢啲', 3], ['呢度', 3], ['仲', 1], ['晒', 1], ['曬', 0.5], ['靚', 1.5],
  ['靓', 1.5], ['食', 0.7], ['行路', 1], ['瞓', 3], ['攰', 3], ['癐', 3], ['嬲', 2], ['咪', 0.7], ['咋', 1], ['吖', 1], ['喇', 1],
  ['𠮶', 3], ['𨋢', 3], ['嗮', 2], ['緊', 0.7], ['紧', 0.7], ['返', 0.7], ['翻', 0.3],
  // Everyday colloquial words (Traditional and, where they differ, Simplified forms).
  ...weighted(3, '鍾意 钟意 梗係 梗系 淨係 净系 即係 即系 但係 但系 唔該 唔该 搞掂 返工 放工 老細 老细 細路 细路 傾偈 倾偈 沖涼 冲凉 行街 銀紙 银纸 散紙 散纸 餸 啩 㖭 嚿 㩒 撳 揿 邊處 边处 呢排 宜家 尋日 寻日 上晝 上昼 下晝 下昼 朝早 點算 点算 做乜 得閒 得闲 先至 鬼佬 差佬 揸車 揸车 落車 落车 上堂 細佬 细佬 家姐 屋企'),
  ...weighted(2, '一齊 一齐 幾多 几多 成日 阿媽 阿妈 阿爸 揸'),
  ...weighted(1.5, '幾時 几时 仲有 好似 飲茶 饮茶 郁'),
  ...weighted(1, '中意 拎'),
  ...neutralise(1.5, '濃郁 浓郁 馥郁 郁郁 郁金香 郁達夫 郁达夫 幾時期'),
  ...neutralise(1, '拎包'),
  // Standard words that contain one of the weaker markers above: their negative weight cancels it (食物 is not 食 "eat").
  ...neutralise(0.7, '食物 食品 飲食 饮食 糧食 粮食 食用 食材 食譜 食谱 食慾 食欲 肉食 草食 素食 美食 食堂 零食 主食 日食 月食 蠶食 捕食 覓食 觅食 食道 進食 进食 伙食 膳食 食鹽 食盐 飲食業'),
  ...neutralise(0.7, '緊急 紧急 緊張 紧张 緊密 紧密 要緊 要紧 抓緊 抓紧 加緊 加紧 趕緊 赶紧 收緊 收紧 緊湊 紧凑 緊迫 紧迫 緊接 紧接 緊貼 紧贴 緊縮 紧缩 繃緊 绷紧'),
  ...neutralise(0.7, '返回 往返 返國 返国 返鄉 返乡 返航 重返 遣返 返還 返还 返校'),
  ...neutralise(0.3, '翻譯 翻译 翻身 翻轉 翻转 翻開 翻开 推翻 翻閱 翻阅'),
  ...neutralise(1, '仲裁 仲介 仲夏 伯仲 喇叭 喇嘛 咋舌'),
  ...neutralise(1.5, '俾斯麥 俾斯麦'),
];

/** `words` (space-separated), each with weight `weight`. */
function weighted(weight: number, words: string): Array<readonly [string, number]> {
  return words.split(' ').map((w) => [w, weight] as const);
}

/** `words` (space-separated), each with weight `-weight`: cancels the marker character inside them. */
function neutralise(weight: number, words: string): Array<readonly [string, number]> {
  return words.split(' ').map((w) => [w, -weight] as const);
}

/** Written Mandarin function words that Cantonese writes differently, with weights. */
const MANDARIN: ReadonlyArray<readonly [string, number]> = [
  ['的', 0.6], ['了', 0.4], ['他', 1.2], ['她', 1.2], ['它', 1], ['們', 1.2], ['们', 1.2], ['是', 0.6], ['不', 0.3], ['沒有', 1.5],
  ['没有', 1.5], ['這', 1], ['这', 1], ['那', 0.6], ['些', 0.4], ['在', 0.4], ['什麼', 2], ['什么', 2], ['怎麼', 2], ['怎么', 2],
  ['說', 0.8], ['说', 0.8], ['給', 1], ['给', 1], ['吃', 1], ['很', 0.6], ['看', 0.3], ['哪', 1], ['誰', 1], ['谁', 1], ['呢', 0.2],
  ['現在', 0.8], ['现在', 0.8], ['昨天', 1.5], ['明天', 1.5], ['東西', 1], ['东西', 1], ['還', 0.5], ['还', 0.5], ['和', 0.5],
  ['也', 0.3], ['就是', 0.3], ['已經', 0.5], ['已经', 0.5], ['裡', 0.3], ['里', 0.2], ['著', 0.4],
];

let cantonese: WeightedPhrases | undefined;
let mandarin: WeightedPhrases | undefined;

/** 係 inside 關係/关系/聯係/係數 is Mandarin vocabulary, not the Cantonese copula. */
function cantoneseCopula(text: string): number {
  let n = 0;
  for (let i = text.indexOf('係'); i !== -1; i = text.indexOf('係', i + 1)) {
    const prev = text[i - 1];
    const next = text[i + 1];
    if (prev !== '關' && prev !== '关' && prev !== '聯' && prev !== '联' && prev !== '維' && prev !== '维' && next !== '數') n++;
  }
  return n;
}

/** Weighted count of written-Cantonese words (the positive part of {@link cantoneseVsMandarin}). */
export function cantoneseMarkers(text: string): number {
  cantonese ??= new WeightedPhrases(CANTONESE);
  return cantonese.count(text) + 2 * cantoneseCopula(text);
}

/** Weighted count of written-Mandarin function words (the negative part of {@link cantoneseVsMandarin}). */
export function mandarinMarkers(text: string): number {
  mandarin ??= new WeightedPhrases(MANDARIN);
  return mandarin.count(text);
}

/**
 * Log-odds evidence that Chinese text is Cantonese rather than Mandarin:
 * positive for Cantonese. Per-character evidence is scaled so long texts
 * with one stray marker are not flipped.
 */
export function cantoneseVsMandarin(text: string, evidence?: HanEvidence, canto = cantoneseMarkers(text)): number {
  const e = evidence ?? hanEvidence(text);
  const regional = 0.5 * (e.hongKongForms - e.taiwanForms);
  return canto - mandarinMarkers(text) + regional;
}
