/**
 * `punctuation` (soft by default): do the sides end alike and carry the same
 * number of question and exclamation marks, across scripts (。 ။ ។ । ። ۔ are
 * full stops, ؟ ፧ question marks)? Thai and Lao have no sentence-final mark,
 * so a missing end there is no mismatch. Score as in OpusFilter's
 * TerminalPunctuationFilter: −ln(1 + penalty) (clean = 0). The step keeps
 * every pair unless `hard` is true: a truncated or concatenated pair shows up
 * here, but so do many good free translations.
 */
import { defineStep, kept, dropped } from '../step.ts';

const FULL_STOP = new Set(['.', '。', '．', '။', '។', '៕', '।', '॥', '።', '۔', '෴']);
const QUESTION = new Set(['?', '？', '؟', '፧', '\u037E']);
const EXCLAIM = new Set(['!', '！']);
/** Closing quotes and brackets looked past at the end (with whitespace, /\s/). */
const CLOSERS = new Set([...'"\'”’»」』)）]'].map((ch) => ch.charCodeAt(0)));
const SPACE = /\s/;

/** Whether the code unit is one of {@link CLOSERS} or white space. */
function isCloser(c: number): boolean {
  return CLOSERS.has(c) || (c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0x80 && SPACE.test(String.fromCharCode(c)));
}

function endClass(text: string): string {
  // The text without its trailing closers and spaces, scanned from the end (an end-anchored regex tries every position).
  let end = text.length;
  while (end > 0 && isCloser(text.charCodeAt(end - 1))) end--;
  const last = end > 0 ? text[end - 1]! : '';
  if (FULL_STOP.has(last)) return '.';
  if (QUESTION.has(last)) return '?';
  if (EXCLAIM.has(last)) return '!';
  if (last === '…' || (end >= 3 && text.startsWith('...', end - 3))) return '…';
  if (last === ':' || last === '：') return ':';
  return '';
}

/** Per BMP code unit: 1 for a question mark, 2 for an exclamation mark (every mark counted is in the BMP). */
const MARK_KIND = new Uint8Array(0x10000);
for (const ch of QUESTION) MARK_KIND[ch.charCodeAt(0)] = 1;
for (const ch of EXCLAIM) MARK_KIND[ch.charCodeAt(0)] = 2;

/** Question marks and exclamation marks in the text, in one pass: [questions, exclamations]. */
function countMarks(text: string): [number, number] {
  let questions = 0, exclamations = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = MARK_KIND[text.charCodeAt(i)]!;
    if (kind === 1) questions++;
    else if (kind === 2) exclamations++;
  }
  return [questions, exclamations];
}

export function punctuationPenalty(src: string, tgt: string, srcHasEnds: boolean, tgtHasEnds: boolean): number {
  const a = endClass(src);
  const b = endClass(tgt);
  let penalty = 0;
  if (a !== b && !(a === '.' && !tgtHasEnds && b === '') && !(b === '.' && !srcHasEnds && a === '')) penalty++;
  const [qa, ea] = countMarks(src);
  const [qb, eb] = countMarks(tgt);
  penalty += Math.abs(qa - qb) + Math.abs(ea - eb);
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
        return !o.hard || score >= o.min_score ? kept(score) : dropped('punctuation', score);
      },
    };
  },
});
