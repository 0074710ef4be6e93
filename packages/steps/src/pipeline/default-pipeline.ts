/**
 * The default pipeline for a language pair, generated from the language
 * registry: normalisers that apply to the two languages first, then every
 * filter (length bounds in the unit of each script, the length ratio
 * calibrated for the pair, language and script checks, copies, numbers across
 * the scripts' own digits, encoding damage, boilerplate, repetition,
 * non-letters, soft terminal punctuation), the corpus-trained alignment score,
 * and exact plus near-duplicate removal last.
 */
import { canonicalLangTag, languageInfo } from '@silkloom/core';
import { stringify } from 'yaml';
import type { PipelineConfig, StepConfig } from './pipeline-config.ts';

export interface DefaultPipelineOptions {
  /** Protected test sets for decontamination (files). */
  protectedSets?: string[];
  /** Add the store lookup (store mode). */
  inStore?: boolean;
}

export function defaultPipeline(srcLang: string, tgtLang: string, extra: DefaultPipelineOptions = {}): PipelineConfig {
  const src = languageInfo(canonicalLangTag(srcLang));
  const tgt = languageInfo(canonicalLangTag(tgtLang));
  const normalizers = new Set([...(src?.normalizers ?? []), ...(tgt?.normalizers ?? [])]);
  const steps: StepConfig[] = [{ step: 'strip_markup' }, { step: 'normalize_unicode' }];
  if (normalizers.has('fullwidth-latin')) steps.push({ step: 'halfwidth_latin' });
  if (normalizers.has('zawgyi')) steps.push({ step: 'zawgyi' });
  steps.push(
    { step: 'empty' },
    { step: 'length' },
    { step: 'length_ratio' },
    { step: 'language' },
    { step: 'script' },
    { step: 'untranslated' },
    { step: 'numbers' },
    { step: 'mojibake' },
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
