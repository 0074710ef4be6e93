/**
 * The corpus-trained alignment model behind the `alignment` filter: IBM
 * Model 1 in both directions over the tokens of align-tokens.ts, trained on a
 * sample of the corpus being cleaned.
 *
 * Cross-fitting: the sample is split in K folds and model k trains on every
 * fold but k; a pair of fold k is scored by model k, which did not see it.
 * Scored by a model that trained on it, a misaligned pair "explains itself"
 * (EM happily links its rare words to each other — with a few thousand pairs
 * most words are rare) and looks aligned; leave-one-out corrections of the
 * final counts do not undo what earlier EM rounds memorised, held-out folds
 * do. Pairs outside the sample get the mean of the first two models.
 *
 * The raw score is calibrated on the sample itself (median and robust
 * spread), so thresholds are in "spreads below a typical pair of this corpus"
 * whatever the language pair and corpus size.
 */
import { hash53Keys } from '../dedupe/pair-key.ts';
import { median, robustSigma } from '../robust.ts';
import type { PairText } from '../step.ts';
import { type TokenIds, type TokenMode, alignTokenIds, tokenVocab } from './align-tokens.ts';
import { type ParallelRunner, inThisThread, registerTask } from '../parallel-tasks.ts';
import { type Corpus, type FoldOf, type Ibm1Table, type JointTable, CellReader, MAX_SRC, READER_MAX_BITS, bestLinkAgreement, canShareCells, coreCells, coreIndex, ibm1Baselines, ibm1ScoreBoth, joinTables, trainIbm1Cells } from './ibm1.ts';
import { type FoldsDirection, trainFoldsDirection } from './many-folds.ts';

export interface FoldModel {
  /** t(tgt | src) and t(src | tgt), one cell for both (src = the table's left side). */
  table: JointTable;
  /** Per-token p(w | random other source sentence of this fold), exact (ibm1Baselines); 0 = never seen here. */
  srcBase: Float64Array;
  tgtBase: Float64Array;
}

export interface AlignmentModel {
  srcMode: TokenMode;
  tgtMode: TokenMode;
  srcLang: string;
  tgtLang: string;
  stem: number;
  srcVocab: Map<string, number>;
  tgtVocab: Map<string, number>;
  folds: FoldModel[];
  foldCount: number;
  /** hash53 of `src\0tgt` → fold of each training pair. */
  sampleFold: Map<number, number>;
  /** Median and robust spread of the score on the sample. */
  median: number;
  sigma: number;
  trainedOn: number;
}

export interface ModelConfig {
  srcLang: string;
  tgtLang: string;
  srcMode: TokenMode;
  tgtMode: TokenMode;
  bits: number;
  iterations: number;
  /** Cross-fitting folds: more folds train each model on more of a small sample. */
  folds: number;
  /** Letters kept of each spaced-script word (crude stemming). */
  stem: number;
}


/** Source side for Model 1: ids shifted by one, NULL (0) first, unknown tokens left out. */
function withNull(a: Int32Array): Int32Array {
  let n = 1;
  for (let i = 0; i < a.length; i++) if (a[i]! >= 0) n++;
  const out = new Int32Array(n);
  let k = 1;
  for (let i = 0; i < a.length; i++) if (a[i]! >= 0) out[k++] = a[i]! + 1;
  return out;
}

const sampleKeyOut = new Float64Array(3);

/** hash53 of `src\0tgt`, from the two sides' bytes without joining them into a new string (hash53Keys: the same number). */
export function pairSampleKey(pair: PairText): number {
  return hash53Keys(pair.src, pair.tgt, sampleKeyOut, 0)[0]!;
}

/** Most comparisons of anchor texts {@link anchorLinks} makes by scanning instead of building a set. */
const ANCHOR_SCAN = 512;

