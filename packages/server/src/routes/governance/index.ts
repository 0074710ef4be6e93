/**
 * Governance: scan a corpus for personal data (streamed, unit by unit, findings
 * stored per chunk as one pipeline run, graded per GB/T 43697-2024 /
 * PIPL Art 28 by @silkloom/governance) and assess a cross-border transfer
 * against the rule packs. The scan runs inside the request: for very large
 * corpora a job queue is the better home (see docs/api.md).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { routes } from '@silkloom/contract';
import { assessTransfer, createCorpusGrader, detectorVersions, gradeUnit, loadRulePacks, scanText, type Finding, type RulePack } from '@silkloom/governance';
import type { FindingInput } from '@silkloom/store';
import type { ServerContext } from '../../context.ts';
import { actorOf } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';

const FLUSH_UNITS = 500;

/** Rule packs: SILKLOOM_RULES, else ./rules, else the rules/ folder of this checkout. */
export function defaultRulesDir(env = process.env): string {
  if (env.SILKLOOM_RULES) return env.SILKLOOM_RULES;
  if (existsSync('rules')) return 'rules';
  return new URL('../../../../../rules', import.meta.url).pathname;
}

export function governanceRoutes(app: FastifyInstance, { store, rulesDir }: ServerContext): void {
  let packs: RulePack[] | undefined;

  handle(app, routes.scanCorpus, async (req) => {
    const corpus = req.params.corpus;
    const options = { ...(req.body.minScore !== undefined ? { minScore: req.body.minScore } : {}), ...(req.body.types ? { types: req.body.types } : {}) };
    const run = await store.runs.create({ corpus, kind: 'scan', config: options, manifest: { detectors: detectorVersions() } }, { actor: actorOf(req) });
    const grader = createCorpusGrader();
    let pending: FindingInput[] = [];
    let ids: string[] = [];
    let units = 0;
    let unitsWithFindings = 0;
    let findings = 0;
    const flush = async () => {
      if (ids.length) await store.findings.replaceForUnits(run.runId, pending, { unitIds: ids });
      pending = [];
      ids = [];
    };
    try {
      for await (const unit of store.units.stream({ corpus })) {
        const found: Finding[] = [];
        for (const [lang, variant] of Object.entries(unit.variants)) {
          for (const f of scanText(variant.text, { lang, ...options })) {
            found.push(f);
            pending.push({ unitId: unit.unitId, lang, type: f.type, start: f.start, end: f.end, score: f.score, textHash: createHash('sha256').update(f.text).digest('hex') });
          }
        }
        grader.add(gradeUnit(Object.values(unit.variants).map((v) => v.text), found), found);
        ids.push(unit.unitId);
        units++;
        findings += found.length;
        if (found.length) unitsWithFindings++;
        if (ids.length >= FLUSH_UNITS) await flush();
      }
      await flush();
    } catch (err) {
      await store.runs.finish(run.runId, { stats: { units, findings, error: (err as Error).message }, status: 'failed' });
      throw err;
    }
    const grade = grader.result();
    await store.runs.finish(run.runId, { stats: { units, unitsWithFindings, findings, byType: grade.findingsByType }, report: JSON.parse(JSON.stringify(grade)) }, { actor: actorOf(req) });
    return { runId: run.runId, units, unitsWithFindings, findings, byType: grade.findingsByType, grade: { data: grade.level, personal: grade.personal, categories: grade.categories, distinctIdentifiers: grade.distinctIdentifiers } };
  });

  handle(app, routes.assessTransfer, async (req) => {
    packs ??= loadRulePacks(rulesDir);
    return assessTransfer(req.body, packs) as never;
  });
}
