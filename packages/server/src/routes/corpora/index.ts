/** Corpora: list what the caller can see, create, show, change, statistics, sharing agreements. */
import type { FastifyInstance } from 'fastify';
import { routes } from '@silkloom/contract';
import type { ServerContext } from '../../context.ts';
import { corpusRights } from '../../auth/principal.ts';
import { actorOf, principalOf, rightsOf, visibleCorpora } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';
import { corpusView, shareView } from './corpus-view.ts';

export function corpusRoutes(app: FastifyInstance, { store }: ServerContext): void {
  handle(app, routes.listCorpora, async (req) => {
    const visible = new Map((await visibleCorpora(req, store)).map((r) => [r.corpus.name, r]));
    const all = await store.corpora.list();
    const corpora = all.flatMap(({ units, ...corpus }) => {
      const rights = visible.get(corpus.name);
      return rights ? [corpusView(corpus, units, rights)] : [];
    });
    return { corpora };
  });

  handle(app, routes.createCorpus, async (req) => {
    const { visibility, ...input } = req.body;
    const actor = actorOf(req);
    const corpus = await store.corpora.create(input, { actor });
    if (visibility && visibility !== 'private') await store.access.setVisibility(corpus.name, visibility, { actor });
    const access = (await store.access.corpora()).find((c) => c.name === corpus.name)!;
    return corpusView(corpus, 0, corpusRights(principalOf(req), access)!);
  });

  handle(app, routes.showCorpus, async (req) => {
    const corpus = await store.corpora.require(req.params.corpus);
    return corpusView(corpus, await store.units.count({ corpus: corpus.name }), rightsOf(req));
  });

  handle(app, routes.updateCorpus, async (req) => {
    const { visibility, ...patch } = req.body;
    const actor = actorOf(req);
    const corpus = Object.keys(patch).length
      ? await store.corpora.update(req.params.corpus, patch, { actor })
      : await store.corpora.require(req.params.corpus);
    const rights = rightsOf(req);
    if (visibility && visibility !== rights.corpus.visibility) await store.access.setVisibility(corpus.name, visibility, { actor });
    const updated = { ...rights, corpus: { ...rights.corpus, visibility: visibility ?? rights.corpus.visibility } };
    return corpusView(corpus, await store.units.count({ corpus: corpus.name }), updated);
  });

  handle(app, routes.corpusStats, async (req) => store.stats(req.params.corpus));

  handle(app, routes.listShares, async (req) => ({ shares: (await store.shares.list(req.params.corpus)).map(shareView) }));

  handle(app, routes.createShare, async (req) => {
    const share = await store.shares.create({ corpus: req.params.corpus, destinations: [], ...req.body }, { actor: actorOf(req) });
    return shareView(share);
  });

  handle(app, routes.revokeShare, async (req) => {
    await store.shares.revoke(req.params.corpus, req.params.id, { actor: actorOf(req) });
    return { ok: true };
  });
}