/** Flags of `a`'s tokens that are anchors also found among `b`'s anchors (undefined: none). */
function anchorLinks(a: TokenIds, b: TokenIds): Uint8Array | undefined {
  // Most sides of a cross-script pair hold no anchor at all: then no set of the other side's is built.
  if (!a.anchorAt.length || !b.anchorAt.length) return undefined;
  // Against a side of few anchors (a zh-Hans side's Latin names and numbers) a scan of its list costs less
  // than a set made per pair (zh-Hans → en bench pairs: 1.4 against 2.4 µs a pair); two Latin-script sides
  // of a hundred words each still get a set.
  // No closure per call: each costs an allocation (and under tsx a named function's defineProperty).
  const theirs = b.anchorText;
  const set = a.anchorAt.length * theirs.length <= ANCHOR_SCAN ? undefined : new Set(theirs);
  let flags: Uint8Array | undefined;
  for (let k = 0; k < a.anchorAt.length; k++) {
    const t = a.anchorText[k]!;
    if (set ? set.has(t) : theirs.includes(t)) (flags ??= new Uint8Array(a.ids.length))[a.anchorAt[k]!] = 1;
  }
  return flags;
}

/** One direction of one fold trained on its own pairs: Model 1 and its per-token baselines (a parallel task: plain arrays in, shared tables out). */
function trainDirection(corpus: Corpus, bits: number, iterations: number, vocab: number): { table: Ibm1Table; base: Float64Array } {
  const { table, cells } = trainIbm1Cells(corpus, bits, iterations);
  return { table, base: ibm1Baselines(table, corpus, vocab, cells) };
}
registerTask('alignment.direction', trainDirection);

registerTask('alignment.folds-direction', trainFoldsDirection);

/** Copies of `arrays` in one shared buffer (a worker reads them where they are instead of a copy per task). */
function sharedCopies(arrays: readonly Int32Array[]): Int32Array[] {
  let n = 0;
  for (const a of arrays) n += a.length;
  const all = new Int32Array(typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(4 * n) : new ArrayBuffer(4 * n));
  let at = 0;
  return arrays.map((a) => {
    all.set(a, at);
    at += a.length;
    return all.subarray(at - a.length, at);
  });
}

/** Table bits of a fold: ≥ 4 cells per co-occurrence to hold (fewer collisions), capped at `maxBits`. */
function foldBits(Sn: readonly Int32Array[], W: readonly Int32Array[], fold: FoldOf, maxBits: number): number {
  let cooc = 0;
  for (let i = 0; i < Sn.length; i++) if (i % fold.folds !== fold.heldOut) cooc += Sn[i]!.length * W[i]!.length;
  return Math.max(16, Math.min(maxBits, Math.ceil(Math.log2(cooc * 4 + 1))));
}

/**
 * The fold models trained apart (every fit of two folds, i.e. every large
 * input): each direction task lists its own fold's EM cells, and the main
 * thread joins a fold's two direction tables. With two folds this holds the
 * least at once: a task's cells cover half the sample, and only the tasks
 * running hold any (shared cells would cover the whole sample in both
 * directions for the whole fit: 1M pairs `cli/2` peaked at 298–304 MB with
 * them against 283–284 MB, bench/clean/README.md).
 */
