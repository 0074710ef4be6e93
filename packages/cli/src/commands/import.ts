/**
 * `silkloom import FILE… --corpus NAME`: streams files into the store. Each
 * file (each Moses pair) is one import batch in one transaction: if it fails,
 * nothing of it stays, and the error names the file, line and unit. Files
 * already imported into the corpus (same SHA-256) are refused unless --force.
 */
import { basename } from 'node:path';
import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import { canonicalCountry, canonicalLangTag, formatDiagnostic, type Diagnostic } from '@silkloom/core';
import type { ImportResult, Store } from '@silkloom/store';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { cliError } from '../errors.ts';
import { fileSize, sha256OfFile } from '../file-source.ts';
import { IMPORT_FORMATS, openReader, planInputs, type ImportFormat, type ReaderInput } from '../readers.ts';
import { cliActor, withStore } from '../store-session.ts';
import type { Output } from '../output.ts';

export interface ImportOptions extends CommonOptions {
  corpus: string;
  format: ImportFormat;
  src?: string;
  tgt?: string;
  origin?: string;
  license?: string;
  domain?: string[];
  contributor?: string;
  org?: string;
  consent?: string;
  collected?: string;
  encoding?: string;
  skipInvalid?: boolean;
  bilingualOnly?: boolean;
  force?: boolean;
  /** Skip (instead of refusing) files already imported; used by `silkloom demo` to be re-runnable. */
  skipAlreadyImported?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

export function registerImport(program: Command): void {
  withCommonOptions(
    program
      .command('import')
      .description('import TMX, XLIFF, TSV/CSV, Moses or JSONL files into a corpus (created if missing)')
      .argument('<files...>', 'files to import (Moses: SOURCE TARGET pairs)')
      .requiredOption('--corpus <name>', 'corpus to import into')
      .option('--format <format>', `input format: ${IMPORT_FORMATS.join('|')}`, 'auto')
      .option('--src <tag>', 'source language (TSV/CSV without header, Moses, or as a fallback)')
      .option('--tgt <tag>', 'target language (as --src)')
      .option('--origin <CC>', 'origin jurisdiction of the data, ISO 3166-1 alpha-2 (e.g. CN, TH)')
      .option('--license <id>', 'SPDX licence id or named agreement (e.g. CC-BY-4.0)')
      .option('--domain <d>', 'domain label(s) for every unit; repeat or comma-separate', collect)
      .option('--contributor <name>', 'person or team who contributed the data')
      .option('--org <name>', 'organisation the data comes from')
      .option('--consent <basis>', 'legal basis for personal data in it (consent, contract, public, none-personal …)')
      .option('--collected <date>', 'collection date, YYYY-MM-DD')
      .option('--encoding <label>', 'input encoding when there is no BOM: utf-8, utf-16le, utf-16be, gb18030, big5 …')
      .option('--skip-invalid', 'skip invalid units (reported as diagnostics) instead of failing the import')
      .option('--bilingual-only', 'skip units with a single language (untranslated segments, monolingual text), with a warning')
      .option('--force', 'import even when the same file was already imported into this corpus'),
  ).action(async (files: string[], opts: ImportOptions) => {
    const out = outputFor(opts);
    const results = await runImportFiles(files, opts, out);
    out.result({ corpus: opts.corpus, imports: results }, () => renderResults(results));
  });
}

export interface FileResult extends ImportResult {
  files: string[];
  /** True when the file was skipped because it was imported before (only with skipAlreadyImported). */
  alreadyImported?: boolean;
  format: string;
  sha256: string;
  diagnostics: { count: number; shown: Diagnostic[] };
}

/** Imports files one batch each; stops at the first failing file (earlier files stay imported). */
export async function runImportFiles(files: string[], opts: ImportOptions, out: Output): Promise<FileResult[]> {
  const batchFacts = validateBatchFacts(opts);
  for (const file of files) await access(file).catch((cause) => { throw cliError('SLM_CLI_FILE_NOT_FOUND', { file, reason: cause.code ?? String(cause) }, { cause }); });
  const inputs = await planInputs(files, opts.format);
  return withStore(opts, async (store) => {
    if (!(await store.corpora.get(opts.corpus))) {
      await store.corpora.create({ name: opts.corpus, ownerOrg: opts.org, defaultLicence: opts.license, domains: opts.domain ?? [] }, { actor: cliActor() });
      out.info(`created corpus "${opts.corpus}"`);
    }
    const results: FileResult[] = [];
    for (const input of inputs) results.push(await importOne(store, input, opts, batchFacts, out));
    return results;
  });
}

function validateBatchFacts(opts: ImportOptions) {
  if (opts.collected && !/^\d{4}-\d{2}-\d{2}$/.test(opts.collected)) throw cliError('SLM_CLI_INVALID_DATE', { value: opts.collected });
  if (opts.collected && Number.isNaN(Date.parse(opts.collected))) throw cliError('SLM_CLI_INVALID_DATE', { value: opts.collected });
  return {
    srcLang: opts.src ? canonicalLangTag(opts.src) : undefined,
    tgtLang: opts.tgt ? canonicalLangTag(opts.tgt) : undefined,
    originJurisdiction: opts.origin ? canonicalCountry(opts.origin) : undefined,
  };
}

async function importOne(
  store: Store,
  input: ReaderInput,
  opts: ImportOptions,
  facts: ReturnType<typeof validateBatchFacts>,
  out: Output,
): Promise<FileResult> {
  const hashes = await Promise.all(input.files.map(sha256OfFile));
  // A Moses pair is identified by both files' hashes together.
  const sha256 = hashes.length === 1 ? hashes[0]! : hashes.join(':');
  const label = input.files.map((f) => basename(f)).join(' + ');
  const earlier = await store.imports.findBySha(opts.corpus, sha256);
  if (earlier && opts.skipAlreadyImported) {
    return {
      batchId: earlier.batchId, corpus: opts.corpus, units: earlier.units, variants: earlier.variants, byLang: {}, auditSeq: -1,
      files: input.files, format: input.format, sha256, alreadyImported: true, diagnostics: { count: 0, shown: [] },
    };
  }
  if (earlier && !opts.force) {
    throw cliError('SLM_CLI_ALREADY_IMPORTED', { file: label, sha: sha256.slice(0, 12), corpus: opts.corpus, batchId: earlier.batchId, when: earlier.createdAt });
  }
  const total = (await Promise.all(input.files.map(fileSize))).reduce((a, b) => a + b, 0);
  const progress = out.progress(`import ${label}`, 'bytes', total);
  let read = 0;
  const diagnostics: Diagnostic[] = [];
  let diagnosticCount = 0;
  const onDiagnostic = (d: Diagnostic) => {
    diagnosticCount += 1;
    if (diagnostics.length < 50) diagnostics.push(d);
    if (diagnosticCount <= 20) out.warn(formatDiagnostic(d));
  };
  try {
    const result = await store.imports.run(
      opts.corpus,
      {
        sourceFile: input.files.join(' + '),
        sourceSha256: sha256,
        format: input.format,
        contributor: opts.contributor,
        organisation: opts.org,
        originJurisdiction: facts.originJurisdiction,
        licence: opts.license,
        consentBasis: opts.consent,
        collectedAt: opts.collected,
        domains: opts.domain,
        options: { srcLang: facts.srcLang ?? null, tgtLang: facts.tgtLang ?? null, encoding: opts.encoding ?? null, skipInvalid: Boolean(opts.skipInvalid) },
      },
      async (sink) => {
        const units = openReader(input, {
          encoding: opts.encoding,
          srcLang: facts.srcLang,
          tgtLang: facts.tgtLang,
          skipInvalid: Boolean(opts.skipInvalid),
          keepMonolingual: !opts.bilingualOnly,
          onDiagnostic,
          onBytes: (n) => progress.update((read += n)),
        });
        for await (const unit of units) await sink.add(unit);
      },
      { actor: cliActor() },
    );
    if (diagnosticCount > 20) out.warn(`… ${diagnosticCount - 20} more diagnostics`);
    return { ...result, files: input.files, format: input.format, sha256, diagnostics: { count: diagnosticCount, shown: diagnostics } };
  } finally {
    progress.stop();
  }
}

function renderResults(results: FileResult[]): string {
  return results
    .map((r) => {
      const langs = Object.entries(r.byLang).map(([lang, n]) => `${lang}:${n}`).join(' ');
      if (r.alreadyImported) return `${r.files.join(' + ')}: already imported as batch ${r.batchId}, skipped`;
      const skipped = r.diagnostics.count ? `, ${r.diagnostics.count} diagnostics` : '';
      return `${r.files.join(' + ')} → ${r.corpus}: ${r.units} units, ${r.variants} variants (${langs}) as batch ${r.batchId}${skipped}`;
    })
    .join('\n');
}
