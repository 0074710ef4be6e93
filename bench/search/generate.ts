/**
 * Deterministic generated units for the search benchmark: zh-Hans with th, vi
 * or en (in turn), sentences of realistic length (zh 12–60 characters) built
 * from the word lists, with recurring phrases (a few per cent of units each)
 * and rare words (about 0.1 % each), so that rare, common, two-character and
 * Thai queries all have answers.
 */
import type { TranslationUnit, Variant } from '@silkloom/core';
import { EN_WORDS, TH_PHRASES, TH_RARE, TH_WORDS, VI_WORDS, ZH_PHRASES, ZH_RARE, ZH_WORDS } from './word-lists.ts';

/** mulberry32: a small seeded PRNG, so every run generates the same store. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function sentence(rand: () => number, words: readonly string[], phrases: readonly string[], rare: readonly string[], min: number, max: number, sep: string): string {
  const n = min + Math.floor(rand() * (max - min + 1));
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(pick(rand, words));
  if (phrases.length && rand() < 0.3) parts.splice(Math.floor(rand() * parts.length), 0, pick(rand, phrases));
  if (rare.length && rand() < 0.02) parts.splice(Math.floor(rand() * parts.length), 0, pick(rand, rare));
  return parts.join(sep);
}

export function generatedUnit(i: number): TranslationUnit {
  const rand = prng(i * 2654435761);
  const zh = `${sentence(rand, ZH_WORDS, ZH_PHRASES, ZH_RARE, 6, 24, '')}。`;
  const kind = i % 3;
  const other: Record<string, Variant> =
    kind === 0
      ? { th: { text: sentence(rand, TH_WORDS, TH_PHRASES, TH_RARE, 5, 18, '') } }
      : kind === 1
        ? { vi: { text: `${sentence(rand, VI_WORDS, [], [], 8, 30, ' ')}.` } }
        : { en: { text: `${sentence(rand, EN_WORDS, [], [], 8, 28, ' ')}.` } };
  return { id: `b-${i}`, variants: { 'zh-Hans': { text: zh }, ...other }, status: 'clean', domains: [['tourism', 'commerce', 'agriculture', 'medical'][i % 4]!], provenance: {} };
}

export function* generatedUnits(from: number, to: number): Generator<TranslationUnit> {
  for (let i = from; i < to; i++) yield generatedUnit(i);
}
