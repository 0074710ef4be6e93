/**
 * Variety markers taken from Unicode CLDR (see build-cldr-lexicons.ts for
 * how `cldr-lexicons.json` is made): spellings of names, months and units
 * that one variety's CLDR data uses and the other's never does.
 */
import { createRequire } from 'node:module';
import { lexicon, type Lexicon } from './lexicon.ts';

interface CldrLexicons {
  source: string;
  ms: string[];
  id: string[];
  'fa-AF': string[];
  fa: string[];
  'zh-Hant-HK': string[];
  'zh-Hant-TW': string[];
}

let data: CldrLexicons | undefined;
function load(): CldrLexicons {
  data ??= createRequire(import.meta.url)('./cldr-lexicons.json') as CldrLexicons;
  return data;
}

/**
 * A lexicon of CLDR markers for a variety, every entry with `weight`
 * (ZWNJ-less spellings added). Words in `exclude` — the other variety's own
 * training text — are dropped: CLDR is small, so a common word can be absent
 * from one locale's data by chance.
 */
export function cldrLexicon(variety: 'ms' | 'id' | 'fa-AF' | 'fa', weight: number, exclude: ReadonlySet<string> = new Set()): Lexicon {
  const words = load()[variety];
  const entries = new Set<string>();
  for (const w of words) {
    if (exclude.has(w) || exclude.has(w.replace(/\u200c/g, ''))) continue;
    entries.add(w.replace(/ /g, '_'));
    if (w.includes('\u200c')) entries.add(w.replace(/\u200c/g, ''));
  }
  return lexicon([...entries].map((w) => `${w}:${weight}`).join(' '));
}

/** Han phrases of a region (HK or TW) according to CLDR. */
export function cldrHanPhrases(region: 'HK' | 'TW'): readonly string[] {
  return load()[region === 'HK' ? 'zh-Hant-HK' : 'zh-Hant-TW'];
}
