import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageInfo } from '@silkloom/core';
import { resolveOptions, type FilterInstance, type StepContext, type AnyStepDefinition } from '../step.ts';
import { scriptOnlyIdentifier } from '../script-identifier.ts';
import type { LanguageIdentifier } from '../language-identifier.ts';
import { emptyFilter } from './empty-filter.ts';
import { lengthFilter } from './length-filter.ts';
import { lengthRatioFilter } from './length-ratio-filter.ts';
import { scriptFilter } from './script-filter.ts';
import { untranslatedFilter } from './untranslated-filter.ts';
import { numberAgreement, numberFilter } from './number-filter.ts';
import { countVisible } from '../text-shim/length.ts';
import { PERCENT_PREFIX, VAGUE_BEFORE, ZH_COUNTED, countedAt, extractNumbers, percentPrefixAt, vagueBefore } from '../text-shim/numbers.ts';
import { mojibakeFilter } from './mojibake-filter.ts';
import { CALL, STOCK, STOCK_ANCHORS, STOCK_CHARS, boilerplateFilter, boilerplateSignals } from './boilerplate-filter.ts';
import { maxRepeats, repetitionFilter } from './repetition-filter.ts';
import { NUMBER_RUN, nonLetterFilter, numberRunExcess } from './non-letter-filter.ts';
import { punctuationFilter } from './punctuation-filter.ts';
import { languageFilter } from './language-filter.ts';

function filter(def: AnyStepDefinition, tgt: string, options: Record<string, unknown> = {}, src = 'zh-Hans'): FilterInstance {
  const ctx: StepContext = { srcLang: src, tgtLang: tgt, src: languageInfo(src), tgt: languageInfo(tgt), identifier: scriptOnlyIdentifier };
  return def.create(resolveOptions(def, options), ctx, undefined) as FilterInstance;
}

test('empty: a side with only punctuation or spaces is empty', () => {
  const f = filter(emptyFilter, 'en');
  assert.equal(f.check({ src: '你好。', tgt: ' … ' }).reason, 'empty');
  assert.equal(f.check({ src: '你好。', tgt: 'Hello.' }).keep, true);
});

test('length counts characters for Thai and words for English', () => {
  const th = filter(lengthFilter, 'th', { max_chars: 10 });
  assert.equal(th.check({ src: '你好', tgt: 'สวัสดีครับ' }).keep, true); // 10 visible chars, marks not counted
  assert.equal(th.check({ src: '你好', tgt: 'สวัสดีครับผมชื่อสมชาย' }).reason, 'length');
  const en = filter(lengthFilter, 'en', { max_words: 3 });
  assert.equal(en.check({ src: '你好', tgt: 'one two three' }).keep, true);
  assert.equal(en.check({ src: '你好', tgt: 'one two three four' }).reason, 'length');
});

test('length_ratio: calibrated per pair, z-score with sign', () => {
  const f = filter(lengthRatioFilter, 'en');
  const ok = f.check({ src: '这家工厂每年生产大约一万两千台拖拉机。', tgt: 'The factory produces about twelve thousand tractors every year.' });
  assert.equal(ok.keep, true);
  const short = f.check({ src: '这家工厂每年生产大约一万两千台拖拉机，其中一半出口到东南亚国家和非洲国家。', tgt: 'The factory.' });
  assert.equal(short.reason, 'length_ratio');
  assert.ok(short.score! < 0);
  const th = filter(lengthRatioFilter, 'th');
  assert.equal(th.check({ src: '医生建议病人每天喝足够的水。', tgt: 'แพทย์แนะนำให้ผู้ป่วยดื่มน้ำให้เพียงพอทุกวัน' }).keep, true);
});

test('length: a Latin gloss in brackets after a word of another script repeats it and is not counted', () => {
  assert.equal(countVisible('塞伦盖蒂（Serengeti）地区'), countVisible('塞伦盖蒂地区'));
  assert.equal(countVisible('罗伊诉韦德案 (Roe v. Wade) 是'), countVisible('罗伊诉韦德案是'));
  // After a supplementary-plane letter, and across a zero-width space (Khmer, Lao, Burmese text carries them).
  assert.equal(countVisible('𠀀𠀁(Foo)'), countVisible('𠀀𠀁'));
  assert.equal(countVisible('ភ្នំពេញ\u200b(Phnom Penh)'), countVisible('ភ្នំពេញ'));
  assert.equal(countVisible('ໂປຼເວນຊາໂນ່ (Provenzano)'), countVisible('ໂປຼເວນຊາໂນ່'));
  // Not a gloss: Han inside the brackets, a number, or Latin text before them.
  assert.equal(countVisible('（复数为 Kalaallit）'), 8); // Ka-laa-llit: three syllables in Han text
  assert.equal(countVisible('中文(2024)'), 5);
  assert.equal(countVisible('WNED (Buffalo)'), 4);
  // After the closing quote of a quoted name, too.
  assert.equal(countVisible('“巴塞罗那跑步之旅”（Running Tours Barcelona ）组织'), countVisible('“巴塞罗那跑步之旅”组织'));
});

