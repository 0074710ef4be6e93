/**
 * The facts of a cross-border transfer that the store cannot know, as options
 * shared by `silkloom assess --corpus` and `silkloom export --to`, and the
 * run-and-record step both use.
 */
import type { Command } from 'commander';
import { loadRulePacks } from '@silkloom/governance';
import { assessCorpus as assessStoredCorpus, type CorpusAssessment, type TransferFacts } from '@silkloom/server/governance';
import type { Store } from '@silkloom/store';
import { rulesDir } from './commands/rules-dir.ts';

/** The options as commander parses them: the typed facts, plus the flags whose names or types differ. */
export interface TransferOptions
  extends Partial<Pick<TransferFacts, 'to' | 'purpose' | 'asOf' | 'exporterCountry' | 'exporterCity' | 'ciio' | 'ftz' | 'recipientRestricted' | 'stateSecret'>> {
  importantData?: boolean;
  priorIndividuals?: string;
  priorSensitive?: string;
  rules?: string;
}

export function withTransferOptions(cmd: Command): Command {
  return cmd
    .option('--to <CC>', 'destination country (ISO 3166-1 alpha-2)')
    .option('--purpose <p>', 'academic_cooperation|commercial|contract_with_individual|hr_management|emergency|return_of_foreign_data')
    .option('--as-of <date>', 'date the rules are taken at (default today)')
    .option('--exporter-country <CC>', 'where the exporter is (default CN)')
    .option('--exporter-city <city>', 'exporter city (the GBA route needs it, e.g. Guangzhou)')
    .option('--ciio', 'the exporter is a critical information infrastructure operator')
    .option('--no-ciio', 'the exporter is not a CIIO')
    .option('--ftz <name>', 'the exporter\'s free-trade zone, if any')
    .option('--recipient-restricted', 'the recipient is on a restricted or unreliable-entity list')
    .option('--state-secret', 'the data contains state secrets')
    .option('--important-data', 'an authority has notified the data as important data')
    .option('--prior-individuals <n>', 'individuals already exported this year outside Silkloom')
    .option('--prior-sensitive <n>', 'of which sensitive')
    .option('--rules <dir>', 'rule pack folder (env SILKLOOM_RULES, default ./rules)');
}

export function transferFacts(opts: TransferOptions): TransferFacts {
  return {
    to: opts.to!,
    purpose: opts.purpose!,
    asOf: opts.asOf,
    exporterCountry: opts.exporterCountry,
    exporterCity: opts.exporterCity,
    ciio: opts.ciio,
    ftz: opts.ftz,
    recipientRestricted: opts.recipientRestricted,
    stateSecret: opts.stateSecret,
    importantDataNotified: opts.importantData,
    priorIndividuals: opts.priorIndividuals === undefined ? undefined : Number(opts.priorIndividuals),
    priorSensitiveIndividuals: opts.priorSensitive === undefined ? undefined : Number(opts.priorSensitive),
  };
}

/** Builds the request from the store, assesses it against the packs and records an `assess` audit entry. */
export function assessCorpus(store: Store, corpus: string, opts: TransferOptions, actor: string): Promise<CorpusAssessment> {
  return assessStoredCorpus(store, corpus, transferFacts(opts), loadRulePacks(rulesDir(opts.rules)), actor);
}
