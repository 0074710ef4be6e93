/**
 * `silkloom demo`: builds the demo corpus from the bundled files in data/demo
 * (written by the Silkloom authors), cleans it (units marked clean or rejected,
 * the HTML report written to --report), scans it for personal data, and prints
 * what is in it. Running it again is harmless: files already imported (same
 * SHA-256) are skipped, and cleaning and scanning give the same answers.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Store } from '@silkloom/store';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { runImportFiles, type FileResult } from './import.ts';
import { cliActor, withStore } from '../store-session.ts';
import { cleanCorpus, type CleanCorpusResult } from '../clean-corpus.ts';
import { scanCorpus, type ScanCorpusResult } from '@silkloom/server/governance';
import { renderStats } from './stats.ts';
import type { Output } from '../output.ts';

export const DEMO_DIR = fileURLToPath(new URL('../../../../data/demo/', import.meta.url));
export const DEMO_CORPUS = 'demo';
const DEMO_FILE = /^demo.*\.(tmx|xliff|xlf|tsv)$/;

export interface DemoOptions extends CommonOptions {
  corpus: string;
  /** Where the cleaning report goes (default silkloom-demo-report.html). */
  report?: string;
}

export const DEMO_REPORT = 'silkloom-demo-report.html';

export function registerDemo(program: Command): void {
  withCommonOptions(
    program
      .command('demo')
      .description('build the demo corpus from the bundled data/demo files and show what is in it')
      .option('--corpus <name>', 'name of the demo corpus', DEMO_CORPUS)
      .option('--report <file>', 'where to write the cleaning report', DEMO_REPORT),
  ).action(async (opts: DemoOptions) => {
    const out = outputFor(opts);
    const summary = await buildDemo(opts, out);
    out.result(summary, () => renderDemo(summary));
  });
}

export interface DemoSummary {
  corpus: string;
  imported: Array<Pick<FileResult, 'files' | 'units' | 'batchId'>>;
  skipped: string[];
  stats: Awaited<ReturnType<Store['stats']>>;
  samples: Array<Record<string, string>>;
  clean: Omit<CleanCorpusResult, 'reportHtml'> & { report: string };
  scan: Pick<ScanCorpusResult, 'runId' | 'findings'> & { personal: string; findingsByType: Record<string, number> };
}

export async function demoFiles(): Promise<string[]> {
  const names = (await readdir(DEMO_DIR)).filter((n) => DEMO_FILE.test(n)).sort();
  return names.map((n) => join(DEMO_DIR, n));
}

export async function buildDemo(opts: DemoOptions, out: Output): Promise<DemoSummary> {
  const files = await demoFiles();
  const imported: DemoSummary['imported'] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const results = await runImportFiles([file], {
      ...opts,
      corpus: opts.corpus,
      format: 'auto',
      license: 'CC-BY-4.0',
      contributor: 'Silkloom authors',
      org: 'Silkloom',
      origin: 'CN',
      consent: 'none-personal',
      skipInvalid: true,
      skipAlreadyImported: true,
    }, out);
    for (const r of results) {
      if (r.alreadyImported) skipped.push(r.files.join(' + '));
      else imported.push({ files: r.files, units: r.units, batchId: r.batchId });
    }
  }
  return withStore(opts, async (store) => {
    const cleaned = await cleanCorpus(store, { corpus: opts.corpus, srcLang: 'zh-Hans', workers: 1, actor: cliActor(), codeVersion: '0.1.0' }, out);
    const report = opts.report ?? DEMO_REPORT;
    await writeFile(report, cleaned.reportHtml);
    const scanned = await scanCorpus(store, opts.corpus, { actor: cliActor() }, out.progress('scan demo'));
    const stats = await store.stats(opts.corpus);
    const page = await store.units.list({ corpus: opts.corpus, langs: ['zh-Hans'] }, { limit: 4 });
    const samples = page.units.map((u) => Object.fromEntries(Object.entries(u.variants).slice(0, 4).map(([lang, v]) => [lang, v.text])));
    const { reportHtml: _html, ...clean } = cleaned;
    return {
      corpus: opts.corpus, imported, skipped, stats, samples,
      clean: { ...clean, report },
      scan: { runId: scanned.runId, findings: scanned.findings, personal: scanned.grade.personal, findingsByType: scanned.grade.findingsByType },
    };
  });
}

function renderDemo(summary: DemoSummary): string {
  const lines = [`Silkloom demo corpus "${summary.corpus}"`, ''];
  for (const i of summary.imported) lines.push(`  imported ${i.files.map((f) => f.replace(DEMO_DIR, 'data/demo/')).join(' + ')}: ${i.units} units`);
  for (const s of summary.skipped) lines.push(`  already in the store: ${s.replace(DEMO_DIR, 'data/demo/')}`);
  const c = summary.clean;
  lines.push(
    '',
    `cleaned: ${c.units.clean} units clean, ${c.units.rejected} rejected (reasons kept per unit); report: ${c.report}`,
    `scanned for personal data: ${summary.scan.findings} finding(s) (${Object.entries(summary.scan.findingsByType).map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}); personal information: ${summary.scan.personal}`,
  );
  lines.push('', renderStats(summary.stats), '', 'a few units:');
  for (const sample of summary.samples) lines.push(...Object.entries(sample).map(([lang, text]) => `  ${lang.padEnd(8)} ${text}`), '');
  lines.push(
    'try next:',
    '  npx silkloom corpora show demo',
    '  npx silkloom stats --corpus demo --json',
    '  npx silkloom export --corpus demo --format tmx --langs zh-Hans,th --status clean --out demo-zh-th.tmx',
    '  npx silkloom search 榴莲 --corpus demo',
    '  npx silkloom assess --corpus demo --to TH --purpose academic_cooperation --no-ciio',
    '  npm start   (the web UI)',
  );
  return lines.join('\n');
}
