/** `silkloom stats [--corpus NAME]`: units, variants per language, pairs, statuses, domains. */
import type { Command } from 'commander';
import type { StoreStats } from '@silkloom/store';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { withStore } from '../store-session.ts';

interface StatsOptions extends CommonOptions {
  corpus?: string;
}

export function registerStats(program: Command): void {
  withCommonOptions(
    program.command('stats').description('counts over one corpus or the whole store').option('--corpus <name>', 'only this corpus'),
  ).action(async (opts: StatsOptions) => {
    const out = outputFor(opts);
    const stats = await withStore(opts, async (store) => {
      if (opts.corpus) await store.corpora.require(opts.corpus);
      return store.stats(opts.corpus);
    });
    out.result({ corpus: opts.corpus ?? null, ...stats }, () => renderStats(stats));
  });
}

function table(title: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  if (!rows.length) return `${title}: none`;
  const width = Math.max(...rows.map(([k]) => k.length));
  return [`${title}:`, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${String(v).padStart(8)}`)].join('\n');
}

export function renderStats(stats: StoreStats): string {
  return [
    `${stats.units} units in ${stats.batches} import batches`,
    table('variants by language', stats.variantsByLang),
    table('pairs', stats.pairs),
    table('statuses', stats.statuses),
    table('domains', stats.domains),
  ].join('\n');
}
