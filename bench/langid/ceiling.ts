/**
 * How separable are FLORES-200's confusable varieties at all? For each pair
 * (fa/fa-AF = pes/prs, id/ms = ind/zsm, zh-Hant/yue-Hant = zho_Hant/yue_Hant)
 * this trains throwaway binary classifiers on FLORES **dev** (997 sentences a
 * variety: the same translators, the same domain — more in-domain than any
 * data we could ship) and reports devtest accuracy per variety, on full
 * sentences and on their first 20 code points (`firstChars`, as
 * bench/langid/run.ts and flores-eval.ts cut them), next to what
 * `identifyLanguage` does without and with the declared language as `hint`.
 *
 * EVALUATION OF THE DATA, NOT A MODEL: the classifiers live in memory for the
 * run only. Nothing is written to disk, nothing is shipped, no threshold or
 * word list leaves this script — which is why training on the evaluation data
 * is allowed here (BRIEF data rules: the shared data must never feed anything
 * the project ships).
 *
 * Classifiers, on char 1..n-grams of the lower-cased, space-padded text plus
 * whole words (letter/mark/digit/ZWNJ runs):
 *   - multinomial naive Bayes: n-gram order n ∈ 2..5, words on/off, additive
 *     smoothing α ∈ {0.01, 0.03, 0.1, 0.3, 1}, trained on sentences alone or
 *     also on their 20-code-point snippets;
 *   - L2 logistic regression on binary features (each text's vector scaled to
 *     unit length), plain SGD with a fixed-seed shuffle, 15 epochs, n ∈ {3, 5},
 *     λ ∈ {1e-6, 1e-5, 1e-4}, snippets added or not.
 * Settings (each reported per variety, full / 20 chars):
 *   - CV: the configuration with the best 5-fold cross-validated accuracy on
 *     dev (folds are blocks of sentence indices, a sentence's translation in
 *     the other variety in the same fold), trained on all of dev, devtest once:
 *     an honest estimate of what in-domain supervision gives;
 *   - best: the configuration with the best devtest accuracy (choosing on the
 *     test set flatters it: an upper bound);
 *   - +½devtest: more data than we could ever have — dev plus one half of
 *     devtest (the first / last 506 sentences), tested on the other half and
 *     the two halves' answers pooled; best configuration on devtest, so again
 *     an upper bound.
 * The classifiers are binary (they only choose within the pair), which the
 * 29-way identifier does not get to do: one more reason these are ceilings.
 * Then an oracle-style count for yue: the share of sentences holding any
 * common written-Cantonese character, in FLORES and in NTREX-128.
 *
 *   SILKLOOM_SHARED_DATA=/work/shared/data node --import tsx bench/langid/ceiling.ts [DATA_DIR]
 *
 * Deterministic (fixed folds, seeded shuffle); ~75 s of CPU on one thread.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageByFloresCode } from '@silkloom/core';
import { identifyLanguage } from '@silkloom/text';
import { rng } from '../../packages/steps/src/eval/noisy-set.ts'; // seeded mulberry32, for the SGD shuffle
import { firstChars } from '../../packages/text/src/langid/flores-eval.ts';

const SNIPPET = 20; // code points, as bench/langid/run.ts
const MAX_ORDER = 5;
const WORD_KIND = MAX_ORDER; // kinds 0..4 are char n-grams of order 1..5, 5 is whole words
const FOLDS = 5;
const EPOCHS = 15;
const PAIRS = [
  ['pes_Arab', 'prs_Arab'],
  ['ind_Latn', 'zsm_Latn'],
  ['zho_Hant', 'yue_Hant'],
] as const;

const args = process.argv.slice(2);
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const data = args.find((a) => !a.startsWith('--')) ?? process.env.SILKLOOM_SHARED_DATA ?? join(root, '..', 'shared', 'data');
const flores = join(data, 'flores');

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()); // as flores-eval.ts reads them
}

// ---------------------------------------------------------------- features

/** Interns feature strings of one pair's texts to dense ids and remembers each id's kind. */
class FeatureSpace {
  private readonly ids = new Map<string, number>();
  readonly kinds: number[] = [];
  get size(): number {
    return this.kinds.length;
  }
  id(kind: number, text: string): number {
    const key = `${kind}\u0001${text}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.kinds.length;
      this.ids.set(key, id);
      this.kinds.push(kind);
    }
    return id;
  }
}

/** Every feature occurrence of a text (repeats kept, for naive Bayes's counts), grouped by kind in kind order. */
function extractFeatures(text: string, space: FeatureSpace): { occurrences: Int32Array; kindEnds: Int32Array } {
  const padded = ` ${text.toLowerCase().replace(/\s+/g, ' ').trim()} `;
  const starts: number[] = []; // code unit offset of each code point, then the end
  for (let i = 0; i < padded.length; i += (padded.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) starts.push(i);
  starts.push(padded.length);
  const out: number[] = [];
  const kindEnds = new Int32Array(MAX_ORDER + 1);
  for (let n = 1; n <= MAX_ORDER; n++) {
    for (let i = 0; i + n < starts.length; i++) out.push(space.id(n - 1, padded.slice(starts[i], starts[i + n])));
    kindEnds[n - 1] = out.length;
  }
  for (const word of text.toLowerCase().match(/[\p{L}\p{M}\p{N}\u200c]+/gu) ?? []) out.push(space.id(WORD_KIND, word));
  kindEnds[WORD_KIND] = out.length;
  return { occurrences: Int32Array.from(out), kindEnds };
}

/** One text, as feature occurrences and as its distinct features (logistic regression's binary view). */
interface Doc {
  occurrences: Int32Array;
  /** End of each kind's run in `occurrences` (char orders 1..5, then words). */
  kindEnds: Int32Array;
  distinct: Int32Array;
  /** Logistic regression's features by n-gram order (words always in). */
  selected?: Map<number, Int32Array>;
}
function toDoc(text: string, space: FeatureSpace): Doc {
  const { occurrences, kindEnds } = extractFeatures(text, space);
  return { occurrences, kindEnds, distinct: Int32Array.from(new Set(occurrences)) };
}

/** A sentence of the pair: its variety (0 or 1) and the full and snippet texts' features. */
interface Example {
  label: 0 | 1;
  full: Doc;
  short: Doc;
}

interface PairData {
  codes: readonly [string, string];
  tags: [string, string];
  space: FeatureSpace;
  dev: Example[];
  devtest: Example[];
}

function loadPair(codes: readonly [string, string]): PairData {
  const space = new FeatureSpace();
  const split = (name: 'dev' | 'devtest') => {
    const [a, b] = codes.map((code) => readLines(join(flores, name, `${code}.${name}`)));
    if (a.length !== b.length) throw new Error(`${codes.join('/')} ${name}: ${a.length} and ${b.length} lines, expected aligned files`);
    return [a, b].flatMap((lines, label) =>
      lines.map((line) => ({ label: label as 0 | 1, full: toDoc(line, space), short: toDoc(firstChars(line, SNIPPET), space) })),
    );
  };
  const tags = codes.map((c) => languageByFloresCode(c)!.tag) as [string, string];
  return { codes, tags, space, dev: split('dev'), devtest: split('devtest') };
}

// ---------------------------------------------------------------- classifiers

/** Which features a configuration reads: char orders 1..maxOrder, words or not. */
function kindMask(maxOrder: number, words: boolean): boolean[] {
  return Array.from({ length: MAX_ORDER + 1 }, (_, k) => (k === WORD_KIND ? words : k < maxOrder));
}

interface NbConfig {
  kind: 'nb';
  maxOrder: number;
  words: boolean;
  alpha: number;
  withSnippets: boolean;
}
interface LrConfig {
  kind: 'lr';
  maxOrder: number;
  words: true;
  lambda: number;
  withSnippets: boolean;
}
type Config = NbConfig | LrConfig;

function describe(c: Config): string {
  const feats = `char 1-${c.maxOrder}${c.words ? ' + words' : ''}`;
  const extra = c.withSnippets ? ', + snippets' : '';
  return c.kind === 'nb' ? `${feats}, α ${c.alpha}${extra}` : `${feats}, λ ${c.lambda}${extra}`;
}

function configGrid(): Config[] {
  const grid: Config[] = [];
  for (const withSnippets of [false, true]) {
    for (const maxOrder of [2, 3, 4, 5])
      for (const words of [false, true])
        for (const alpha of [0.01, 0.03, 0.1, 0.3, 1]) grid.push({ kind: 'nb', maxOrder, words, alpha, withSnippets });
    for (const maxOrder of [3, 5]) for (const lambda of [1e-6, 1e-5, 1e-4]) grid.push({ kind: 'lr', maxOrder, words: true, lambda, withSnippets });
  }
  return grid;
}

/** The training texts of a configuration: each sentence, and its snippet too when asked. */
function trainingDocs(train: Example[], withSnippets: boolean): Array<{ doc: Doc; label: 0 | 1 }> {
  const docs = train.map((e) => ({ doc: e.full, label: e.label }));
  return withSnippets ? docs.concat(train.map((e) => ({ doc: e.short, label: e.label }))) : docs;
}

/** Per-class feature counts of a training set; reused by every naive Bayes configuration. */
interface NbCounts {
  counts: [Float64Array, Float64Array];
  /** Per class and kind: feature occurrences; per kind: features seen in training. */
  totalByKind: [Float64Array, Float64Array];
  vocabByKind: Float64Array;
  kinds: number[];
  logCache?: Map<number, NbLogRatios>;
}
function countForNb(docs: Array<{ doc: Doc; label: 0 | 1 }>, space: FeatureSpace): NbCounts {
  const counts: [Float64Array, Float64Array] = [new Float64Array(space.size), new Float64Array(space.size)];
  for (const { doc, label } of docs) for (const f of doc.occurrences) counts[label][f]++;
  const totalByKind: [Float64Array, Float64Array] = [new Float64Array(MAX_ORDER + 1), new Float64Array(MAX_ORDER + 1)];
  const vocabByKind = new Float64Array(MAX_ORDER + 1);
  for (let f = 0; f < space.size; f++) {
    const k = space.kinds[f];
    totalByKind[0][k] += counts[0][f];
    totalByKind[1][k] += counts[1][f];
    if (counts[0][f] + counts[1][f] > 0) vocabByKind[k]++;
  }
  return { counts, totalByKind, vocabByKind, kinds: space.kinds };
}

/** Per α: log(count₁ + α) − log(count₀ + α) of each feature seen in training (0 if unseen), and which were seen. */
interface NbLogRatios {
  diff: Float64Array;
  seen: Uint8Array;
}
function logRatios(nb: NbCounts, alpha: number): NbLogRatios {
  const cache = (nb.logCache ??= new Map());
  let ratios = cache.get(alpha);
  if (!ratios) {
    const [a, b] = nb.counts;
    const seen = Uint8Array.from(a, (x, f) => (x + b[f] > 0 ? 1 : 0));
    ratios = { diff: Float64Array.from(a, (x, f) => (seen[f] ? Math.log(b[f] + alpha) - Math.log(x + alpha) : 0)), seen };
    cache.set(alpha, ratios);
  }
  return ratios;
}

/** Multinomial naive Bayes with equal priors (the classes are the same size); features unseen in training are skipped. */
function nbClassifier(nb: NbCounts, c: NbConfig): (doc: Doc) => 0 | 1 {
  const mask = kindMask(c.maxOrder, c.words);
  let vocab = 0;
  const total = [0, 0];
  for (let k = 0; k <= MAX_ORDER; k++) {
    if (!mask[k]) continue;
    vocab += nb.vocabByKind[k];
    total[0] += nb.totalByKind[0][k];
    total[1] += nb.totalByKind[1][k];
  }
  const norm = Math.log(total[0] + c.alpha * vocab) - Math.log(total[1] + c.alpha * vocab);
  const { diff, seen } = logRatios(nb, c.alpha);
  const sum = (doc: Doc, from: number, to: number) => {
    let s = 0;
    for (let i = from; i < to; i++) {
      const f = doc.occurrences[i];
      s += diff[f] + norm * seen[f];
    }
    return s;
  };
  return (doc) => {
    // log P(doc | 1) − log P(doc | 0): char orders 1..maxOrder are the first runs, words the last.
    let s = sum(doc, 0, doc.kindEnds[c.maxOrder - 1]);
    if (c.words) s += sum(doc, doc.kindEnds[WORD_KIND - 1], doc.kindEnds[WORD_KIND]);
    return s > 0 ? 1 : 0;
  };
}

/** The distinct features of a doc that a configuration reads (kept on the doc: every fold and λ reuses them). */
function selected(doc: Doc, maxOrder: number, kinds: number[]): Int32Array {
  const cache = (doc.selected ??= new Map());
  let feats = cache.get(maxOrder);
  if (!feats) {
    const mask = kindMask(maxOrder, true);
    feats = doc.distinct.filter((f) => mask[kinds[f]]);
    cache.set(maxOrder, feats);
  }
  return feats;
}

/**
 * L2-regularised logistic regression on binary features scaled to unit length, plain SGD
 * (Bottou's rate η_t = 1 / (λ (t + t0))), weights kept as scale × vector so the decay is O(1) a step.
 */
function lrClassifier(docs: Array<{ doc: Doc; label: 0 | 1 }>, space: FeatureSpace, c: LrConfig): (doc: Doc) => 0 | 1 {
  const rows = docs.map(({ doc, label }) => ({ feats: selected(doc, c.maxOrder, space.kinds), y: label === 1 ? 1 : -1 }));
  const w = new Float64Array(space.size);
  let scale = 1;
  let bias = 0;
  const t0 = 1 / c.lambda; // first rate ~1
  const random = rng(12345);
  const order = rows.map((_, i) => i);
  let t = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { feats, y } = rows[i];
      const x = 1 / Math.sqrt(feats.length || 1);
      let margin = 0;
      for (const f of feats) margin += w[f];
      margin = margin * scale * x + bias;
      const eta = 1 / (c.lambda * (t++ + t0));
      const g = y / (1 + Math.exp(y * margin)); // -dloss/dmargin
      scale *= 1 - eta * c.lambda;
      const step = (eta * g * x) / scale;
      for (const f of feats) w[f] += step;
      bias += eta * g * 0.1; // a slower, unregularised bias
      if (scale < 1e-9) {
        for (let f = 0; f < w.length; f++) w[f] *= scale;
        scale = 1;
      }
    }
  }
  return (doc) => {
    const feats = selected(doc, c.maxOrder, space.kinds);
    let margin = 0;
    for (const f of feats) margin += w[f];
    return margin * scale / Math.sqrt(feats.length || 1) + bias > 0 ? 1 : 0;
  };
}

// ---------------------------------------------------------------- settings

/** Correct answers per variety, on full sentences and on snippets. */
interface Tally {
  right: number[][]; // [mode 0 full / 1 short][variety]
  n: number[];
}
const emptyTally = (): Tally => ({ right: [[0, 0], [0, 0]], n: [0, 0] });
function addTally(into: Tally, from: Tally): void {
  for (let m = 0; m < 2; m++) for (let v = 0; v < 2; v++) into.right[m][v] += from.right[m][v];
  for (let v = 0; v < 2; v++) into.n[v] += from.n[v];
}
/** Accuracy per variety in a mode. */
const accuracies = (t: Tally, mode: number): number[] => [0, 1].map((v) => t.right[mode][v] / t.n[v]);
const meanAccuracy = (t: Tally, mode: number): number => (accuracies(t, mode)[0] + accuracies(t, mode)[1]) / 2;

/** Every configuration trained on `train` and scored on `test`; the naive Bayes counts are shared. */
function runGrid(pair: PairData, grid: Config[], train: Example[], test: Example[]): Tally[] {
  const nbCounts = new Map<boolean, NbCounts>();
  return grid.map((c) => {
    const docs = trainingDocs(train, c.withSnippets);
    let classify: (doc: Doc) => 0 | 1;
    if (c.kind === 'nb') {
      if (!nbCounts.has(c.withSnippets)) nbCounts.set(c.withSnippets, countForNb(docs, pair.space));
      classify = nbClassifier(nbCounts.get(c.withSnippets)!, c);
    } else classify = lrClassifier(docs, pair.space, c);
    const tally = emptyTally();
    for (const e of test) {
      tally.n[e.label]++;
      if (classify(e.full) === e.label) tally.right[0][e.label]++;
      if (classify(e.short) === e.label) tally.right[1][e.label]++;
    }
    return tally;
  });
}

/**
 * Splits examples by sentence index into `k` contiguous blocks, a sentence's two translations together
 * (the list holds variety 0's sentences, then variety 1's, in the same order: see `loadPair`).
 */
function blocks(examples: Example[], k: number): Example[][] {
  const n = examples.length / 2;
  const parts: Example[][] = Array.from({ length: k }, () => []);
  examples.forEach((e, i) => parts[Math.floor(((i % n) * k) / n)].push(e));
  return parts;
}

/** Pooled tallies over k-fold cross-validation (train on k − 1 blocks, test on the one left out). */
function crossValidate(pair: PairData, grid: Config[], examples: Example[], k: number, extraTrain: Example[] = []): Tally[] {
  const parts = blocks(examples, k);
  const pooled = grid.map(emptyTally);
  parts.forEach((test, i) => {
    const train = extraTrain.concat(...parts.filter((_, j) => j !== i));
    runGrid(pair, grid, train, test).forEach((t, c) => addTally(pooled[c], t));
  });
  return pooled;
}

/** Index of the configuration of a family with the highest mean accuracy in a mode. */
function bestIndex(grid: Config[], tallies: Tally[], family: Config['kind'], mode: number): number {
  let best = -1;
  for (let i = 0; i < grid.length; i++) {
    if (grid[i].kind !== family) continue;
    if (best < 0 || meanAccuracy(tallies[i], mode) > meanAccuracy(tallies[best], mode)) best = i;
  }
  return best;
}

/** One cell: accuracies per variety in a mode, and the configuration behind them. */
interface Cell {
  acc: number[];
  config: Config;
}
type Column = 'idNoHint' | 'idHint' | 'nbCv' | 'nbBest' | 'nbMore' | 'lrCv' | 'lrBest' | 'lrMore';
type PairResult = { pair: PairData; cells: Record<Column, Cell[] | number[][]> };

/** What the shipped identifier says on the pair's devtest files, without and with the declared language as hint. */
function identifierAccuracy(pair: PairData, hint: boolean): number[][] {
  return [0, 1].map((mode) =>
    pair.codes.map((code, v) => {
      const lines = readLines(join(flores, 'devtest', `${code}.devtest`));
      const tag = pair.tags[v];
      const ok = lines.filter((l) => identifyLanguage(mode ? firstChars(l, SNIPPET) : l, hint ? { hint: tag } : {}).lang === tag).length;
      return ok / lines.length;
    }),
  );
}

function evaluatePair(codes: readonly [string, string]): PairResult {
  const pair = loadPair(codes);
  const grid = configGrid();
  const onDevtest = runGrid(pair, grid, pair.dev, pair.devtest);
  const cvOnDev = crossValidate(pair, grid, pair.dev, FOLDS);
  const moreData = crossValidate(pair, grid, pair.devtest, 2, pair.dev);
  const cell = (tallies: Tally[], choose: Tally[], family: Config['kind']): Cell[] =>
    [0, 1].map((mode) => {
      const i = bestIndex(grid, choose, family, mode);
      return { acc: accuracies(tallies[i], mode), config: grid[i] };
    });
  return {
    pair,
    cells: {
      idNoHint: identifierAccuracy(pair, false),
      idHint: identifierAccuracy(pair, true),
      nbCv: cell(onDevtest, cvOnDev, 'nb'),
      nbBest: cell(onDevtest, onDevtest, 'nb'),
      nbMore: cell(moreData, moreData, 'nb'),
      lrCv: cell(onDevtest, cvOnDev, 'lr'),
      lrBest: cell(onDevtest, onDevtest, 'lr'),
      lrMore: cell(moreData, moreData, 'lr'),
    },
  };
}

// ---------------------------------------------------------------- report

const COLUMNS: Array<[Column, string]> = [
  ['idNoHint', 'identifyLanguage'],
  ['idHint', 'with hint'],
  ['nbCv', 'NB, CV on dev'],
  ['nbBest', 'NB, best on devtest'],
  ['nbMore', 'NB, dev + ½ devtest'],
  ['lrCv', 'LR, CV on dev'],
  ['lrBest', 'LR, best on devtest'],
  ['lrMore', 'LR, dev + ½ devtest'],
];
const pct = (x: number) => (100 * x).toFixed(1);
const accOf = (c: Cell | number[], v: number) => (Array.isArray(c) ? (c as number[])[v] : c.acc[v]);

function printTable(results: PairResult[], mode: number): void {
  console.log(`\n### ${mode ? `First ${SNIPPET} code points` : 'Full sentences'} (devtest accuracy %, binary within the pair except the identifier columns)\n`);
  console.log(`| variety | FLORES | ${COLUMNS.map(([, h]) => h).join(' | ')} |\n|---|---|${COLUMNS.map(() => '---|').join('')}`);
  const sums = COLUMNS.map(() => 0);
  for (const { pair, cells } of results) {
    for (const v of [0, 1]) {
      const values = COLUMNS.map(([col]) => accOf(cells[col][mode], v));
      values.forEach((x, i) => (sums[i] += x));
      console.log(`| ${pair.tags[v]} | ${pair.codes[v]} | ${values.map(pct).join(' | ')} |`);
    }
  }
  // The other 23 varieties at 100 %: the best 29-variety macro these six allow.
  const macro = sums.map((s) => (23 + s) / 29);
  console.log(`| *29-variety macro if the other 23 were 100 %* | | ${macro.map(pct).join(' | ')} |`);
}

function printConfigs(results: PairResult[]): void {
  console.log('\nConfigurations behind the classifier columns (full sentences; 20 code points):\n');
  for (const { pair, cells } of results) {
    for (const [col, head] of COLUMNS.slice(2)) {
      const [full, short] = cells[col] as Cell[];
      console.log(`- ${pair.tags.join('/')}, ${head}: ${describe(full.config)}; ${describe(short.config)}`);
    }
  }
}

/**
 * How alike the two varieties' translations of the same devtest sentence are: identical ones, and the
 * median Jaccard overlap of their word sets (character sets for Han, which has no spaces).
 */
function printTranslationOverlap(results: PairResult[]): void {
  console.log('\nThe two varieties translate the same English sentence separately (devtest):\n');
  for (const { pair } of results) {
    const [a, b] = pair.codes.map((code) => readLines(join(flores, 'devtest', `${code}.devtest`)));
    const units = (t: string) => new Set(/Hant$/.test(pair.codes[0]) ? Array.from(t) : t.toLowerCase().match(/[\p{L}\p{M}\p{N}\u200c]+/gu) ?? []);
    const jaccard = a.map((line, i) => {
      const [x, y] = [units(line), units(b[i])];
      const shared = [...x].filter((u) => y.has(u)).length;
      return shared / (x.size + y.size - shared || 1);
    });
    jaccard.sort((p, q) => p - q);
    const identical = a.filter((line, i) => line === b[i]).length;
    const unit = /Hant$/.test(pair.codes[0]) ? 'character' : 'word';
    console.log(`- ${pair.codes.join(' / ')}: ${identical} of ${a.length} identical; median ${unit}-set Jaccard ${jaccard[jaccard.length >> 1].toFixed(2)}`);
  }
}

// ---------------------------------------------------------------- written Cantonese

/** Common written-Cantonese characters; 係 is counted apart because Standard Chinese writes it too (關係, 係數). */
const CANTONESE = [...'嘅唔咗佢哋喺冇嗰啲乜嚟畀睇嘢咁俾搵諗啱'];
const SHARED_WITH_STANDARD = '係';

function cantoneseShares(): void {
  const files: Array<[string, string]> = [
    ['FLORES dev yue_Hant', join(flores, 'dev', 'yue_Hant.dev')],
    ['FLORES devtest yue_Hant', join(flores, 'devtest', 'yue_Hant.devtest')],
    ['FLORES dev zho_Hant', join(flores, 'dev', 'zho_Hant.dev')],
    ['FLORES devtest zho_Hant', join(flores, 'devtest', 'zho_Hant.devtest')],
    ['NTREX-128 yue', join(data, 'ntrex', 'newstest2019-ref.yue.txt')],
    ['NTREX-128 zho-TW', join(data, 'ntrex', 'newstest2019-ref.zho-TW.txt')],
  ];
  console.log(`\n### Written-Cantonese characters (${CANTONESE.join(' ')}; ${SHARED_WITH_STANDARD} apart)\n`);
  console.log(`| file | sentences | with any of them | with ${SHARED_WITH_STANDARD} | with any, ${SHARED_WITH_STANDARD} included | characters seen (sentences) |\n|---|---|---|---|---|---|`);
  for (const [name, path] of files) {
    if (!existsSync(path)) {
      console.log(`| ${name} | absent | | | | |`);
      continue;
    }
    const lines = readLines(path);
    const hasAny = (l: string) => CANTONESE.some((ch) => l.includes(ch));
    const any = lines.filter(hasAny).length;
    const shared = lines.filter((l) => l.includes(SHARED_WITH_STANDARD)).length;
    const either = lines.filter((l) => hasAny(l) || l.includes(SHARED_WITH_STANDARD)).length;
    const seen = CANTONESE.map((ch) => [ch, lines.filter((l) => l.includes(ch)).length] as const).filter(([, n]) => n > 0);
    const share = (k: number) => `${k} (${pct(k / lines.length)} %)`;
    console.log(`| ${name} | ${lines.length} | ${share(any)} | ${share(shared)} | ${share(either)} | ${seen.map(([ch, n]) => `${ch} ${n}`).join(', ')} |`);
  }
}

// ---------------------------------------------------------------- main

const started = process.cpuUsage();
identifyLanguage('熱身'); // first use loads the tables
const results = PAIRS.map((codes) => evaluatePair(codes));
console.log(`# Separability of FLORES-200's confusable varieties (classifiers trained in memory on dev, nothing kept)`);
printTable(results, 0);
printTable(results, 1);
printConfigs(results);
printTranslationOverlap(results);
cantoneseShares();
const cpu = process.cpuUsage(started);
console.log(`\nCPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
