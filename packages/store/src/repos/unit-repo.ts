/**
 * Reading units back, and the bulk changes cleaning runs make. Lists and streams
 * page by keyset (`u.id > last`, ordered by id) rather than OFFSET, so page n
 * costs what page 1 does and a stream over millions of units holds one page.
 */
import type { StoredUnit } from '@silkloom/core';
import { isUnitStatus } from '@silkloom/core';
import type { Engine, UnitUpdateColumn, UnitUpdateRow } from '../engine.ts';
import { storeError } from '../errors.ts';
import { guard } from '../guard.ts';
import { jsonColumn, nowIso, parseId, requireUnitId, slices } from '../row-values.ts';
import type { DomainUpdate, PageOptions, StatusUpdate, UnitFilter, UnitPage } from '../types.ts';
import { decodeUnits, selectUnits } from './unit-decode.ts';
import { type ResolvedFilter, resolveFilter, unitConditions } from './unit-filter.ts';

export interface UnitRepo {
  /** One unit by its store id (withdrawn or not), or SLM_STORE_UNIT_NOT_FOUND. */
  get(unitId: string): Promise<StoredUnit>;
  /** One page of matching units in id order; pass `nextCursor` back for the next page. */
  list(filter?: UnitFilter, page?: PageOptions): Promise<UnitPage>;
  count(filter?: UnitFilter): Promise<number>;
  /** Every matching unit in id order, read a page at a time (memory stays flat). */
  stream(filter?: UnitFilter, options?: { pageSize?: number }): AsyncIterable<StoredUnit>;
  /** Sets status (and reject reasons) of many units in one transaction; returns how many changed. */
  setStatus(updates: readonly StatusUpdate[]): Promise<number>;
  /** Replaces the domain labels of many units in one transaction; returns how many changed. */
  setDomains(updates: readonly DomainUpdate[]): Promise<number>;
}

const DEFAULT_PAGE = 100;
const MAX_PAGE = 1000;
const UPDATE_SLICE = 5000;

export function unitRepo(engine: Engine): UnitRepo {
  async function page(filter: ResolvedFilter, after: number, limit: number): Promise<StoredUnit[]> {
    const rows = await selectUnits(engine.db)
      .where((eb) => unitConditions(eb, filter, engine))
      .where('u.id', '>', after)
      .orderBy('u.id')
      .limit(limit)
      .execute();
    return decodeUnits(engine.db, rows);
  }

  /** Applies one update per distinct unit (the last given wins); all must exist or nothing changes. */
  async function bulkUpdate(columns: readonly UnitUpdateColumn[], byId: Map<number, UnitUpdateRow>): Promise<number> {
    const rows = [...byId.values()];
    return engine.transaction(async (tx) => {
      const now = nowIso();
      let changed = 0;
      for (const slice of slices(rows, UPDATE_SLICE)) changed += await tx.updateUnits(columns, slice, now);
      if (changed !== rows.length) {
        const missing = rows.length - changed;
        throw storeError('SLM_STORE_UNIT_NOT_FOUND', { unitId: `(${missing} of the ${rows.length} given)` });
      }
      return changed;
    });
  }

  return {
    get: (unitId) =>
      guard('read a unit', async () => {
        const row = await selectUnits(engine.db).where('u.id', '=', requireUnitId(unitId)).executeTakeFirst();
        if (!row) throw storeError('SLM_STORE_UNIT_NOT_FOUND', { unitId });
        return (await decodeUnits(engine.db, [row]))[0]!;
      }),
    list: (filter, options = {}) =>
      guard('list units', async () => {
        const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_PAGE), 1), MAX_PAGE);
        const after = options.cursor === undefined ? 0 : parseId(options.cursor);
        if (after === undefined) throw storeError('SLM_STORE_FILTER_INVALID', { problem: `cursor "${options.cursor}" is not one this store issued` });
        const resolved = await resolveFilter(engine.db, filter);
        const units = await page(resolved, after, limit + 1);
        const more = units.length > limit;
        if (more) units.length = limit;
        return more ? { units, nextCursor: units[limit - 1]!.unitId } : { units };
      }),
    count: (filter) =>
      guard('count units', async () => {
        const resolved = await resolveFilter(engine.db, filter);
        const row = await engine.db
          .selectFrom('units as u')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where((eb) => unitConditions(eb, resolved, engine))
          .executeTakeFirstOrThrow();
        return Number(row.n);
      }),
    async *stream(filter, options = {}) {
      const size = Math.min(Math.max(options.pageSize ?? 500, 1), MAX_PAGE);
      const resolved = await guard('stream units', () => resolveFilter(engine.db, filter));
      let after = 0;
      for (;;) {
        const units = await guard('stream units', () => page(resolved, after, size));
        yield* units;
        if (units.length < size) return;
        after = Number(units[units.length - 1]!.unitId);
      }
    },
    setStatus: (updates) =>
      guard('set unit statuses', () => {
        const byId = new Map<number, UnitUpdateRow>();
        for (const update of updates) {
          if (!isUnitStatus(update.status)) {
            throw storeError('SLM_STORE_FILTER_INVALID', { problem: `status "${update.status}" is not raw, clean, rejected or validated` });
          }
          const id = requireUnitId(update.unitId);
          byId.set(id, { id, values: [update.status, jsonColumn(update.reasons?.length ? update.reasons : null)] });
        }
        return bulkUpdate(['status', 'reject_reasons'], byId);
      }),
    setDomains: (updates) =>
      guard('set unit domains', () => {
        const byId = new Map<number, UnitUpdateRow>();
        for (const update of updates) {
          const id = requireUnitId(update.unitId);
          byId.set(id, { id, values: [JSON.stringify(update.domains)] });
        }
        return bulkUpdate(['domains'], byId);
      }),
  };
}
