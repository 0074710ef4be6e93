/**
 * The step model: a step is a versioned definition (name, version, options
 * schema) whose `create` builds a frozen, pure instance. Filters return a
 * decision with a reason and a score kept apart from the threshold (the
 * OpusFilter idea), so thresholds can be re-chosen without re-scoring; the
 * runner does the counting and timing (the datatrove idea).
 */
import type { LanguageInfo } from '@silkloom/core';
import { coreError } from '@silkloom/core';
import { stepsError } from './errors.ts';
import type { LanguageIdentifier } from './language-identifier.ts';
import type { PairMeasures } from './pair-measures.ts';
import type { ParallelRunner } from './parallel-tasks.ts';
import type { OptionsOf, OptionsSpec } from './options-schema.ts';
import { validateOptions } from './options-schema.ts';

/** The two texts of a pair as steps see them. */
export interface PairText {
  src: string;
  tgt: string;
  /** Shared measurements of the two sides, when the runner keeps them (pair-measures.ts; read them through its helpers). */
  measures?: PairMeasures;
}

/** What a filter says about one pair. `score` is the raw measurement; `keep` applies the threshold. */
export interface FilterResult {
  keep: boolean;
  /** Reason code when dropped, e.g. `length_ratio`, `wrong_lang:tgt`. */
  reason?: string;
  score?: number;
  /** Further named scores kept with the decision (`<step>.<name>`), for steps that measure several things. */
  extraScores?: Record<string, number>;
  /** Categories the runner counts (`label:<x>`), e.g. the detected language for the confusion matrix. */
  labels?: string[];
}

/**
 * A kept pair's result. Filters build their results with {@link kept} and
 * {@link dropped}: every field present, in one order, so the runner's reads
 * of them (`res.score`, `res.reason`…) meet one hidden class whatever the
 * filter; a dozen shapes of object literal made the runner's loop over a
 * chunk deoptimise each time it met a filter it had not met yet
 * (bench/clean/README.md, branch `jit`).
 */
export function kept(score?: number, extraScores?: Record<string, number>, labels?: string[]): FilterResult {
  return { keep: true, reason: undefined, score, extraScores, labels };
}

/** A dropped pair's result (see {@link kept}). */
export function dropped(reason: string, score?: number, extraScores?: Record<string, number>, labels?: string[]): FilterResult {
  return { keep: false, reason, score, extraScores, labels };
}

/** Facts about the run every step may read. */
export interface StepContext {
  srcLang: string;
  tgtLang: string;
  src: LanguageInfo | undefined;
  tgt: LanguageInfo | undefined;
  identifier: LanguageIdentifier;
  /** Services from the caller, available to deciders in the main thread only. */
  services?: StepServices;
  /** While fitting: runs registered tasks (parallel-tasks.ts) on the worker pool, when there is one. */
  parallel?: ParallelRunner;
}

/** What is already stored (store mode): lookups by {@link pairHash}. */
export interface ExistingPairs {
  has(pairHash: string): boolean | Promise<boolean>;
}

export interface StepServices {
  existing?: ExistingPairs;
  /** Protected test-set sentences given in code (besides decontamination files). */
  protectedSentences?: readonly string[];
}

export interface NormalizerInstance {
  kind: 'normalizer';
  /** Returns the changed pair (with counts of what changed, by kind), or undefined when nothing changed. */
  normalize(pair: PairText): (PairText & { changes?: Record<string, number> }) | undefined;
}

export interface FilterInstance {
  kind: 'filter';
  check(pair: PairText): FilterResult;
  /**
   * Optional: called by the runner with the pairs of a chunk just before
   * they are checked one by one, so that work cheaper in bulk (reading a
   * large table in address order) can be done for all of them. It must not
   * change any result: `check` of a pair not prepared (or whose text has
   * changed since) gives the same answer.
   */
  prepare?(pairs: readonly PairText[]): void;
}

