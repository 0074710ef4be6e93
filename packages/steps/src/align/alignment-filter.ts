/**
 * `misaligned`: catches pairs whose sides are fine alone but are not
 * translations of each other — with nothing downloaded. Before the run the
 * step trains on a sample of the corpus itself (a barrier; memory bound:
 * `sample_size` pairs plus K cross-fitted Model 1 tables of ≤ 2^table_bits
 * cells, 1 byte each, per direction, both directions of a fold in one array):
 *
 * 1. IBM Model 1 both ways, cross-fitted (alignment-model.ts);
 * 2. features per pair (alignment-features.ts): lexical scores (mean, total
 *    evidence, coverage, first and last third of each side, and the log of
 *    the tokens they rest on), Gale–Church
 *    length z, number anchors (matched, unmatched, lone: the other side has
 *    none) and Latin-name anchors, punctuation and sentence shape
 *    (sentences counted by their marks only on a side whose sample lines end
 *    with marks; a character that ends ≥ 1 % of a side's sample lines — FLORES
 *    Urdu "-", Hindi "|" — counts as a line end there);
 * 3. a logistic regression that weighs them, trained on the sample's pairs
 *    as positives against the same sources paired with random other targets
 *    as negatives (Bicleaner-AI's synthetic misalignment, without a
 *    pretrained model), refitted without the tenth of the sample the first
 *    fit finds least like translations (the sample holds the corpus's noise).
 *
 * Five regressions share the features (the best-link agreement — the share
 * of tokens whose most probable links pick each other both ways — only the
 * misaligned one reads): translation vs random pair (reason
 * `misaligned`), and translation vs truncated side and vs a side with another
 * sentence joined, each for the source and for the target side (all reason
 * `fragment`; one regression each, because truncation and joining, and a
 * source and a target fragment, pull the length features opposite ways; the
 * joined sentence is the sample's next one, as a crawl's joins are). Score:
 * the first logit, log-odds of "translation" (clean = high), dropped below
 * `min_score`; the lower of each pair of side regressions is kept as
 * `alignment.truncated` / `alignment.joined` (their lower one as
 * `alignment.fragment`) and dropped below `min_fragment_score` /
 * `min_joined_score`. Thresholds calibrated on noisy FLORES *dev* sets
 * (eval/threshold-grid.ts --dev --deals 3): the best mean F1 with every
 * target keeping ≥ 98.3 % of its clean pairs on dev, both averaged over three
 * deals of the fit (one deal alone moves the mean by up to 0.0013) — a margin over the 98 % floor, since
 * a target's share kept moves by up to a point between dev and devtest
 * (Thai: 99.0 % dev, 97.8 % devtest at the thresholds best without it). With fewer than `min_sample`
 * training pairs the step keeps everything (too little to learn from).
 *
 * A small sample (under 2,000 pairs: the whole of a small corpus) is fitted
 * `small_deals` times, each on another deal of it (its blocks of pairs in a
 * seeded order: other folds, other negative partners, other token numbering),
 * and each regression's log-odds are averaged over the deals, each deal
 * scoring a sample pair by its held-out fold. One deal alone moves the pairs
 * near the thresholds (ADR 0006, "A pure re-deal shows it"). The fit costs
 * `small_deals` times as much and holds as many sets of fold tables (sparse:
 * the codes of the cells the sample used, ~20 MB a deal on 1,500 long pairs);
 * the deals' fits run side by side (the pool trains one while the main
 * thread fits another's regressions). A larger sample is fitted once, as before.
 */
import { defineStep, kept, dropped } from '../step.ts';
import type { OptionsOf } from '../options-schema.ts';
import type { PairText, StepContext } from '../step.ts';
import { median } from '../robust.ts';
import { lengthModel, lengthZ } from '../filters/length-ratio-filter.ts';
import { lengthIn, lengthUnitFor } from '../text-shim/length.ts';
import { scriptIdsOfLanguage } from '../script-identifier.ts';
import { S_LATN } from '../text-shim/char-table.ts';
import { keepingGrownTokens, tokenModeFor } from './align-tokens.ts';
import { type FeatureContext, FRAGMENT_FEATURES, alignmentFeatures, corpusEndMarks, featuresFromEvidence, sentenceEndShare } from './alignment-features.ts';
import { type AlignmentModel, type PairEvidence, pairSampleKey, pairsEvidence, releaseReadScratch, trainAlignmentModel } from './alignment-model.ts';
import { type Logistic, logit, trainLogistic } from './logistic.ts';

