/**
 * The default pipeline for a language pair, generated from the language
 * registry: the encoding check on the raw text, the normalisers the registry
 * lists for each side's language (one `normalize` step), then every
 * filter (length bounds in the unit of each script, the length ratio
 * calibrated for the pair, language and script checks, copies, numbers across
 * the scripts' own digits, encoding damage, boilerplate, repetition,
 * non-letters, soft terminal punctuation), the corpus-trained alignment score,
 * and exact plus near-duplicate removal last.
 */
import { canonicalLangTag } from '@silkloom/core';
import { stringify } from 'yaml';
import type { PipelineConfig, StepConfig } from './pipeline-config.ts';

export interface DefaultPipelineOptions {
  /** Protected test sets for decontamination (files). */
  protectedSets?: string[];
  /** Add the store lookup (store mode). */
  inStore?: boolean;
}

export function defaultPipeline(srcLang: string, tgtLang: string, extra: DefaultPipelineOptions = {}): PipelineConfig {
  canonicalLangTag(srcLang);
  canonicalLangTag(tgtLang);
  // Mojibake is judged on the raw text: normalising removes C1 controls, part of its evidence.
  const steps: StepConfig[] = [{ step: 'mojibake' }, { step: 'normalize' }];
  steps.push(
    { step: 'empty' },
    { step: 'length' },
    { step: 'length_ratio' },
    { step: 'language' },
    { step: 'script' },
    { step: 'untranslated' },
    { step: 'numbers' },
    { step: 'boilerplate' },
    { step: 'repetition' },
    { step: 'non_letter' },
    { step: 'punctuation' },
    { step: 'alignment' },
  );
  if (extra.protectedSets?.length) steps.push({ step: 'decontaminate', options: { files: extra.protectedSets } });
  steps.push({ step: 'exact_dedupe' }, { step: 'near_dedupe' });
  if (extra.inStore) steps.push({ step: 'store_dedupe' });
  return { identifier: 'auto', evaluate_all: true, steps };
}

/** The config as YAML with a header naming the pair, for `--print-config` and manifests. */
export function pipelineToYaml(config: PipelineConfig, header?: string): string {
  return `${header ? `# ${header}\n` : ''}${stringify(config)}`;
}