async function trainFoldsApart(S: readonly Int32Array[], W: readonly Int32Array[], srcVocab: number, tgtVocab: number, K: number, cfg: ModelConfig, parallel: ParallelRunner): Promise<FoldModel[]> {
  const jobs: Array<Promise<unknown>> = [];
  for (let f = 0; f < K; f++) {
    const idx = S.map((_, i) => i).filter((i) => i % K !== f);
    const Sf = idx.map((i) => S[i]!);
    const Wf = idx.map((i) => W[i]!);
    const Sn = Sf.map(withNull);
    const Wn = Wf.map(withNull);
    // Table size follows the co-occurrences to hold (≥ 4 cells each: fewer collisions), capped at cfg.bits.
    let cooc = 0;
    for (let i = 0; i < Sn.length; i++) cooc += Sn[i]!.length * Wf[i]!.length;
    const bits = Math.max(16, Math.min(cfg.bits, Math.ceil(Math.log2(cooc * 4 + 1))));
    const fwdCorpus: Corpus = { src: Sn, tgt: Wf, srcVocab: srcVocab + 1, srcIsLeft: true };
    const bwdCorpus: Corpus = { src: Wn, tgt: Sf, srcVocab: tgtVocab + 1, srcIsLeft: false };
    jobs.push(parallel('alignment.direction', [fwdCorpus, bits, cfg.iterations, tgtVocab]));
    jobs.push(parallel('alignment.direction', [bwdCorpus, bits, cfg.iterations, srcVocab]));
  }
  const done = (await Promise.all(jobs)) as Array<{ table: Ibm1Table; base: Float64Array }>;
  const folds: FoldModel[] = [];
  for (let f = 0; f < K; f++) {
    const fwd = done[2 * f]!, bwd = done[2 * f + 1]!;
    folds.push({ table: joinTables(fwd.table, bwd.table), tgtBase: fwd.base, srcBase: bwd.base });
  }
  return folds;
}

/**
 * The fold models of a many-fold fit (more than two folds: a small sample):
 * one task per direction (and table size) lists the sample's EM cells once,
 * trains its folds on them one after the other and finds every fold's
 * baselines in one pass (many-folds.ts); each fold keeps only the codes of
 * the cells the sample used (sparse-cells.ts). Twenty fold-direction tasks
 * each writing half of an 8 MB joint table per fold held 80 MB of tables a
 * fit (two deals: 160 MB) where ~1/6 of the cells were ever used, and read
 * baselines over every cell of each table: the same floats, less CPU and
 * memory (bench/clean/README.md, branch `smallpath`).
 */
async function trainFoldsShared(S: readonly Int32Array[], W: readonly Int32Array[], srcVocab: number, tgtVocab: number, K: number, cfg: ModelConfig, parallel: ParallelRunner): Promise<FoldModel[]> {
  const Ss = sharedCopies(S);
  const Ws = sharedCopies(W);
  const fwdCorpus: Corpus = { src: sharedCopies(Ss.map(withNull)), tgt: Ws, srcVocab: srcVocab + 1, srcIsLeft: true };
  const bwdCorpus: Corpus = { src: sharedCopies(Ws.map(withNull)), tgt: Ss, srcVocab: tgtVocab + 1, srcIsLeft: false };
  const bits = Array.from({ length: K }, (_, heldOut) => foldBits(fwdCorpus.src, Ws, { folds: K, heldOut }, cfg.bits));
  const models: FoldModel[] = [];
  await Promise.all([...new Set(bits)].map(async (b) => {
    const heldOut = bits.flatMap((x, f) => (x === b ? [f] : []));
    const [fwd, bwd] = (await Promise.all([
      parallel('alignment.folds-direction', [fwdCorpus, b, K, heldOut, cfg.iterations, tgtVocab]),
      parallel('alignment.folds-direction', [bwdCorpus, b, K, heldOut, cfg.iterations, srcVocab]),
    ])) as [FoldsDirection, FoldsDirection];
    heldOut.forEach((f, g) => {
      const sparse = { fwd: fwd.set, bwd: bwd.set, fwdCodes: fwd.codes[g]!, bwdCodes: bwd.codes[g]! };
      const table: JointTable = { bits: b, cells: new Uint8Array(0), fwdTotals: fwd.totals[g]!, bwdTotals: bwd.totals[g]!, sparse };
      models[f] = { table, tgtBase: fwd.bases[g]!, srcBase: bwd.bases[g]! };
    });
  }));
  return models;
}

/**
 * Bytes of each fold's core (ibm1.ts's `CoreCells`, 2 bytes a key pair): 1 MB, half a core's
 * 2 MB L2, the rest for the reader's scratch; 2 and 4 MB read no faster on
 * the bench (bench/clean/README.md, branch `dense`). `SILKLOOM_CORE_BYTES`
 * overrides it for measuring (0: no core; decisions are the same either way).
 */
