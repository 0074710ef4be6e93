import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { isSilkloomError, LANGUAGES } from '@silkloom/core';
import { createIdentifier, HINT_PREFIX_CHARS, identifyLanguage, trainLanguageModel } from '../index.ts';
import { featureWords } from './ngram-features.ts';
import { malayVsIndonesian } from './pairs/malay-indonesian.ts';
import { dariVsPersian } from './pairs/persian-dari.ts';
import { hongKongVsTaiwan } from './pairs/hongkong-taiwan.ts';
import { cantoneseMarkers } from './han.ts';

const fixture = readFileSync(new URL('./fixtures/sentences.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [lang, text] = line.split('\t');
    return { lang: lang!, text: text! };
  });

test('the fixture covers every registry language with at least three sentences', () => {
  for (const info of LANGUAGES) assert.ok(fixture.filter((f) => f.lang === info.tag).length >= 3, info.tag);
});

test('identifies every fixture sentence (written by us) correctly', () => {
  const wrong = fixture.filter((f) => identifyLanguage(f.text).lang !== f.lang).map((f) => `${f.lang}: ${identifyLanguage(f.text).lang} ← ${f.text}`);
  assert.deepEqual(wrong, []);
});

test('confusable pairs: the discriminating words decide', () => {
  assert.equal(identifyLanguage('Kerajaan Amerika Syarikat berkata bahawa peratus pengangguran turun.').lang, 'ms');
  assert.equal(identifyLanguage('Pemerintah Amerika Serikat mengatakan bahwa persentase pengangguran turun.').lang, 'id');
  assert.equal(identifyLanguage('او در پوهنتون کابل درس می خواند و با موتر به شفاخانه می رود.').lang, 'fa-AF');
  assert.equal(identifyLanguage('او در دانشگاه تهران درس می‌خواند و با ماشین به بیمارستان می‌رود.').lang, 'fa');
  assert.equal(identifyLanguage('佢哋琴日去咗邊度食飯？').lang, 'yue-Hant');
  assert.equal(identifyLanguage('他們昨天去哪裡吃飯？').lang, 'zh-Hant');
  assert.equal(identifyLanguage('他们昨天去哪里吃饭？').lang, 'zh-Hans');
  assert.equal(identifyLanguage('उनीहरू हिजो बजार गएका थिए।').lang, 'ne');
  assert.equal(identifyLanguage('वे कल बाज़ार गए थे।').lang, 'hi');
  assert.equal(identifyLanguage('Bolalar maktabga boradi va oʻqiydi.').lang, 'uz');
  assert.equal(identifyLanguage('Çocuklar okula gidiyor ve okuyor.').lang, 'tr');
});

test('pair discriminators: typing habits and regional vocabulary (sentences written by us)', () => {
  // Dari habits: pronoun suffix written apart, گی written apart, joined verbal prefix, English-style loanwords.
  assert.ok(dariVsPersian('زنده گی در شهر کابل برای محصلین پوهنتون گران شده و کرایه موتر بلند رفته است') > 2);
  assert.ok(dariVsPersian('او کتاب اش را در صنف فراموش کرد و میگوید که فردا بر میگردد') > 0);
  // Iranian habits: ZWNJ, guillemets, Iranian coinages.
  assert.ok(dariVsPersian('دانشجویان دانشگاه تهران می‌گویند «هزینه‌های رایانه» بالا رفته است') < -2);
  // Malay: juru- compounds, -i verbs, Malay spellings; Indonesian: -kan/-i forms, capital Anda.
  const ms = 'Juruterbang itu memenangi pingat emas dan menyertai kelab bola sepak di Jepun.';
  const id = 'Jika Anda memesan tiket, pilot akan berangkat dari bandara ke Jepang dan Tiongkok.';
  assert.ok(malayVsIndonesian(featureWords(ms), ms) > 3);
  assert.ok(malayVsIndonesian(featureWords(id), id) < -3);
  assert.equal(identifyLanguage(ms).lang, 'ms');
  assert.equal(identifyLanguage(id).lang, 'id');
  // Hong Kong vs Taiwan usage; a longer word of one region hides a shorter one of the other (嫌疑犯 ⊃ 疑犯).
  assert.ok(hongKongVsTaiwan('警方拘捕一名疑犯，傷者送院治理，的士司機亦受傷。') > 3);
  assert.ok(hongKongVsTaiwan('警方逮捕嫌疑犯，傷者送醫，計程車司機也受傷。') < -3);
  assert.equal(identifyLanguage('警方拘捕一名疑犯，傷者送院治理，的士司機亦受傷。').lang, 'yue-Hant');
  assert.equal(identifyLanguage('警方逮捕嫌疑犯，傷者送醫，計程車司機也受傷。').lang, 'zh-Hant');
});

test('scores are probabilities with ranked alternatives', () => {
  const g = identifyLanguage('The weather is very nice today and we are going to the beach.');
  assert.equal(g.lang, 'en');
  assert.ok(g.score > 0.9 && g.score <= 1);
  assert.ok(g.alternatives.length > 0 && g.alternatives.every((a) => a.score <= g.score));
  assert.equal(g.script, 'Latn');
});

