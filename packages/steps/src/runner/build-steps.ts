/**
 * Turns a resolved pipeline into step instances for one thread: the main
 * thread (fitting, in-process runs, keyed deciders) and every worker build
 * the same steps from the same names, options and fitted states.
 */
import { languageInfo } from '@silkloom/core';
import type { LanguageIdentifier } from '../language-identifier.ts';
import { identifierByName } from '../identifiers.ts';
import type { ResolvedPipeline, StepOptions } from '../pipeline/pipeline-config.ts';
import { stepDefinition } from '../pipeline/catalog.ts';
import { stepsError } from '../errors.ts';
import type { StepContext, StepServices } from '../step.ts';
import type { BuiltStep } from './process-chunk.ts';

/** What crosses to a worker: step names and options, not definitions. */
export interface PipelinePlan {
  identifier: string;
  evaluateAll: boolean;
  steps: Array<{ name: string; options: StepOptions }>;
  srcLang: string;
  tgtLang: string;
}

export function planOf(pipeline: ResolvedPipeline, srcLang: string, tgtLang: string): PipelinePlan {
  return {
    identifier: pipeline.identifier,
    evaluateAll: pipeline.evaluateAll,
    steps: pipeline.steps.map((s) => ({ name: s.def.name, options: s.options })),
    srcLang,
    tgtLang,
  };
}

export function contextOf(plan: PipelinePlan, identifier?: LanguageIdentifier, services?: StepServices): StepContext {
  return {
    srcLang: plan.srcLang,
    tgtLang: plan.tgtLang,
    src: languageInfo(plan.srcLang),
    tgt: languageInfo(plan.tgtLang),
    identifier: identifier ?? identifierByName(plan.identifier),
    ...(services ? { services } : {}),
  };
}

export function definitionOf(name: string) {
  const def = stepDefinition(name);
  if (!def) throw stepsError('SLM_STEP_UNKNOWN', { step: name, where: '', known: '' });
  return def;
}

/** Builds instances of steps [0, upTo) with their fitted states; `skipCostly` leaves out steps marked costly. */
export function buildSteps(plan: PipelinePlan, ctx: StepContext, states: readonly unknown[], upTo = plan.steps.length, skipCostly = false): BuiltStep[] {
  return plan.steps
    .slice(0, upTo)
    .map((s, i) => ({ s, i, def: definitionOf(s.name) }))
    .filter(({ def }) => !(skipCostly && def.costly))
    .map(({ s, i, def }) => ({ name: s.name, instance: def.create(s.options, ctx, states[i]), index: i }));
}
