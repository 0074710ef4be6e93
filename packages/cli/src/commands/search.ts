/**
 * `silkloom search QUERY [--lang TAG] [--pair zh-Hans:th] [--corpus NAME]
 * [--domain D] [--status S] [--limit N] [--json]`: the concordance, on the
 * store directly (local access sees every corpus). `--json` prints
 * `{"total", "hits": [{"unitId", "corpus", "lang", "text", "match": [start, end], "aligned": {TAG: text}}]}`
 * with UTF-16 offsets.
 */
import type { Command } from 'commander';
import { UNIT_STATUSES } from '@silkloom/core';
import { allCjk, codePointLength } from '@silkloom/store';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { cliError } from '../errors.ts';
import { withStore } from '../store-session.ts';
import { highlighter, kwicLines } from './kwic.ts';

interface SearchOptions extends CommonOptions {
  lang?: string;
  pair?: string;
  corpus?: string;
  domain?: string;
  status?: string;
  limit: string;
  cursor?: string;
  frequency?: boolean;
}

export function registerSearch(program: Command): void {
  withCommonOptions(
    program
      .command('search')
      .description('concordance: units containing QUERY (any script; one or two characters for Chinese), with the aligned side')
      .argument('<query>', 'substring to find (case-insensitive)')
      .option('--lang <tag>', 'search in this language (zh matches zh-Hans)')
      .option('--pair <A:B>', 'search side A, show side B, e.g. zh-Hans:th')
      .option('--corpus <name>', 'only this corpus')
      .option('--domain <d>', 'only units with this domain')
      .option('--status <s>', `only units with this status (${UNIT_STATUSES.join(', ')})`)
      .option('--limit <n>', 'hits to show', '20')
      .option('--cursor <c>', 'next page (the cursor printed after a page)')
      .option('--frequency', 'show hits per corpus and per domain'),
  ).action(async (query: string, opts: SearchOptions) => {
    const q = query.trim();
    if (codePointLength(q) < 3 && !allCjk(q)) throw cliError('SLM_CLI_USAGE', { problem: 'give three characters or more (one or two are enough for Chinese, Japanese or Korean)' });
    if (opts.pair && !/^[^:]+:[^:]+$/.test(opts.pair)) throw cliError('SLM_CLI_USAGE', { problem: '--pair is A:B, e.g. zh-Hans:th' });
    if (opts.status && !(UNIT_STATUSES as readonly string[]).includes(opts.status)) throw cliError('SLM_CLI_USAGE', { problem: `--status is one of ${UNIT_STATUSES.join(', ')}` });
    const limit = Number(opts.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw cliError('SLM_CLI_USAGE', { problem: '--limit is 1–200' });
    const { concordance } = await import('@silkloom/server/services');
    const out = outputFor(opts);
    const result = await withStore(opts, async (store) => {
      if (opts.corpus) await store.corpora.require(opts.corpus);
      return concordance(store, {
        q,
        ...(opts.lang ? { lang: opts.lang } : {}),
        ...(opts.pair ? { pair: opts.pair } : {}),
        ...(opts.corpus ? { corpora: [opts.corpus] } : {}),
        ...(opts.domain ? { domain: opts.domain } : {}),
        ...(opts.status ? { status: opts.status } : {}),
        ...(opts.cursor ? { cursor: opts.cursor } : {}),
        limit,
        frequency: opts.frequency === true,
      });
    });
    const hits = result.hits.map(({ unitId, corpus, lang, text, match, aligned }) => ({ unitId, corpus, lang, text, match, aligned }));
    out.result({ total: result.total, hits }, () => {
      const lines = kwicLines(hits, highlighter(process.stdout));
      const about = result.totalExact ? '' : 'about ';
      lines.push(`${about}${result.total} hit${result.total === 1 ? '' : 's'}${result.nextCursor ? ` (next page: --cursor ${result.nextCursor})` : ''}`);
      if (result.frequency) {
        for (const [title, counts] of [['per corpus', result.frequency.byCorpus], ['per domain', result.frequency.byDomain]] as const) {
          lines.push(`${title}: ${Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
        }
      }
      return lines.join('\n');
    });
  });
}