test('length: a Latin word counts as a transliteration into the text\'s own script would', () => {
  // Thai and Lao write vowels as letters: one character per letter.
  assert.equal(countVisible('ถูก Provenzano ควบคุม'), countVisible('ถูกโปรเวนซาโนควบคุม'));
  // Han: one character per syllable (vowel group): Pro-ve-nza-no / 普罗文扎诺 (the Han form adds a syllable for the cluster).
  assert.equal(countVisible('这是 Provenzano'), 2 + 4);
  // Khmer and Burmese write vowels as marks: one character per consonant (Na-di-a / ណាឌៀ).
  assert.equal(countVisible('អ្នកនាង Nadia'), countVisible('អ្នកនាងណាឌៀ'));
  // A number is one either way, and so is a Latin word in a text with no other script.
  assert.equal(countVisible('ปี 1992'), countVisible('ปี') + 1);
  assert.equal(countVisible('Go Running Tours'), 3);
  // An accented Latin letter is part of the Latin words, not a script of its own that would switch them to letters.
  assert.equal(countVisible('Café society'), 3);
  assert.equal(countVisible('Pokémon GO'), 4);
  // Fullwidth Latin (U+FF21…) is Latin too, not Han: the Thai side still counts its Latin word by letters.
  assert.equal(countVisible('ถูก ＡＢＣ Provenzano'), countVisible('ถูก ＡＢＣ') + 10);
  // A Thai side naming people in Latin is no longer far shorter than Chinese naming them in Han.
  const th = filter(lengthRatioFilter, 'th');
  const pair = {
    src: '1992 年，普罗文扎诺（Provenzano）结束了由里亚纳发动的反政府的战争，这场战争夺去了黑手党十字军乔瓦尼·法尔科内（Giovanni Falcone）和保罗·博尔塞利诺（Paolo Borsellino）的生命，随后这些老大们就被他控制住了。',
    tgt: 'หัวหน้าเหล่านี้ถูก Provenzano ควบคุมเมื่อเขายุติสงครามที่ขับเคลื่อนโดย Riina กับรัฐที่คร่าชีวิตของ Giovanni Falcone และ Paolo Borsellino ผู้ต่อต้านมาเฟีย ในปี 1992',
  };
  assert.equal(th.check(pair).keep, true);
});

test('numbers: lone numbers (the other side has none at all), per side', () => {
  // Without readLone a source without numbers ends the reading: the target's are not counted.
  assert.equal(numberAgreement('她获奖了。', 'She won 3 awards.', 'zh-Hans', 'en').loneB, 0);
  const r = numberAgreement('2009 年，她获奖。', 'She won an award.', 'zh-Hans', 'en', true);
  assert.deepEqual([r.loneA, r.loneB], [1, 0]);
  const b = numberAgreement('她获奖了。', 'She won 3 awards in 2009.', 'zh-Hans', 'en', true);
  assert.deepEqual([b.loneA, b.loneB], [0, 2]);
  // A Chinese numeral on the other side is a number: nothing is lone.
  assert.equal(numberAgreement('她获得了二十多个奖项。', 'She won 24 awards.', 'zh-Hans', 'en', true).loneB, 0);
});

test('script: Latin names are tolerated, a third script or an all-Latin Burmese side is not', () => {
  const my = filter(scriptFilter, 'my');
  assert.equal(my.check({ src: '他来自哈利法克斯。', tgt: 'သူသည် Halifax မှ ဖြစ်သည်။' }).keep, true);
  assert.equal(my.check({ src: '他来自哈利法克斯。', tgt: 'He is from Halifax.' }).reason, 'script');
  assert.equal(filter(scriptFilter, 'th').check({ src: '你好', tgt: 'Привет друзья' }).reason, 'script');
});

