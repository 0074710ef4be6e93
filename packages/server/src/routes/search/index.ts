/**
 * Concordance and TM look-up, limited to the corpora the caller may read: a
 * named corpus the caller cannot see answers 404 exactly like a missing one,
 * and hits, counts and frequencies only ever come from visible corpora.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiError, routes, type GlossaryMark } from '@silkloom/contract';
import { SilkloomError } from '@silkloom/core';
import { allCjk, codePointLength, storeErrors } from '@silkloom/store';
import type { ServerContext } from '../../context.ts';
import { concordance } from '../../find/concordance.ts';
import { tmLookup } from '../../find/tm-lookup.ts';
import { markGlossary } from '../../find/glossary-marks.ts';
import { principalOf, visibleCorpora } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';
import type { Store } from '@silkloom/store';

/** Names of the corpora to search: the one asked for (if visible) or every visible one. */
export async function readableCorpora(req: FastifyRequest, store: Store, corpus: string | undefined): Promise<string[]> {
  const readable = (await visibleCorpora(req, store)).filter((r) => r.actions.has('corpus.read')).map((r) => r.corpus.name);
  if (corpus === undefined) return readable;
  if (!readable.includes(corpus)) throw new SilkloomError('SLM_STORE_CORPUS_NOT_FOUND', storeErrors.SLM_STORE_CORPUS_NOT_FOUND, { name: corpus });
  return [corpus];
}

export function checkQueryLength(query: string): void {
  if (codePointLength(query) < 3 && !allCjk(query)) {
    throw apiError('SLM_SEARCH_QUERY_TOO_SHORT', { query, problem: 'give three characters or more (one or two are enough for Chinese, Japanese or Korean)' });
  }
}

export function searchRoutes(app: FastifyInstance, { store }: ServerContext): void {
  handle(app, routes.search, async (req) => {
    const { q, corpus, glossary, ...rest } = req.query;
    checkQueryLength(q.trim());
    const corpora = await readableCorpora(req, store, corpus);
    const result = await concordance(store, { q: q.trim(), ...rest, corpora });
    if (glossary) await markGlossary(store, principalOf(req), result.hits);
    return result;
  });

  handle(app, routes.tmLookup, async (req) => {
    const { corpus, glossary, ...input } = req.body;
    const corpora = await readableCorpora(req, store, corpus);
    const matches = await tmLookup(store, { ...input, corpora });
    if (glossary) await markGlossary(store, principalOf(req), matches.map((m) => ({ lang: m.srcLang, text: m.source, set: (g: GlossaryMark[]) => (m.glossary = g) })));
    return { matches };
  });
}
