/**
 * Hong Kong vs Taiwan written Chinese. Cantonese corpora are mostly written
 * in Hong Kong, and much "Cantonese" text (FLORES yue_Hant among it) is Hong
 * Kong Standard Written Chinese rather than colloquial Cantonese, so the
 * regional standard is the main evidence for yue-Hant against zh-Hant
 * (Taiwan). Sources of markers:
 *
 * - OpenCC's TWPhrases table (opencc-js, Apache-2.0): mainland/HK terms and
 *   their Taiwan equivalents (軟件/軟體, 打印機/印表機, 互聯網/網際網路); a
 *   mainland/HK term written in Traditional characters points to Hong Kong.
 * - Unicode CLDR zh-Hant-HK and yue vs zh-Hant names (cldr-lexicons.json).
 * - Our own list of everyday HK/TW vocabulary and character-form habits.
 *
 * Positive score = Hong Kong.
 */
import TWPhrases from 'opencc-js/dict/TWPhrases';
import { cldrHanPhrases } from './cldr-markers.ts';

const OWN_HK = `巴士 的士 單車 電單車 士多 雪糕 網上 質素 數碼 視像 戲院 酒店 法庭 檢控 控罪 判監 大廈 升降機 天文台 水浸 山泥傾瀉 入球 幼稚園 醫管局 衞生署 港鐵 急症室 個案 短訊 電郵
網誌 社交媒體 公共交通 交通意外 宣佈 公佈 發佈 分佈 甚麼 裏面 這裏 那裏 衞生 保安局 警務處 立法會 特首 行政長官 公屋 屋邨 樓宇 按揭 樓價 私家車 泊車 行人路 乘搭 港元 港幣 僱員 僱主 打印 打印機 軟件 硬件 網絡 服務器 屏幕 鼠標 信息 視頻
博客 手提電話 機師 診症 翻側 埋單 收銀 貨車 巴士站 月台 地盤 文憑試 中學文憑 學位 課程 教育局 政府總部 運輸署 旅遊發展局 屯門 九龍 新界 港島 灣仔 旺角 沙田 葵涌 將軍澳 啟德 香港`;
const OWN_TW = `公車 計程車 腳踏車 機車 冰淇淋 網路上 品質 數位 視訊 電影院 飯店 法院 起訴 判刑 大樓 電梯 氣象局 淹水 土石流 進球 幼兒園 急診室 病例 簡訊 電子郵件
部落格 社群媒體 大眾運輸 車禍 宣布 公布 發布 分布 什麼 裡面 這裡 那裡 衛生 捷運 新台幣 員工 印表機 列印 軟體 硬體 網路 伺服器 螢幕 滑鼠 資訊 影片 手機 醫師 護理師 病患 計畫 身分 公尺 公分 公里 立法院 行政院 總統府 縣市 鄉鎮 台北 臺北 台灣 臺灣 高雄 台中 臺中 新竹 桃園 台南 臺南 花蓮`;

interface PhraseIndex {
  byFirstTwo: Map<string, Array<[string, number]>>;
}

function index(entries: Iterable<[string, number]>): PhraseIndex {
  const byFirstTwo = new Map<string, Array<[string, number]>>();
  for (const [phrase, weight] of entries) {
    if (phrase.length < 2) continue;
    const key = phrase.slice(0, 2);
    let list = byFirstTwo.get(key);
    if (!list) byFirstTwo.set(key, (list = []));
    list.push([phrase, weight]);
  }
  for (const list of byFirstTwo.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { byFirstTwo };
}

let hk: PhraseIndex | undefined;
let tw: PhraseIndex | undefined;

function build(): void {
  const hkEntries = new Map<string, number>();
  const twEntries = new Map<string, number>();
  for (const entry of TWPhrases.split('|')) {
    const [from, to] = entry.split(' ');
    if (!from || !to || from === to || to.includes(from) || /[A-Za-z0-9]/.test(from)) continue;
    hkEntries.set(from, 1.5);
    twEntries.set(to, 1.5);
  }
  for (const p of cldrHanPhrases('HK')) hkEntries.set(p, 1);
  for (const p of cldrHanPhrases('TW')) twEntries.set(p, 1);
  for (const p of OWN_HK.split(/\s+/)) if (p) hkEntries.set(p, 2);
  for (const p of OWN_TW.split(/\s+/)) if (p) twEntries.set(p, 2);
  for (const p of [...hkEntries.keys()]) if (twEntries.has(p)) { hkEntries.delete(p); twEntries.delete(p); }
  hk = index(hkEntries);
  tw = index(twEntries);
}

/** Sum of weights of the longest phrase matches, left to right, no overlaps. */
function phraseScore(text: string, idx: PhraseIndex): number {
  let score = 0;
  for (let i = 0; i + 1 < text.length; ) {
    const list = idx.byFirstTwo.get(text.slice(i, i + 2));
    const hit = list?.find(([p]) => text.startsWith(p, i));
    if (hit) {
      score += hit[1];
      i += hit[0].length;
    } else i++;
  }
  return score;
}

/** Log-odds evidence that Traditional Chinese text follows Hong Kong (positive) rather than Taiwan usage. */
export function hongKongVsTaiwan(text: string): number {
  if (!hk) build();
  return phraseScore(text, hk!) - phraseScore(text, tw!);
}
