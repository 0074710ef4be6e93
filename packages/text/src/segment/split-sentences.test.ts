import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../index.ts';

test('Latin: abbreviations, initials and decimals do not end sentences', () => {
  assert.deepEqual(splitSentences('Dr. Smith met J. K. Rowling at 3.30 p.m. in London. It rained! Did it? Yes.', 'en'), [
    'Dr. Smith met J. K. Rowling at 3.30 p.m. in London.',
    'It rained!',
    'Did it?',
    'Yes.',
  ]);
  assert.deepEqual(splitSentences('"Stop." He left.', 'en'), ['"Stop."', 'He left.']);
  assert.deepEqual(splitSentences('Он родился в 1990 г. в Москве. Потом уехал.', 'ru'), ['Он родился в 1990 г. в Москве.', 'Потом уехал.']);
});

test('Chinese: 。！？ end sentences, quotes stay with them', () => {
  assert.deepEqual(splitSentences('我们签署了协议。你来吗？“好的！”他说。', 'zh-Hans'), ['我们签署了协议。', '你来吗？', '“好的！”他说。']);
  assert.deepEqual(splitSentences('佢話：「唔得。」我哋走啦！', 'yue-Hant'), ['佢話：「唔得。」', '我哋走啦！']);
});

test('Khmer, Burmese, Indic, Amharic and Arabic-script marks', () => {
  assert.deepEqual(splitSentences('ខ្ញុំចូលចិត្តញ៉ាំបាយ។ គាត់ទៅផ្សារ៕', 'km'), ['ខ្ញុំចូលចិត្តញ៉ាំបាយ។', 'គាត់ទៅផ្សារ៕']);
  assert.deepEqual(splitSentences('မင်္ဂလာပါ။ နေကောင်းလား။', 'my'), ['မင်္ဂလာပါ။', 'နေကောင်းလား။']);
  assert.deepEqual(splitSentences('राम घर गया। सीता आई।', 'hi'), ['राम घर गया।', 'सीता आई।']);
  assert.deepEqual(splitSentences('ሰላም ነው። እንዴት ነህ፧', 'am'), ['ሰላም ነው።', 'እንዴት ነህ፧']);
  // "፡፡" (two wordspaces) is typed for ።; a single ፡ only separates words.
  assert.deepEqual(splitSentences('ሰላም ነው፡፡ እንዴት፡ነህ፧', 'am'), ['ሰላም ነው፡፡', 'እንዴት፡ነህ፧']);
  assert.deepEqual(splitSentences('کیا آپ آئیں گے؟ میں جا رہا ہوں۔ ٹھیک ہے', 'ur'), ['کیا آپ آئیں گے؟', 'میں جا رہا ہوں۔', 'ٹھیک ہے']);
  assert.deepEqual(splitSentences('قال الوزير. ثم غادر.', 'ar'), ['قال الوزير.', 'ثم غادر.']);
});

test('Thai and Lao: spaces between clauses are boundaries once the sentence is long enough', () => {
  assert.deepEqual(splitSentences('ฉันชอบกินข้าวผัดกับเพื่อนที่ร้านอาหาร เมื่อวานฝนตกหนักมากจนน้ำท่วมถนน และรถติดมาก วันนี้อากาศดีขึ้นแล้ว', 'th'), [
    'ฉันชอบกินข้าวผัดกับเพื่อนที่ร้านอาหาร',
    'เมื่อวานฝนตกหนักมากจนน้ำท่วมถนน และรถติดมาก',
    'วันนี้อากาศดีขึ้นแล้ว',
  ]);
  // Short pieces and spaces around numbers or Latin words do not split.
  assert.deepEqual(splitSentences('ราคา 500 บาท', 'th'), ['ราคา 500 บาท']);
  assert.equal(splitSentences('ຂ້ອຍມັກກິນເຂົ້າກັບໝູ່ທີ່ຮ້ານອາຫານໃກ້ບ້ານ ມື້ນີ້ອາກາດດີຫຼາຍແລະບໍ່ມີຝົນຕົກເລີຍ', 'lo').length, 2);
});

test('paragraphs split at line breaks, and a long paragraph is handled in linear time', () => {
  assert.deepEqual(splitSentences('One.\n\nTwo', 'en'), ['One.', 'Two']);
  const long = 'Ini kalimat. '.repeat(20000);
  const t0 = Date.now();
  assert.equal(splitSentences(long, 'id').length, 20000);
  assert.ok(Date.now() - t0 < 5000);
});
