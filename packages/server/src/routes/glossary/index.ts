/**
 * Glossaries: look terms up in the caller's organisations' glossaries, list an
 * organisation's glossaries, import TBX or CSV (multipart `file`, streamed
 * through the reader), export TBX or CSV.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { apiError, routes } from '@silkloom/contract';
import { readGlossaryCsv, readTbx, writeGlossaryCsv, writeTbx, type TermEntry } from '@silkloom/formats';
import type { GlossaryEntry } from '@silkloom/store';
import type { ServerContext } from '../../context.ts';
import { actorOf, principalOf } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';

function entryView({ entryId, ...rest }: GlossaryEntry) {
  return { ...rest, id: entryId, ...(rest.id ? { sourceId: rest.id } : {}) };
}

function asTermEntry({ entryId: _e, org: _o, glossary: _g, ...entry }: GlossaryEntry): TermEntry {
  return entry;
}

export function glossaryRoutes(app: FastifyInstance, { store }: ServerContext): void {
  handle(app, routes.glossaryLookup, async (req) => {
    const principal = principalOf(req);
    const mine = principal.user.admin ? (await store.organisations.list()).map((o) => o.name) : principal.memberships.map((m) => m.org);
    const { org, ...query } = req.query;
    if (org !== undefined && !mine.includes(org)) return { entries: [] };
    const entries = await store.glossaries.lookup({ ...query, orgs: org ? [org] : mine });
    return { entries: entries.map(entryView) };
  });

  handle(app, routes.listGlossaries, async (req) => ({ glossaries: await store.glossaries.list(req.params.org) }));

  handle(app, routes.glossaryImport, async (req) => {
    const { org, glossary } = req.params;
    const file = await req.file();
    if (!file || file.fieldname !== 'file') throw apiError('SLM_API_UPLOAD_INVALID', { problem: 'send the glossary as a multipart part named "file"' });
    const entries: TermEntry[] = [];
    const read = req.query.format === 'tbx' ? readTbx(file.file, { file: file.filename }) : readGlossaryCsv(file.file, { file: file.filename });
    // A glossary is imported in one transaction; its entries (thousands, not millions) are held while reading.
    for await (const entry of read) entries.push(entry);
    if (file.file.truncated) throw apiError('SLM_API_PAYLOAD_TOO_LARGE', { problem: 'the glossary file is larger than the server accepts' });
    const counts = await store.glossaries.importEntries(org, glossary, entries, {
      actor: actorOf(req),
      replace: req.query.replace === true,
      ...(req.query.domain ? { domain: req.query.domain } : {}),
    });
    return { glossary, ...counts };
  });

  handle(app, routes.glossaryExport, async (req, reply) => {
    const { org, glossary } = req.params;
    const entries = (await store.glossaries.entries(org, glossary)).map(asTermEntry);
    const out = new PassThrough();
    const langs = [...new Set(entries.flatMap((e) => e.terms.map((t) => t.lang)))];
    const writing = req.query.format === 'csv' ? writeGlossaryCsv(entries, out, langs) : writeTbx(entries, out, { title: `${org} — ${glossary}` });
    writing.then(
      () => out.end(),
      (err: Error) => out.destroy(err),
    );
    const type = req.query.format === 'csv' ? 'text/csv' : 'application/x-tbx+xml';
    return reply
      .header('content-type', `${type}; charset=utf-8`)
      .header('content-disposition', `attachment; filename="glossary.${req.query.format}"`)
      .send(out);
  });
}
