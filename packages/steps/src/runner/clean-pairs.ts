/**
 * The runner: takes any async iterable of pairs with ids (a TSV file, a
 * corpus in the store) and yields one decision per pair, in input order.
 *
 * 1. Barrier: steps that train on the corpus (alignment) get a sample — the
 *    first `sampleSize` pairs, passed through the steps before them — and fit
 *    before anything is decided. Memory bound: that many pairs.
 * 2. Chunks of pairs go through normalisers, filters and key computation, in
 *    worker threads (`workers ≥ 2`) or in this thread.
 * 3. Keyed steps (dedupe) decide in this thread, in input order.
 * Every filter runs by default, so a rejected pair lists all its reasons;
 * the primary reason is the first in config order.
 */
import { addCount, canonicalLangTag } from '@silkloom/core';
import type { LanguageIdentifier } from '../language-identifier.ts';
import { type PipelineConfig, type ResolvedPipeline, resolvePipeline } from '../pipeline/pipeline-config.ts';
import { defaultPipeline } from '../pipeline/default-pipeline.ts';
import type { FilterResult, PairText, SequentialDecider, StepServices } from '../step.ts';
import { buildSteps, contextOf, definitionOf, planOf, type PipelinePlan } from './build-steps.ts';
import { type BuiltStep, type ChunkRecord, type PairItem, processChunk } from './process-chunk.ts';
import { type RunStats, emptyRunStats, joinedName, mergeRunStats, recordOutcome } from './run-stats.ts';
import { type ChunkResult, WorkerPool } from './worker-pool.ts';
import { bundledWorkerEntry } from './worker-bundle.ts';
import { detachEarly } from './detach-early.ts';
import { inOrder } from './in-order.ts';

export interface PairDecision {
  id: string;
  line?: number;
  /** Normalised text. */
  src: string;
  tgt: string;
  keep: boolean;
  /** Every failing reason, in config order; the first is the primary one. */
  reasons: string[];
  /** Raw scores by step name (thresholds can be re-chosen without re-scoring). */
  scores: Record<string, number>;
}

export interface CleanOptions {
  srcLang: string;
  tgtLang: string;
  /** A config or a resolved pipeline; default: `defaultPipeline(srcLang, tgtLang)`. */
  pipeline?: PipelineConfig | ResolvedPipeline;
  /** Worker threads; 0 or 1 runs in this thread. */
  workers?: number;
  chunkSize?: number;
  services?: StepServices;
  /** Overrides the identifier in this thread (tests); workers use the pipeline's named one. */
  identifier?: LanguageIdentifier;
  /** Exclusion sink: receives every dropped pair with all its reasons, in input order (awaited). */
  exclusionSink?: (decision: PairDecision) => void | Promise<void>;
}

export interface FitReport {
  step: string;
  samplePairs: number;
  timeMs: number;
}

function isResolved(p: PipelineConfig | ResolvedPipeline): p is ResolvedPipeline {
  return 'evaluateAll' in p;
}

export class CleanRun implements AsyncIterable<PairDecision> {
  readonly plan: PipelinePlan;
  readonly pipeline: ResolvedPipeline;
  stats: RunStats;
  readonly fits: FitReport[] = [];
  deciderStats: Record<string, Record<string, number>> = {};
  wallMs = 0;
  protected readonly input: AsyncIterable<PairItem>;
  protected readonly options: CleanOptions;

