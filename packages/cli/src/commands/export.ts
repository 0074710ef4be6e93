/**
 * `silkloom export --corpus NAME --format F --out PATH`: streams a corpus out
 * and writes `PATH.manifest.json` beside it (filters, counts, sha256 of every
 * file written), so a recipient can check what they got.
 *
 * With `--to CC --purpose P` the transfer is assessed first (see
 * transfer-options.ts): FORBIDDEN, ESCALATE and SECURITY_ASSESSMENT are
 * refused unless `--approval REF` names the human decision; the obligations
 * are printed; decision, approval and obligations go into the manifest and the
 * audit log.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { canonicalCountry, canonicalLangTag, isUnitStatus, UNIT_STATUSES, type StoredUnit, type UnitStatus } from '@silkloom/core';
import { fileSink, writeDelimited, writeJsonl, writeMoses, writeParquet, writeTmx, writeXliff } from '@silkloom/formats';
import type { Store, UnitFilter } from '@silkloom/store';
import { assessCorpus, withTransferOptions, type TransferOptions } from '../transfer-options.ts';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { cliError } from '../errors.ts';
import { cliActor, withStore } from '../store-session.ts';
import type { Output, Progress } from '../output.ts';

export const EXPORT_FORMATS = ['tmx', 'xliff', 'tsv', 'moses', 'jsonl', 'parquet'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Decisions that need a person (or an authority) before data may leave. */
const NEEDS_APPROVAL = new Set(['FORBIDDEN', 'ESCALATE', 'SECURITY_ASSESSMENT']);

export interface ExportOptions extends CommonOptions, TransferOptions {
  approval?: string;
  corpus: string;
  format: ExportFormat;
  out: string;
  langs?: string;
  status?: string;
  domain?: string;
  src?: string;
}

export function registerExport(program: Command): void {
  withCommonOptions(
    withTransferOptions(program
      .command('export')
      .description('export a corpus to a file, with a manifest (counts, sha256) beside it')
      .requiredOption('--corpus <name>', 'corpus to export')
      .requiredOption('--format <format>', EXPORT_FORMATS.join('|'))
      .requiredOption('--out <path>', 'output file (Moses: a prefix; PATH.<lang> is written per language)')
      .option('--langs <tags>', 'comma-separated languages; units must have all of them (TSV, XLIFF and Moses need them: source first)')
      .option('--status <list>', `only units with these statuses (${UNIT_STATUSES.join(',')})`)
      .option('--domain <d>', 'only units with this domain label')
      .option('--src <tag>', 'source language written into TMX/XLIFF headers (default: first of --langs, else zh-Hans)')
      .option('--approval <ref>', 'reference of the approval that allows a FORBIDDEN/ESCALATE/SECURITY_ASSESSMENT transfer')),
  ).action(async (opts: ExportOptions) => {
    const out = outputFor(opts);
    const manifest = await runExport(opts, out);
    out.result(manifest, () => `${manifest.units} units → ${manifest.files.map((f) => f.path).join(', ')}\nmanifest: ${manifest.manifestPath}`);
  });
}

export interface ExportManifest {
  tool: string;
  createdAt: string;
  corpus: string;
  format: ExportFormat;
  filter: { langs: string[]; status: UnitStatus[]; domain?: string };
  units: number;
  skipped: number;
  files: Array<{ path: string; bytes: number; sha256: string }>;
  manifestPath: string;
  transfer?: TransferRecord;
}

interface TransferRecord {
  to: string;
  purpose: string;
  decision: string;
  approval?: string;
  legs: Array<{ jurisdiction: string; decision: string; obligations: string[] }>;
  assumptions: string[];
  packs: Record<string, string>;
  /** This export's own individuals, added to the year's counters of later assessments. */
  own: { individuals: number; sensitiveIndividuals: number };
}

function parseFilter(opts: ExportOptions): { langs: string[]; status: UnitStatus[] } {
  const langs = (opts.langs ?? '').split(',').map((s) => s.trim()).filter(Boolean).map(canonicalLangTag);
  const status = (opts.status ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of status) if (!isUnitStatus(s)) throw cliError('SLM_CLI_USAGE', { problem: `unknown status "${s}"; use ${UNIT_STATUSES.join(', ')}` });
  if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) {
    throw cliError('SLM_CLI_USAGE', { problem: `unknown export format "${opts.format}"; use ${EXPORT_FORMATS.join(', ')}` });
  }
  const needsTwo = opts.format === 'moses' || opts.format === 'xliff';
  if (needsTwo && langs.length !== 2) throw cliError('SLM_CLI_USAGE', { problem: `${opts.format} export needs --langs SRC,TGT (two languages)` });
  if ((opts.format === 'tsv' || opts.format === 'parquet') && langs.length < 2) throw cliError('SLM_CLI_USAGE', { problem: `${opts.format} export needs --langs with at least two languages (the columns)` });
  return { langs, status: status as UnitStatus[] };
}

