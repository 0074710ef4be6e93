import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import {
  arabicLettersNormalizer,
  digitsNormalizer,
  fullwidthLatinNormalizer,
  getNormalizer,
  markupNormalizer,
  nfcNormalizer,
  nfkcKeyNormalizer,
  normalizeText,
  normalizerNames,
  normalizersFor,
  thaiVowelOrderNormalizer,
  unicodeToZawgyi,
  uzApostropheNormalizer,
  viToneMarksNormalizer,
  whitespaceNormalizer,
  whitespaceSingleLineNormalizer,
  zawgyiNormalizer,
  zeroWidthNormalizer,
} from '../index.ts';

test('every normaliser has a name, a version and reports unchanged input as unchanged', () => {
  for (const name of normalizerNames()) {
    const n = getNormalizer(name);
    assert.equal(n.name, name);
    assert.ok(n.version >= 1);
    const r = n.apply('plain', { lang: 'en' });
    assert.equal(r.changed, false, name);
    assert.equal(r.text, 'plain');
  }
});

test('unknown normaliser and bad options throw coded errors', () => {
  assert.throws(() => getNormalizer('nope'), (e) => isSilkloomError(e, 'SLM_TEXT_NORMALIZER_UNKNOWN'));
  assert.throws(() => getNormalizer('zawgyi', { threshold: 2 }), (e) => isSilkloomError(e, 'SLM_TEXT_NORMALIZER_OPTIONS'));
  assert.throws(() => getNormalizer('zh-variant', { direction: 'x' }), (e) => isSilkloomError(e, 'SLM_TEXT_NORMALIZER_OPTIONS'));
});

test('NFC composes; NFKC is a key normaliser that folds full-width punctuation', () => {
  const r = nfcNormalizer.apply('Vie\u0302\u0323t');
  assert.equal(r.text, 'Việt');
  assert.equal(r.changed, true);
  assert.equal(nfkcKeyNormalizer.scope, 'key');
  assert.equal(nfkcKeyNormalizer.apply('ＡＢ，').text, 'ab,');
});

test('whitespace: controls removed, Unicode spaces unified, lines trimmed, LF kept', () => {
  const r = whitespaceNormalizer.apply('  a\u00a0\u3000b\x07 \r\nc\x85  ');
  assert.equal(r.text, 'a b\nc');
  assert.deepEqual(r.stats, { controls: 2, spaces: 2, collapsed: 1 });
  assert.equal(whitespaceSingleLineNormalizer.apply('a\nb').text, 'a b');
  assert.equal(whitespaceNormalizer.apply('a\tb').text, 'a b');
});

test('zero-width: BOM and ZWSP removed; ZWNJ kept in Persian, ZWJ kept in Sinhala and emoji; stray ones removed', () => {
  assert.equal(zeroWidthNormalizer.apply('\ufeffhello\u200b world').text, 'hello world');
  // Persian: می‌روم keeps its ZWNJ, also under the fa keep variant.
  assert.equal(normalizeText('می\u200cروم', 'fa').text, 'می\u200cروم');
  assert.equal(zeroWidthNormalizer.apply('می\u200cروم').text, 'می\u200cروم');
  // Sinhala ශ්‍රී (ZWJ for the rakaransaya) and an emoji family keep ZWJ.
  assert.equal(normalizeText('ශ්\u200dරී ලංකා', 'si').text, 'ශ්\u200dරී ලංකා');
  assert.equal(zeroWidthNormalizer.apply('👨\u200d👩\u200d👧').text, '👨\u200d👩\u200d👧');
  // Khmer keeps ZWNJ (registry: zero-width-keep-zwnj).
  assert.equal(normalizeText('ក\u200cខ', 'km').text, 'ក\u200cខ');
  // In Latin or Han text, or at a word edge, they are noise.
  const r = zeroWidthNormalizer.apply('ab\u200ccd 中\u200d文 x\u200c ');
  assert.equal(r.text, 'abcd 中文 x ');
  assert.deepEqual(r.stats, { zwnj: 2, zwj: 1 });
  assert.equal(zeroWidthNormalizer.apply('a\u200e\u202bb\u202c').text, 'ab');
});

test('markup: tags stripped, <br> and block tags become a space, entities decoded once', () => {
  const r = markupNormalizer.apply('<p>Tom&amp;Jerry<br/>say &lt;hi&gt; &#x4E2D;&#25991; &amp;amp;</p><!-- x --><script>alert(1)</script>');
  assert.equal(r.text, 'Tom&Jerry say <hi> 中文 &amp;');
  assert.equal(r.changed, true);
  assert.equal(markupNormalizer.apply('a < b and c>d').changed, false);
});

