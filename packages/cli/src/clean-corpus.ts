/**
 * Store mode of `silkloom clean`: runs the cleaning pipeline over a stored
 * corpus, one language pair at a time (the hub, zh-Hans by default, against
 * each target), and marks units `clean` or `rejected` with reason codes —
 * never deleting anything. A multi-way unit is rejected when any of its pairs
 * is, with reasons prefixed by the target language (`th:misaligned`).
 * Human-validated units are left alone unless `--status` says otherwise. The
 * run is stored with its manifest, statistics and HTML report, and audited.
 */
import { createHash } from 'node:crypto';
import { pairView, type JsonValue, type UnitStatus } from '@silkloom/core';
import {
  ReportCollector,
  buildManifest,
  cleanPairs,
  defaultPipeline,
  renderReportHtml,
  type PipelineConfig,
  type ResolvedPipeline,
  type ReportData,
  type RunManifest,
} from '@silkloom/steps';
import type { Store, StatusUpdate, UnitFilter } from '@silkloom/store';
import { cliError } from './errors.ts';
import type { Output } from './output.ts';

/** Statuses a cleaning run re-decides by default: everything a machine decided, nothing a person validated. */
export const CLEANABLE: UnitStatus[] = ['raw', 'clean', 'rejected'];
const FLUSH = 1000;
/** Below this many pairs, starting worker threads (each loads the models) costs more than it saves. */
const IN_THREAD_BELOW = 5000;

export interface CleanCorpusOptions {
  corpus: string;
  srcLang: string;
  /** Target languages; default every other language with a variant in the corpus. */
  tgtLangs?: string[];
  statuses?: UnitStatus[];
  /** A config applied to every pair; default the generated pipeline per pair. */
  pipeline?: PipelineConfig | ResolvedPipeline;
  workers: number;
  actor: string;
  codeVersion: string;
}

export interface PairRun {
  srcLang: string;
  tgtLang: string;
  manifest: RunManifest;
  report: ReportData;
}

export interface CleanCorpusResult {
  runId: string;
  corpus: string;
  units: { seen: number; clean: number; rejected: number };
  pairs: Array<{ srcLang: string; tgtLang: string; seen: number; kept: number; dropped: number; reasons: Record<string, number> }>;
  reportHtml: string;
}

/** Languages to clean against the hub: the corpus's other languages, biggest first. */
async function targetsOf(store: Store, corpus: string, srcLang: string): Promise<string[]> {
  const stats = await store.stats(corpus);
  return Object.entries(stats.variantsByLang)
    .filter(([lang]) => lang !== srcLang)
    .sort((a, b) => b[1] - a[1])
    .map(([lang]) => lang);
}

export async function cleanCorpus(store: Store, opts: CleanCorpusOptions, out: Output): Promise<CleanCorpusResult> {
  await store.corpora.require(opts.corpus);
  const statuses = opts.statuses ?? CLEANABLE;
  const targets = opts.tgtLangs?.length ? opts.tgtLangs : await targetsOf(store, opts.corpus, opts.srcLang);
  if (!targets.length) throw cliError('SLM_CLI_USAGE', { problem: `corpus "${opts.corpus}" has no language besides ${opts.srcLang} to clean against` });
  const run = await store.runs.create(
    {
      corpus: opts.corpus,
      kind: 'clean',
      config: JSON.parse(JSON.stringify({ srcLang: opts.srcLang, targets, statuses, pipeline: opts.pipeline ?? 'default per pair' })),
      manifest: { codeVersion: opts.codeVersion, workers: opts.workers },
    },
    { actor: opts.actor },
  );
  // Rejections are kept with their reasons; kept units only as ids, so memory grows with the corpus by ids only.
  const rejected = new Map<string, string[]>();
  const kept = new Set<string>();
  const pairRuns: PairRun[] = [];
  try {
    for (const tgtLang of targets) {
      const filter: UnitFilter = { corpus: opts.corpus, langs: [opts.srcLang, tgtLang], status: statuses };
      const total = await store.units.count(filter);
      if (!total) continue;
      const progress = out.progress(`clean ${opts.srcLang}→${tgtLang}`, 'pairs', total);
      const workers = total < IN_THREAD_BELOW ? 1 : opts.workers;
      const pairRun = await cleanOnePair(store, filter, { ...opts, workers }, tgtLang, (unitId, decision) => {
        progress.increment();
        if (decision.keep) kept.add(unitId);
        else {
          const reasons = rejected.get(unitId) ?? [];
          reasons.push(...decision.reasons.map((r) => (targets.length > 1 ? `${tgtLang}:${r}` : r)));
          rejected.set(unitId, reasons);
        }
      });
      progress.stop();
      pairRuns.push(pairRun);
    }
    await writeStatuses(store, rejected, kept);
  } catch (err) {
    await store.runs.finish(run.runId, { status: 'failed', stats: { error: String(err) } }, { actor: opts.actor });
    throw err;
  }
  const reportHtml = combinedReport(pairRuns, opts.corpus);
  const result: CleanCorpusResult = {
    runId: run.runId,
    corpus: opts.corpus,
    units: { seen: new Set([...kept, ...rejected.keys()]).size, clean: [...kept].filter((id) => !rejected.has(id)).length, rejected: rejected.size },
    pairs: pairRuns.map((p) => ({
      srcLang: p.srcLang,
      tgtLang: p.tgtLang,
      seen: p.manifest.stats.pairs.seen ?? 0,
      kept: p.manifest.stats.pairs.kept ?? 0,
      dropped: p.manifest.stats.pairs.dropped ?? 0,
      reasons: Object.fromEntries(Object.entries(p.report.reasons).filter(([, [primary]]) => primary > 0).map(([reason, [primary]]) => [reason, primary])),
    })),
    reportHtml,
  };
  const { reportHtml: _html, ...stats } = result;
  await store.runs.finish(
    run.runId,
    { stats: JSON.parse(JSON.stringify(stats)) as JsonValue, report: JSON.parse(JSON.stringify({ html: reportHtml, pairs: pairRuns.map((p) => p.report) })) as JsonValue },
    { actor: opts.actor },
  );
  return result;
}