export interface AlignmentState {
  model: AlignmentModel;
  /** Translation vs random pair. */
  classifier: Logistic;
  /** Translation vs truncated source, vs truncated target. */
  fragments: SidePair;
  /** Translation vs a source, vs a target, with another sentence joined to it. */
  joined: SidePair;
  lengthShift: number;
  /** Whether the corpus ends its lines with sentence marks, per side (alignment-features.ts). */
  srcMarks: boolean;
  tgtMarks: boolean;
  /** Per side, the corpus's own line-end characters besides the sentence marks. */
  srcEnds: string;
  tgtEnds: string;
  /**
   * Further fits of a small sample, each on another deal of it (see
   * {@link dealsOf}); the check averages the regressions' log-odds over this
   * fit and these. Absent for a sample of ≥ {@link SMALL_SAMPLE} pairs.
   */
  moreDeals?: AlignmentState[];
}

/** Samples under this many pairs are small: more folds, and `small_deals` fits averaged. */
const SMALL_SAMPLE = 2000;

/**
 * One regression per side for a fragment: a cut or joined source pulls the
 * length and sentence features the opposite way from a cut or joined target,
 * as truncation and joining pull them opposite ways, and one weighing of both
 * blurs either (noisy FLORES dev: joined targets caught 86 → 90 %, truncated
 * 95 → 96 %, Thai F1 0.955 → 0.964).
 */
type SidePair = [src: Logistic, tgt: Logistic];

/** Both sides' log-odds of "translation". */
function sideLogits(models: SidePair, x: readonly number[]): [number, number] {
  return [logit(models[0], x), logit(models[1], x)];
}

/** The lower log-odds of "translation" of the two sides' regressions. */
function sideLogit(models: SidePair, x: readonly number[]): number {
  return Math.min(logit(models[0], x), logit(models[1], x));
}

/** A side whose sample lines end with a sentence mark at least this often counts sentences by their marks. */
const MARKED = 0.25;
/** A character other than a sentence mark that ends at least this share of the sample's lines is one of the corpus's end marks. */
const CORPUS_END = 0.01;

/** Share of the sample's own pairs left out of the regressions' positives on the refit. */
const TRIM = 0.1;
/** L2 penalty of the regressions: two dozen correlated features want more than the default. */
const L2 = 0.01;

function stemFor(lang: string): number {
  return scriptIdsOfLanguage(lang).some((s) => s !== S_LATN) && /^am(-|$)/.test(lang) ? 3 : 4;
}

const ALIGNMENT_OPTIONS = {
  min_score: { type: 'number', default: -2, description: 'Lowest log-odds of "translation" vs "random pair" kept.' },
  min_fragment_score: { type: 'number', default: -2.75, description: 'Lowest log-odds of "translation" vs "truncated side" kept.' },
  min_joined_score: { type: 'number', default: -2.25, description: 'Lowest log-odds of "translation" vs "side with another sentence joined" kept.' },
  classifier_sample: { type: 'integer', default: 1500, min: 100, description: 'Sample pairs the regressions are fitted on.' },
  sample_size: { type: 'integer', default: 3000, min: 0, description: 'Pairs the model trains on (the barrier holds them in memory).' },
  min_sample: { type: 'integer', default: 200, min: 2, description: 'Fewest training pairs to judge at all (below ~200 the regressions mostly learn length and punctuation, and only make false rejects).' },
  folds: { type: 'integer', default: 2, min: 2, max: 10, description: 'Cross-fitting folds (each model trains on (K−1)/K of the sample).' },
  small_folds: { type: 'integer', default: 10, min: 2, max: 20, description: 'Folds when the sample is under 2,000 pairs (little data: each model should see most of it).' },
  small_deals: { type: 'integer', default: 2, min: 1, max: 8, description: 'Fits averaged when the sample is under 2,000 pairs, each on another deal of its folds and negatives (one deal moves pairs near the thresholds); each pair is scored by the mean log-odds. Each deal adds a fit and a set of sparse fold tables (1,500 long pairs: ~+0.6× CPU, ~+20 MB held); 1 fits once.' },
  iterations: { type: 'integer', default: 4, min: 1, max: 20, description: 'EM iterations of Model 1.' },
  table_bits: { type: 'integer', default: 22, min: 16, max: 26, description: 'log2 of the cells of each hashed translation table.' },
} as const;
type AlignmentOptions = OptionsOf<typeof ALIGNMENT_OPTIONS>;

