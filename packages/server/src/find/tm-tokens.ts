/**
 * Tokens for translation-memory scoring (anchors-platform §4): characters
 * (grapheme clusters) for scripts written without spaces between words —
 * languages whose registry `wordUnit` is `segmenter` (zh, yue, th, km, lo, my),
 * or text without spaces in a language the registry does not know — and words
 * and punctuation marks otherwise. Numbers become one placeholder token
 * (compared by value separately), so a changed number costs a penalty, not an
 * edit as well.
 */
import { languageInfo } from '@silkloom/core';

export type TokenUnit = 'char' | 'word';

/** The zero of each run of ten decimal digits in Unicode (Nd), for reading numbers in any script. */
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
  0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900,
  0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];

const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu;
/** Inline codes written as text: {0}, {{name}}, %s, %1$d, <b>, </b>, <x id="1"/>. */
const TAG = /\{\{?[^{}\s]{0,40}\}?\}|%(?:\d+\$)?[sdif@]|<\/?[A-Za-z][^<>]{0,80}>/g;

function digitValue(ch: string): string {
  const cp = ch.codePointAt(0)!;
  for (let i = DIGIT_ZEROS.length - 1; i >= 0; i--) {
    const zero = DIGIT_ZEROS[i]!;
    if (cp >= zero && cp < zero + 10) return String(cp - zero);
  }
  return ch;
}

/** Numbers in the text, as ASCII digit strings (any script's digits read by value; separators dropped). */
export function numbersOf(text: string): string[] {
  return [...text.replace(TAG, ' ').matchAll(NUMBER)].map((m) => [...m[0]].filter((c) => /\p{Nd}/u.test(c)).map(digitValue).join(''));
}

export function tagsOf(text: string): string[] {
  return [...text.matchAll(TAG)].map((m) => m[0]);
}

/** Unicode NFKC (full-width forms, compatibility characters), white space collapsed, trimmed. */
export function normaliseForTm(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

export function tokenUnitFor(lang: string, text: string): TokenUnit {
  const info = languageInfo(lang);
  if (info) return info.wordUnit === 'segmenter' ? 'char' : 'word';
  return /\s/u.test(text.trim()) ? 'word' : 'char';
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
/** Placeholders (private-use characters, which real text does not contain) for a number and an inline code. */
const NUM = '\uE000';
const CODE = '\uE001';
const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*|\p{N}+|[^\s]/gu;

/** Tokens of normalised, lower-cased text with numbers and tags as placeholders. */
export function tmTokens(text: string, unit: TokenUnit, maxTokens = 300): string[] {
  const masked = text.toLowerCase().replace(TAG, ` ${CODE} `).replace(NUMBER, ` ${NUM} `);
  let tokens: string[];
  if (unit === 'word') tokens = masked.match(WORD) ?? [];
  else {
    tokens = [];
    for (const part of masked.split(/\s+/u)) {
      if (!part) continue;
      if (part === NUM || part === CODE) tokens.push(part);
      // Grapheme clusters keep a Thai or Khmer consonant with its marks; text without marks needs no segmenter.
      else if (/\p{M}/u.test(part)) for (const { segment } of graphemes.segment(part)) tokens.push(segment);
      else tokens.push(...part);
    }
  }
  return tokens.length > maxTokens ? tokens.slice(0, maxTokens) : tokens;
}