  constructor(input: AsyncIterable<PairItem>, options: CleanOptions) {
    detachEarly(); // before the fit, on every path (cleanPairs and the TSV byte path): see detach-early.ts
    const srcLang = canonicalLangTag(options.srcLang);
    const tgtLang = canonicalLangTag(options.tgtLang);
    const given = options.pipeline ?? defaultPipeline(srcLang, tgtLang);
    this.pipeline = isResolved(given) ? given : resolvePipeline(given);
    this.plan = planOf(this.pipeline, srcLang, tgtLang);
    this.stats = emptyRunStats(this.pipeline.steps.map((s) => s.def));
    this.input = input;
    this.options = options;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<PairDecision> {
    const t0 = performance.now();
    const iterator = this.input[Symbol.asyncIterator]();
    const buffer: PairItem[] = [];
    const workers = this.options.workers ?? 1;
    const { pool, deciders, local } = await this.setUp(iterator, buffer);
    const chunkSize = this.options.chunkSize ?? 1000;
    const shapes = this.pipeline.steps.map((s) => s.def);
    const runChunk = (items: PairItem[]): Promise<ChunkResult> => {
      if (pool) return pool.run(items);
      const stats = emptyRunStats(shapes);
      return Promise.resolve({ records: processChunk(local, items, stats, this.plan.evaluateAll), stats });
    };
    const maxInFlight = Math.max(2, workers * 2);
    let exhausted = false;
    const nextChunk = async (): Promise<PairItem[] | undefined> => {
      const items = buffer.splice(0, chunkSize);
      while (items.length < chunkSize && !exhausted) {
        const r = await iterator.next();
        if (r.done) exhausted = true;
        else items.push(r.value);
      }
      return items.length ? items : undefined;
    };
    try {
      for await (const [items, { records, stats }] of inOrder(nextChunk, runChunk, maxInFlight)) {
        this.stats = mergeRunStats(this.stats, stats);
        const sink = this.options.exclusionSink;
        const ordered = [...deciders];
        for (let k = 0; k < records.length; k++) {
          // Deciders answer synchronously but for store lookups: await only a promise.
          const pending = this.decide(items[k]!, records[k]!, ordered);
          const decision = pending instanceof Promise ? await pending : pending;
          if (sink && !decision.keep) await sink(decision);
          yield decision;
        }
      }
    } finally {
      await pool?.close();
      for (const [i, d] of deciders) if (d.stats) this.deciderStats[this.plan.steps[i]!.name] = d.stats();
      this.wallMs = performance.now() - t0;
    }
  }

  /**
   * Starts the workers (or builds the steps here), fits the steps that train
   * on the corpus on its first pairs (kept in `buffer`) and creates the keyed
   * steps' deciders.
   */
  protected async setUp(iterator: AsyncIterator<PairItem>, buffer: PairItem[]): Promise<{ pool?: WorkerPool; deciders: Map<number, SequentialDecider>; local: BuiltStep[] }> {
    const ctx = contextOf(this.plan, this.options.identifier, this.options.services);
    const workers = this.options.workers ?? 1;
    // Started before fitting: the workers load their modules meanwhile, and run the fit's parallel tasks.
    // Node builds that strip types load the sources as they are; others start workers from a bundle when it builds.
    const stripsTypes = (process.features as { typescript?: unknown }).typescript;
    const entry = workers >= 2 && !stripsTypes ? await bundledWorkerEntry() : undefined;
    const pool = workers >= 2 ? new WorkerPool(workers, this.plan, entry) : undefined;
    const deciders = new Map<number, SequentialDecider>();
    let states: unknown[];
    try {
      states = await this.fit(iterator, buffer, pool ? { ...ctx, parallel: (task, args) => pool.task(task, args) } : ctx);
      pool?.start(states);
      for (let i = 0; i < this.plan.steps.length; i++) {
        const def = definitionOf(this.plan.steps[i]!.name);
        if (def.kind === 'keyed') deciders.set(i, await def.createDecider!(this.plan.steps[i]!.options, ctx));
      }
    } catch (err) {
      await pool?.close();
      throw err;
    }
    // The workers (or the steps built here) hold the states now; this thread's copy goes with this frame.
    const local = pool ? [] : buildSteps(this.plan, ctx, states);
    return { ...(pool ? { pool } : {}), deciders, local };
  }

  /** Fits the steps that train on the corpus, on the first pairs (kept in `buffer` to be processed after). */
  private async fit(iterator: AsyncIterator<PairItem>, buffer: PairItem[], ctx: ReturnType<typeof contextOf>): Promise<unknown[]> {
    const states: unknown[] = new Array(this.plan.steps.length).fill(undefined);
    const fitting = this.plan.steps.map((s, i) => ({ i, def: definitionOf(s.name), options: s.options })).filter((s) => s.def.fit);
    if (!fitting.length) return states;
    const want = Math.max(...fitting.map((s) => s.def.fit!.sampleSize(s.options)));
    while (buffer.length < want) {
      const r = await iterator.next();
      if (r.done) break;
      buffer.push(r.value);
    }
    for (const s of fitting) {
      const t = performance.now();
      // The sample passes the cheap steps before this one (costly ones such as language identification are skipped).
      const before = buildSteps(this.plan, ctx, states, s.i, true);
      const scratch = emptyRunStats(this.pipeline.steps.map((x) => x.def));
      const size = s.def.fit!.sampleSize(s.options);
      const records = processChunk(before, buffer.slice(0, size), scratch, true);
      const sample: PairText[] = records.filter((r) => !r.reasons.length).map((r) => ({ src: r.src, tgt: r.tgt }));
      states[s.i] = await s.def.fit!.fit(sample, s.options, ctx);
      this.fits.push({ step: s.def.name, samplePairs: sample.length, timeMs: performance.now() - t });
    }
    return states;
  }

  /** Runs the keyed steps' deciders on one pair in input order; a promise only when a decider returns one. */
  private decide(item: PairItem, record: ChunkRecord, deciders: ReadonlyArray<[number, SequentialDecider]>, from = 0): PairDecision | Promise<PairDecision> {
    for (let d = from; d < deciders.length; d++) {
      const [i, decider] = deciders[d]!;
      const t = performance.now();
      const res = decider.decide(record.keys[i], record.reasons.length > 0);
      if (res instanceof Promise) {
        return res.then((r) => {
          this.recordDecider(i, r, record.reasons, t);
          return this.decide(item, record, deciders, d + 1);
        });
      }
      this.recordDecider(i, res, record.reasons, t);
    }
    return this.decision(item, record, deciders.length > 0);
  }

  /** Counts a decider's answer for a pair, adding its reason to the pair's `reasons`. */
  protected recordDecider(i: number, res: FilterResult, reasons: Array<[number, string]>, started: number): void {
    const st = this.stats.steps[i]!;
    recordOutcome(st, res.keep, res.reason, res.score);
    st.timeMs += performance.now() - started;
    if (!res.keep) reasons.push([i, res.reason ?? st.name]);
  }

  private decision(item: PairItem, record: ChunkRecord, decided: boolean): PairDecision {
    const reasons = record.reasons;
    if (decided && reasons.length > 1) reasons.sort((a, b) => a[0] - b[0]);
    const keep = reasons.length === 0;
    const p = this.stats.pairs;
    addCount(p, 'seen');
    addCount(p, keep ? 'kept' : 'dropped');
    if (!keep) {
      addCount(p, joinedName('primary:', reasons[0]![1]));
      for (let r = 0; r < reasons.length; r++) addCount(p, joinedName('reason:', reasons[r]![1]));
    }
    const names = new Array<string>(reasons.length);
    for (let r = 0; r < reasons.length; r++) names[r] = reasons[r]![1];
    // Fields in this order (JSON output keeps it): id, line, src, tgt, keep, reasons, scores.
    return item.line !== undefined
      ? { id: item.id, line: item.line, src: record.src, tgt: record.tgt, keep, reasons: names, scores: record.scores }
      : { id: item.id, src: record.src, tgt: record.tgt, keep, reasons: names, scores: record.scores };
  }
}

/** Runs a pipeline over pairs; iterate the result for decisions, then read `stats`. */
export function cleanPairs(input: AsyncIterable<PairItem>, options: CleanOptions): CleanRun {
  return new CleanRun(input, options);
}
