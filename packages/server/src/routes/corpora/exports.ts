/**
 * Export: the manifest (what a download would contain: units, licences,
 * origins, the audit head) and the download itself, streamed from the store
 * through the format's writer with the manifest figures in X-Silkloom-*
 * headers. A corpus reached through a sharing agreement exports only for a
 * purpose and to a destination country the agreement allows (the destination
 * defaults to the caller's organisation's country). Every download is audited.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiError, routes, type ExportManifest, type ExportQuery } from '@silkloom/contract';
import { type StoredUnit, isUnitStatus, type UnitStatus } from '@silkloom/core';
import { writeDelimited, writeJsonl, writeTmx, writeXliff } from '@silkloom/formats';
import type { Store, UnitFilter } from '@silkloom/store';
import type { ServerContext } from '../../context.ts';
import type { Principal } from '../../auth/principal.ts';
import { actorOf, principalOf, rightsOf } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';

function filterOf(corpus: string, q: ExportQuery): UnitFilter {
  const status = (q.status ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const bad = status.find((s) => !isUnitStatus(s));
  if (bad) throw apiError('SLM_API_VALIDATION', { problem: `querystring/status: "${bad}" is not raw, clean, rejected or validated` });
  const langs = [q.src, q.tgt].filter((l): l is string => Boolean(l));
  if ((q.format === 'xliff' || q.format === 'tsv') && langs.length !== 2) {
    throw apiError('SLM_API_VALIDATION', { problem: `querystring: ${q.format} export needs src and tgt` });
  }
  return { corpus, ...(langs.length ? { langs } : {}), ...(status.length ? { status: status as UnitStatus[] } : {}), ...(q.domain ? { domain: q.domain } : {}) };
}

/** For shared access: some live agreement must allow the purpose and the destination. */
function checkAgreement(req: FastifyRequest, principal: Principal, q: ExportQuery): void {
  const rights = rightsOf(req);
  if (rights.access !== 'shared') return;
  const allowed = rights.viaShares.some((share) => {
    const grantee = principal.memberships.find((m) => m.org === share.org);
    const destination = (q.destination ?? grantee?.orgCountry ?? '').toUpperCase();
    const destinations = share.destinations.length ? share.destinations : grantee?.orgCountry ? [grantee.orgCountry] : [];
    return q.purpose !== undefined && share.purposes.includes(q.purpose) && destinations.includes(destination);
  });
  if (!allowed) {
    throw apiError('SLM_SHARE_NOT_ALLOWED', { problem: 'give a purpose and a destination country that an agreement on this corpus allows (purpose=…&destination=XX)' });
  }
}

async function manifestOf(store: Store, corpus: string, format: string, filter: UnitFilter): Promise<ExportManifest> {
  const batches = (await store.imports.list(corpus)).filter((b) => !b.withdrawnAt);
  const distinct = (values: Array<string | undefined>) => [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
  const head = (await store.audit.verify()).head;
  return {
    corpus,
    format,
    units: await store.units.count(filter),
    licences: distinct(batches.map((b) => b.licence)),
    origins: distinct(batches.map((b) => b.originJurisdiction)),
    ...(head ? { auditHead: head } : {}),
  };
}

function write(units: AsyncIterable<StoredUnit>, out: PassThrough, q: ExportQuery): Promise<unknown> {
  if (q.format === 'xliff') return writeXliff(units, out, { version: '1.2', srcLang: q.src!, tgtLang: q.tgt! });
  if (q.format === 'tsv') return writeDelimited(units, out, { delimiter: '\t', langs: [q.src!, q.tgt!], header: true });
  if (q.format === 'jsonl') return writeJsonl(units, out);
  return writeTmx(units, out, { srcLang: q.src ?? 'zh-Hans', ...(q.src && q.tgt ? { langs: [q.src, q.tgt] } : {}) });
}

const MEDIA: Record<string, string> = { tmx: 'application/x-tmx+xml', xliff: 'application/xliff+xml', tsv: 'text/tab-separated-values', jsonl: 'application/jsonl' };

export function exportRoutes(app: FastifyInstance, { store }: ServerContext): void {
  handle(app, routes.exportManifest, async (req) => {
    checkAgreement(req, principalOf(req), req.query);
    return manifestOf(store, req.params.corpus, req.query.format, filterOf(req.params.corpus, req.query));
  });

  handle(app, routes.exportDownload, async (req, reply) => {
    const q = req.query;
    checkAgreement(req, principalOf(req), q);
    const corpus = req.params.corpus;
    const filter = filterOf(corpus, q);
    const manifest = await manifestOf(store, corpus, q.format, filter);
    await store.audit.append({ action: 'export', actor: actorOf(req), subject: `corpus:${corpus}`, details: { format: q.format, via: 'api', filter: { ...filter }, units: manifest.units, purpose: q.purpose ?? null, destination: q.destination ?? null } });
    const out = new PassThrough();
    write(store.units.stream(filter), out, q).then(
      () => out.end(),
      (err: Error) => out.destroy(err),
    );
    const file = `${corpus.replace(/[^\p{L}\p{N}._-]+/gu, '_')}.${q.format}`;
    return reply
      .header('content-type', `${MEDIA[q.format]}; charset=utf-8`)
      .header('content-disposition', `attachment; filename="export.${q.format}"; filename*=UTF-8''${encodeURIComponent(file)}`)
      .header('x-silkloom-units', String(manifest.units))
      .header('x-silkloom-licences', encodeURIComponent(manifest.licences.join(',')))
      .header('x-silkloom-origins', manifest.origins.join(','))
      .header('x-silkloom-audit-head', manifest.auditHead ? `${manifest.auditHead.seq}:${manifest.auditHead.hash}` : '')
      .send(out);
  });
}