test('untranslated: copies and source-script targets', () => {
  const f = filter(untranslatedFilter, 'th');
  assert.equal(f.check({ src: '游客可以在老城区品尝小吃。', tgt: '游客可以在老城区品尝小吃' }).reason, 'untranslated');
  const en = filter(untranslatedFilter, 'en');
  assert.equal(en.check({ src: 'Hello world, this is a test', tgt: 'hello world this is a test!' }).reason, 'untranslated');
  assert.equal(en.check({ src: '你好世界', tgt: 'Hello world' }).keep, true);
});

test('numbers: native digits, Chinese scale words and years agree', () => {
  const my = filter(numberFilter, 'my');
  assert.equal(my.check({ src: '4 个月大的老鼠', tgt: 'အသက် ၄ လ ရှိ ကြွက်' }).keep, true);
  const th = filter(numberFilter, 'th');
  assert.equal(th.check({ src: '这座桥建于 1998 年，全长 1600 米。', tgt: 'สะพานนี้สร้างในปี ๑๙๙๘ ยาว ๑,๖๐๐ เมตร' }).keep, true);
  assert.equal(th.check({ src: '这座桥建于 1998 年。', tgt: 'สะพานนี้สร้างในปี 2541' }).keep, true); // Buddhist era
  assert.equal(th.check({ src: '这座桥建于 1998 年。', tgt: 'สะพานนี้สร้างในปี 1989' }).reason, 'numbers');
  const en = filter(numberFilter, 'en');
  assert.equal(en.check({ src: '人口超过 800 万。', tgt: 'The population exceeds 8 million.' }).keep, true);
  assert.equal(en.check({ src: '收集 120 万个签名', tgt: 'collect 1.2 million signatures' }).keep, true);
  assert.equal(en.check({ src: '10 月 7 日', tgt: 'On October 7' }).keep, true);
  assert.equal(en.check({ src: '20 世纪 70 年代', tgt: 'in the 1970s' }).keep, true);
  assert.equal(en.check({ src: '约 70 公里，8 月 9 日', tgt: 'about seventy kilometres, on August 9' }).keep, true);
  assert.equal(en.check({ src: '价格上涨了 8%，达到 350 元。', tgt: 'prices rose 8% to 530 yuan.' }).reason, 'numbers');
  const ar = filter(numberFilter, 'ar');
  assert.equal(ar.check({ src: '共有 350 名学生', tgt: 'يوجد ٣٥٠ طالبًا' }).keep, true);
});

test('numbers: Chinese approximate quantities', () => {
  const en = filter(numberFilter, 'en');
  // 二十多 "twenty-odd" is the 24 a translator wrote, not 35.
  assert.equal(en.check({ src: '荣获 2 项金奖和二十多项艾美奖。', tgt: 'It won 2 gold awards and more than 24 Emmys.' }).keep, true);
  assert.equal(en.check({ src: '荣获 2 项金奖和二十多项艾美奖。', tgt: 'It won 2 gold awards and more than 35 Emmys.' }).reason, 'numbers');
  assert.equal(en.check({ src: '在 2019 年有 1000余人参加。', tgt: 'In 2019 over 1,200 people took part.' }).keep, true);
  // 数十 "several tens", 几千 "a few thousand" are no figure: the other side's 4 (四大洲, not read) is alone.
  assert.equal(en.check({ src: '把四大洲数十个运营商连接起来。', tgt: 'It links operators on 4 continents.' }).keep, true);
  assert.equal(en.check({ src: '几千名工作人员', tgt: '2,000 staff' }).keep, true);
  // After a noun ending in 数 (人数 "the number of people") the figure is real.
  assert.deepEqual(extractNumbers('参加人数三十万', true).map((t) => t.digits), ['300000']);
  assert.deepEqual(extractNumbers('总数二十', true).map((t) => t.digits), ['20']);
});

