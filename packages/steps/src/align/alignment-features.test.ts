import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusEndMarks, hasLatinWord, sentenceEndShare, sentenceShape } from './alignment-features.ts';

test('sentence shape: a title at the start or after a quote is not a boundary; a second sentence is', () => {
  assert.deepEqual(sentenceShape('Mr. Smith went home.'), [0, true]);
  assert.deepEqual(sentenceShape('"Dr. Damadian built it," he said.'), [0, true]);
  assert.deepEqual(sentenceShape('The storm moved west. Officials closed the airport.'), [1, true]);
  // A short lower-case word ends a sentence (Hausa "ba.", English "it."); a single letter or a short title does not.
  assert.deepEqual(sentenceShape('Ba su yi fada ba. Ra’ayinsu daya ne.'), [1, true]);
  assert.deepEqual(sentenceShape('We should have it. That is all.'), [1, true]);
  assert.deepEqual(sentenceShape('The U.S. Army met Gen. Lee in St. Louis.'), [0, true]);
  assert.deepEqual(sentenceShape('Bộ trưởng nói rằng họ đã đến nước. Sau đó họ đi.'), [1, true]);
  assert.deepEqual(sentenceShape('他来了。她走了。'), [1, true]);
});

test('corpus end marks: a character that ends enough of the sample lines counts as a line end', () => {
  const lines = [...Array(90).fill('یہ ایک جملہ ہے۔'), ...Array(10).fill('یہ ایک جملہ ہے -'), 'ایک اور سطر']; // 10 of 101 end with "-"
  const ends = corpusEndMarks(lines, 0.01);
  assert.equal(ends, '-');
  assert.deepEqual(sentenceShape('یہ ایک جملہ ہے -', true, ends), [0, true]);
  assert.deepEqual(sentenceShape('یہ ایک جملہ ہے -', true, ''), [0, false]);
  assert.ok(sentenceEndShare(lines, ends) > sentenceEndShare(lines));
  // Letters, quotes and rare characters are not end marks.
  assert.equal(corpusEndMarks(['a b c', 'd e f', '"quoted"', 'x;'], 0.01), '');
});

test('sentence shape: lower-case abbreviations a capital often follows are not boundaries', () => {
  assert.deepEqual(sentenceShape('Roe vs. Wade was decided in 1973.'), [0, true]);
  assert.deepEqual(sentenceShape('See fig. Three for the map.'), [0, true]);
  assert.deepEqual(sentenceShape('It was built ca. Jan 1900.'), [0, true]);
});

test('corpus end marks: clause marks are never learned as line ends', () => {
  const lines = [...Array(95).fill('A sentence.'), 'cut here,', 'cut there,', 'and here,', 'heading:', 'title:', 'list:'];
  assert.equal(corpusEndMarks(lines, 0.01), '');
  const chinese = [...Array(95).fill('一句话。'), '到这里，', '到那里，', '还有这里，'];
  assert.equal(corpusEndMarks(chinese, 0.01), '');
});

test('sentence shape: a closing quote of either direction after the final mark still ends the line', () => {
  // Urdu and Chinese lines often close with “ (U+201C), German with “ too; before, such a line read as cut and its mark as a second sentence.
  assert.deepEqual(sentenceShape('انہوں نے کہا کہ ”جہاز کا عملہ غور کر رہا ہے۔“'), [0, true]);
  assert.deepEqual(sentenceShape('随后这些老大们就被他控制住了。“'), [0, true]);
  assert.deepEqual(sentenceShape('Er sagte: „Wir kommen.“'), [0, true]);
  assert.equal(sentenceEndShare(['他来了。“', '她走了。']), 1);
});

test('sentence shape: two Ethiopic wordspaces are a full stop', () => {
  assert.deepEqual(sentenceShape('ጠቃሚ ነው ብለዋል፡፡ "'), [0, true]);
  assert.deepEqual(sentenceShape('ሰላም ነው፡፡ ደህና ነህ።'), [1, true]);
  // One wordspace is only a word divider.
  assert.deepEqual(sentenceShape('ሰላም፡ነው'), [0, false]);
});

