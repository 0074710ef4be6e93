/**
 * `silkloom clean` (file mode): runs the cleaning pipeline over a TSV file of
 * `src<TAB>tgt` lines and writes
 * - KEPT: the normalised `src<TAB>tgt` of kept pairs, in input order;
 * - REJECTED: `LINE<TAB>REASON<TAB>src<TAB>tgt<TAB>ALL_REASONS` (LINE is the
 *   1-based input line, REASON the primary reason, src/tgt as read);
 * - `KEPT.manifest.json`: steps, versions, options, input SHA-256, code
 *   version, statistics and timing;
 * - with --report: a self-contained HTML report and `report.json` beside it.
 * FILE may also be any importable format (TMX, XLIFF, JSONL, CSV …): its units'
 * src/tgt variants are cleaned and LINE is the line the unit starts on.
 * Store mode (`--corpus NAME`, see clean-corpus.ts) marks units clean or
 * rejected in the store and keeps the run with its report.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { canonicalLangTag, formatDiagnostic, isUnitStatus, type UnitStatus } from '@silkloom/core';
import { type CleanOptions, type CleanRun, ReportCollector, TsvCleanRun, buildManifest, cleanPairs, defaultPipeline, parsePipelineYaml, pipelineToYaml, renderReportHtml, type RunManifest } from '@silkloom/steps';
import { CLEANABLE, cleanCorpus } from '../clean-corpus.ts';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { cliError } from '../errors.ts';
import type { Output } from '../output.ts';
import { inputPairs, isTsvInput, noteMalformed, type TsvSource, tsvBytes } from './tsv-pairs.ts';

interface CleanCliOptions extends CommonOptions {
  in?: string;
  src?: string;
  tgt?: string;
  status?: string;
  out?: string;
  rejected?: string;
  config?: string;
  report?: string;
  workers?: string;
  protect?: string[];
  printConfig?: boolean;
  corpus?: string;
}

/** Buffered line writer that respects back-pressure. */
class LineWriter {
  private buf: string[] = [];
  private size = 0;
  private readonly stream: WriteStream;
  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }
  /** Buffers a line; a promise (to await) only when the buffer was flushed and the stream is full. */
  line(text: string): Promise<void> | undefined {
    this.buf.push(text, '\n');
    this.size += text.length + 1;
    return this.size > 1 << 16 ? this.flush() : undefined;
  }
  async flush(): Promise<void> {
    if (!this.buf.length) return;
    const ok = this.stream.write(this.buf.join(''));
    this.buf = [];
    this.size = 0;
    if (!ok) await new Promise<void>((r) => this.stream.once('drain', () => r()));
  }
  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