test('numbers: Burmese ၄င်း, percentages, ordinals, measure words, short year ranges (numbers 1.4.0)', () => {
  // ၄င်း "it" is written with the digit four for ၎: no number.
  assert.deepEqual(extractNumbers('၄င်း၏ အစီရင်ခံစာ ၂၀၂၀', false).map((t) => t.digits), ['2020']);
  const my = filter(numberFilter, 'my');
  assert.equal(my.check({ src: '三十年来出口跌到 280 万桶。', tgt: '၄င်း၏ တင်ပို့မှု စည် ၂.၈ သန်း' }).keep, true);
  // 百分之二 "two per cent": 2, and the 百 is no number.
  assert.deepEqual(extractNumbers('百分之二的龙卷风', true).map((t) => t.digits), ['2']);
  assert.deepEqual(extractNumbers('增长了百分之二十五', true).map((t) => t.digits), ['25']);
  const en = filter(numberFilter, 'en');
  assert.equal(en.check({ src: '其中百分之二持续三小时以上。', tgt: 'The strongest 2% last more than three hours.' }).keep, true);
  // 第五 "fifth" is a number (match-only), as is a numeral before 场 or 人.
  assert.equal(en.check({ src: '落后二十分，分别以 2,220 和 2,207 分位列第五和第六。', tgt: 'Twenty points behind, 5th and 6th with 2220 and 2207 points.' }).keep, true);
  assert.equal(en.check({ src: '还剩四场比赛时进入前十名。', tgt: 'They are in the top ten with 4 races left.' }).keep, true);
  // 1995-96 is also 1996.
  assert.equal(en.check({ src: '自 1995-96 赛季以来', tgt: 'since the 1995-1996 season' }).keep, true);
  assert.equal(en.check({ src: '自 1995-96 赛季以来', tgt: 'since the 1995-1997 season' }).reason, 'numbers');
});

test('numbers: a month or lone numeral is no sure counterpart against a plain orphan (numbers 1.4.0)', () => {
  const en = filter(numberFilter, 'en');
  // 10 became 30, which matched the month 3 (月) while 10 was left alone.
  assert.equal(en.check({ src: '地震于 3 月 10 日发生。', tgt: 'The quake struck on 30 March.' }).reason, 'numbers');
  assert.equal(en.check({ src: '地震于 3 月 10 日发生。', tgt: 'The quake struck on 10 March.' }).keep, true);
  // 7 became 2, which matched 第二 "second".
  assert.equal(en.check({ src: '约翰逊落后 7 分，以 2243 分排名第二。', tgt: '2 points behind, Johnson is second with 2,243.' }).reason, 'numbers');
  // Without a plain orphan a month may match what it matches.
  assert.equal(en.check({ src: '3 月，他来了。', tgt: 'He came on 3 March.' }).keep, true);
  // An approximate figure (1,600 多) is a sure counterpart: the omitted 1,000 (miles) is one-sided.
  assert.equal(en.check({ src: '领土长 1,600 多公里（1,000 英里），宽 800 公里（500 英里）。', tgt: 'The land is 1.600 kilometres long and 800 kilometres wide.' }).keep, true);
});

test('numbers: locale grouping and decimal marks, Buddhist-era years, 12- and 24-hour clocks', () => {
  const ru = filter(numberFilter, 'ru');
  assert.equal(ru.check({ src: '货款为¥12,800.00。', tgt: 'Сумма — ¥12 800,00.' }).keep, true);
  assert.equal(ru.check({ src: '货款为¥12,800.00。', tgt: 'Сумма — ¥12\u2009800,00.' }).keep, true); // thin space
  assert.equal(ru.check({ src: '货款为¥12,800.00，共3箱。', tgt: 'Сумма — ¥18 800,00, 5 ящиков.' }).reason, 'numbers');
  const kk = filter(numberFilter, 'kk');
  assert.equal(kk.check({ src: '大约需要1,200个词，四级。', tgt: '4-деңгей үшін шамамен 1 200 сөз қажет.' }).keep, true);
  assert.equal(kk.check({ src: '路线长1,100公里，2027年通车。', tgt: 'Ұзындығы 1 100 км, 2027 жылы ашылады.' }).keep, true);
  assert.equal(kk.check({ src: '他们在2020年招了150名学生。', tgt: '2020: 150 студент.' }).keep, true);
  assert.equal(kk.check({ src: '他们在2020年招了150名学生。', tgt: '2020 150 студент.' }).keep, true); // four digits before the space: two numbers
  const tr = filter(numberFilter, 'tr');
  assert.equal(tr.check({ src: '压力为2,800千牛。', tgt: 'Kuvvet 2.800 kN.' }).keep, true);
  const th = filter(numberFilter, 'th');
  assert.equal(th.check({ src: '活动于2025年3月5日至4月30日在二楼举行。', tgt: 'กิจกรรมจัดขึ้นวันที่ 5 มีนาคม ถึง 30 เมษายน 2568 ที่ชั้น 2' }).keep, true);
  assert.equal(th.check({ src: '活动于2025年3月5日在二楼举行。', tgt: 'กิจกรรมจัดขึ้นวันที่ 5 มีนาคม 2569 ที่ชั้น 2' }).reason, 'numbers');
  assert.equal(th.check({ src: '船票每人80元，晚上7点半开船。', tgt: 'ตั๋วราคา 80 หยวน เรือออกเวลา 19.30 น.' }).keep, true);
  const en = filter(numberFilter, 'en');
  assert.equal(en.check({ src: '船票每人80元，晚上7点半开船。', tgt: 'Tickets cost 80 yuan and the boat leaves at 7.30 pm.' }).keep, true);
  assert.equal(en.check({ src: '船票每人80元，晚上7点半开船。', tgt: 'Tickets cost 80 yuan and the boat leaves at 8.30 pm.' }).reason, 'numbers');
  assert.equal(en.check({ src: '会议下午3点15分开始，共45人。', tgt: 'The meeting starts at 15:15 with 45 people.' }).keep, true);
  assert.equal(en.check({ src: '会议19:30开始，共45人。', tgt: 'The meeting starts at 7:30 pm with 45 people.' }).keep, true);
  assert.equal(filter(numberFilter, 'vi').check({ src: '船票每人80元，晚上7点半开船。', tgt: 'Vé 80 tệ, tàu khởi hành lúc 19 giờ 30.' }).keep, true);
});