test('full-width Latin letters and digits become ASCII; CJK punctuation stays', () => {
  const r = fullwidthLatinNormalizer.apply('ＡＢＣ１２３，你好！？。');
  assert.equal(r.text, 'ABC123，你好！？。');
  assert.deepEqual(r.stats, { fullwidth: 6 });
  assert.equal(normalizeText('型号：ＸＹ－９', 'zh-Hans').text, '型号：XY－9');
});

test('Zawgyi is detected and converted; Unicode Burmese is left alone', () => {
  const unicode = 'မြန်မာနိုင်ငံသည် အရှေ့တောင်အာရှတွင် တည်ရှိသည်။';
  const zawgyi = unicodeToZawgyi(unicode);
  assert.notEqual(zawgyi, unicode);
  const r = zawgyiNormalizer.apply(zawgyi);
  assert.equal(r.text, unicode);
  assert.deepEqual(r.stats, { zawgyi: 1 });
  assert.equal(zawgyiNormalizer.apply(unicode).changed, false);
  assert.ok(normalizersFor('my').some((n) => n.name === 'zawgyi'));
});

test('zh-variant converts only when asked, in the requested direction', () => {
  assert.ok(!normalizersFor('zh-Hans').some((n) => n.name === 'zh-variant'));
  assert.ok(normalizersFor('zh-Hans', { optional: true }).some((n) => n.name === 'zh-variant'));
  assert.equal(getNormalizer('zh-variant', { direction: 't2s' }).apply('臺灣的軟體').text, '台湾的软体');
  assert.equal(getNormalizer('zh-variant', { direction: 'tw2cn' }).apply('軟體').text, '软件');
  assert.equal(getNormalizer('zh-variant', { direction: 's2t' }).apply('汉语').text, '漢語');
  assert.equal(normalizeText('漢語', 'zh-Hans', { optional: true }).text, '汉语');
});

test('Arabic-script letters follow each language', () => {
  assert.equal(arabicLettersNormalizer.apply('كتاب علي', { lang: 'fa' }).text, 'کتاب علی');
  assert.equal(arabicLettersNormalizer.apply('كتاب علي', { lang: 'fa-AF' }).text, 'کتاب علی');
  assert.equal(arabicLettersNormalizer.apply('يه كتاب', { lang: 'ur' }).text, 'یہ کتاب');
  // Pashto keeps Arabic yeh U+064A as its own letter.
  assert.equal(arabicLettersNormalizer.apply('زه ځي ك', { lang: 'ps' }).text, 'زه ځي ک');
  assert.equal(arabicLettersNormalizer.apply('کتاب فی', { lang: 'ar' }).text, 'كتاب فى');
  assert.equal(arabicLettersNormalizer.apply('بـــسم', { lang: 'ar' }).text, 'بسم');
});

test('digits: every registry digit system to ASCII, as a key normaliser', () => {
  assert.equal(digitsNormalizer.scope, 'key');
  const r = digitsNormalizer.apply('๑๒ ໓ ១២ ၁၉ ٢٠ ۲۰ २० ২০ ෧ ᠑ ３');
  assert.equal(r.text, '12 3 12 19 20 20 20 20 1 1 3');
  assert.equal(r.stats?.digits, 18);
});

test('Thai vowel order, Vietnamese tone marks and Uzbek apostrophes', () => {
  assert.equal(thaiVowelOrderNormalizer.apply('น\u0e4d\u0e32').text, 'น\u0e33');
  assert.equal(thaiVowelOrderNormalizer.apply('ก\u0e48\u0e34').text, 'ก\u0e34\u0e48');
  assert.equal(viToneMarksNormalizer.apply('hoà bình, khoẻ, thuý').text, 'hòa bình, khỏe, thúy');
  assert.equal(viToneMarksNormalizer.apply('hoàn toàn').changed, false);
  assert.equal(uzApostropheNormalizer.apply("O'zbekiston g'alaba ma'lum").text, 'Oʻzbekiston gʻalaba maʼlum');
});

test('normalizersFor puts universal normalisers first and the registry ones after', () => {
  assert.deepEqual(normalizersFor('fa').map((n) => n.name), ['nfc', 'markup', 'zero-width-keep-zwnj', 'whitespace', 'arabic-letters']);
  assert.deepEqual(normalizersFor('en').map((n) => n.name), ['nfc', 'markup', 'zero-width', 'whitespace']);
  assert.deepEqual(normalizersFor('xx-unknown').map((n) => n.name), ['nfc', 'markup', 'zero-width', 'whitespace']);
  const r = normalizeText('\ufeff<b>ＡＢＣ</b>\u200b　测试', 'zh-Hans');
  assert.equal(r.text, 'ABC 测试');
  assert.deepEqual(r.changedBy, ['markup', 'zero-width', 'whitespace', 'fullwidth-latin']);
});