async function cleanOnePair(
  store: Store,
  filter: UnitFilter,
  opts: CleanCorpusOptions,
  tgtLang: string,
  onDecision: (unitId: string, decision: { keep: boolean; reasons: string[] }) => void,
): Promise<PairRun> {
  const hash = createHash('sha256');
  const originals = new Map<string, { src: string; tgt: string }>();
  async function* pairs() {
    for await (const unit of store.units.stream(filter)) {
      const pair = pairView(unit, opts.srcLang, tgtLang);
      if (!pair) continue;
      hash.update(`${unit.unitId}\t${pair.src}\t${pair.tgt}\n`);
      originals.set(unit.unitId, { src: pair.src, tgt: pair.tgt });
      yield { id: unit.unitId, line: unit.provenance.line, src: pair.src, tgt: pair.tgt };
    }
  }
  const pipeline = opts.pipeline ?? defaultPipeline(opts.srcLang, tgtLang);
  const run = cleanPairs(pairs(), { srcLang: opts.srcLang, tgtLang, pipeline, workers: opts.workers });
  const collector = new ReportCollector();
  for await (const decision of run) {
    const original = originals.get(decision.id);
    originals.delete(decision.id);
    collector.add(decision, original);
    onDecision(decision.id, decision);
  }
  const manifest = buildManifest(run, [{ file: `store:${opts.corpus}/${opts.srcLang}-${tgtLang}`, sha256: hash.digest('hex') }], opts.codeVersion, opts.workers);
  return { srcLang: opts.srcLang, tgtLang, manifest, report: collector.data(manifest, `Cleaning ${opts.corpus}: ${opts.srcLang} → ${tgtLang}`) };
}

async function writeStatuses(store: Store, rejected: Map<string, string[]>, kept: Set<string>): Promise<void> {
  let batch: StatusUpdate[] = [];
  const flush = async () => {
    if (batch.length) await store.units.setStatus(batch);
    batch = [];
  };
  for (const [unitId, reasons] of rejected) {
    batch.push({ unitId, status: 'rejected', reasons: [...new Set(reasons)] });
    if (batch.length >= FLUSH) await flush();
  }
  for (const unitId of kept) {
    if (rejected.has(unitId)) continue;
    batch.push({ unitId, status: 'clean' });
    if (batch.length >= FLUSH) await flush();
  }
  await flush();
}

/** One HTML page: the per-pair reports one after another, each self-contained. */
function combinedReport(runs: PairRun[], corpus: string): string {
  if (runs.length === 1) return renderReportHtml(runs[0]!.report);
  const sections = runs.map((r) => {
    const html = renderReportHtml(r.report);
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
    return `<section id="${r.tgtLang}">${body}</section>`;
  });
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(renderReportHtml(runs[0]!.report))?.[1] ?? '';
  const nav = runs.map((r) => `<a href="#${r.tgtLang}">${r.srcLang} → ${r.tgtLang}</a>`).join(' · ');
  return `<!doctype html><html lang="en"><head>${head.replace(/<title>[\s\S]*?<\/title>/i, `<title>Cleaning ${corpus}</title>`)}</head><body><nav class="pairs">${nav}</nav>${sections.join('<hr>')}</body></html>`;
}
