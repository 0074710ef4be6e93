/**
 * The dashboard over the corpora the caller can see (or one of them):
 * coverage (language × domain), statuses, length-ratio and quality
 * distributions, contributor and validator credit, review agreement.
 *
 * Quality: the share of "good" among a reviewed unit's up/down votes — the
 * only per-unit quality score the store holds for every corpus. A cleaning
 * run whose report carries a `quality` histogram ({edges, counts}) is shown
 * instead when there is one.
 */
import type { FastifyInstance } from 'fastify';
import { fleissKappa, withoutAbstentions } from '@silkloom/cobuild';
import { cobuildRoutes as r } from '@silkloom/contract';
import { storeErrors } from '@silkloom/store';
import { SilkloomError } from '@silkloom/core';
import type { ServerContext } from '../../context.ts';
import { visibleCorpora } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';
import { RATIO_EDGES, SCORE_EDGES, histogram } from './histogram.ts';

const add = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
};

type Hist = { edges: number[]; counts: number[] };

function reportQuality(report: unknown): Hist | undefined {
  const q = (report as { quality?: Hist } | undefined)?.quality;
  return q && Array.isArray(q.edges) && Array.isArray(q.counts) ? { edges: q.edges, counts: q.counts } : undefined;
}

export function dashboardRoutes(app: FastifyInstance, { store }: ServerContext): void {
  handle(app, r.dashboard, async (req) => {
    const visible = (await visibleCorpora(req, store)).map((c) => c.corpus.name).sort();
    const wanted = req.query.corpus;
    if (wanted !== undefined && !visible.includes(wanted)) throw new SilkloomError('SLM_STORE_CORPUS_NOT_FOUND', storeErrors.SLM_STORE_CORPUS_NOT_FOUND, { name: wanted });
    const corpora = wanted === undefined ? visible : [wanted];
    const statuses: Record<string, number> = {};
    const languages: Record<string, number> = {};
    const contributors: Record<string, number> = {};
    const validators = new Map<string, { voter: string; votes: number; decisive: number }>();
    const coverage = new Map<string, { lang: string; domain: string; units: number }>();
    const ratios: Record<string, number[]> = {};
    const decisions: Record<string, number> = {};
    const scores: number[] = [];
    const ratings: Array<{ item: string; rater: string; category: string }> = [];
    let units = 0;
    let batches = 0;
    let fromRun: Hist | undefined;
    for (const corpus of corpora) {
      const [stats, cells, lengths, credit, votes, decided, runs] = await Promise.all([
        store.stats(corpus), store.contributions.coverage(corpus), store.contributions.lengthRatios(corpus, 5000), store.contributions.credit(corpus),
        store.review.votes(corpus), store.review.decisions(corpus), store.runs.list(corpus),
      ]);
      units += stats.units;
      batches += stats.batches;
      add(statuses, stats.statuses);
      add(languages, stats.variantsByLang);
      add(contributors, credit.contributors);
      for (const v of credit.validators) {
        const row = validators.get(v.voter) ?? { voter: v.voter, votes: 0, decisive: 0 };
        row.votes += v.votes;
        row.decisive += v.decisive;
        validators.set(v.voter, row);
      }
      for (const c of cells) {
        const key = `${c.lang}\u0000${c.domain}`;
        const cell = coverage.get(key) ?? { ...c, units: 0 };
        cell.units += c.units;
        coverage.set(key, cell);
      }
      for (const [lang, list] of Object.entries(lengths)) (ratios[lang] ??= []).push(...list);
      for (const d of decided) {
        decisions[d.outcome] = (decisions[d.outcome] ?? 0) + 1;
        const up = d.tally.good ?? 0;
        const down = (d.tally.bad ?? 0) + (d.tally.wrong_lang ?? 0);
        if (up + down) scores.push(up / (up + down));
      }
      for (const v of votes) ratings.push({ item: `${corpus}\u0000${v.unitId}`, rater: v.voter, category: v.vote });
      fromRun ??= runs.map((run) => reportQuality(run.report)).find((h) => h !== undefined);
    }
    const lengthRatio = Object.fromEntries(Object.entries(ratios).map(([lang, list]) => [lang, histogram(list, RATIO_EDGES)]));
    return {
      corpora,
      units,
      batches,
      statuses,
      languages,
      coverage: [...coverage.values()],
      lengthRatio,
      quality: fromRun ? { source: 'cleaning-run', histogram: fromRun } : { source: 'review', histogram: histogram(scores, SCORE_EDGES) },
      credit: { contributors, validators: [...validators.values()].sort((a, b) => b.votes - a.votes) },
      review: { votes: ratings.length, decisions, fleissKappa: fleissKappa(withoutAbstentions(ratings)).kappa },
    };
  });
}