const CORE_BYTES = coreBytes(process.env.SILKLOOM_CORE_BYTES);

/** The core size asked for in bytes (unset or not a non-negative number: 1 MB). */
function coreBytes(raw: string | undefined): number {
  const n = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : 1 << 20;
}

/**
 * Keys of one side (id + 1) ranked by the sample pairs they occur in (ties
 * by key), NULL (0) first: the first `n` of them.
 */
function frequentKeys(sides: readonly Int32Array[], vocab: number, n: number): Int32Array {
  const pairsWith = new Int32Array(vocab + 1);
  const seenIn = new Int32Array(vocab + 1).fill(-1);
  sides.forEach((ids, p) => {
    for (let i = 0; i < ids.length; i++) {
      const key = ids[i]! + 1;
      if (key > 0 && seenIn[key] !== p) {
        seenIn[key] = p;
        pairsWith[key]++;
      }
    }
  });
  const keys = Array.from({ length: vocab }, (_, i) => i + 1).sort((a, b) => pairsWith[b]! - pairsWith[a]! || a - b);
  return Int32Array.from([0, ...keys.slice(0, n - 1)]);
}

/**
 * Gives each fold of a two-fold fit the dense core (`CoreCells`) of each
 * side's most frequent keys: with two folds every pair outside the sample is
 * read from fold 0, so its core serves nearly every read of a large input.
 * The sides share the budget evenly unless one has fewer keys. (Many-fold
 * fits are small inputs, whose folds each read a few hundred pairs: about
 * as many cells as a core holds.)
 */
function addCores(folds: readonly FoldModel[], S: readonly Int32Array[], W: readonly Int32Array[], srcVocab: number, tgtVocab: number): void {
  const cells = CORE_BYTES / 2;
  const even = Math.floor(Math.sqrt(cells));
  const nl = Math.min(srcVocab + 1, Math.max(even, Math.floor(cells / (tgtVocab + 1))));
  const nr = Math.min(tgtVocab + 1, Math.floor(cells / nl));
  if (nl < 2 || nr < 2) return;
  const leftKeys = frequentKeys(S, srcVocab, nl), rightKeys = frequentKeys(W, tgtVocab, nr);
  const leftIndex = coreIndex(leftKeys, srcVocab), rightIndex = coreIndex(rightKeys, tgtVocab);
  for (const fold of folds) fold.table.core = coreCells(fold.table, leftKeys, rightKeys, leftIndex, rightIndex);
}

/**
 * Trains the K fold models (both directions of each fold may run on the
 * worker pool through `parallel`) and hands back each sample pair's raw
 * evidence (before median and spread exist): the calibration scores every
 * sample pair once, and the regressions' positives reuse that instead of
 * scoring again. Two folds train apart ({@link trainFoldsApart}), more
 * share the sample's cells ({@link trainFoldsShared}); the same tables either way.
 */
