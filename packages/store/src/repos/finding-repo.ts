/**
 * Personal-data findings per unit and variant (issue 4 fills them). A scan
 * replaces the findings of the units it looked at; the matched text itself is
 * never stored, only its hash, so the findings table holds no personal data.
 */
import type { Engine } from '../engine.ts';
import { storeError } from '../errors.ts';
import { guard } from '../guard.ts';
import { idText, requireRunId, requireUnitId, slices } from '../row-values.ts';
import type { Finding, FindingInput, FindingSummary } from '../types.ts';
import { corpusIdOf } from './corpus-repo.ts';

export interface FindingRepo {
  /**
   * Replaces, in one transaction, all findings of the units that appear in
   * `findings` or in `options.unitIds` (units scanned with nothing found) with
   * `findings`, recorded against `runId`.
   */
  replaceForUnits(runId: string, findings: readonly FindingInput[], options?: { unitIds?: readonly string[] }): Promise<number>;
  /** A unit's findings ordered by language and offset. */
  listForUnit(unitId: string): Promise<Finding[]>;
  /** Counts over a corpus's units that are not withdrawn. */
  summary(corpus: string): Promise<FindingSummary>;
}

const SLICE = 500;

export function findingRepo(engine: Engine): FindingRepo {
  return {
    replaceForUnits: (runId, findings, options = {}) =>
      guard('store findings', () =>
        engine.transaction(async (tx) => {
          const run = requireRunId(runId);
          const unitIds = [...new Set([...findings.map((f) => f.unitId), ...(options.unitIds ?? [])].map(requireUnitId))];
          let found = 0;
          for (const ids of slices(unitIds, SLICE)) {
            const row = await tx.db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).where('id', 'in', ids).executeTakeFirstOrThrow();
            found += Number(row.n);
            await tx.db.deleteFrom('findings').where('unit_id', 'in', ids).execute();
          }
          if (found !== unitIds.length) throw storeError('SLM_STORE_UNIT_NOT_FOUND', { unitId: `(${unitIds.length - found} of the units given)` });
          const exists = await tx.db.selectFrom('pipeline_runs').select('id').where('id', '=', run).executeTakeFirst();
          if (!exists) throw storeError('SLM_STORE_RUN_NOT_FOUND', { runId });
          for (const slice of slices(findings, SLICE)) {
            await tx.db
              .insertInto('findings')
              .values(
                slice.map((f) => ({
                  run_id: run,
                  unit_id: requireUnitId(f.unitId),
                  lang: f.lang,
                  type: f.type,
                  start_offset: f.start,
                  end_offset: f.end,
                  score: f.score,
                  text_hash: f.textHash,
                })),
              )
              .execute();
          }
          return findings.length;
        }),
      ),
    listForUnit: (unitId) =>
      guard('read findings', async () => {
        const rows = await engine.db
          .selectFrom('findings')
          .selectAll()
          .where('unit_id', '=', requireUnitId(unitId))
          .orderBy('lang')
          .orderBy('start_offset')
          .orderBy('id')
          .execute();
        return rows.map((r) => ({
          unitId: idText(r.unit_id),
          lang: r.lang,
          type: r.type,
          start: r.start_offset,
          end: r.end_offset,
          score: r.score,
          textHash: r.text_hash,
          ...(r.run_id === null ? {} : { runId: idText(r.run_id) }),
        }));
      }),
    summary: (corpus) =>
      guard('summarise findings', async () => {
        const corpusId = await corpusIdOf(engine.db, corpus);
        const live = engine.db
          .selectFrom('findings as f')
          .innerJoin('units as u', 'u.id', 'f.unit_id')
          .where('u.corpus_id', '=', corpusId)
          .where('u.withdrawn', '=', 0);
        const [totals, byType, byLang] = await Promise.all([
          live
            .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('f.unit_id').distinct().as('units')])
            .executeTakeFirstOrThrow(),
          live
            .select((eb) => ['f.type', eb.fn.countAll<number>().as('n'), eb.fn.count<number>('f.text_hash').distinct().as('distinct')])
            .groupBy('f.type')
            .execute(),
          live.select((eb) => ['f.lang', eb.fn.countAll<number>().as('n')]).groupBy('f.lang').execute(),
        ]);
        return {
          units: Number(totals.units),
          findings: Number(totals.n),
          byType: Object.fromEntries(byType.map((r) => [r.type, Number(r.n)])),
          byLang: Object.fromEntries(byLang.map((r) => [r.lang, Number(r.n)])),
          distinctByType: Object.fromEntries(byType.map((r) => [r.type, Number(r.distinct)])),
        };
      }),
  };
}