async function codeVersion(): Promise<string> {
  try {
    return (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function summaryText(m: RunManifest, malformed: number): string {
  const p = m.stats.pairs;
  const reasons = Object.entries(p).filter(([k]) => k.startsWith('primary:')).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.slice(8).padEnd(16)} ${v}`);
  return [
    `read ${p.seen ?? 0} pairs: kept ${p.kept ?? 0}, dropped ${p.dropped ?? 0}${malformed ? `, ${malformed} malformed line(s) skipped` : ''} (${m.timing.pairsPerSecond} pairs/s, ${m.timing.workers} worker(s))`,
    ...(reasons.length ? ['dropped by primary reason:', ...reasons] : []),
  ].join('\n');
}

async function cleanStoredCorpus(opts: CleanCliOptions, workers: number, out: Output): Promise<void> {
  const statuses = opts.status?.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of statuses ?? []) if (!isUnitStatus(s)) throw cliError('SLM_CLI_USAGE', { problem: `unknown status "${s}"` });
  const srcLang = canonicalLangTag(opts.src ?? 'zh-Hans');
  const pipeline = opts.config ? parsePipelineYaml(await readFile(opts.config, 'utf8'), opts.config) : undefined;
  const corpus = opts.corpus!;
  // Loaded here: file mode never opens the store (clean-main.ts).
  const { cliActor, withStore } = await import('../store-session.ts');
  const result = await withStore(opts, async (store) =>
    cleanCorpus(
      store,
      { corpus, srcLang, tgtLangs: opts.tgt ? [canonicalLangTag(opts.tgt)] : undefined, statuses: statuses as UnitStatus[] | undefined, pipeline, workers, actor: cliActor(), codeVersion: await codeVersion() },
      out,
    ),
  );
  if (opts.report) await writeFile(opts.report, result.reportHtml);
  const { reportHtml: _html, ...summary } = result;
  out.result({ ...summary, ...(opts.report ? { report: opts.report } : {}) }, () =>
    [
      `cleaned "${corpus}" (run ${result.runId}): ${result.units.clean} units clean, ${result.units.rejected} rejected, of ${result.units.seen}`,
      ...result.pairs.map((p) => `  ${p.srcLang} → ${p.tgtLang}: kept ${p.kept} of ${p.seen}${p.dropped ? ` (${Object.entries(p.reasons).sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')})` : ''}`),
      opts.report ? `report: ${opts.report}` : `report stored with run ${result.runId}`,
    ].join('\n'),
  );
}

type FileCleanOptions = Pick<CleanOptions, 'srcLang' | 'tgtLang' | 'pipeline' | 'workers'>;

/** Writes a byte block, waiting when the stream is full. */
async function writeBlock(stream: WriteStream, block: Uint8Array): Promise<void> {
  if (block.length && !stream.write(block)) await new Promise<void>((r) => stream.once('drain', () => r()));
}

async function closeStream(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

/**
 * A TSV file through the byte path (TsvCleanRun): workers split and decode
 * the lines and send back the output bytes, which are written here as they
 * come, in input order.
 */
async function cleanTsvFile(file: string, keptPath: string, rejectedPath: string, options: FileCleanOptions, collector: ReportCollector, onBytes: (bytes: number) => void): Promise<{ run: CleanRun; source: Pick<TsvSource, 'info'> }> {
  const { bytes, info } = tsvBytes(file, onBytes);
  const run = new TsvCleanRun(bytes, { ...options, onMalformed: (line, columns) => noteMalformed(info, file, line, columns), examples: collector });
  const kept = createWriteStream(keptPath);
  const rejected = createWriteStream(rejectedPath);
  try {
    for await (const block of run.blocks()) {
      await writeBlock(kept, block.kept);
      await writeBlock(rejected, block.rejected);
    }
  } finally {
    await closeStream(kept);
    await closeStream(rejected);
  }
  info.lines = run.lines;
  return { run, source: { info } };
}

/** Any importable file, pair by pair (cleanPairs). */
async function cleanAnyFile(source: TsvSource, keptPath: string, rejectedPath: string, options: FileCleanOptions, collector: ReportCollector): Promise<{ run: CleanRun; source: TsvSource }> {
  const originals = new Map<string, { src: string; tgt: string }>();
  async function* remember() {
    for await (const p of source.pairs) {
      originals.set(p.id, { src: p.src, tgt: p.tgt });
      yield p;
    }
  }
  const run = cleanPairs(remember(), options);
  const kept = new LineWriter(keptPath);
  const rejected = new LineWriter(rejectedPath);
  try {
    for await (const d of run) {
      const original = originals.get(d.id)!;
      originals.delete(d.id);
      const written = d.keep
        ? kept.line(`${oneLine(d.src)}\t${oneLine(d.tgt)}`)
        : rejected.line(`${d.line}\t${d.reasons[0]}\t${oneLine(original.src)}\t${oneLine(original.tgt)}\t${d.reasons.join(',')}`);
      if (!d.keep) collector.add(d, original);
      if (written) await written;
    }
  } finally {
    await kept.close();
    await rejected.close();
  }
  return { run, source };
}

export function registerClean(program: Command): void {
  withCommonOptions(
    program
      .command('clean')
      .description('clean a bitext file (TSV src<TAB>tgt): normalise, filter, deduplicate; writes kept and rejected pairs, a manifest and a report')
      .option('--in <file>', 'input TSV file, one src<TAB>tgt pair per line, no header')
      .option('--src <tag>', 'source language (BCP 47, e.g. zh-Hans; store mode default zh-Hans)')
      .option('--tgt <tag>', 'target language (BCP 47, e.g. th; store mode default: every other language of the corpus)')
      .option('--out <file>', 'kept pairs (normalised src<TAB>tgt, input order)')
      .option('--rejected <file>', 'rejected pairs: LINE<TAB>REASON<TAB>src<TAB>tgt<TAB>ALL_REASONS')
      .option('--config <pipeline.yaml>', 'pipeline config (default: generated for the language pair; see --print-config)')
      .option('--report <report.html>', 'write an HTML report (and report.json beside it)')
      .option('--workers <n>', 'worker threads (1 = in this thread)', '2')
      .option('--protect <files...>', 'protected test sets: drop pairs matching their sentences')
      .option('--print-config', 'print the pipeline YAML that would run, and exit')
      .option('--corpus <name>', 'store mode: clean a stored corpus, marking units clean or rejected (never deleting them)')
      .option('--status <list>', `store mode: statuses to (re)decide (default ${CLEANABLE.join(',')}; validated units are left alone)`),
  ).action(async (opts: CleanCliOptions) => {
    const out = outputFor(opts);
    const workers = Math.max(1, Number.parseInt(opts.workers ?? '2', 10) || 1);
    if (opts.corpus) {
      await cleanStoredCorpus(opts, workers, out);
      return;
    }
    if (!opts.src || !opts.tgt) throw program.error('clean needs --src TAG and --tgt TAG (or --corpus NAME)', { exitCode: 2 });
    const src = opts.src;
    const tgt = opts.tgt;
    const pipelineConfig = opts.config
      ? parsePipelineYaml(await readFile(opts.config, 'utf8'), opts.config)
      : defaultPipeline(src, tgt, { protectedSets: opts.protect ?? [] });
    if (opts.printConfig) {
      const cfg = opts.config ? await readFile(opts.config, 'utf8') : pipelineToYaml(defaultPipeline(src, tgt, { protectedSets: opts.protect ?? [] }), `silkloom pipeline for ${src} → ${tgt}`);
      process.stdout.write(cfg);
      return;
    }
    if (!opts.in || !opts.out || !opts.rejected) throw program.error('clean needs --in FILE --out KEPT.tsv --rejected REJECTED.tsv (or --corpus NAME, or --print-config)', { exitCode: 2 });
    const progress = out.progress('cleaning', 'bytes');
    const { stat } = await import('node:fs/promises');
    progress.setTotal((await stat(opts.in)).size);
    const collector = new ReportCollector();
    const cleanOptions = { srcLang: src, tgtLang: tgt, pipeline: pipelineConfig, workers };
    const onBytes = (bytes: number) => progress.update(bytes);
    let run: CleanRun;
    let source: Pick<TsvSource, 'info'>;
    try {
      ({ run, source } = (await isTsvInput(opts.in))
        ? await cleanTsvFile(opts.in, opts.out, opts.rejected, cleanOptions, collector, onBytes)
        : await cleanAnyFile(await inputPairs(opts.in, src, tgt, onBytes), opts.out, opts.rejected, cleanOptions, collector));
    } finally {
      progress.stop();
    }
    for (const diag of source.info.diagnostics) process.stderr.write(`${formatDiagnostic(diag)}\n`);
    if (source.info.malformed > source.info.diagnostics.length) process.stderr.write(`… and ${source.info.malformed - source.info.diagnostics.length} more malformed line(s)\n`);
    const manifest = buildManifest(run, [{ file: opts.in, sha256: source.info.sha256, bytes: source.info.bytes, lines: source.info.lines }], await codeVersion(), workers);
    await writeFile(`${opts.out}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
    if (opts.report) {
      const data = collector.data(manifest, `Cleaning ${opts.in}`);
      await writeFile(opts.report, renderReportHtml(data));
      await writeFile(opts.report.replace(/\.html?$/i, '') + '.json', `${JSON.stringify(data, null, 2)}\n`);
    }
    const summary = { kept: manifest.stats.pairs.kept ?? 0, dropped: manifest.stats.pairs.dropped ?? 0, seen: manifest.stats.pairs.seen ?? 0, malformed: source.info.malformed, reasons: Object.fromEntries(Object.entries(manifest.stats.pairs).filter(([k]) => k.startsWith('primary:')).map(([k, v]) => [k.slice(8), v])), manifest: `${opts.out}.manifest.json`, ...(opts.report ? { report: opts.report } : {}), timing: manifest.timing, steps: manifest.stats.steps.map((s) => ({ name: s.name, counts: s.counts, timeMs: Math.round(s.timeMs) })) };
    out.result(summary, () => summaryText(manifest, source.info.malformed));
    if (source.info.malformed) process.exitCode = 1;
  });
}