export async function trainAlignmentModel(sample: readonly PairText[], cfg: ModelConfig, parallel: ParallelRunner = inThisThread, shareCells = cfg.folds > 2): Promise<{ model: AlignmentModel; evidence: PairEvidence[] }> {
  const srcVocab = new Map<string, number>();
  const tgtVocab = new Map<string, number>();
  const sv = tokenVocab(srcVocab), tv = tokenVocab(tgtVocab);
  const srcTokens = sample.map((p) => alignTokenIds(p.src, cfg.srcMode, cfg.srcLang, cfg.stem, sv, true));
  const tgtTokens = sample.map((p) => alignTokenIds(p.tgt, cfg.tgtMode, cfg.tgtLang, cfg.stem, tv, true));
  const S = srcTokens.map((t) => t.ids);
  const W = tgtTokens.map((t) => t.ids);
  const K = Math.max(2, cfg.folds);
  const train = shareCells && canShareCells() ? trainFoldsShared : trainFoldsApart;
  const folds = await train(S, W, srcVocab.size, tgtVocab.size, K, cfg, parallel);
  if (K === 2) addCores(folds, S, W, srcVocab.size, tgtVocab.size);
  const model: AlignmentModel = {
    srcMode: cfg.srcMode, tgtMode: cfg.tgtMode, srcLang: cfg.srcLang, tgtLang: cfg.tgtLang,
    srcVocab, tgtVocab, folds, foldCount: K, stem: cfg.stem,
    sampleFold: new Map(sample.map((p, i) => [pairSampleKey(p), i % K])),
    median: 0, sigma: 1, trainedOn: sample.length,
  };
  // The raw lexical score is the mean of pairEvidence's two directions.
  // The sample's tokens as the fit read them (the same ids a later lookup gives): not split again.
  const evidence = tokensEvidence(model, sample.map((p) => model.sampleFold.get(pairSampleKey(p)) ?? 0), (i) => [srcTokens[i]!, tgtTokens[i]!]);
  const scores = evidence.map((e) => meanOf([e.fwd, e.bwd])).filter((x): x is number => x !== undefined);
  model.median = median(scores);
  model.sigma = Math.max(robustSigma(scores, model.median), 0.05);
  return { model, evidence };
}

/** Both directions' scores: [target given source, source given target] (undefined: no token scored). */
type DirectionScores = [number | undefined, number | undefined];

function meanOf(d: DirectionScores): number | undefined {
  const [f, b] = d;
  if (f === undefined) return b;
  if (b === undefined) return f;
  return (f + b) / 2;
}

/**
 * What the features read of a pair under Model 1: both directions' scores,
 * the same over the first and last third of each side's tokens (a truncated
 * side leaves the other side's tail unexplained, a joined sentence is an
 * unexplained tail of its own side), the tokens scored, and the share of
 * tokens with a clear link (coverage).
 */
export interface PairEvidence {
  fwd: number | undefined;
  bwd: number | undefined;
  fwdHead: number | undefined;
  fwdTail: number | undefined;
  bwdHead: number | undefined;
  bwdTail: number | undefined;
  /** Tokens scored per direction. */
  fwdScored: number;
  bwdScored: number;
  /** Share of scored tokens with a clear link (term above COVERED). */
  fwdCover: number | undefined;
  bwdCover: number | undefined;
  /**
   * Share of scored tokens whose best link is reciprocated ({@link bestLinkAgreement}), per
   * direction, and of those with a clear term too (0 when the pair was not scored).
   */
  fwdAgree: number;
  bwdAgree: number;
  fwdAgreeClear: number;
  bwdAgreeClear: number;
}

/** A token term above this (its probability ≈ 2× the random-source baseline) counts as explained. */
const COVERED = 0.7;

function coverage(terms: Float64Array, n: number): number | undefined {
  let c = 0, k = 0;
  for (let j = 0; j < n; j++) {
    const t = terms[j]!;
    if (t === t) {
      k++;
      if (t > COVERED) c++;
    }
  }
  return k ? c / k : undefined;
}

/** [agreed share, agreed-and-clear share] of the scored positions. */
function agreement(flags: Uint8Array, terms: Float64Array, n: number): [number, number] {
  let k = 0, a = 0, c = 0;
  for (let j = 0; j < n; j++) {
    const t = terms[j]!;
    if (t !== t) continue;
    k++;
    if (flags[j]) {
      a++;
      if (t > COVERED) c++;
    }
  }
  return k ? [a / k, c / k] : [0, 0];
}

const fwdAgreeFlags = new Uint8Array(MAX_SRC);
const bwdAgreeFlags = new Uint8Array(MAX_SRC);
const fwdTerms = new Float64Array(512);
const bwdTerms = new Float64Array(512);

