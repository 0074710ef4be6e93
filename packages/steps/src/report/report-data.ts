/**
 * The figures of a cleaning report, as plain JSON (the HTML report draws the
 * same object): the funnel of pairs left after each step, reasons, score
 * histograms, the language confusion seen by the identifier, normalisation
 * changes, and a few escaped-on-render examples per reason.
 */
import type { Histogram } from '@silkloom/core';
import type { PairDecision } from '../runner/clean-pairs.ts';
import type { RunManifest } from '../pipeline/manifest.ts';

export interface ReportExample {
  line?: number;
  id: string;
  reasons: string[];
  src: string;
  tgt: string;
}

export interface ReportData {
  title: string;
  srcLang: string;
  tgtLang: string;
  totals: { seen: number; kept: number; dropped: number };
  /** Pairs still in after each dropping step, in config order (first reason decides). */
  funnel: Array<{ step: string; dropped: number; remaining: number }>;
  /** reason → [as primary reason, among all reasons]. */
  reasons: Record<string, [number, number]>;
  histograms: Array<{ step: string; histogram: Histogram }>;
  /** side → detected language → pairs (declared: srcLang / tgtLang). */
  confusion: { src: Record<string, number>; tgt: Record<string, number> };
  changes: Record<string, number>;
  steps: Array<{ name: string; version: string; kind: string; seen: number; kept: number; dropped: number; changed: number; timeMs: number }>;
  examples: Record<string, ReportExample[]>;
  manifest: RunManifest;
}

/** Collects examples while decisions stream by (bounded: `perReason` per reason). */
export class ReportCollector {
  readonly examples: Record<string, ReportExample[]> = {};
  private readonly perReason: number;
  constructor(perReason = 8) {
    this.perReason = perReason;
  }

  add(decision: PairDecision, original?: { src: string; tgt: string }): void {
    if (decision.keep || !this.wants(decision.reasons[0]!)) return;
    this.addExample({ id: decision.id, ...(decision.line !== undefined ? { line: decision.line } : {}), reasons: decision.reasons, src: original?.src ?? decision.src, tgt: original?.tgt ?? decision.tgt });
  }

  /** Whether a dropped pair with this primary reason would be kept as an example (asked for every dropped pair, in input order). */
  wants(reason: string): boolean {
    return (this.examples[reason] ??= []).length < this.perReason;
  }

  /** Keeps an example that `wants` asked for. */
  addExample(example: ReportExample): void {
    this.examples[example.reasons[0]!]!.push(example);
  }

  data(manifest: RunManifest, title = 'Silkloom cleaning report'): ReportData {
    const stats = manifest.stats;
    const p = stats.pairs;
    const reasons: Record<string, [number, number]> = {};
    for (const [k, v] of Object.entries(p)) {
      const [kind, reason] = [k.slice(0, k.indexOf(':')), k.slice(k.indexOf(':') + 1)];
      if (kind === 'primary') (reasons[reason] ??= [0, 0])[0] = v;
      if (kind === 'reason') (reasons[reason] ??= [0, 0])[1] = v;
    }
    let remaining = p.seen ?? 0;
    const funnel: ReportData['funnel'] = [];
    const confusion: ReportData['confusion'] = { src: {}, tgt: {} };
    const changes: Record<string, number> = {};
    for (const s of stats.steps) {
      if (s.kind === 'normalizer') {
        for (const [k, v] of Object.entries(s.counts)) if (k.startsWith('change:')) changes[k.slice(7)] = (changes[k.slice(7)] ?? 0) + v;
        continue;
      }
      let dropped = 0;
      for (const k of Object.keys(s.counts)) if (k.startsWith('dropped:')) dropped += reasons[k.slice(8)]?.[0] ?? 0;
      remaining -= dropped;
      funnel.push({ step: s.name, dropped, remaining });
      for (const [k, v] of Object.entries(s.counts)) {
        const m = /^label:(src|tgt)=(.+)$/.exec(k);
        if (m) confusion[m[1] as 'src' | 'tgt'][m[2]!] = v;
      }
    }
    return {
      title,
      srcLang: manifest.srcLang,
      tgtLang: manifest.tgtLang,
      totals: { seen: p.seen ?? 0, kept: p.kept ?? 0, dropped: p.dropped ?? 0 },
      funnel,
      reasons,
      histograms: stats.steps.filter((s) => s.scores && s.scores.n).map((s) => ({ step: s.name, histogram: s.scores! })),
      confusion,
      changes,
      steps: stats.steps.map((s) => ({ name: s.name, version: s.version, kind: s.kind, seen: s.counts.seen ?? 0, kept: s.counts.kept ?? 0, dropped: s.counts.dropped ?? 0, changed: s.counts.changed ?? 0, timeMs: Math.round(s.timeMs) })),
      examples: this.examples,
      manifest,
    };
  }
}
