import assert from 'node:assert/strict';
import { test } from 'node:test';
import { identifyLanguage } from '../../index.ts';
import { featureWords } from '../ngram-features.ts';
import { lexicon, lexiconScore } from './lexicon.ts';
import { malayVsIndonesian, malayVsIndonesianParts } from './malay-indonesian.ts';

const parts = (text: string) => malayVsIndonesianParts(featureWords(text), text);

test('number format: comma thousands and point decimals are Malay, the converse Indonesian', () => {
  assert.ok(parts('Seramai 12,000 orang hadir dan harga naik 3.5 peratus.').numbers > 0);
  assert.ok(parts('Sebanyak 12.000 orang hadir dan harga naik 3,5 persen.').numbers < 0);
  // A point before two digits is also a time of day in both standards: it says little.
  assert.ok(Math.abs(parts('Kereta api bertolak pukul 10.30 pagi.').numbers) < 0.5);
  assert.equal(parts('Tiada nombor di sini.').numbers, 0);
});

test('a hyphenated lexicon entry matches the two tokens the tokeniser makes of it', () => {
  const lex = lexicon('kanak-kanak:3 kira-kira:1');
  assert.equal(lexiconScore(featureWords('Kanak-kanak itu menunggu kira-kira sejam.'), lex), 4);
});

test('a three-word entry counts where its words follow each other; a longer one is refused', () => {
  const lex = lexicon('oleh_sebab_itu:2 sebab:1');
  assert.equal(lexiconScore(featureWords('Oleh sebab itu, mereka pulang.'), lex), 3);
  assert.equal(lexiconScore(featureWords('Oleh itu sebab mereka pulang.'), lex), 1);
  assert.throws(() => lexicon('ketua_pegawai_eksekutif_kanan:3'), /4 words; at most 3/);
});

test('a word cut off at the end counts for the variety of the lexicon words it begins', () => {
  assert.ok(parts('Pada hari itu, kerajaa').truncated > 0);
  assert.ok(parts('Pada hari itu, pemerint').truncated < 0);
  // A finished word (the text ends in punctuation) is not a fragment.
  assert.equal(parts('Pada hari itu, pemerint.').truncated, 0);
});

test('Indonesian joins antar- and pasca- to their word; Malay antara stays itself', () => {
  assert.ok(parts('bus antarkota pascabanjir').suffix <= -2);
  assert.equal(parts('antara bandar dan antarabangsa').suffix, 0);
});

test('everyday spellings of each standard (sentences written by us)', () => {
  const ms = 'Jambatan itu rosak teruk selepas lapan buah lori melaluinya pada tarikh yang sama.';
  const id = 'Jembatan itu rusak parah setelah delapan truk melintasinya pada tanggal yang sama.';
  assert.ok(malayVsIndonesian(featureWords(ms), ms) > 3);
  assert.ok(malayVsIndonesian(featureWords(id), id) < -3);
  assert.equal(identifyLanguage(ms).lang, 'ms');
  assert.equal(identifyLanguage(id).lang, 'id');
  assert.equal(identifyLanguage('Pesakit itu sudah sihat dan bernafas seperti biasa.').lang, 'ms');
  assert.equal(identifyLanguage('Pasien itu sudah sehat dan bernapas seperti biasa.').lang, 'id');
});

test('festival and daily words of each standard: meraikan Aidilfitri, sotong vs merayakan Idul Fitri, cumi', () => {
  const ms = parts('Mereka meraikan Aidilfitri dengan sotong dan timun di pasaraya.');
  assert.ok(ms.malayWords >= 10, `malayWords ${ms.malayWords}`);
  assert.ok(ms.indonesianWords === 0); // -0: the Indonesian score is negated
  const id = parts('Mereka merayakan Idul Fitri dengan cumi dan mentimun di minimarket.');
  assert.ok(id.indonesianWords <= -10, `indonesianWords ${id.indonesianWords}`);
  assert.equal(id.malayWords, 0);
});