test('text without letters is und; other scripts get a tag by script', () => {
  assert.deepEqual(identifyLanguage('123 !!! ...'), { lang: 'und', score: 0, alternatives: [] });
  assert.equal(identifyLanguage('').lang, 'und');
  assert.equal(identifyLanguage('안녕하세요 반갑습니다').lang, 'ko');
  assert.equal(identifyLanguage('これは日本語の文です').lang, 'ja');
  // Latin names inside Thai text do not make it English.
  assert.equal(identifyLanguage('Microsoft Windows ใช้งานง่าย').lang, 'th');
  assert.equal(identifyLanguage('我用 Microsoft Windows').lang, 'zh-Hans');
});

test('candidates restrict the answer; hint breaks a near-tie; bad candidates throw', () => {
  const text = 'Saya suka makan nasi';
  assert.equal(identifyLanguage(text, { candidates: ['en', 'tr'] }).lang === 'en' || identifyLanguage(text, { candidates: ['en', 'tr'] }).lang === 'tr', true);
  assert.equal(identifyLanguage(text, { hint: 'id' }).lang, 'id');
  assert.equal(identifyLanguage(text, { hint: 'ms' }).lang, 'ms');
  assert.equal(identifyLanguage('ฉันชอบ', { candidates: ['th'] }).lang, 'th');
  assert.throws(() => identifyLanguage('x', { candidates: ['not a tag!'] }), (e) => isSilkloomError(e, 'SLM_LANGID_CANDIDATES'));
  assert.throws(() => identifyLanguage('x', { candidates: [] }), (e) => isSilkloomError(e, 'SLM_LANGID_CANDIDATES'));
});

test('deterministic: the same text always gets the same answer and score', () => {
  const text = 'Serikali imesema kwamba bei ya mafuta itapanda.';
  assert.deepEqual(identifyLanguage(text), identifyLanguage(text));
});

test('a user model answers for its languages and the built-in one for other scripts', () => {
  const model = trainLanguageModel([
    { lang: 'de', text: 'Der Hund ist groß und schön. Ich trinke gerne Kaffee mit Milch.' },
    { lang: 'nl', text: 'De hond is groot en mooi. Ik drink graag koffie met melk.' },
  ]);
  const id = createIdentifier({ model });
  assert.equal(id.identify('Ich trinke Milch').lang, 'de');
  assert.equal(id.identify('Ik drink melk').lang, 'nl');
  assert.equal(id.identify('ฉันชอบกินข้าว').lang, 'th');
  assert.deepEqual([...id.languages].sort(), ['de', 'nl']);
  assert.equal(identifyLanguage('Ik drink graag koffie', { model }).lang, 'nl');
});

test('with a hint, a clear prefix decides; text in another language is still read and rejected', () => {
  const en = 'The committee approved the new budget after a long debate on Tuesday, and the minister said that the money would go to schools and hospitals.';
  const sw = 'Kamati iliidhinisha bajeti mpya baada ya mjadala mrefu siku ya Jumanne, na waziri alisema kwamba fedha hizo zitakwenda shuleni na hospitalini.';
  assert.ok(en.length > 1.5 * HINT_PREFIX_CHARS && sw.length > 1.5 * HINT_PREFIX_CHARS);
  const g = identifyLanguage(en, { hint: 'en' });
  assert.equal(g.lang, 'en');
  assert.ok(g.score > 0.99);
  assert.equal(identifyLanguage(sw, { hint: 'en' }).lang, 'sw');
  assert.equal(identifyLanguage(sw, { hint: 'ha' }).lang, 'sw');
  // The paired varieties are always read in full, so the discriminators see every word.
  const ms = 'Kerajaan Amerika Syarikat berkata bahawa peratus pengangguran turun bulan lepas, manakala syarikat tempatan menambah kakitangan.';
  assert.equal(identifyLanguage(ms, { hint: 'id' }).lang, 'ms');
});

test('Cantonese markers do not fire inside standard words; Hong Kong and Taiwan style words point their way', () => {
  assert.equal(cantoneseMarkers('食物和食品'), 0);
  assert.equal(cantoneseMarkers('緊急返回，翻譯'), 0);
  assert.equal(cantoneseMarkers('相關係數'), 0);
  assert.ok(cantoneseMarkers('佢哋去食飯') > 0);
  assert.ok(hongKongVsTaiwan('政府作出決定，傳媒報道') > 0);
  assert.ok(hongKongVsTaiwan('政府做出決定，媒體報導') < 0);
});

test('letters a language never writes count against it (Arabic ي/ك are not Persian or Urdu)', () => {
  const persoArabicShare = (text: string) => {
    const g = identifyLanguage(text);
    return [g, ...g.alternatives].filter((s) => ['fa', 'fa-AF', 'ur'].includes(s.lang)).reduce((a, s) => a + s.score, 0);
  };
  assert.ok(persoArabicShare('كتاب') < persoArabicShare('کتاب'));
  assert.ok(persoArabicShare('ملك') < persoArabicShare('ملک'));
  assert.equal(identifyLanguage('ملك').lang, 'ar');
});