export const alignmentFilter = defineStep({
  name: 'alignment',
  version: '1.9.0',
  kind: 'filter',
  description: 'Drops pairs that are not translations of each other (Model 1 + length + anchors, trained on the corpus itself).',
  scoreEdges: [-12, -8, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 6, 8, 12],
  options: ALIGNMENT_OPTIONS,
  fit: {
    sampleSize: (o) => o.sample_size,
    async fit(sample, o, ctx): Promise<AlignmentState | undefined> {
      if (sample.length < o.min_sample) return undefined;
      // The synthetic negatives pair the sample's own sides again: their tokens are not split twice.
      return keepingGrownTokens(() => fitDeals(rotateForEvaluation(sample, fitRotation()), o, ctx));
    },
  },
  create(o, ctx, state: AlignmentState | undefined) {
    if (!state) return { kind: 'filter', check: () => kept() };
    const scorers = [state, ...(state.moreDeals ?? [])].map((deal) => dealScorer(deal, ctx));
    return {
      kind: 'filter',
      prepare(pairs) {
        for (const s of scorers) s.prepare(pairs);
      },
      check(pair) {
        // One fit (every sample of 2,000 pairs or more): its own log-odds, without a DealLogits and an array of them a pair.
        const { score, truncated, joined } = scorers.length === 1 ? scorers[0]!.lowestLogits(pair) : meanLogits(scorers.map((s) => s.logits(pair)));
        const extraScores = { fragment: Math.min(truncated, joined), truncated, joined };
        if (score < o.min_score) return dropped('misaligned', score, extraScores);
        if (truncated < o.min_fragment_score || joined < o.min_joined_score) return dropped('fragment', score, extraScores);
        return kept(score, extraScores);
      },
    };
  },
});

/** The four log-odds of "translation" a fit gives a pair: vs random pair, and per side vs truncated, vs joined. */
interface DealLogits {
  score: number;
  truncated: [number, number];
  joined: [number, number];
}

/** One fit's scoring of pairs: the Model 1 evidence of a checked chunk read at once (prepare), then the regressions' log-odds. */
function dealScorer(state: AlignmentState, ctx: StepContext) {
  const fc = featureContext(state.model, state.lengthShift, ctx.srcLang, ctx.tgtLang, ctx.src?.wordUnit, ctx.tgt?.wordUnit, state.srcMarks, state.tgtMarks, state.srcEnds, state.tgtEnds);
  // Evidence of the chunk being checked (prepare), by pair, with the texts it was computed from.
  let prepared = new Map<PairText, { src: string; tgt: string; evidence: PairEvidence }>();
  const featuresOf = (pair: PairText) => {
    const p = prepared.get(pair);
    if (!p || p.src !== pair.src || p.tgt !== pair.tgt) return alignmentFeatures(fc, pair);
    prepared.delete(pair);
    return featuresFromEvidence(fc, pair, p.evidence);
  };
  return {
    prepare(pairs: readonly PairText[]) {
      const evidence = pairsEvidence(state.model, pairs);
      prepared = new Map(pairs.map((p, i) => [p, { src: p.src, tgt: p.tgt, evidence: evidence[i]! }]));
    },
    logits(pair: PairText): DealLogits {
      const x = featuresOf(pair);
      return { score: logit(state.classifier, x), truncated: sideLogits(state.fragments, x), joined: sideLogits(state.joined, x) };
    },
    /** {@link meanLogits} of this fit alone: the same numbers. */
    lowestLogits(pair: PairText): { score: number; truncated: number; joined: number } {
      const x = featuresOf(pair);
      return { score: logit(state.classifier, x), truncated: sideLogit(state.fragments, x), joined: sideLogit(state.joined, x) };
    },
  };
}

