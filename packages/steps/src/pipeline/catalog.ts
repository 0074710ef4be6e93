/**
 * Every step a pipeline config can name, by name. `registerStep` adds a
 * custom one (it must be registered in worker threads too: pass its module in
 * `PipelineConfig.modules` — the hook for plug-ins).
 */
import { alignmentFilter } from '../align/alignment-filter.ts';
import { decontaminate } from '../dedupe/decontaminate.ts';
import { exactDedupe } from '../dedupe/exact-dedupe.ts';
import { nearDedupe } from '../dedupe/near-dedupe.ts';
import { storeDedupe } from '../dedupe/store-dedupe.ts';
import { boilerplateFilter } from '../filters/boilerplate-filter.ts';
import { emptyFilter } from '../filters/empty-filter.ts';
import { languageFilter } from '../filters/language-filter.ts';
import { lengthFilter } from '../filters/length-filter.ts';
import { lengthRatioFilter } from '../filters/length-ratio-filter.ts';
import { mojibakeFilter } from '../filters/mojibake-filter.ts';
import { nonLetterFilter } from '../filters/non-letter-filter.ts';
import { numberFilter } from '../filters/number-filter.ts';
import { punctuationFilter } from '../filters/punctuation-filter.ts';
import { repetitionFilter } from '../filters/repetition-filter.ts';
import { scriptFilter } from '../filters/script-filter.ts';
import { untranslatedFilter } from '../filters/untranslated-filter.ts';
import { textNormalizer } from '../normalizers/text-normalizer.ts';
import type { AnyStepDefinition } from '../step.ts';

const catalog = new Map<string, AnyStepDefinition>();

export function registerStep(def: AnyStepDefinition): void {
  catalog.set(def.name, def);
}

for (const def of [
  textNormalizer,
  emptyFilter, lengthFilter, lengthRatioFilter, languageFilter, scriptFilter, untranslatedFilter, numberFilter,
  mojibakeFilter, boilerplateFilter, repetitionFilter, nonLetterFilter, punctuationFilter, alignmentFilter,
  exactDedupe, nearDedupe, storeDedupe, decontaminate,
] as AnyStepDefinition[]) registerStep(def);

export function stepDefinition(name: string): AnyStepDefinition | undefined {
  return catalog.get(name);
}

export function stepNames(): string[] {
  return [...catalog.keys()];
}
