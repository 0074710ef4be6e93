/** Units (pages with filters; one with provenance and findings), import batches, pipeline runs, audit verification. */
import type { FastifyInstance } from 'fastify';
import { routes } from '@silkloom/contract';
import type { UnitStatus } from '@silkloom/core';
import type { ServerContext } from '../../context.ts';
import { handle } from '../handle.ts';

export function unitRoutes(app: FastifyInstance, { store }: ServerContext): void {
  handle(app, routes.listUnits, async (req) => {
    const { status, lang, domain, batch, limit, cursor } = req.query;
    const page = await store.units.list(
      {
        corpus: req.params.corpus,
        ...(status ? { status: status as UnitStatus } : {}),
        ...(lang ? { langs: lang.split(',').map((l) => l.trim()).filter(Boolean) } : {}),
        ...(domain ? { domain } : {}),
        ...(batch ? { batchId: batch } : {}),
      },
      { limit: limit ?? 50, ...(cursor ? { cursor } : {}) },
    );
    return page as never;
  });

  handle(app, routes.showUnit, async (req) => {
    const unit = await store.units.get(req.params.unitId);
    const findings = (await store.findings.listForUnit(unit.unitId)).map(({ unitId: _u, textHash: _h, ...f }) => f);
    return { ...unit, findings } as never;
  });

  handle(app, routes.listBatches, async (req) => ({ batches: (await store.imports.list(req.params.corpus)) as never }));

  handle(app, routes.listRuns, async (req) => ({ runs: (await store.runs.list(req.params.corpus)) as never }));

  handle(app, routes.showRun, async (req) => (await store.runs.get(req.params.runId)) as never);

  handle(app, routes.auditVerify, async () => store.audit.verify());
}
