/**
 * Train/dev/test splits that share no exact or near-duplicate pair (issue 6;
 * Common Voice's early releases leaked >99 % of sentences between splits,
 * `anchors-platform.md` §5.1). Units are first grouped into clusters — two
 * units are in one cluster when, on **either** side (the zh-Hans hub or the
 * target), their normalised texts are equal ({@link textKey}) or their
 * character-bigram MinHash estimates a Jaccard similarity ≥ `nearThreshold` —
 * and whole clusters are dealt to splits. So a test sentence never reappears in
 * train, not even with other punctuation or a changed place name.
 *
 * Deterministic: clusters are ordered by a seeded hash of their smallest unit
 * id, then test, dev and train are filled to their target sizes. Units pinned
 * to a split (e.g. last release's test set, to keep it frozen) pull their whole
 * cluster there; test pins win over dev pins.
 */
import { cobuildError } from './errors.ts';
import { MINHASH_DEFAULTS, type MinHashOptions, bandKeys, estimatedJaccard, fnv1a, shingles, signature } from './minhash.ts';
import { textKey } from './text-key.ts';

export const SPLITS = ['train', 'dev', 'test'] as const;
export type SplitName = (typeof SPLITS)[number];

export interface SplitItem {
  id: string;
  /** The texts of the unit's sides (usually the zh-Hans hub and one target). */
  texts: readonly string[];
}

export interface SplitOptions {
  /** Fractions of units for dev and test (default 0.1 each). */
  dev?: number;
  test?: number;
  seed?: number;
  /** Estimated Jaccard similarity at or above which two sides are near-duplicates (default 0.7). */
  nearThreshold?: number;
  /** Units that must land in a split, with their clusters. */
  pinned?: ReadonlyMap<string, SplitName>;
  minhash?: Partial<MinHashOptions>;
}

export interface SplitResult {
  assignment: Map<string, SplitName>;
  counts: Record<SplitName, number>;
  clusters: number;
  /** Units that joined a cluster through an exact or a near-duplicate link. */
  exactLinks: number;
  nearLinks: number;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }
}

function checkRatios(dev: number, test: number): void {
  const ok = (x: number) => Number.isFinite(x) && x >= 0 && x <= 0.5;
  if (!ok(dev) || !ok(test) || dev + test >= 1) {
    throw cobuildError('SLM_RELEASE_SPLIT_INVALID', { problem: `dev ${dev} and test ${test} must each be 0–0.5 and sum below 1` });
  }
}

/** Groups item indexes into duplicate clusters; returns the union-find and link counts. */
export function duplicateClusters(items: readonly SplitItem[], options: SplitOptions = {}): { find: (i: number) => number; exactLinks: number; nearLinks: number } {
  const mh = { ...MINHASH_DEFAULTS, ...options.minhash };
  const threshold = options.nearThreshold ?? 0.7;
  const k = mh.bands * mh.rows;
  const uf = new UnionFind(items.length);
  const exact = new Map<string, number>();
  const buckets = new Map<string, number[]>();
  const sigs: Uint32Array[][] = [];
  let exactLinks = 0;
  let nearLinks = 0;
  items.forEach((item, i) => {
    sigs.push([]);
    item.texts.forEach((text) => {
      const key = textKey(text);
      if (!key) return;
      const first = exact.get(key);
      if (first === undefined) exact.set(key, i);
      else if (uf.union(first, i)) exactLinks++;
      const sig = signature(shingles(key, mh.shingle), k);
      sigs[i]!.push(sig);
      for (const band of bandKeys(sig, mh.bands, mh.rows)) {
        const seen = buckets.get(band);
        if (!seen) {
          buckets.set(band, [i]);
          continue;
        }
        for (const j of seen) {
          if (j === i || uf.find(j) === uf.find(i)) continue;
          if (sigs[j]!.some((other) => estimatedJaccard(other, sig) >= threshold) && uf.union(j, i)) nearLinks++;
        }
        if (seen[seen.length - 1] !== i) seen.push(i);
      }
    });
  });
  return { find: (i) => uf.find(i), exactLinks, nearLinks };
}

/** Deals duplicate clusters to train/dev/test. */
export function splitRelease(items: readonly SplitItem[], options: SplitOptions = {}): SplitResult {
  const dev = options.dev ?? 0.1;
  const test = options.test ?? 0.1;
  checkRatios(dev, test);
  const seed = options.seed ?? 20260701;
  const { find, exactLinks, nearLinks } = duplicateClusters(items, options);
  const members = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(i);
    if (!members.has(root)) members.set(root, []);
    members.get(root)!.push(i);
  });
  const assignment = new Map<string, SplitName>();
  const counts: Record<SplitName, number> = { train: 0, dev: 0, test: 0 };
  const put = (cluster: number[], split: SplitName) => {
    for (const i of cluster) assignment.set(items[i]!.id, split);
    counts[split] += cluster.length;
  };
  const free: number[][] = [];
  for (const cluster of members.values()) {
    const pins = cluster.map((i) => options.pinned?.get(items[i]!.id)).filter((s): s is SplitName => s !== undefined);
    if (pins.includes('test')) put(cluster, 'test');
    else if (pins.includes('dev')) put(cluster, 'dev');
    else if (pins.includes('train')) put(cluster, 'train');
    else free.push(cluster);
  }
  const order = (cluster: number[]) => fnv1a(cluster.map((i) => items[i]!.id).sort()[0]!, seed);
  free.sort((a, b) => order(a) - order(b) || (items[a[0]!]!.id < items[b[0]!]!.id ? -1 : 1));
  const targetTest = Math.round(items.length * test);
  const targetDev = Math.round(items.length * dev);
  for (const cluster of free) {
    if (counts.test + cluster.length <= targetTest) put(cluster, 'test');
    else if (counts.dev + cluster.length <= targetDev) put(cluster, 'dev');
    else put(cluster, 'train');
  }
  return { assignment, counts, clusters: members.size, exactLinks, nearLinks };
}

export interface SplitLeak {
  a: string;
  b: string;
  splits: [SplitName, SplitName];
  kind: 'exact' | 'near';
}

/**
 * Checks an assignment independently of how it was made: any two units in
 * different splits whose sides are exact duplicates, or near-duplicates by
 * MinHash, are reported. An empty list is the guarantee releases make.
 */
export function findSplitLeaks(items: readonly SplitItem[], assignment: ReadonlyMap<string, SplitName>, options: SplitOptions = {}): SplitLeak[] {
  const mh = { ...MINHASH_DEFAULTS, ...options.minhash };
  const threshold = options.nearThreshold ?? 0.7;
  const k = mh.bands * mh.rows;
  const prepared = items.map((item) => item.texts.map(textKey).filter(Boolean).map((key) => ({ key, sig: signature(shingles(key, mh.shingle), k) })));
  const leaks: SplitLeak[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const si = assignment.get(items[i]!.id)!;
      const sj = assignment.get(items[j]!.id)!;
      if (si === sj) continue;
      let kind: SplitLeak['kind'] | undefined;
      for (const x of prepared[i]!) {
        for (const y of prepared[j]!) {
          if (x.key === y.key) kind = 'exact';
          else if (!kind && estimatedJaccard(x.sig, y.sig) >= threshold) kind = 'near';
        }
      }
      if (kind) leaks.push({ a: items[i]!.id, b: items[j]!.id, splits: [si, sj], kind });
    }
  }
  return leaks;
}
