import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BMP_CLASS, C_CONTROL, C_DIGIT, C_FORMAT, C_LETTER, C_MARK, C_NUMBER, C_OTHER, C_PUNCT, C_SPACE, C_SYMBOL, CHAR_CLASSES, SCRIPTS, SCRIPT_INDEX,
  charClassIndexOf, charClassOf, charClassShares, countGraphemes, countWords, dominantScript, dominantScriptIndex, emptyTextProfile, scriptIndexForCode,
  scriptOf, scriptOfCodePoint, scriptProfile, scriptShare, segmentablePieces, textProfile, words,
} from '../index.ts';

test('scriptOf reads the Unicode Script property', () => {
  assert.equal(scriptOf('a'.codePointAt(0)!), 'Latn');
  assert.equal(scriptOf('中'.codePointAt(0)!), 'Hani');
  assert.equal(scriptOf('𠀀'.codePointAt(0)!), 'Hani');
  assert.equal(scriptOf('ក'.codePointAt(0)!), 'Khmr');
  assert.equal(scriptOf('።'.codePointAt(0)!), 'Ethi');
  assert.equal(scriptOf('1'.codePointAt(0)!), 'Zyyy');
});

test('script profile counts letters per script, marks with their base letter', () => {
  const p = scriptProfile('नमस्ते John 123!');
  assert.deepEqual(p.scripts, { Deva: 6, Latn: 4 });
  assert.equal(p.classes.digit, 3);
  assert.equal(p.classes.punctuation, 1);
  assert.equal(p.classes.space, 2);
  assert.equal(dominantScript('ฉันชอบกิน ok'), 'Thai');
  assert.equal(dominantScript('これは日本語です'), 'Jpan');
  assert.equal(dominantScript('123 !!!'), undefined);
  assert.equal(scriptShare('abc中', 'Hani'), 0.25);
});

test('character class shares sum to one', () => {
  const s = charClassShares('ab1, ©');
  assert.equal(s.letters, 2 / 6);
  assert.equal(s.digits, 1 / 6);
  assert.equal(s.symbols, 1 / 6);
  assert.ok(Math.abs(Object.values(s).reduce((a, b) => a + b, 0) - 1) < 1e-9);
});

test('graphemes: a Devanagari conjunct, a Khmer stack and an emoji family are one each', () => {
  assert.equal(countGraphemes('क्ष'), 1);
  assert.equal(countGraphemes('ស្ត្រី'), 1);
  assert.equal(countGraphemes('👨‍👩‍👧'), 1);
  assert.equal(countGraphemes('abc'), 3);
  assert.equal(countGraphemes('a\nb'), 3);
});

test('words by spaces or by ICU dictionary per the registry', () => {
  assert.equal(countWords('The cat, the hat.', 'en'), 4);
  assert.equal(countWords('ฉันชอบกินข้าวผัดกับเพื่อน', 'th'), 7);
  assert.ok(countWords('我们今天在北京签署了协议', 'zh-Hans') >= 6);
  assert.deepEqual(words("don't stop-me now", 'en'), ["don't", 'stop-me', 'now']);
  assert.equal(countWords('ខ្ញុំចូលចិត្តញ៉ាំបាយ', 'km') > 1, true);
});

test('long lines are cut into pieces the segmenter can handle', () => {
  const long = 'ก'.repeat(5000);
  const pieces = [...segmentablePieces(long)];
  assert.ok(pieces.every((p) => p.length <= 2000));
  assert.equal(pieces.join(''), long);
  const thai = 'ฉันชอบกินข้าว '.repeat(1000);
  assert.equal(countWords(thai, 'th'), 4000);
});

test('flat tables: every BMP code point has the engine\'s Script and General Category', () => {
  const names: Record<string, string> = { Latn: 'Latin', Hani: 'Han', Cyrl: 'Cyrillic', Arab: 'Arabic', Zinh: 'Inherited', Zyyy: 'Common', Thai: 'Thai', Deva: 'Devanagari' };
  const scriptTests = new Map(Object.entries(names).map(([code, name]) => [SCRIPT_INDEX[code]!, new RegExp(`^\\p{Script=${name}}$`, 'u')]));
  const classTests: Array<[number, RegExp]> = [
    [C_LETTER, /^\p{L}$/u], [C_MARK, /^\p{M}$/u], [C_DIGIT, /^\p{Nd}$/u], [C_NUMBER, /^[\p{Nl}\p{No}]$/u], [C_PUNCT, /^\p{P}$/u],
    [C_SYMBOL, /^\p{S}$/u], [C_SPACE, /^[\p{White_Space}\p{Z}]$/u], [C_CONTROL, /^\p{Cc}$/u], [C_FORMAT, /^\p{Cf}$/u],
  ];
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) {
      assert.equal(charClassOf(cp), C_OTHER);
      continue;
    }
    const ch = String.fromCharCode(cp);
    const want = classTests.find(([, re]) => re.test(ch))?.[0] ?? C_OTHER;
    if (charClassOf(cp) !== want) assert.fail(`U+${cp.toString(16)}: class ${charClassOf(cp)}, engine ${want}`);
    assert.equal(BMP_CLASS[cp], want);
    const s = scriptOfCodePoint(cp);
    const re = scriptTests.get(s);
    if (re && !re.test(ch)) assert.fail(`U+${cp.toString(16)} is not ${SCRIPTS[s]}`);
  }
  assert.equal(scriptOfCodePoint(0x20000), SCRIPT_INDEX.Hani);
  assert.equal(charClassOf(0x1f600), C_SYMBOL);
  assert.equal(charClassOf(0x1d49c), C_LETTER); // 𝒜
  assert.equal(scriptOf(0x10ffff + 1), 'Zzzz');
  assert.equal(charClassIndexOf('\u0301'.codePointAt(0)!), CHAR_CLASSES.indexOf('letter'));
  assert.equal(scriptIndexForCode('Hant'), SCRIPT_INDEX.Hani);
  assert.equal(scriptIndexForCode('Xxxx'), SCRIPT_INDEX.Zzzz);
});

test('textProfile: one pass of scripts, fine classes, visible characters and words; reusable', () => {
  const p = textProfile('नमस्ते John 123!\u200d 😀 中');
  assert.equal(p.scripts[SCRIPT_INDEX.Deva!], 6);
  assert.equal(p.scripts[SCRIPT_INDEX.Latn!], 4);
  assert.equal(p.scripts[SCRIPT_INDEX.Hani!], 1);
  assert.equal(p.letters, 11);
  assert.equal(p.classes[C_MARK], 2); // ् and े
  assert.equal(p.classes[C_DIGIT], 3);
  assert.equal(p.classes[C_FORMAT], 1);
  assert.equal(p.classes[C_SYMBOL], 1);
  assert.equal(p.classes[C_SPACE], 4);
  assert.equal(p.codePoints, 21);
  assert.equal(p.visible, 21 - 2 - 1 - 4); // no marks, format characters or spaces
  assert.equal(p.words, 5);
  assert.equal(dominantScriptIndex(p), SCRIPT_INDEX.Deva);
  const into = emptyTextProfile();
  assert.equal(textProfile('abc', into), into);
  assert.equal(textProfile('', into).letters, 0);
  assert.equal(into.scripts[SCRIPT_INDEX.Latn!], 0);
  assert.equal(dominantScriptIndex(into), -1);
  assert.deepEqual(scriptProfile('नमस्ते John 123!').scripts, { Deva: 6, Latn: 4 });
});
