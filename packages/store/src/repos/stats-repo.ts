/** Counts over a corpus (or the whole store), withdrawn units left out. */
import { sql } from 'kysely';
import type { Engine } from '../engine.ts';
import { guard } from '../guard.ts';
import type { StoreStats } from '../types.ts';
import { corpusIdOf } from './corpus-repo.ts';
import { pairKey } from './pair-key.ts';

function tally(rows: ReadonlyArray<{ key: string; n: number | string }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) out[row.key] = (out[row.key] ?? 0) + Number(row.n);
  return out;
}

export function statsOf(engine: Engine) {
  return (corpus?: string): Promise<StoreStats> =>
    guard('compute statistics', async () => {
      const db = engine.db;
      const corpusId = corpus === undefined ? undefined : await corpusIdOf(db, corpus);
      const live = db.selectFrom('units as u').where('u.withdrawn', '=', 0).$if(corpusId !== undefined, (q) => q.where('u.corpus_id', '=', corpusId!));
      const [units, statuses, langs, pairs, domains, batches] = await Promise.all([
        live.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        live.select(['u.status as key', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('u.status').execute(),
        live
          .innerJoin('variants as v', 'v.unit_id', 'u.id')
          .select(['v.lang as key', (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy('v.lang')
          .execute(),
        live
          .innerJoin('variants as a', 'a.unit_id', 'u.id')
          .innerJoin('variants as b', (join) => join.onRef('b.unit_id', '=', 'a.unit_id').onRef('a.lang', '<', 'b.lang'))
          .select(['a.lang as a', 'b.lang as b', (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy(['a.lang', 'b.lang'])
          .execute(),
        sql<{ key: string; n: number }>`
          select d.value as key, count(*) as n
          from units u, ${engine.sql.jsonArrayElements('u.domains', 'd')}
          where u.withdrawn = 0 ${corpusId === undefined ? sql`` : sql`and u.corpus_id = ${corpusId}`}
          group by d.value`.execute(db),
        db
          .selectFrom('import_batches')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('withdrawn_at', 'is', null)
          .$if(corpusId !== undefined, (q) => q.where('corpus_id', '=', corpusId!))
          .executeTakeFirstOrThrow(),
      ]);
      return {
        units: Number(units.n),
        variantsByLang: tally(langs),
        pairs: tally(pairs.map((p) => ({ key: pairKey(p.a, p.b), n: p.n }))),
        statuses: tally(statuses),
        domains: tally(domains.rows),
        batches: Number(batches.n),
      };
    });
}