test('sentence shape: the parts of a dotted abbreviation are no boundaries, a one-letter word of an abugida is', () => {
  assert.deepEqual(sentenceShape('የተመደበው ለዩ.ኤስ. የባህር ኃይል ነው።'), [0, true]);
  // Sinhala වේ ("is", one letter and its vowel sign) ends many sentences.
  assert.deepEqual(sentenceShape('සතුන් ලොව පුරා ජීවත් වේ. ඔවුහු සිටිති.'), [1, true]);
});

test('tokens_log: the log of the tokens the weaker-scored direction rests on', async () => {
  const { FEATURE_NAMES, featuresFromEvidence, tokensLog } = await import('./alignment-features.ts');
  const { lengthModel } = await import('../filters/length-ratio-filter.ts');
  const ctx = {
    model: { median: 0, sigma: 1 } as never, length: lengthModel('zh-Hans', 'en'), lengthShift: 0, srcUnit: 'grapheme', tgtUnit: 'word',
    srcLang: 'zh-Hans', tgtLang: 'en', crossScript: true, srcLatin: false, tgtLatin: true, srcMarks: true, tgtMarks: true, srcEnds: '', tgtEnds: '',
  } as const;
  const ev = (fwdScored: number, bwdScored: number) => ({ fwd: 1, bwd: 1, fwdHead: 1, fwdTail: 1, bwdHead: 1, bwdTail: 1, fwdScored, bwdScored, fwdCover: 0.8, bwdCover: 0.8, fwdAgree: 0.5, bwdAgree: 0.5, fwdAgreeClear: 0.3, bwdAgreeClear: 0.3 });
  const pair = { src: '他来了。', tgt: 'He came.' };
  const short = featuresFromEvidence(ctx, pair, ev(3, 7));
  const long = featuresFromEvidence(ctx, pair, ev(30, 28));
  assert.equal(short.length, FEATURE_NAMES.length);
  const k = FEATURE_NAMES.indexOf('tokens_log');
  assert.equal(short[k], Math.log1p(3));
  assert.equal(long[k], Math.log1p(28));
  assert.equal(tokensLog({ fwdScored: 0, bwdScored: 5 }), 0);
  // Everything else of the two vectors but the evidence (mean × √n) is the same.
  const differ = short.map((x, i) => (x !== long[i] ? FEATURE_NAMES[i] : '')).filter(Boolean);
  assert.deepEqual(differ, ['fwd_evidence', 'bwd_evidence', 'evidence_min', 'tokens_log']);
});

test('hasLatinWord finds exactly the lower-cased matches of /[A-Za-z][A-Za-z0-9]+/g', () => {
  const definition = (text: string) => new Set((text.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).map((w) => w.toLowerCase()));
  // Letters, digits, a non-ASCII letter, separators: runs that start with digits, end with a lone letter, touch é.
  const alphabet = ['a', 'B', 'z', 'Z', '0', '9', 'é', 'İ', ' ', '.', '@', '[', '`', '{', '中'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = ['ab', 'zz', 'a0', 'b9', 'ba', 'abz', 'a09', 'z0z', 'b', '0a', 'aé'];
  for (let t = 0; t < 3000; t++) {
    let text = '';
    const n = Math.floor(next() * 12);
    for (let k = 0; k < n; k++) text += alphabet[Math.floor(next() * alphabet.length)];
    const want = definition(text);
    for (const w of [...words, ...want]) assert.equal(hasLatinWord(text, w), want.has(w), `${JSON.stringify(text)} ${w}`);
  }
  assert.ok(hasLatinWord('NASA said', 'nasa'));
  assert.ok(!hasLatinWord('NASA2 said', 'nasa'));
  assert.ok(hasLatinWord('2NASA said', 'nasa'));
});
