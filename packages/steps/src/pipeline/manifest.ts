/**
 * The manifest of a run — the provenance governance asks for: what ran (step
 * names, versions, options, the language identifier), on what (input files
 * and their SHA-256), with which code (version), what came out (statistics
 * per step, pairs kept and dropped by reason), and how long it took.
 */
import type { CleanRun } from '../runner/clean-pairs.ts';
import type { RunStats } from '../runner/run-stats.ts';

export interface RunManifest {
  kind: 'silkloom-clean-run';
  version: 1;
  createdAt: string;
  codeVersion: string;
  srcLang: string;
  tgtLang: string;
  identifier: string;
  evaluateAll: boolean;
  steps: Array<{ name: string; version: string; kind: string; options: Record<string, unknown> }>;
  inputs: Array<{ file: string; sha256: string; bytes?: number; lines?: number }>;
  fits: CleanRun['fits'];
  stats: RunStats;
  memory: Record<string, Record<string, number>>;
  timing: { wallMs: number; pairsPerSecond: number; workers: number };
}

export interface ManifestInput {
  file: string;
  sha256: string;
  bytes?: number;
  lines?: number;
}

export function buildManifest(run: CleanRun, inputs: ManifestInput[], codeVersion: string, workers: number): RunManifest {
  const seen = run.stats.pairs.seen ?? 0;
  return {
    kind: 'silkloom-clean-run',
    version: 1,
    createdAt: new Date().toISOString(),
    codeVersion,
    srcLang: run.plan.srcLang,
    tgtLang: run.plan.tgtLang,
    identifier: run.plan.identifier,
    evaluateAll: run.plan.evaluateAll,
    steps: run.pipeline.steps.map((s) => ({ name: s.def.name, version: s.def.version, kind: s.def.kind, options: s.options })),
    inputs,
    fits: run.fits,
    stats: run.stats,
    memory: run.deciderStats,
    timing: { wallMs: Math.round(run.wallMs), pairsPerSecond: run.wallMs ? Math.round((seen * 1000) / run.wallMs) : 0, workers },
  };
}
