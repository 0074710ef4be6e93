/**
 * Features that tell a translation from two unrelated sentences, each cheap
 * and language-independent: the lexical scores of the corpus-trained Model 1
 * (standardised; per direction the mean, the total evidence mean × √n — a
 * long pair's mean is surer than a short one's —, the share of tokens with a
 * clear link, and the first and last third of each side, where a truncated or
 * joined pair shows its unexplained tail; the weaker direction too), the log
 * of the tokens scored (with the mean and the evidence mean × √n it lets a
 * linear weighing ask a short pair for a different mean than a long one, and
 * a cut or joined side is shorter or longer than the corpus's pairs), the length z-score (Gale–Church's signal), number anchors
 * (matched / unmatched across digit systems, and numbers on a side whose
 * other side has none at all — a translation rarely drops every number, two
 * unrelated sentences often do), Latin-script anchors (names, brands, URLs
 * shared by both sides; those left unmatched only on a side not written in
 * Latin, where they stand out), the shape of the punctuation
 * (quotes, brackets, commas, colons, question marks) which translations keep,
 * sentence counts, and the best-link agreement of Model 1's two directions
 * (the misaligned regression's only).
 */
import type { PairText } from '../step.ts';
import { numberAgreement } from '../filters/number-filter.ts';
import { type LengthModel, lengthZ } from '../filters/length-ratio-filter.ts';
import type { LengthUnit } from '../text-shim/length.ts';
import { sideLength } from '../pair-measures.ts';
import { type AlignmentModel, type PairEvidence, pairEvidence } from './alignment-model.ts';

export const FEATURE_NAMES = ['lexical_fwd', 'lexical_bwd', 'length_z', 'length_abs_z', 'numbers_matched', 'numbers_unmatched', 'latin_matched', 'latin_unmatched', 'punct_distance', 'end_mismatch', 'tgt_more_sentences', 'src_more_sentences', 'tgt_joined', 'src_joined', 'lexical_min', 'fwd_head', 'fwd_tail', 'bwd_head', 'bwd_tail', 'fwd_evidence', 'bwd_evidence', 'evidence_min', 'fwd_cover', 'bwd_cover', 'cover_min', 'numbers_lone', 'tokens_log', 'agree_fwd', 'agree_bwd', 'agree_clear_fwd', 'agree_clear_bwd'] as const;
/**
 * The features the fragment and joined regressions read: all but the best-link agreement, which only the misaligned
 * regression reads (in all five, noisy FLORES dev caught 10 more misaligned pairs and 6 fewer joined ones).
 */
export const FRAGMENT_FEATURES = FEATURE_NAMES.indexOf('agree_fwd');

const PUNCT_CLASSES = ['"“”«»「」『』„', '()（）[]【】', ',，、،', ':：', '?？؟', ';；؛'];
/** Class + 1 of each BMP code unit (0: none): one array read per character. */
const PUNCT_CLASS = new Uint8Array(0x10000);
PUNCT_CLASSES.forEach((chars, k) => {
  for (const ch of chars) PUNCT_CLASS[ch.charCodeAt(0)] = k + 1;
});

function punctCounts(text: string): number[] {
  const out = new Array(PUNCT_CLASSES.length).fill(0);
  for (let i = 0; i < text.length; i++) {
    const k = PUNCT_CLASS[text.charCodeAt(i)]!;
    if (k) out[k - 1]++;
  }
  return out;
}

function punctDistance(a: string, b: string): number {
  const x = punctCounts(a);
  const y = punctCounts(b);
  let d = 0;
  for (let k = 0; k < x.length; k++) d += Math.abs(x[k] - y[k]) / (1 + x[k] + y[k]);
  return d;
}

const LATIN_WORD = /[A-Za-z][A-Za-z0-9]+/g;

function latinWords(text: string): Set<string> {
  return new Set((text.match(LATIN_WORD) ?? []).map((w) => w.toLowerCase()));
}

/**
 * Latin-script words shared by both sides (names, brands, URLs), and those
 * left without counterpart — counted only on a side whose language is not
 * written in Latin (there a Latin word stands out; on a Latin-script side
 * every word is one).
 */