/** Mean of the scored terms in [from, to) (undefined: none scored). */
function meanTerms(terms: Float64Array, from: number, to: number): number | undefined {
  let sum = 0, n = 0;
  for (let j = from; j < to; j++) {
    const t = terms[j]!;
    if (t === t) {
      sum += t;
      n++;
    }
  }
  return n ? sum / n : undefined;
}

export function pairEvidence(model: AlignmentModel, pair: PairText, forceFold?: number): PairEvidence {
  const st = alignTokenIds(pair.src, model.srcMode, model.srcLang, model.stem, tokenVocab(model.srcVocab), false);
  const tt = alignTokenIds(pair.tgt, model.tgtMode, model.tgtLang, model.stem, tokenVocab(model.tgtVocab), false);
  return tokenEvidence(model, model.folds[forceFold ?? model.sampleFold.get(pairSampleKey(pair)) ?? 0]!, st, tt);
}

/**
 * Pairs whose table cells {@link CellReader} reads at once: ~590k cells on
 * the bench's double sentences, ~3.5 MB of scratch per thread (6 bytes a
 * cell; ~2 MB with a fold's core, whose cells skip the sort's 4 bytes). Each
 * batch streams most of the table through the caches whatever its size,
 * so a larger batch pays that once for more pairs: with the reader's 6 bytes
 * a cell, 256 pairs hold less scratch than 128 did at 14 bytes, and
 * their gather pass cost ~0.77× 128's (branch m1speed, bench/clean/README.md).
 */
const READ_BATCH = 256;
/**
 * Most (left, right) key pairs a batch reads: 256 pairs of 250 words each
 * would be 16M cells, ~100 MB of scratch kept by the thread; a batch stops
 * earlier (~6 MB), a single pair over it is read alone. At most 2^20: the
 * reader's sort word keeps 20 bits for a cell's position.
 */
const READ_CELLS = 1 << 20;
let reader: CellReader | undefined;

/** Bytes of this thread's read scratch (0: none). */
export function readScratchBytes(): number {
  return reader?.scratchBytes ?? 0;
}

/**
 * Lets this thread's read scratch go (made again on next use). The fit's
 * batches (joined negatives are long) grow it to ~10 MB in the main
 * thread, which with workers never checks a pair after the fit.
 */
export function releaseReadScratch(): void {
  reader = undefined;
}

/**
 * {@link pairEvidence} of many pairs, the same evidence (`folds`: a forced
 * fold per pair, as pairEvidence's `forceFold`): the pairs are grouped by
 * fold and each group's table cells read {@link READ_BATCH} pairs at a time
 * (fewer when long: {@link READ_CELLS}) in address order ({@link CellReader}), a few times cheaper than pair by
 * pair on a table larger than the caches. A pair's sides are split into
 * tokens as its batch is formed, not the whole chunk's up front: only a
 * batch's tokens are alive at once (a worker's chunk of 1,000 pairs kept
 * ~1.2 KB of them a pair through several scavenges, promoted to old space
 * for nothing; bench/clean/README.md, branch `gcdiet`).
 */
export function pairsEvidence(model: AlignmentModel, pairs: readonly PairText[], folds?: readonly number[]): PairEvidence[] {
  const sv = tokenVocab(model.srcVocab), tv = tokenVocab(model.tgtVocab);
  const tokensOf = (i: number): PairTokens => {
    const p = pairs[i]!;
    return [alignTokenIds(p.src, model.srcMode, model.srcLang, model.stem, sv, false), alignTokenIds(p.tgt, model.tgtMode, model.tgtLang, model.stem, tv, false)];
  };
  return tokensEvidence(model, folds ?? pairs.map((p) => model.sampleFold.get(pairSampleKey(p)) ?? 0), tokensOf);
}

/** A pair's source and target tokens. */
type PairTokens = [TokenIds, TokenIds];

/**
 * {@link tokenEvidence} of each pair (fold `folds[i]`, tokens `tokensOf(i)`, asked once a
 * pair, just before its read batch), the cells read in batches.
 */
