import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignTokenIds, alignTokens, keepingGrownTokens, tokenVocab } from './align-tokens.ts';

/** Both ways of splitting must agree: the vocabulary is built by one and looked up by the other. */
function both(text: string, lang: string, stem: number): string[] {
  const split = alignTokens(text, 'space', lang, stem);
  const vocab = tokenVocab(new Map());
  const ids = alignTokenIds(text, 'space', lang, stem, vocab, true).ids;
  assert.deepEqual([...ids].map((id) => vocab.tokens[id]), split);
  return split;
}

test('Amharic proclitics are stripped so a word meets its bare stem', () => {
  // "in the apartment" / "apartment", "of the guest" / "guests", "from 2020" / "2020".
  const [inFlat, flat, ofGuest, guests, from2020] = both('በአፓርታማው አፓርታማ የእንግዳ እንግዶች ከ2020', 'am', 3);
  assert.equal(inFlat, flat);
  assert.equal(ofGuest, guests);
  assert.equal(from2020, '#2020');
  // Too short once stripped (one syllable): the word stays whole.
  assert.equal(both('የሱ', 'am', 3)[0], 'የሰ');
  // Two syllables left are enough: "in the house" / "house".
  const [inHouse, house] = both('በቤት ቤት', 'am', 3);
  assert.equal(inHouse, house);
});

test('the Amharic relative prefix after a proclitic is stripped too', () => {
  // "which can" / "in which they can" meet.
  const [which, inWhich] = both('የሚችል በሚችሉ', 'am', 3);
  assert.equal(which, inWhich);
  // A word starting with mi- without a proclitic keeps it (ሚሊዮን "million").
  assert.equal(both('ሚሊዮን', 'am', 3)[0], 'ሚሊየ');
});

test('an Amharic stem keeps its last syllable without its vowel, which suffixes change', () => {
  // "our country" / "countries" (ራ / ሮ), "the river" / "rivers" (ዙ / ዞ).
  const [country, countries, river, rivers] = both('ሀገራችን ሀገሮች ወንዙ ወንዞች', 'am', 3);
  assert.equal(country, countries);
  assert.equal(river, rivers);
  // Only the last syllable kept: the others keep their vowels.
  assert.equal(both('ሰላም', 'am', 3)[0], 'ሰላመ');
  // Numbers are untouched.
  assert.equal(both('1992', 'am', 3)[0], '#1992');
});

test('Arabic-script letters written interchangeably fold together; Arabic clitics still go first', () => {
  // Pashto "commercial" with Arabic yeh and with Persian yeh; endings ې and ۍ.
  const [a, b, c, d] = both('تجارتي تجارتی ټولې ټولۍ', 'ps', 4);
  assert.equal(a, b);
  assert.equal(c, d);
  // Arabic kaf and keheh meet; the Arabic ka- prefix is still stripped, a Persian word starting with keheh is not.
  assert.deepEqual(both('مكتب مکتب', 'fa', 4), ['مکتب', 'مکتب']);
  assert.equal(both('كالبيت', 'ar', 4)[0], 'بیت');
  assert.equal(both('کتاب', 'fa', 4)[0], 'کتاب');
});

test('ICU-segmented words (Thai, Khmer) looked up by position give the tokens alignTokens splits', () => {
  const texts: Array<[string, string]> = [
    ['th', 'หัวหน้าเหล่านี้ถูก Provenzano ควบคุมเมื่อปี ๒๕๓๕ และ 1992 COVID19'],
    ['th', `คำ ${'x'.repeat(70)} ทดสอบ ๑๐`], // a word past the 64 code units kept
    ['km', 'អ្នកនាង Nadia បានទៅភ្នំពេញ ១៩៩២'],
  ];
  for (const [lang, text] of texts) {
    const split = alignTokens(text, 'segmenter', lang);
    const vocab = tokenVocab(new Map());
    const grown = alignTokenIds(text, 'segmenter', lang, 5, vocab, true);
    assert.deepEqual([...grown.ids].map((id) => vocab.tokens[id]), split);
    // Looked up again without growing (the by-position path): the same ids and anchors.
    const looked = alignTokenIds(text, 'segmenter', lang, 5, vocab, false);
    assert.deepEqual([...looked.ids], [...grown.ids]);
    assert.deepEqual(looked.anchorText, grown.anchorText);
    assert.ok(split.some((t) => t.startsWith('#')), 'native digits read as a number');
    assert.ok(split.every((t) => t.length <= 64));
  }
});

test('a space stepped over by hand leaves the ICU tokens as the segment iterator gives them', () => {
  // Spaces before what opens a segment (letters, digits) and before what hangs on the space
  // instead (a mark, ZWJ, another space, a format character), at either end, in all four scripts.
  const texts: Array<[string, string]> = [
    ['th', ' ภาษาไทย  ง่าย \u0e31มาก \u200dคำ \u00adคำ 12 abc ๑๒ '],
    ['my', 'မြန်မာ \u102cစာ \u1031ရေး  ၁၂ ab '],
    ['km', ' ខ្មែរ \u17b6ភាសា \u200bខ្មែរ ១២'],
    ['lo', 'ພາສາ \u0eb1ລາວ  12'],
  ];
  // Short random strings of letters, marks, digits, spaces and joiners: each is checked as well.
  const palette = [...'กขคงัิ่้ะาเ๑ ແລະັ້ ကခ\u102c\u1039\u103a၁ កខ\u17b6\u17d2១ ab9.\u200b\u200c\u200d\u00ad\u00a0'];
  let seed = 7;
  for (let i = 0; i < 400; i++) {
    let text = '';
    for (let j = 0; j < 12; j++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      text += palette[(seed >>> 8) % palette.length];
    }
    texts.push([['th', 'my', 'km', 'lo'][i % 4]!, text]);
  }
  for (const [lang, text] of texts) {
    const vocab = tokenVocab(new Map());
    const ids = alignTokenIds(text, 'segmenter', lang, 5, vocab, true).ids;
    assert.deepEqual([...ids].map((id) => vocab.tokens[id]), alignTokens(text, 'segmenter', lang), JSON.stringify(text));
  }
});

test('a fit keeps the tokens it split growing the vocabulary, and only those', async () => {
  const vocab = tokenVocab(new Map());
  const text = 'ภาษาไทย ง่าย abc 12', other = 'ภาษาลาว ยาก';
  await keepingGrownTokens(async () => {
    // Split without growing first: unknown tokens (−1), which must not be kept for the split that grows.
    assert.ok([...alignTokenIds(other, 'segmenter', 'th', 5, vocab, false).ids].every((id) => id === -1));
    const grownOther = alignTokenIds(other, 'segmenter', 'th', 5, vocab, true);
    assert.ok([...grownOther.ids].every((id) => id >= 0));
    const grown = alignTokenIds(text, 'segmenter', 'th', 5, vocab, true);
    assert.equal(alignTokenIds(text, 'segmenter', 'th', 5, vocab, false), grown, 'kept, not split again');
  });
  // Once the fit is over nothing is kept, and a split gives the ids the fit kept.
  const after = alignTokenIds(text, 'segmenter', 'th', 5, vocab, false);
  assert.notEqual(after, alignTokenIds(text, 'segmenter', 'th', 5, vocab, false));
  assert.deepEqual([...after.ids].map((id) => vocab.tokens[id]), alignTokens(text, 'segmenter', 'th'));
});
