/**
 * @silkloom/steps — the cleaning pipeline: step model, filters, dedupe, the
 * corpus-trained alignment score, the runner (worker threads, ordered
 * output), YAML configs, run manifests and the HTML report.
 */
export * from './errors.ts';
export * from './step.ts';
export * from './options-schema.ts';
export * from './language-identifier.ts';
export { identifierByName, identifierNames, registerIdentifier } from './identifiers.ts';
export { scriptOnlyIdentifier } from './script-identifier.ts';
export { cleanPairs, CleanRun, type CleanOptions, type PairDecision, type FitReport } from './runner/clean-pairs.ts';
export { TsvCleanRun, type TsvCleanOptions, type TsvOutputBlock, type TsvExample } from './runner/clean-tsv.ts';
export type { PairItem } from './runner/process-chunk.ts';
export { type RunStats, type StepStats, mergeRunStats } from './runner/run-stats.ts';
export { defaultPipeline, pipelineToYaml, type DefaultPipelineOptions } from './pipeline/default-pipeline.ts';
export { parsePipelineYaml, resolvePipeline, type PipelineConfig, type ResolvedPipeline, type StepConfig } from './pipeline/pipeline-config.ts';
export { registerStep, stepDefinition, stepNames } from './pipeline/catalog.ts';
export { buildManifest, type RunManifest, type ManifestInput } from './pipeline/manifest.ts';
export { ReportCollector, type ReportData } from './report/report-data.ts';
export { renderReportHtml } from './report/report-html.ts';
export { pairHash, dedupeKey } from './dedupe/pair-key.ts';
export { emptyFilter } from './filters/empty-filter.ts';
export { lengthFilter } from './filters/length-filter.ts';
export { lengthRatioFilter } from './filters/length-ratio-filter.ts';
export { languageFilter } from './filters/language-filter.ts';
export { scriptFilter } from './filters/script-filter.ts';
export { untranslatedFilter } from './filters/untranslated-filter.ts';
export { numberFilter, numberAgreement } from './filters/number-filter.ts';
export { mojibakeFilter } from './filters/mojibake-filter.ts';
export { boilerplateFilter } from './filters/boilerplate-filter.ts';
export { repetitionFilter } from './filters/repetition-filter.ts';
export { nonLetterFilter } from './filters/non-letter-filter.ts';
export { punctuationFilter } from './filters/punctuation-filter.ts';
export { alignmentFilter } from './align/alignment-filter.ts';
export { exactDedupe } from './dedupe/exact-dedupe.ts';
export { nearDedupe } from './dedupe/near-dedupe.ts';
export { storeDedupe } from './dedupe/store-dedupe.ts';
export { decontaminate } from './dedupe/decontaminate.ts';
export { textNormalizer } from './normalizers/text-normalizer.ts';