function tokensEvidence(model: AlignmentModel, folds: readonly number[], tokensOf: (i: number) => PairTokens): PairEvidence[] {
  const out = new Array<PairEvidence>(folds.length);
  const byFold: number[][] = model.folds.map(() => []);
  for (let i = 0; i < folds.length; i++) byFold[folds[i]!]!.push(i);
  for (let f = 0; f < byFold.length; f++) {
    const fold = model.folds[f]!;
    const direct = fold.table.bits > READER_MAX_BITS;
    const idx = byFold[f]!;
    // The tokens of the pair that closed the previous batch (it opens the next one).
    let next: PairTokens | undefined;
    for (let from = 0, to = 0; from < idx.length; from = to) {
      const S: Int32Array[] = [], W: Int32Array[] = [], sides: PairTokens[] = [];
      // Distinct keys are at most the tokens plus NULL: an upper bound of each pair's cells.
      let cells = 0;
      for (to = from; to < idx.length && to - from < READ_BATCH; to++) {
        const tokens = next ?? tokensOf(idx[to]!);
        next = undefined;
        cells += (Math.min(tokens[0].ids.length, MAX_SRC) + 1) * (Math.min(tokens[1].ids.length, MAX_SRC) + 1);
        if (cells > READ_CELLS && to > from) {
          next = tokens;
          break;
        }
        sides.push(tokens);
        S.push(tokens[0].ids);
        W.push(tokens[1].ids);
      }
      if (!direct) (reader ??= new CellReader()).read(fold.table, S, W, model.srcVocab.size, model.tgtVocab.size);
      for (let q = 0; q < sides.length; q++) {
        const at = direct ? -1 : reader!.at[q]!;
        out[idx[from + q]!] = tokenEvidence(model, fold, sides[q]![0], sides[q]![1], at >= 0 ? { codes: reader!.codes, at } : undefined);
      }
    }
  }
  return out;
}

/** A third of `n` tokens, at least one (the head and tail means). */
function third(n: number): number {
  return Math.max(1, Math.floor(n / 3));
}

function tokenEvidence(model: AlignmentModel, fold: FoldModel, st: TokenIds, tt: TokenIds, read?: { codes: Uint16Array; at: number }): PairEvidence {
  const S = st.ids, W = tt.ids;
  const [f, b] = ibm1ScoreBoth(fold.table, S, W, model.srcVocab.size, model.tgtVocab.size, fold.tgtBase, fold.srcBase, anchorLinks(tt, st), anchorLinks(st, tt), 0.1, fwdTerms, bwdTerms, read);
  const fwd = f?.score, bwd = b?.score;
  const agreed = bestLinkAgreement(S, W, fwdAgreeFlags, bwdAgreeFlags);
  const [fwdAgree, fwdAgreeClear] = agreed && f ? agreement(fwdAgreeFlags, fwdTerms, W.length) : [0, 0];
  const [bwdAgree, bwdAgreeClear] = agreed && b ? agreement(bwdAgreeFlags, bwdTerms, S.length) : [0, 0];
  const tw = third(W.length), ts = third(S.length);
  return {
    fwd, bwd,
    fwdScored: f?.scored ?? 0, bwdScored: b?.scored ?? 0,
    fwdCover: f ? coverage(fwdTerms, W.length) : undefined,
    bwdCover: b ? coverage(bwdTerms, S.length) : undefined,
    fwdHead: fwd === undefined ? undefined : meanTerms(fwdTerms, 0, tw),
    fwdTail: fwd === undefined ? undefined : meanTerms(fwdTerms, W.length - tw, W.length),
    bwdHead: bwd === undefined ? undefined : meanTerms(bwdTerms, 0, ts),
    bwdTail: bwd === undefined ? undefined : meanTerms(bwdTerms, S.length - ts, S.length),
    fwdAgree, bwdAgree, fwdAgreeClear, bwdAgreeClear,
  };
}