function latinAnchors(a: string, b: string, ctx: FeatureContext): [number, number] {
  if (!ctx.crossScript) return [0, 0];
  if (!ctx.srcLatin && ctx.tgtLatin) return latinAnchorsIntoLatin(a, b);
  // The side not written in Latin first, where Latin words are few: without any, nothing matches and
  // the Latin side's words count for nothing, so that side is not scanned at all (a zh-Hans → en pair
  // without names).
  const foreign = ctx.srcLatin ? undefined : latinWords(a);
  if (foreign && !foreign.size && ctx.tgtLatin) return [0, 0];
  const y = latinWords(b);
  if (!y.size && ctx.srcLatin) return [0, 0];
  const x = foreign ?? latinWords(a);
  let matched = 0;
  for (const w of x) if (y.has(w)) matched++;
  return [matched, (ctx.srcLatin ? 0 : x.size - matched) + (ctx.tgtLatin ? 0 : y.size - matched)];
}

const isAsciiLetter = (c: number) => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const isAsciiAlnum = (c: number) => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);

/**
 * {@link latinAnchors} for a non-Latin source and a Latin-script target (zh-Hans → en): only the
 * source's words can be unmatched, so the target's words are not collected (a set of ~45 lower-cased
 * words a pair): each of the source's few distinct words is looked for among the target's
 * {@link LATIN_WORD} matches, read in place. A match of that pattern is a maximal run of ASCII
 * letters and digits from its first letter on, when that leaves two characters or more.
 */
function latinAnchorsIntoLatin(a: string, b: string): [number, number] {
  const found = a.match(LATIN_WORD);
  if (!found) return [0, 0];
  const x = new Set(found.map((w) => w.toLowerCase()));
  let matched = 0;
  for (const w of x) if (hasLatinWord(b, w)) matched++;
  return [matched, x.size - matched];
}

/** Whether `text` has `word` (ASCII, lower case) as a {@link LATIN_WORD} match, in any case. */
export function hasLatinWord(text: string, word: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isAsciiAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let start = -1;
    let end = i;
    for (; end < n; end++) {
      const c = text.charCodeAt(end);
      if (!isAsciiAlnum(c)) break;
      if (start < 0 && isAsciiLetter(c)) start = end;
    }
    if (start >= 0 && end - start === word.length && end - start >= 2 && sameLowered(text, start, word)) return true;
    i = end;
  }
  return false;
}

