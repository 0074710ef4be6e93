/**
 * `@silkloom/server/governance`: scanning and assessing a stored corpus without
 * the HTTP layer (no Fastify is loaded), for the CLI's `scan`, `assess`,
 * `export --to` and `demo`, which must mean the same as the API's routes.
 */
export {
  assessCorpus, corpusTransferRequest, identifierHash, scanCorpus,
  type CorpusAssessment, type CorpusRequest, type ScanCorpusOptions, type ScanCorpusResult, type ScanProgress, type TransferFacts,
} from './corpus-governance.ts';
