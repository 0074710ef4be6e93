/**
 * `punctuation` (soft by default): do the sides end alike and carry the same
 * number of question and exclamation marks, across scripts (。 ။ ។ । ። ۔ are
 * full stops, ؟ ፧ question marks)? Thai and Lao have no sentence-final mark,
 * so a missing end there is no mismatch. Score as in OpusFilter's
 * TerminalPunctuationFilter: −ln(1 + penalty) (clean = 0). The step keeps
 * every pair unless `hard` is true: a truncated or concatenated pair shows up
 * here, but so do many good free translations.
 */
import { defineStep } from '../step.ts';

const FULL_STOP = new Set(['.', '。', '．', '။', '។', '៕', '।', '॥', '።', '۔', '෴']);
const QUESTION = new Set(['?', '？', '؟', '፧', '\u037E']);
const EXCLAIM = new Set(['!', '！']);
const CLOSERS = /["'”’»」』)）\]\s]+$/u;

function endClass(text: string): string {
  const t = text.replace(CLOSERS, '');
  const last = t.slice(-1);
  if (FULL_STOP.has(last)) return '.';
  if (QUESTION.has(last)) return '?';
  if (EXCLAIM.has(last)) return '!';
  if (last === '…' || t.endsWith('...')) return '…';
  if (last === ':' || last === '：') return ':';
  return '';
}

/** The sets by code unit, so counting makes no string per character. */
const CODES = new Map([QUESTION, EXCLAIM].map((set) => [set, new Set([...set].map((ch) => ch.charCodeAt(0)))]));

function countIn(text: string, set: Set<string>): number {
  const codes = CODES.get(set)!;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Every mark counted here is in the BMP and none is an ASCII letter or digit.
    if ((c === 0x3f || c === 0x21 || c > 0x7f) && codes.has(c)) n++;
  }
  return n;
}

export function punctuationPenalty(src: string, tgt: string, srcHasEnds: boolean, tgtHasEnds: boolean): number {
  const a = endClass(src);
  const b = endClass(tgt);
  let penalty = 0;
  if (a !== b && !(a === '.' && !tgtHasEnds && b === '') && !(b === '.' && !srcHasEnds && a === '')) penalty++;
  penalty += Math.abs(countIn(src, QUESTION) - countIn(tgt, QUESTION));
  penalty += Math.abs(countIn(src, EXCLAIM) - countIn(tgt, EXCLAIM));
  return penalty;
}

export const punctuationFilter = defineStep({
  name: 'punctuation',
  version: '1.0.0',
  kind: 'filter',
  scoreEdges: [-3, -2, -1.5, -1, -0.5, -0.01, 0.01],
  description: 'Scores agreement of terminal punctuation (soft: drops only when hard is true).',
  options: {
    hard: { type: 'boolean', default: false, description: 'Drop pairs scoring below min_score (off: score only).' },
    min_score: { type: 'number', default: -2, max: 0, description: 'Lowest −ln(1+penalty) kept when hard (OpusFilter default −2).' },
  },
  create(o, ctx) {
    const srcEnds = (ctx.src?.sentenceFinal ?? '.') !== '';
    const tgtEnds = (ctx.tgt?.sentenceFinal ?? '.') !== '';
    return {
      kind: 'filter',
      check(pair) {
        const score = -Math.log1p(punctuationPenalty(pair.src, pair.tgt, srcEnds, tgtEnds));
        return !o.hard || score >= o.min_score ? { keep: true, score } : { keep: false, reason: 'punctuation', score };
      },
    };
  },
});