test('mojibake: UTF-8 read as Windows-1252, replacement characters', () => {
  const f = filter(mojibakeFilter, 'en');
  assert.equal(f.check({ src: '你好', tgt: 'Itâ€™s a cafÃ© in SÃ£o Paulo' }).reason, 'mojibake');
  assert.equal(f.check({ src: '你好', tgt: 'It\uFFFDs broken' }).reason, 'mojibake');
  assert.equal(f.check({ src: '你好', tgt: 'Café in São Paulo, Ærø, Ä, naïve' }).keep, true);
  assert.equal(filter(mojibakeFilter, 'vi').check({ src: '你好', tgt: 'Tiếng Việt Ã có dấu' }).keep, true);
});

test('boilerplate: navigation trails, URL-only, footers; Chinese name dots are fine', () => {
  const f = filter(boilerplateFilter, 'en');
  assert.equal(f.check({ src: '首页 | 新闻 | 联系我们', tgt: 'Home | News | Contact' }).reason, 'boilerplate');
  assert.equal(f.check({ src: 'https://example.com/a', tgt: 'https://example.com/a' }).reason, 'boilerplate');
  assert.equal(f.check({ src: '版权所有 © 2024', tgt: '© 2024 All rights reserved.' }).reason, 'boilerplate');
  assert.equal(f.check({ src: '彼得·科斯特洛支持约翰·霍华德。', tgt: 'Peter Costello supports John Howard.' }).keep, true);
  assert.equal(f.check({ src: '他被指控侵犯版权。', tgt: 'He was accused of copyright infringement.' }).keep, true);
  assert.equal(f.check({ src: '点击这里阅读全文 >>', tgt: 'Click here to read more >>' }).reason, 'boilerplate');
  assert.equal(f.check({ src: '点击这里', tgt: 'Click here' }).reason, 'boilerplate');
  assert.equal(f.check({ src: '点击这里查看您的订单状态。', tgt: 'Click here to see the status of your order.' }).keep, true);
});

test('repetition, non-letter share, soft punctuation', () => {
  assert.equal(filter(repetitionFilter, 'en').check({ src: '好', tgt: 'buy now buy now buy now buy now' }).reason, 'repetition');
  assert.equal(filter(repetitionFilter, 'th').check({ src: '谢谢谢谢', tgt: 'ขอบคุณมากๆ ครับ' }).keep, true);
  assert.equal(filter(nonLetterFilter, 'en').check({ src: '12345 678 90', tgt: '12345 678 90 $$$' }).reason, 'non_letter');
  // An identifier is one word, not a table.
  assert.equal(filter(nonLetterFilter, 'en').check({ src: '订单号202504150073126648已付款，金额¥12,800.00。', tgt: 'Order 202504150073126648 is paid: ¥12,800.00.' }).keep, true);
  assert.equal(filter(nonLetterFilter, 'ru').check({ src: '运单号7834 2210 9956 1204，日期2025-04-15。', tgt: 'Накладная 7834 2210 9956 1204, дата 2025-04-15.' }).keep, true);
  assert.equal(filter(nonLetterFilter, 'en').check({ src: '书号978-7-100-12346-4，定价45元。', tgt: 'ISBN 978-7-100-12346-4, 45 yuan.' }).keep, true);
  const p = filter(punctuationFilter, 'en');
  const r = p.check({ src: '你好吗？', tgt: 'How are you.' });
  assert.equal(r.keep, true);
  assert.ok(r.score! < 0);
  assert.equal(filter(punctuationFilter, 'en', { hard: true, min_score: -0.5 }).check({ src: '你好吗？', tgt: 'How are you.' }).reason, 'punctuation');
  assert.equal(filter(punctuationFilter, 'th').check({ src: '你好。', tgt: 'สวัสดี' }).score, -0);
});