/** Whether text[at …], ASCII letters and digits, lower-cased equals `word` (`| 0x20` lower-cases a letter, keeps a digit). */
function sameLowered(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

export interface FeatureContext {
  model: AlignmentModel;
  length: LengthModel;
  /** Median length z of the corpus sample: the corpus's own typical ratio. */
  lengthShift: number;
  srcUnit: LengthUnit;
  tgtUnit: LengthUnit;
  srcLang: string;
  tgtLang: string;
  /** Whether the source is not Latin-script (then Latin words are anchors). */
  crossScript: boolean;
  /** Per side, whether the language is written in Latin script. */
  srcLatin: boolean;
  tgtLatin: boolean;
  /**
   * Per side, whether this corpus ends its lines with sentence marks (most
   * of the sample does; Thai does not, Pashto often not): only then does a
   * mark inside a line mean a second sentence, or a missing end a cut.
   */
  srcMarks: boolean;
  tgtMarks: boolean;
  /** Per side, the corpus's own line-end characters besides the sentence marks ({@link corpusEndMarks}). */
  srcEnds: string;
  tgtEnds: string;
}

/**
 * Script sentence marks (Chinese, Arabic-script, Myanmar, Ethiopic, Devanagari): always a boundary; a run of them (Urdu "۔۔۔") is one.
 * Two Ethiopic wordspaces "፡፡" are the full stop "።" as many Amharic keyboards type it (FLORES Amharic ends 4 % of its lines so).
 */
const WIDE = /(?:[。！？؟။។።।۔]|፡፡)+/g;
/**
 * ASCII . ! ? before a space and a capital (or uncased) letter, not after an
 * abbreviation: a single letter of a cased alphabet (U.S., J. Smith, Kazakh
 * ж.; not of a syllabary or abugida, where one letter is a word — Sinhala
 * "වේ." ends many sentences), the last part of a dotted abbreviation (Amharic
 * ዩ.ኤስ. "U.S.", ዓ.ም., Kazakh т.б.) or a capitalised word of up to three
 * letters (Mr., Dr., St., Gen.), also at
 * the start of the text or after a quote or bracket. A short lower-case word
 * ends a sentence like any other ("… ba. An …" in Hausa, "… it. That …"): it
 * is no title — except the few lower-case abbreviations a capital often
 * follows (Roe vs. Wade, fig. Three, ca. Jan).
 */
const ASCII = /(?<![\s.“"'(«][A-Z][A-Za-z]{0,2}|^[A-Z][A-Za-z]{0,2}|(?:^|[^\p{L}\p{M}])(?:[\p{Lu}\p{Ll}]|vs|ca|cf|fig|approx|vol|pp)|\.[\p{L}\p{M}]+)[.!?]["'”’»)]*\s+(?=["“'«(]?[\p{Lu}\p{Lo}])/gu;
/**
 * After the final mark, closing quotes and brackets, spaces between them: a
 * quote of either direction (Urdu and Chinese lines close with “ as often as
 * with ”, German with “), so initial and final quote punctuation both count.
 */
const CLOSERS = `["'\\p{Pi}\\p{Pf}\\p{Pe}\\s]*$`;
const END = new RegExp(`(?:[.!?。！？؟။។।።۔…]|፡፡)${CLOSERS}`, 'u');
const WIDE_END = new RegExp(`(?:[。！？؟။។।።۔]|፡፡)${CLOSERS}`, 'u');

/** Whether the trimmed text ends with a sentence mark, or with one of the corpus's own line-end characters (`ends`). */
function endsLikeSentence(t: string, ends: string): boolean {
  return END.test(t) || (ends !== '' && t !== '' && ends.includes(t[t.length - 1]!));
}

/** Share of the lines that end with a sentence mark (or one of `ends`). */
export function sentenceEndShare(lines: readonly string[], ends = ''): number {
  let n = 0;
  for (const l of lines) if (endsLikeSentence(l.trim(), ends)) n++;
  return lines.length ? n / lines.length : 0;
}

/**
 * Not a line-end mark of its own: letters, digits, marks, spaces, format
 * characters, quotes and brackets (END reads those after a mark), and the
 * clause marks a line cut mid-sentence ends with (a crawl with a few percent
 * of such lines must not learn "," as a sentence end).
 */
const NOT_END_MARK = /[\p{L}\p{N}\p{M}\p{Z}\p{C}\p{Pi}\p{Pf}\p{Ps}\p{Pe}"'\s,;:،؛，、；：]/u;

/**
 * The corpus's own end marks: characters other than the sentence marks that
 * end at least `minShare` of the sample's lines (FLORES Urdu ends 13 % of its
 * lines with "-" instead of "۔", Hindi some with "|" for the danda). Read from
 * the corpus, so a convention of one corpus is not taken for a cut line.
 */
export function corpusEndMarks(lines: readonly string[], minShare: number): string {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.trim();
    if (!t || END.test(t)) continue;
    const last = t[t.length - 1]!;
    if (!NOT_END_MARK.test(last)) counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  const min = Math.max(3, minShare * lines.length);
  return [...counts].filter(([, n]) => n >= min).map(([c]) => c).sort().join('');
}

/** Sentence boundaries inside the text (a second sentence starts; 0 when `marks` is false), and whether the text ends like a sentence (a mark, or one of the corpus's `ends`). */
export function sentenceShape(text: string, marks = true, ends = ''): [number, boolean] {
  const t = text.trim();
  if (!marks) return [0, endsLikeSentence(t, ends)];
  const inner = (t.match(WIDE) ?? []).length - (WIDE_END.test(t) ? 1 : 0) + (t.match(ASCII) ?? []).length;
  return [Math.max(0, inner), endsLikeSentence(t, ends)];
}

export function alignmentFeatures(ctx: FeatureContext, pair: PairText, forceFold?: number): number[] {
  return featuresFromEvidence(ctx, pair, pairEvidence(ctx.model, pair, forceFold));
}

/** The features of a pair whose Model 1 evidence is already at hand (the fit's sample pairs). */
export function featuresFromEvidence(ctx: FeatureContext, pair: PairText, ev: PairEvidence): number[] {
  const { fwd, bwd } = ev;
  const m = ctx.model.median;
  // sideLength: the length steps measured these sides already (the runner's shared measures).
  const zLen = lengthZ(ctx.length, sideLength(pair, 'src', ctx.srcUnit), sideLength(pair, 'tgt', ctx.tgtUnit)) - ctx.lengthShift;
  const nums = numberAgreement(pair.src, pair.tgt, ctx.srcLang, ctx.tgtLang, true, pair.measures);
  const [lm, lu] = latinAnchors(pair.src, pair.tgt, ctx);
  // Sentences compare only when both sides count them: against an unmarked side (Thai) every second
  // source sentence would read as a joined one, and a translator who writes two as one as a cut.
  const both = ctx.srcMarks && ctx.tgtMarks;
  const [inA0, endA] = sentenceShape(pair.src, ctx.srcMarks, ctx.srcEnds);
  const [inB0, endB] = sentenceShape(pair.tgt, ctx.tgtMarks, ctx.tgtEnds);
  const inA = both ? inA0 : 0, inB = both ? inB0 : 0;
  const s = ctx.model.sigma;
  const cf = clip(fwd, m, s), cb = clip(bwd, m, s);
  const ef = evidence(fwd, ev.fwdScored, m, s), eb = evidence(bwd, ev.bwdScored, m, s);
  return [cf, cb, Math.max(-8, Math.min(8, zLen)), Math.min(8, Math.abs(zLen)), Math.min(nums.matched, 4), Math.min(nums.unmatchedA + nums.unmatchedB, 4), Math.min(lm, 4), Math.min(lu, 6), punctDistance(pair.src, pair.tgt), both && endA !== endB ? 1 : 0, Math.min(3, Math.max(0, inB - inA)), Math.min(3, Math.max(0, inA - inB)),
    // A side with an extra sentence *and* too long is the signature of a joined segment.
    inB > inA ? Math.min(6, Math.max(0, zLen)) : 0, inA > inB ? Math.min(6, Math.max(0, -zLen)) : 0,
    Math.min(cf, cb), clip(ev.fwdHead, m, s), clip(ev.fwdTail, m, s), clip(ev.bwdHead, m, s), clip(ev.bwdTail, m, s),
    ef, eb, Math.min(ef, eb),
    ev.fwdCover ?? 0.5, ev.bwdCover ?? 0.5, Math.min(ev.fwdCover ?? 0.5, ev.bwdCover ?? 0.5),
    Math.min(4, nums.loneA + nums.loneB), tokensLog(ev),
    ev.fwdAgree, ev.bwdAgree, ev.fwdAgreeClear, ev.bwdAgreeClear];
}

/** A lexical score in spreads from the sample's median `m` (spread `sigma`), within ±8 (0: not scored). Module functions, not closures made per pair. */
function clip(x: number | undefined, m: number, sigma: number): number {
  return x === undefined ? 0 : Math.max(-8, Math.min(8, (x - m) / sigma));
}

/** Total evidence, not the mean: a long pair's mean is surer than a short one's (a test statistic grows like √n). Within ±30 (0: not scored). */
function evidence(x: number | undefined, n: number, m: number, sigma: number): number {
  return x === undefined ? 0 : Math.max(-30, Math.min(30, ((x - m) / sigma) * Math.sqrt(n / 16)));
}

/**
 * Log of the tokens scored in the direction that scored fewer: how much the
 * lexical scores rest on. A linear weighing of the mean m and the evidence
 * m·√n alone puts the threshold on m at −d / (a + b√n), of one sign for
 * every length; with log n it can ask a short pair for a clearly positive
 * mean and let a long one pass with a mean just below typical — and a cut
 * side is short, a joined one long, for this corpus (noisy FLORES dev: mean F1
 * 0.9789 → 0.9801, 20 targets up, 5 down).
 */
export function tokensLog(ev: Pick<PairEvidence, 'fwdScored' | 'bwdScored'>): number {
  return Math.log1p(Math.min(ev.fwdScored, ev.bwdScored));
}