/**
 * The deals' log-odds averaged per regression, then the lower side of each
 * fragment pair (truncation and joining pull the length features opposite
 * ways: one regression each). Log-odds, not weights, are averaged: each deal
 * standardises features read from its own Model 1 tables. One deal gives
 * exactly its own scores.
 */
function meanLogits(deals: readonly DealLogits[]): { score: number; truncated: number; joined: number } {
  if (deals.length === 1) {
    const d = deals[0]!;
    return { score: d.score, truncated: Math.min(...d.truncated), joined: Math.min(...d.joined) };
  }
  const mean = (f: (d: DealLogits) => number) => deals.reduce((a, d) => a + f(d), 0) / deals.length;
  return {
    score: mean((d) => d.score),
    truncated: Math.min(mean((d) => d.truncated[0]), mean((d) => d.truncated[1])),
    joined: Math.min(mean((d) => d.joined[0]), mean((d) => d.joined[1])),
  };
}

/**
 * The fit of a sample, and for a small one (< {@link SMALL_SAMPLE} pairs) `small_deals` − 1 more on
 * other deals of it. A fit deals its folds (i % K) and synthetic negatives by position, and numbers
 * its tokens by first use (the Model 1 cells are hashed from them), so one deal moves the pairs near
 * the thresholds (ADR 0006, "A pure re-deal shows it"); a mean over deals holds steadier. A small
 * fit is cheap; a large sample's single fit (the speed path) is left as it was.
 */
async function fitDeals(sample: readonly PairText[], o: AlignmentOptions, ctx: StepContext): Promise<AlignmentState> {
  if (sample.length >= SMALL_SAMPLE || o.small_deals <= 1) return fitOnce(sample, o, ctx);
  // The deals' fits started together: while the main thread scores one deal's negatives and fits its
  // regressions, the worker pool trains the next deal's Model 1 (each fit's own steps are unchanged).
  const deals = Array.from({ length: o.small_deals }, (_, d) => (d ? dealOf(sample, d) : sample));
  const [first, ...moreDeals] = await Promise.all(deals.map((deal) => fitOnce(deal, o, ctx)));
  return { ...first!, moreDeals };
}

/** Consecutive sample pairs a deal keeps together (a joined negative is its pair's neighbour, as a crawl's joins are). */
const DEAL_BLOCK = 7;

/**
 * Deal `d` (≥ 1) of a sample: its blocks of {@link DEAL_BLOCK} consecutive pairs in a seeded
 * order, so pairs fall in other folds (blocks land at other positions modulo K) and draw other
 * negative partners, while most keep their neighbour. Deterministic.
 */
