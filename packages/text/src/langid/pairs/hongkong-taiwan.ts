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
import { HK_WORDS, TW_WORDS } from './hongkong-taiwan-lexicon.ts';

const OWN_HK = `巴士 的士 單車 電單車 士多 雪糕 網上 質素 數碼 視像 戲院 酒店 法庭 檢控 控罪 判監 大廈 升降機 天文台 水浸 山泥傾瀉 入球 幼稚園 醫管局 衞生署 港鐵 急症室 個案 短訊 電郵 網誌 社交媒體 公共交通 交通意外 宣佈 公佈
發佈 分佈 甚麼 裏面 這裏 那裏 衞生 保安局 警務處 特首 行政長官 公屋 屋邨 樓宇 按揭 樓價 私家車 泊車 行人路 乘搭 港元 港幣 僱員 僱主 打印 打印機 軟件 硬件 網絡 服務器 屏幕 鼠標 信息 視頻 博客 手提電話 機師 診症
翻側 埋單 收銀 貨車 巴士站 月台 地盤 文憑試 中學文憑 教育局 政府總部 運輸署 旅遊發展局 屯門 九龍 新界 港島 灣仔 旺角 沙田 葵涌 將軍澳 啟德 香港 特朗普 奧巴馬 希拉莉 布殊 戴卓爾 普京 默克爾 悉尼 三藩市 巴塞隆拿
阿仙奴 車路士 碧咸 朗拿度 美斯 費達拿 拿度 米高 荷里活 意大利 新西蘭 沙地阿拉伯 肯尼亞 尼日利亞 坦桑尼亞 埃塞俄比亞 索馬里 危地馬拉 哥斯達黎加 朝鮮 星期一 星期二 星期三 星期四 星期五 星期六 星期日 年青 消防處 救護員
警員 警方指 政府發言人 懲教 租客 地產商 發展商 樓盤 超級市場 連鎖店 食肆 茶餐廳 餐牌 外賣 泳池 康樂 體育館 電腦程式 流動電話 智能手機 互聯網 上載 揚聲器 卡通片 電視劇 頒獎禮 勇奪 落敗 入圍 賽果 作客
殿軍 奧運會 泳手 跑手 騎師 賽馬 求診 留院 疫症 感染個案 死亡個案 注射 科研 考評局 公開試 收生`;
const OWN_TW = `公車 計程車 腳踏車 機車 冰淇淋 網路上 品質 數位 視訊 電影院 飯店 判刑 大樓 電梯 氣象局 淹水 土石流 進球 幼兒園 急診室 病例 簡訊 電子郵件 部落格 社群媒體 大眾運輸 車禍 公布 發布 分布 什麼 裡面 衛生 捷運 新台幣
印表機 列印 軟體 硬體 網路 伺服器 螢幕 滑鼠 醫師 護理師 病患 計畫 身分 公尺 公分 立法院 行政院 總統府 縣市 鄉鎮 台北 臺北 台灣 臺灣 高雄 台中 臺中 新竹 桃園 台南 臺南 花蓮 川普 歐巴馬 希拉蕊 布希 柴契爾
普丁 梅克爾 雪梨 舊金山 巴塞隆納 兵工廠 切爾西 貝克漢 羅納度 梅西 費德勒 納達爾 麥可 好萊塢 義大利 紐西蘭 沙烏地阿拉伯 肯亞 奈及利亞 坦尚尼亞 衣索比亞 索馬利亞 瓜地馬拉 哥斯大黎加 北韓 週一 週二 週三 週四 週五 週六
週日 消防局 消防隊 救護人員 員警 警方表示 房東 房客 建商 賣場 量販店 超商 便利商店 餐飲業者 游泳池 體育場 程式設計 行動電話 智慧型手機 網際網路 上傳 卡通 連續劇 頒獎典禮 敗給 比賽結果 泳將 騎士 就醫 染疫 確診病例
死亡病例 施打 國中 高中生 補習班 學測 指考 錄取 品質 計畫 執行長 董事長 網路上 影音 簡報 立委 縣長 市長 鄉長 里長`;

