/**
 * `silkloom tm "SENTENCE" --src TAG --tgt TAG [--min 70] [--limit 5] [--corpus NAME] [--json]`:
 * translation-memory matches, best first (101 in context, 100 exact, then
 * fuzzy). `--json` prints `{"matches": [{"percent", "source", "target", "corpus", "unitId"}]}`.
 */
import type { Command } from 'commander';
import { canonicalLangTag } from '@silkloom/core';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { cliError } from '../errors.ts';
import { withStore } from '../store-session.ts';

interface TmOptions extends CommonOptions {
  src: string;
  tgt: string;
  min: string;
  limit: string;
  corpus?: string;
  previous?: string;
}

export function registerTm(program: Command): void {
  withCommonOptions(
    program
      .command('tm')
      .description('translation-memory look-up: stored translations of SENTENCE and similar sentences, with a match percentage')
      .argument('<sentence>', 'the source sentence')
      .requiredOption('--src <tag>', 'language of the sentence')
      .requiredOption('--tgt <tag>', 'language of the translations wanted')
      .option('--min <percent>', 'lowest match shown', '70')
      .option('--limit <n>', 'matches shown', '5')
      .option('--corpus <name>', 'only this corpus')
      .option('--previous <segment>', 'the segment before SENTENCE, for in-context (101%) matches'),
  ).action(async (sentence: string, opts: TmOptions) => {
    const min = Number(opts.min);
    const limit = Number(opts.limit);
    if (!Number.isInteger(min) || min < 1 || min > 101) throw cliError('SLM_CLI_USAGE', { problem: '--min is 1–101' });
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw cliError('SLM_CLI_USAGE', { problem: '--limit is 1–50' });
    const { tmLookup } = await import('@silkloom/server/services');
    const out = outputFor(opts);
    const matches = await withStore(opts, async (store) => {
      if (opts.corpus) await store.corpora.require(opts.corpus);
      return tmLookup(store, {
        text: sentence,
        src: canonicalLangTag(opts.src),
        tgt: canonicalLangTag(opts.tgt),
        min,
        limit,
        ...(opts.corpus ? { corpora: [opts.corpus] } : {}),
        ...(opts.previous ? { previous: opts.previous } : {}),
      });
    });
    const rows = matches.map(({ percent, source, target, corpus, unitId }) => ({ percent, source, target, corpus, unitId }));
    out.result({ matches: rows }, () =>
      rows.length
        ? matches.map((m) => `${String(m.percent).padStart(3)}%  ${m.source}\n      ${m.target}\n      (${m.corpus}#${m.unitId}; ${m.breakdown.unit}s, base ${m.breakdown.base}${m.breakdown.penalties.map((p) => `, −${p.points} ${p.kind}`).join('')})`).join('\n')
        : `no match of ${min}% or more`,
    );
  });
}
