/**
 * Weighted word lists that tell two close varieties apart (Malay vs
 * Indonesian, Iranian Persian vs Dari). Written by the Silkloom authors from
 * the standard spelling and vocabulary of each variety — never extracted
 * from evaluation data. A list is a string of `word:weight` entries (weight
 * 1 when omitted); multi-word entries use `_` for the space.
 */

export interface Lexicon {
  /** Word or phrase of two or three words (space-joined) → weight. */
  readonly words: ReadonlyMap<string, number>;
  readonly maxWordsInEntry: number;
  /** First words of the phrase entries (only after one of them is a phrase looked up). */
  readonly pairStarts: ReadonlySet<string>;
}

/** Longest phrase `lexiconScore` looks up: a longer entry could never match, so it is refused. */
const MAX_WORDS_IN_ENTRY = 3;

/** Parses `"bahawa:3 iaitu:3 kerajaan"` into a lexicon. */
export function lexicon(spec: string): Lexicon {
  const words = new Map<string, number>();
  const pairStarts = new Set<string>();
  let maxWordsInEntry = 1;
  for (const entry of spec.split(/\s+/)) {
    if (!entry) continue;
    const [word, weight] = entry.split(':');
    // Hyphenated words (kanak-kanak) reach the lexicon as two tokens: the tokeniser splits at the hyphen.
    const key = word!.replace(/[_-]/g, ' ');
    const parts = key.split(' ');
    if (parts.length > MAX_WORDS_IN_ENTRY) throw new Error(`lexicon entry "${word}" has ${parts.length} words; at most ${MAX_WORDS_IN_ENTRY} are looked up`);
    maxWordsInEntry = Math.max(maxWordsInEntry, parts.length);
    if (parts.length > 1) pairStarts.add(parts[0]!);
    words.set(key, weight ? Number(weight) : 1);
  }
  return { words, maxWordsInEntry, pairStarts };
}

/** Sum of the weights of lexicon entries found in the token list (each occurrence counts). */
export function lexiconScore(tokens: readonly string[], lex: Lexicon): number {
  let score = 0;
  for (let i = 0; i < tokens.length; i++) {
    const one = lex.words.get(tokens[i]!);
    if (one) score += one;
    if (lex.maxWordsInEntry > 1 && i + 1 < tokens.length && lex.pairStarts.has(tokens[i]!)) {
      const pair = `${tokens[i]} ${tokens[i + 1]}`;
      const two = lex.words.get(pair);
      if (two) score += two;
      if (lex.maxWordsInEntry > 2 && i + 2 < tokens.length) {
        const three = lex.words.get(`${pair} ${tokens[i + 2]}`);
        if (three) score += three;
      }
    }
  }
  return score;
}