test('language: script-only identifier catches English declared as Thai', () => {
  const f = filter(languageFilter, 'th');
  assert.equal(f.check({ src: '你好，朋友们', tgt: 'Hello my friends' }).reason, 'wrong_lang:tgt');
  assert.equal(f.check({ src: '你好，朋友们', tgt: 'สวัสดีเพื่อนๆ' }).keep, true);
});

test('language: a short side needs a confident other guess; Arabic vowel marks are not shown to the identifier', () => {
  const seen: string[] = [];
  const urdu: LanguageIdentifier = { name: 'stub', identify: (text) => (seen.push(text), { lang: 'ur', confidence: 0.7 }) };
  const ctx: StepContext = { srcLang: 'zh-Hans', tgtLang: 'ar', src: languageInfo('zh-Hans'), tgt: languageInfo('ar'), identifier: urdu };
  const f = languageFilter.create(resolveOptions(languageFilter, {}), ctx, undefined) as FilterInstance;
  assert.equal(f.check({ src: '您哪里不舒服？', tgt: 'مِمَّ تشكو؟' }).keep, true); // 0.3 in Arabic: short, kept
  assert.ok(seen.includes('مم تشكو؟'), seen.join(' | '));
  assert.equal(f.check({ src: '您哪里不舒服？', tgt: 'هذه جملة عربية طويلة بما يكفي ليحكم عليها المعرف بثقة' }).reason, 'wrong_lang:tgt');
});

test('language: Nepali declared as Hindi is dropped (two languages); Malay declared as Indonesian is a variety, kept unless strict_varieties', () => {
  const says = (lang: string): LanguageIdentifier => ({ name: 'stub', identify: (text) => ({ lang: /\p{Script=Han}/u.test(text) ? 'zh-Hans' : lang, confidence: 0.95 }) });
  const check = (tgt: string, guess: string, tgtText: string, options: Record<string, unknown> = {}) => {
    const ctx: StepContext = { srcLang: 'zh-Hans', tgtLang: tgt, src: languageInfo('zh-Hans'), tgt: languageInfo(tgt), identifier: says(guess) };
    return (languageFilter.create(resolveOptions(languageFilter, options), ctx, undefined) as FilterInstance).check({ src: '我们明天早上在火车站见面吧', tgt: tgtText });
  };
  const nepali = 'हामी भोलि बिहान रेल स्टेसनमा भेटौँ है, म त्यहाँ समयमै आइपुग्नेछु';
  assert.equal(check('hi', 'ne', nepali).reason, 'wrong_lang:tgt');
  assert.equal(check('ne', 'hi', 'हम कल सुबह रेलवे स्टेशन पर मिलते हैं, मैं वहाँ समय पर पहुँच जाऊँगा').reason, 'wrong_lang:tgt');
  assert.equal(check('ne', 'ne', nepali).keep, true);
  const malay = 'Kita berjumpa di stesen kereta api esok pagi, saya akan sampai tepat pada masanya';
  assert.equal(check('id', 'ms', malay).keep, true);
  assert.equal(check('id', 'ms', malay, { strict_varieties: true }).reason, 'wrong_lang:tgt');
});