export function dealOf<T>(sample: readonly T[], d: number): T[] {
  const blocks: T[][] = [];
  for (let i = 0; i < sample.length; i += DEAL_BLOCK) blocks.push(sample.slice(i, i + DEAL_BLOCK));
  let seed = (0x9e3779b9 * d) >>> 0;
  for (let i = blocks.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = (seed >>> 8) % (i + 1);
    [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
  }
  return blocks.flat();
}

/**
 * EVALUATION ONLY (ADR 0006, "deals"): `SILKLOOM_EVAL_FIT_ROTATION=R` rotates the fit sample by R
 * pairs before fitting. The cross-fitting folds (i % K) and the synthetic negatives are dealt by
 * position in the sample, so a rotation is another equally valid "deal" of the same fit; averaging
 * noisy-FLORES over a few deals (`noisy-flores.ts --deals N`) takes out the deal's noise (~±0.001
 * mean F1). Unset or 0 leaves the sample as it is (decisions identical). Read in the main thread,
 * where the fit runs: the worker pool only receives the fold corpora built from the rotated sample.
 * Never set it to clean a corpus.
 */
export function fitRotation(): number {
  const raw = process.env.SILKLOOM_EVAL_FIT_ROTATION;
  const r = raw ? Number(raw) : 0;
  return Number.isInteger(r) && r > 0 ? r : 0;
}

/** The sample rotated left by `r` pairs (the same array when r is 0 or a multiple of its length). */
export function rotateForEvaluation<T>(sample: readonly T[], r: number): readonly T[] {
  const k = sample.length ? r % sample.length : 0;
  return k ? [...sample.slice(k), ...sample.slice(0, k)] : sample;
}

/** Synthetic negatives made of each regression sample pair: a random pair, and per side a fragment and a joined pair. */
const NEGATIVES_PER_PAIR = 5;

/** Model 1 on the sample, then the three regressions on its pairs against synthetic negatives. */
async function fitOnce(sample: readonly PairText[], o: AlignmentOptions, ctx: StepContext): Promise<AlignmentState> {
  const K = sample.length < SMALL_SAMPLE ? Math.max(o.folds, o.small_folds) : o.folds;
  const { model, evidence } = await trainAlignmentModel(sample, {
    srcLang: ctx.srcLang, tgtLang: ctx.tgtLang,
    srcMode: tokenModeFor(ctx.srcLang, ctx.src?.wordUnit), tgtMode: tokenModeFor(ctx.tgtLang, ctx.tgt?.wordUnit),
    bits: o.table_bits, iterations: o.iterations, folds: K, stem: Math.min(stemFor(ctx.srcLang), stemFor(ctx.tgtLang)),
  }, ctx.parallel);
  const srcLines = sample.map((p) => p.src), tgtLines = sample.map((p) => p.tgt);
  const srcEnds = corpusEndMarks(srcLines, CORPUS_END), tgtEnds = corpusEndMarks(tgtLines, CORPUS_END);
  const srcMarks = sentenceEndShare(srcLines, srcEnds) >= MARKED;
  const tgtMarks = sentenceEndShare(tgtLines, tgtEnds) >= MARKED;
  const fc = featureContext(model, 0, ctx.srcLang, ctx.tgtLang, ctx.src?.wordUnit, ctx.tgt?.wordUnit, srcMarks, tgtMarks, srcEnds, tgtEnds);
  const su = fc.srcUnit, tu = fc.tgtUnit;
  fc.lengthShift = Math.max(-1.5, Math.min(1.5, median(sample.map((p) => lengthZ(fc.length, lengthIn(p.src, su), lengthIn(p.tgt, tu))))));
  // The regressions have a couple of dozen weights: a couple of thousand examples each fit them.
  const step = Math.max(1, Math.ceil(sample.length / o.classifier_sample));
  const lrIndex = sample.map((_, i) => i).filter((i) => i % step === 0);
  const lrSample = lrIndex.map((i) => sample[i]!);
  const positives = lrIndex.map((i) => featuresFromEvidence(fc, sample[i]!, evidence[i]!));
  // Per sample pair: a random pair, then per side a fragment and a joined pair, each scored by the pair's own fold.
  const negatives: PairText[] = [];
  const folds: number[] = [];
  let seed = 0x1234567;
  for (let i = 0; i < lrSample.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    let j = seed % lrSample.length;
    if (j === i) j = (j + 1) % lrSample.length;
    const fold = model.sampleFold.get(pairSampleKey(lrSample[i]!)) ?? 0;
    negatives.push({ src: lrSample[i]!.src, tgt: lrSample[j]!.tgt });
    // A crawl joins a line to its neighbour, which often shares its topic and words: the next pair, not a random one.
    const next = sample[(lrIndex[i]! + 1) % sample.length]!;
    for (const side of [0, 1] as const) {
      negatives.push(syntheticFragment(lrSample[i]!, lrSample[j]!, side === 1, seed, fc, false));
      negatives.push(syntheticFragment(lrSample[i]!, next, side === 1, seed, fc, true));
    }
    for (let k = 0; k < NEGATIVES_PER_PAIR; k++) folds.push(fold);
  }
  // Model 1 evidence of all of them at once (its table read in address order), then the features.
  const negativeEvidence = pairsEvidence(model, negatives, folds);
  const features = negatives.map((p, k) => featuresFromEvidence(fc, p, negativeEvidence[k]!));
  releaseReadScratch();
  const random = features.filter((_, k) => k % NEGATIVES_PER_PAIR === 0);
  const fragments: [number[][], number[][]] = [features.filter((_, k) => k % NEGATIVES_PER_PAIR === 1), features.filter((_, k) => k % NEGATIVES_PER_PAIR === 3)];
  const joined: [number[][], number[][]] = [features.filter((_, k) => k % NEGATIVES_PER_PAIR === 2), features.filter((_, k) => k % NEGATIVES_PER_PAIR === 4)];
  const fitAll = (pos: number[][]) => {
    const ys = [...pos.map(() => 1), ...random.map(() => 0)];
    const fitOne = (negatives: number[][]) => trainLogistic([...pos, ...negatives], ys, 300, 0.5, L2);
    // The fragment and joined regressions without the best-link agreement (see FRAGMENT_FEATURES).
    const narrow = (xs: number[][]) => xs.map((x) => x.slice(0, FRAGMENT_FEATURES));
    const fitNarrow = (negatives: number[][]) => trainLogistic(narrow([...pos, ...negatives]), ys, 300, 0.5, L2);
    const perSide = (negatives: [number[][], number[][]]): SidePair => [fitNarrow(negatives[0]), fitNarrow(negatives[1])];
    return { classifier: fitOne(random), fragments: perSide(fragments), joined: perSide(joined) };
  };
  let fitted = fitAll(positives);
  // The positives are the corpus itself, noise included (a crawl holds a tenth or more): refit
  // without the pairs the first fit finds least like translations, so noise does not teach noise.
  const worst = positives.map((x) => Math.min(logit(fitted.classifier, x), sideLogit(fitted.fragments, x), sideLogit(fitted.joined, x)));
  const cutoff = [...worst].sort((a, b) => a - b)[Math.floor(worst.length * TRIM)]!;
  fitted = fitAll(positives.filter((_, i) => worst[i]! >= cutoff));
  return { model, ...fitted, lengthShift: fc.lengthShift, srcMarks, tgtMarks, srcEnds, tgtEnds };
}

/** Cut a text to a share of its words (spaced) or characters. */
function cut(text: string, share: number, spaced: boolean): string {
  if (spaced) {
    const words = text.split(' ');
    return words.slice(0, Math.max(1, Math.round(words.length * share))).join(' ');
  }
  const chars = [...text];
  return chars.slice(0, Math.max(1, Math.round(chars.length * share))).join('');
}

/**
 * Bicleaner-AI-style synthetic fragments from two sample pairs: a side
 * truncated to 30–70 % (`join` false), or another sentence joined to one side.
 */
function syntheticFragment(p: PairText, q: PairText, tgtSide: boolean, seed: number, fc: FeatureContext, join: boolean): PairText {
  const share = 0.3 + ((seed >>> 8) % 400) / 1000;
  if (!join) return tgtSide ? { src: p.src, tgt: cut(p.tgt, share, fc.tgtUnit === 'word') } : { src: cut(p.src, share, fc.srcUnit === 'word'), tgt: p.tgt };
  return tgtSide ? { src: p.src, tgt: `${p.tgt} ${q.tgt}` } : { src: `${p.src}${fc.srcUnit === 'word' ? ' ' : ''}${q.src}`, tgt: p.tgt };
}

function featureContext(model: AlignmentModel, lengthShift: number, srcLang: string, tgtLang: string, srcWU: Parameters<typeof lengthUnitFor>[0], tgtWU: Parameters<typeof lengthUnitFor>[0], srcMarks: boolean, tgtMarks: boolean, srcEnds: string, tgtEnds: string): FeatureContext {
  const srcLatin = scriptIdsOfLanguage(srcLang).includes(S_LATN), tgtLatin = scriptIdsOfLanguage(tgtLang).includes(S_LATN);
  return {
    model,
    length: lengthModel(srcLang, tgtLang),
    lengthShift,
    srcUnit: lengthUnitFor(srcWU),
    tgtUnit: lengthUnitFor(tgtWU),
    srcLang,
    tgtLang,
    crossScript: !srcLatin || !tgtLatin,
    srcLatin,
    tgtLatin,
    srcMarks,
    tgtMarks,
    srcEnds,
    tgtEnds,
  };
}
