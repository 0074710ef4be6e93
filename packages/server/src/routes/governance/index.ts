/**
 * Governance: scan a corpus for personal data (streamed, unit by unit, findings
 * stored per chunk as one pipeline run, graded per GB/T 43697-2024 /
 * PIPL Art 28 by @silkloom/governance), assess exporting a stored corpus (the
 * request built from its provenance and latest scan, as `silkloom assess
 * --corpus` does, and audited), and assess a raw transfer request against the
 * rule packs. The scan runs inside the request: for very large corpora a job
 * queue is the better home (see docs/api.md).
 */
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { routes } from '@silkloom/contract';
import { assessTransfer, loadRulePacks, resolveTypes, type RulePack } from '@silkloom/governance';
import type { ServerContext } from '../../context.ts';
import { assessCorpus, scanCorpus } from '../../governance/corpus-governance.ts';
import { actorOf } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';

/** Rule packs: SILKLOOM_RULES, else ./rules, else the rules/ folder of this checkout. */
export function defaultRulesDir(env = process.env): string {
  if (env.SILKLOOM_RULES) return env.SILKLOOM_RULES;
  if (existsSync('rules')) return 'rules';
  return new URL('../../../../../rules', import.meta.url).pathname;
}

export function governanceRoutes(app: FastifyInstance, { store, rulesDir }: ServerContext): void {
  let packs: RulePack[] | undefined;

  handle(app, routes.scanCorpus, async (req) => {
    const { minScore, types } = req.body;
    const scanned = await scanCorpus(store, req.params.corpus, { actor: actorOf(req), minScore, types: types ? [...resolveTypes(types)] : undefined });
    const { grade } = scanned;
    return { runId: scanned.runId, units: scanned.units, unitsWithFindings: scanned.unitsWithFindings, findings: scanned.findings, byType: grade.findingsByType, grade: { data: grade.level, personal: grade.personal, categories: grade.categories, distinctIdentifiers: grade.distinctIdentifiers, reasons: grade.reasons } };
  });

  handle(app, routes.assessCorpus, async (req) => {
    packs ??= loadRulePacks(rulesDir);
    const { assessment, assumptions, request } = await assessCorpus(store, req.params.corpus, req.body, packs, actorOf(req));
    return { corpus: req.params.corpus, ...assessment, assumptions: [...assumptions, ...(assessment.assumptions ?? [])], request };
  });

  handle(app, routes.assessTransfer, async (req) => {
    packs ??= loadRulePacks(rulesDir);
    return assessTransfer(req.body, packs) as never;
  });
}