test('non_letter: the number-run scan gives what NUMBER_RUN gives (separators, other digit scripts, supplementary digits, lone surrogates)', () => {
  const byRegex = (t: string) => [...t.matchAll(NUMBER_RUN)].reduce((a, m) => a + m[0].length - 1, 0);
  const texts = ['1,000.5 and 3', '12:30-13:45', '\u{1D7D8}\u{1D7D9}\u{1D7DA},\u{1D7DB}x', 'a\ud8001', '1,', ',1', '1..2', '٣٫١٤ ٢٬٠٠٠', '1-2-3-', '\u{1D7CE}1\ud835', '1\udc00 2', '9/11/2001', '๑๒๓/๔', "5'6\"", ''];
  for (const t of texts) assert.equal(numberRunExcess(t), byRegex(t), JSON.stringify(t));
  assert.equal(numberRunExcess('1,000.5 and 3'), 6);
});

test('numbers: the neighbour tests around a Chinese numeral say what their patterns say', () => {
  const around = ['人', '总', '數', '数', '几', '幾', '第', '^', 'a', '分', '之', '百', '二', '楼', '個', '\ud800'];
  for (const a of around) for (const b of around) for (const c of around) for (const d of around) {
    const t = a + b + c + d;
    for (let i = 0; i <= t.length; i++) {
      assert.equal(percentPrefixAt(t, i), PERCENT_PREFIX.test(t.slice(i, i + 3)), `percent ${t} @${i}`);
      assert.equal(countedAt(t, i), ZH_COUNTED.test(t.slice(i, i + 2)), `counted ${t} @${i}`);
      assert.equal(vagueBefore(t, i), VAGUE_BEFORE.test(t.slice(Math.max(0, i - 2), i)), `vague ${t} @${i}`);
    }
  }
});

/** Top-level alternatives of a pattern's source, an escaped sign read as itself (\\( → "("). */
function rawAlternatives(source: string): string[] {
  const parts: string[] = [];
  let part = '';
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      // An escaped letter (\s, \d, \b) is a class, no literal character; an escaped sign is that sign.
      const next = source[++i]!;
      part += /[A-Za-z]/.test(next) ? '\u0000' : next;
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      parts.push(part);
      part = '';
    } else part += ch;
  }
  return [...parts, part];
}

test('every stock phrase and call to action without one of STOCK_CHARS holds one of STOCK_ANCHORS literally (the pre-check that skips the expressions)', () => {
  const alternatives = [...rawAlternatives(STOCK.source), ...rawAlternatives(CALL.source)];
  assert.ok(alternatives.length > 15);
  for (const alt of alternatives) {
    const held = [...STOCK_CHARS].some((ch) => alt.includes(ch)) || STOCK_ANCHORS.some((a) => alt.toLowerCase().includes(a));
    assert.ok(held, `"${alt}" would be skipped by the pre-check`);
  }
  // ASCII letters either case, the anchor anywhere in the line (also at its very start and end).
  for (const line of ['COPYRIGHT 2020 Foo', 'All Rights Reserved.', 'We use CooKies here', 'Cookie Settings', 'see our Privacy Policy', 'TERMS OF SERVICE', 'Back To Top', 'Lorem Ipsum dolor sit', 'Please enable JavaScript', 'CLICK HERE', 'xx Read More', '(c) 2019', '© ACME', '版权所有']) {
    assert.equal(boilerplateSignals(line), 1, line);
  }
  for (const line of ['The cookie jar was empty, the policy clear.', 'Click the button to read on.', 'Terms and conditions']) assert.equal(boilerplateSignals(line), 0, line);
});

test('maxRepeats counts character runs in its trigram pass as the plain scan does', () => {
  // The plain scan of runs (what the trigram pass folds in), on strings around the length where it starts.
  const plainRun = (text: string) => {
    let run = 1, best = 0;
    for (let i = 1; i <= text.length; i++) {
      if (i < text.length && text[i] === text[i - 1]) run++;
      else {
        if (run > best && !/[\s.\-_=*·…。]/.test(text[i - 1]!)) best = run;
        run = 1;
      }
    }
    return best;
  };
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pieces = ['a', 'b', ' ', '.', 'aa', '谢', '-', '。', 'ๆ', 'xyz'];
  for (let k = 0; k < 5000; k++) {
    let text = '';
    const len = Math.floor(next() * 30);
    for (let i = 0; i < len; i++) text += pieces[Math.floor(next() * pieces.length)];
    assert.equal(maxRepeats(text).run, plainRun(text), JSON.stringify(text));
  }
  assert.equal(maxRepeats('aaaaaaaaaaaa').run, 12);
  assert.equal(maxRepeats('..........x').run, 1);
  assert.equal(maxRepeats('ab..........').run, 1);
  assert.equal(maxRepeats('x..........').run, 1);
});