interface PhraseIndex {
  /** Phrases by their first two code units (`u0 * 65536 + u1`), longest first. */
  byFirstTwo: Map<number, Array<[string, number]>>;
  /** One-code-unit markers (亦, 恒) by code unit: counted wherever no longer entry covers them. */
  single: Map<number, number>;
}

function index(entries: Iterable<[string, number]>): PhraseIndex {
  const byFirstTwo = new Map<number, Array<[string, number]>>();
  const single = new Map<number, number>();
  for (const [phrase, weight] of entries) {
    if (phrase.length < 2) {
      if (phrase) single.set(phrase.charCodeAt(0), weight);
      continue;
    }
    const key = phrase.charCodeAt(0) * 0x10000 + phrase.charCodeAt(1);
    let list = byFirstTwo.get(key);
    if (!list) byFirstTwo.set(key, (list = []));
    list.push([phrase, weight]);
  }
  for (const list of byFirstTwo.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { byFirstTwo, single };
}

let combined: PhraseIndex | undefined;

function build(): PhraseIndex {
  const hkEntries = new Map<string, number>();
  const twEntries = new Map<string, number>();
  for (const entry of TWPhrases.split('|')) {
    const [from, to] = entry.split(' ');
    if (!from || !to || from === to || to.includes(from) || /[A-Za-z0-9]/.test(from)) continue;
    // Two-character mainland terms (支持, 項目, 程序, 文件) are ordinary Taiwan words in other senses.
    if ([...from].length >= 3) hkEntries.set(from, 1);
    twEntries.set(to, [...to].length >= 3 ? 1 : 0.5);
  }
  for (const p of cldrHanPhrases('HK')) hkEntries.set(p, 1);
  for (const p of cldrHanPhrases('TW')) twEntries.set(p, 1);
  for (const p of OWN_HK.split(/\s+/)) if (p) hkEntries.set(p, 2);
  for (const p of OWN_TW.split(/\s+/)) if (p) twEntries.set(p, 2);
  for (const p of [...hkEntries.keys()]) if (twEntries.has(p)) { hkEntries.delete(p); twEntries.delete(p); }
  // One signed table (Hong Kong positive), so a longer word of one region hides a shorter word of the
  // other inside it (嫌疑犯 is not 疑犯); the hand-written lists come last and win, and their weight-0
  // entries are neutral words kept only to hide such look-alikes (寒冷氣候 is not 冷氣).
  const table = new Map<string, number>();
  for (const [p, w] of hkEntries) table.set(p, w);
  for (const [p, w] of twEntries) table.set(p, -w);
  const signed = (spec: string, sign: number) => {
    for (const entry of spec.split(/\s+/)) {
      const [word, w] = entry.split(':');
      if (word && w !== undefined) table.set(word, sign * Number(w));
    }
  };
  signed(HK_WORDS, 1);
  signed(TW_WORDS, -1);
  return index(table);
}

/** The longest phrase matches, left to right, no overlaps, each with its signed weight (Hong Kong positive). */
function phraseMatches(text: string, idx: PhraseIndex, visit: (phrase: string, weight: number) => void): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    const list = i + 1 < n ? idx.byFirstTwo.get(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1)) : undefined;
    let hit: [string, number] | undefined;
    if (list) {
      for (const entry of list) {
        if (text.startsWith(entry[0], i)) {
          hit = entry;
          break;
        }
      }
    }
    if (hit) {
      visit(hit[0], hit[1]);
      i += hit[0].length;
    } else {
      const w = idx.single.get(text.charCodeAt(i));
      if (w) visit(text[i]!, w);
      i++;
    }
  }
}

/** Log-odds evidence that Traditional Chinese text follows Hong Kong (positive) rather than Taiwan usage. */
export function hongKongVsTaiwan(text: string): number {
  combined ??= build();
  let score = 0;
  phraseMatches(text, combined, (_phrase, weight) => (score += weight));
  return score;
}

/** The regional words found in `text` with their signed weights (Hong Kong positive): what {@link hongKongVsTaiwan} adds up. */
export function hongKongTaiwanMatches(text: string): Array<[string, number]> {
  combined ??= build();
  const out: Array<[string, number]> = [];
  phraseMatches(text, combined, (phrase, weight) => weight && out.push([phrase, weight]));
  return out;
}