export async function runExport(opts: ExportOptions, out: Output): Promise<ExportManifest> {
  const { langs, status } = parseFilter(opts);
  if (opts.to && !opts.purpose) throw cliError('SLM_CLI_USAGE', { problem: 'export --to needs --purpose (the transfer is assessed before anything is written)' });
  return withStore(opts, async (store) => {
    await store.corpora.require(opts.corpus);
    const transfer = opts.to ? await checkTransfer(store, opts, out) : undefined;
    const filter: UnitFilter = { corpus: opts.corpus, langs: langs.length ? langs : undefined, status: status.length ? status : undefined, domain: opts.domain };
    const total = await store.units.count(filter);
    const progress = out.progress(`export ${opts.corpus}`, 'units', total);
    let units = 0;
    const counted = countUnits(store.units.stream(filter), progress, () => (units += 1));
    const srcLang = opts.src ? canonicalLangTag(opts.src) : (langs[0] ?? 'zh-Hans');
    let paths: string[];
    let skipped = 0;
    try {
      ({ paths, skipped } = await writeFormat(opts, counted, langs, srcLang));
    } finally {
      progress.stop();
    }
    const files = await Promise.all(paths.map(describeFile));
    const manifestPath = `${opts.out}.manifest.json`;
    const manifest: ExportManifest = {
      tool: 'silkloom 0.1.0',
      createdAt: new Date().toISOString(),
      corpus: opts.corpus,
      format: opts.format,
      filter: { langs, status, ...(opts.domain ? { domain: opts.domain } : {}) },
      units: units - skipped,
      skipped,
      files,
      manifestPath,
      ...(transfer ? { transfer } : {}),
    };
    await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    await store.audit.append({
      action: 'export',
      actor: cliActor(),
      subject: `corpus:${opts.corpus}`,
      details: JSON.parse(JSON.stringify({ format: opts.format, filter: manifest.filter, units: manifest.units, files, transfer })),
    });
    return manifest;
  });
}

/** Assesses the transfer; throws SLM_CLI_EXPORT_REFUSED when it needs an approval that was not given. */
async function checkTransfer(store: Store, opts: ExportOptions, out: Output): Promise<TransferRecord> {
  const { assessment, assumptions, own } = await assessCorpus(store, opts.corpus, opts, cliActor());
  const record: TransferRecord = {
    to: canonicalCountry(opts.to!),
    purpose: opts.purpose!,
    decision: assessment.decision,
    ...(opts.approval ? { approval: opts.approval } : {}),
    legs: assessment.legs.map((l) => ({ jurisdiction: l.jurisdiction, decision: l.decision, obligations: l.obligations })),
    assumptions: [...assumptions, ...(assessment.assumptions ?? [])],
    packs: assessment.packs,
    own,
  };
  if (NEEDS_APPROVAL.has(assessment.decision) && !opts.approval) {
    const missing = assessment.legs.flatMap((l) => l.missing ?? []);
    const why = missing.length ? ` (missing facts: ${missing.join(', ')})` : '';
    await store.audit.append({ action: 'export-refused', actor: cliActor(), subject: `corpus:${opts.corpus}`, details: JSON.parse(JSON.stringify(record)) });
    throw cliError('SLM_CLI_EXPORT_REFUSED', { corpus: opts.corpus, to: opts.to, decision: assessment.decision, why });
  }
  out.info(`transfer to ${opts.to} (${opts.purpose}): ${assessment.decision}${opts.approval ? `, approved as ${opts.approval}` : ''}`);
  for (const leg of assessment.legs) for (const o of leg.obligations) out.info(`  obligation (${leg.jurisdiction}): ${o}`);
  return record;
}

async function* countUnits(units: AsyncIterable<StoredUnit>, progress: Progress, onUnit: () => void): AsyncIterable<StoredUnit> {
  for await (const unit of units) {
    onUnit();
    progress.increment();
    yield unit;
  }
}

async function writeFormat(opts: ExportOptions, units: AsyncIterable<StoredUnit>, langs: string[], srcLang: string): Promise<{ paths: string[]; skipped: number }> {
  if (opts.format === 'parquet') {
    const stats = await writeParquet(units, opts.out, { langs });
    return { paths: [opts.out], skipped: stats.skipped };
  }
  if (opts.format === 'moses') {
    const [src, tgt] = langs as [string, string];
    const paths = [`${opts.out}.${src}`, `${opts.out}.${tgt}`];
    const srcSink = fileSink(paths[0]!);
    const tgtSink = fileSink(paths[1]!);
    const stats = await writeMoses(units, srcSink, tgtSink, { srcLang: src, tgtLang: tgt });
    await Promise.all([srcSink.close(), tgtSink.close()]);
    return { paths, skipped: stats.skipped };
  }
  const sink = fileSink(opts.out);
  let stats: { skipped: number };
  if (opts.format === 'tmx') stats = await writeTmx(units, sink, { srcLang, langs: langs.length ? langs : undefined });
  else if (opts.format === 'xliff') stats = await writeXliff(units, sink, { version: '1.2', srcLang: langs[0]!, tgtLang: langs[1]! });
  else if (opts.format === 'tsv') stats = await writeDelimited(units, sink, { delimiter: '\t', langs, header: true });
  else stats = await writeJsonl(units, sink);
  await sink.close();
  return { paths: [opts.out], skipped: stats.skipped };
}

async function describeFile(path: string): Promise<{ path: string; bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { path, bytes: (await stat(path)).size, sha256: hash.digest('hex') };
}