/**
 * A step whose decision depends on pairs seen before (dedupe): `key` runs in
 * parallel in workers (hashing is the costly part); `decide` runs once per pair
 * in input order in the main thread.
 */
export interface KeyedInstance<K = unknown> {
  kind: 'keyed';
  key(pair: PairText): K;
}

export interface SequentialDecider<K = unknown> {
  /** `rejected` tells whether earlier steps already dropped the pair (then the key is not remembered). */
  decide(key: K, rejected: boolean): FilterResult | Promise<FilterResult>;
  /** Memory the decider holds, for the manifest and report. */
  stats?(): Record<string, number>;
}

export type StepInstance = NormalizerInstance | FilterInstance | KeyedInstance;

/** Training on a sample before the run (a barrier): e.g. the alignment model. */
export interface FitSpec<O, S> {
  /** Pairs to collect (after the steps before this one); states the barrier's memory bound. */
  sampleSize(options: O): number;
  fit(sample: readonly PairText[], options: O, ctx: StepContext): S | Promise<S>;
}

export interface StepDefinition<S extends OptionsSpec = OptionsSpec, State = unknown> {
  readonly name: string;
  /** Semantic version of the step's behaviour; bump it when decisions change. */
  readonly version: string;
  readonly kind: StepInstance['kind'];
  readonly description: string;
  readonly options: S;
  /**
   * Costly per pair and not needed to pick a training sample (language
   * identification): skipped when the sample for a later fitting step is
   * prepared, so the main thread need not load its model.
   */
  readonly costly?: boolean;
  /** Bin edges of the score histogram in the report (filters). */
  readonly scoreEdges?: readonly number[];
  readonly fit?: FitSpec<OptionsOf<S>, State>;
  create(options: OptionsOf<S>, ctx: StepContext, state: State | undefined): StepInstance;
  /** For keyed steps: builds the main-thread decider. */
  createDecider?(options: OptionsOf<S>, ctx: StepContext): SequentialDecider | Promise<SequentialDecider>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a catalogue holds steps of every options shape
export type AnyStepDefinition = StepDefinition<any, any>;

const NAME = /^[a-z][a-z0-9_]*$/;
const VERSION = /^\d+\.\d+\.\d+$/;

/** Declares a step; checks the definition itself (names, versions, option defaults) at load time. */
export function defineStep<S extends OptionsSpec, State = unknown>(def: StepDefinition<S, State>): StepDefinition<S, State> {
  if (!NAME.test(def.name)) throw stepsError('SLM_STEP_DEFINITION_INVALID', { step: def.name, problem: 'name must be snake_case' });
  if (!VERSION.test(def.version)) throw stepsError('SLM_STEP_DEFINITION_INVALID', { step: def.name, problem: `version "${def.version}" is not MAJOR.MINOR.PATCH` });
  const { problems } = validateOptions(def.options, {});
  if (problems.length) throw stepsError('SLM_STEP_DEFINITION_INVALID', { step: def.name, problem: problems.map((p) => `${p.key}: ${p.message}`).join('; ') });
  if (def.kind === 'keyed' && !def.createDecider) throw stepsError('SLM_STEP_DEFINITION_INVALID', { step: def.name, problem: 'keyed steps need createDecider' });
  return Object.freeze(def);
}

/**
 * Validates raw options for a step and returns them with defaults filled, or
 * throws SLM_STEP_OPTIONS_INVALID listing every problem.
 */
export function resolveOptions<S extends OptionsSpec>(def: StepDefinition<S, any>, raw: unknown): OptionsOf<S> {
  const { options, problems } = validateOptions(def.options, raw);
  if (problems.length) {
    throw coreError('SLM_STEP_OPTIONS_INVALID', { step: def.name, problem: problems.map((p) => `${p.key ? `${p.key}: ` : ''}${p.message}`).join('; ') });
  }
  return options;
}
