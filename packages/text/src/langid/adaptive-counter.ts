/**
 * The corpus profile of one confusable group (adaptive.ts): counts of
 * features per variety, where a feature is a character n-gram (1–4 code
 * units of a padded word, as the built-in model's), a word or a pair of
 * consecutive words — varieties differ most in vocabulary. Features are
 * 32-bit hashes (FNV-1a, a separate seed per kind) found in one pass over
 * the text, and counts live in an open-addressing table of typed arrays
 * with their logarithms kept beside them, so scoring a text is table reads
 * and no string, map entry or logarithm per feature. Two features sharing
 * a hash (~10 pairs among 300,000) are counted as one; that is all the
 * approximation there is.
 */
import { scanWords, type WordSink } from './gram-scanner.ts';
import { SCORED_WORDS } from './ngram-model.ts';

const ORDER = 4;
const ALPHA = 0.5;
const GRAM_SEED = 0x811c9dc5;
const WORD_SEED = 0x6a09e667;
const PAIR_SEED = 0x3c6ef372;

function finalMix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h | 0; // 0 marks an empty slot
}

/** Collects the feature hashes of a text into a reused buffer. */
class FeatureHasher implements WordSink {
  features = new Int32Array(1024);
  length = 0;
  private previousWord = 0;

  extract(text: string): void {
    this.length = 0;
    this.previousWord = 0;
    scanWords(text, Infinity, this);
  }

  private push(h: number): void {
    if (this.length === this.features.length) {
      const bigger = new Int32Array(this.features.length * 2);
      bigger.set(this.features);
      this.features = bigger;
    }
    this.features[this.length++] = h;
  }

  word(units: Uint16Array, length: number, _weight: number, index: number): void {
    const len = length + 2;
    if (index < SCORED_WORDS) {
      for (let i = 0; i < len; i++) {
        let h = GRAM_SEED;
        for (let n = 1; n <= ORDER && i + n <= len; n++) {
          h = Math.imul(h ^ units[i + n - 1]!, 0x01000193);
          if (n > 1 || (i !== 0 && i !== len - 1)) this.push(finalMix(h ^ n));
        }
      }
    }
    let w = WORD_SEED;
    for (let i = 1; i <= length; i++) w = Math.imul(w ^ units[i]!, 0x01000193);
    const word = finalMix(w);
    this.push(word);
    if (index > 0) this.push(finalMix(Math.imul(this.previousWord ^ PAIR_SEED, 0x01000193) ^ word));
    this.previousWord = word;
  }
}

const hasher = new FeatureHasher();

/** Feature counts of one group of varieties, bounded to `maxFeatures` distinct features. */
export class GroupCounter {
  readonly langs: readonly string[];
  readonly totals: Float64Array;
  /** Units learnt from, per variety. */
  readonly units: Float64Array;
  private readonly maxFeatures: number;
  private keys!: Int32Array;
  /** Counts per slot and variety (float32: exact up to 2^24 occurrences of one feature). */
  private counts!: Float32Array;
  /** log(count + α), per slot and variety. */
  private logs!: Float32Array;
  private size = 0;

  constructor(langs: readonly string[], maxFeatures: number) {
    this.langs = langs;
    this.maxFeatures = maxFeatures;
    this.totals = new Float64Array(langs.length);
    this.units = new Float64Array(langs.length);
    this.allocate(1024);
  }

  /** Distinct features kept. */
  get features(): number {
    return this.size;
  }

  private allocate(capacity: number): void {
    const L = this.langs.length;
    this.keys = new Int32Array(capacity);
    this.counts = new Float32Array(capacity * L);
    this.logs = new Float32Array(capacity * L).fill(Math.log(ALPHA));
    this.size = 0;
  }

  /** Slot of `key`, or of the empty slot where it would go. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> 0;
    for (h &= mask; this.keys[h] !== 0 && this.keys[h] !== key; h = (h + 1) & mask);
    return h;
  }

  /** Rehashes into a table of `capacity`, keeping the features `keep` accepts. */
  private rebuild(capacity: number, keep: (counts: Float32Array, at: number) => boolean): void {
    const L = this.langs.length;
    const { keys, counts } = this;
    this.allocate(capacity);
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === 0) continue;
      if (!keep(counts, s * L)) {
        for (let l = 0; l < L; l++) this.totals[l]! -= counts[s * L + l]!;
        continue;
      }
      const t = this.slot(keys[s]!);
      this.keys[t] = keys[s]!;
      this.size++;
      for (let l = 0; l < L; l++) {
        this.counts[t * L + l] = counts[s * L + l]!;
        this.logs[t * L + l] = Math.log(counts[s * L + l]! + ALPHA);
      }
    }
  }

  add(text: string, li: number): void {
    const L = this.langs.length;
    hasher.extract(text);
    const { features, length } = hasher;
    for (let f = 0; f < length; f++) {
      if (this.size * 4 >= this.keys.length * 3) this.rebuild(this.keys.length * 2, () => true);
      const s = this.slot(features[f]!);
      if (this.keys[s] === 0) {
        this.keys[s] = features[f]!;
        this.size++;
      }
      const at = s * L + li;
      this.counts[at]!++;
      this.logs[at] = Math.log(this.counts[at]! + ALPHA);
      this.totals[li]!++;
    }
    this.units[li]!++;
    if (this.size > this.maxFeatures) this.prune();
  }

  /** Drops the features seen least, raising the bar until the table is back under 3/4 of the bound. */
  private prune(): void {
    const L = this.langs.length;
    for (let bar = 1; this.size > this.maxFeatures * 0.75; bar++) {
      this.rebuild(this.keys.length, (counts, at) => {
        let sum = 0;
        for (let l = 0; l < L; l++) sum += counts[at + l]!;
        return sum > bar;
      });
    }
  }

  /** Log-likelihood of the text under each variety's corpus profile (multinomial naive Bayes, Lidstone α = 0.5). */
  logLikelihood(text: string): Float64Array {
    const L = this.langs.length;
    const out = new Float64Array(L);
    const vocab = this.size + 1;
    const denominators = Array.from(this.totals, (t) => Math.log(t + ALPHA * vocab));
    // A feature no variety has seen costs every variety the same (else the variety with the most
    // text would be penalised most for every new word).
    const meanTotal = this.totals.reduce((a, b) => a + b, 0) / L;
    const unseen = Math.log(ALPHA) - Math.log(meanTotal + ALPHA * vocab);
    hasher.extract(text);
    const { features, length } = hasher;
    let unseenCount = 0;
    for (let f = 0; f < length; f++) {
      const s = this.slot(features[f]!);
      if (this.keys[s] === 0) {
        unseenCount++;
        continue;
      }
      for (let l = 0; l < L; l++) out[l]! += this.logs[s * L + l]! - denominators[l]!;
    }
    for (let l = 0; l < L; l++) out[l]! += unseenCount * unseen;
    return out;
  }
}
