/**
 * Contributions: an upload is an import batch (the upload itself is the
 * corpora module's import route, which requires the provenance fields). Here a
 * batch is inspected, and withdrawn by its organisation — only until it is
 * released, because releases are frozen.
 */
import type { FastifyInstance } from 'fastify';
import { cobuildRoutes as r } from '@silkloom/contract';
import { cobuildStoreErrors, type Store, storeErrors } from '@silkloom/store';
import { SilkloomError } from '@silkloom/core';
import type { ServerContext } from '../../context.ts';
import { actorOf } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';

async function detail(store: Store, corpus: string, batchId: string) {
  const batch = await store.imports.get(batchId);
  // A batch of another corpus answers exactly like a missing one.
  if (batch.corpus !== corpus) throw new SilkloomError('SLM_STORE_BATCH_NOT_FOUND', storeErrors.SLM_STORE_BATCH_NOT_FOUND, { batchId });
  const summary = await store.contributions.batchSummary(batchId);
  return { batch, byLang: summary.byLang, statuses: summary.statuses, released: summary.released, canWithdraw: !batch.withdrawnAt && summary.released === 0 };
}

export function contributionRoutes(app: FastifyInstance, { store }: ServerContext): void {
  handle(app, r.showBatch, async (req) => (await detail(store, req.params.corpus, req.params.batchId)) as never);

  handle(app, r.withdrawBatch, async (req) => {
    const { corpus, batchId } = req.params;
    await detail(store, corpus, batchId);
    const held = await store.releases.holdingBatch(batchId);
    if (held.units > 0) {
      throw new SilkloomError('SLM_BATCH_RELEASED', cobuildStoreErrors.SLM_BATCH_RELEASED, { batchId, units: held.units, releases: held.releases.join(', ') });
    }
    await store.imports.withdraw(batchId, { actor: actorOf(req), ...(req.body.reason ? { reason: req.body.reason } : {}) });
    return (await detail(store, corpus, batchId)) as never;
  });
}
