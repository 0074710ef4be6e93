import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charClassShares, countGraphemes, countWords, dominantScript, scriptOf, scriptProfile, scriptShare, segmentablePieces, words } from '../index.ts';

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
