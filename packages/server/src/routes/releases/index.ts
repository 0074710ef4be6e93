/** Releases: list, cut, show, files, bundle, delta. */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { compareSemver, releaseDelta, suggestNextVersion } from '@silkloom/cobuild';
import { cobuildRoutes as r } from '@silkloom/contract';
import { cobuildStoreErrors, type Release, type ReleaseMember, type Store } from '@silkloom/store';
import { SilkloomError } from '@silkloom/core';
import type { ServerContext } from '../../context.ts';
import { actorOf } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';
import { cutRelease } from './cut-release.ts';
import { attachment, bundleStream, fileBytes } from './release-files.ts';

const summary = (release: Release) => {
  const facts = release.facts as { splits?: Record<string, number> };
  return { corpus: release.corpus, version: release.version, units: release.units, splits: facts.splits ?? {}, createdAt: release.createdAt, ...(release.createdBy ? { createdBy: release.createdBy } : {}) };
};

async function detail(store: Store, release: Release) {
  const files = (await store.releases.files(release.releaseId)).map(({ releaseId: _r, content: _c, ...f }) => f);
  return { release: summary(release), files, facts: release.facts };
}

async function members(store: Store, release: Release): Promise<ReleaseMember[]> {
  const out: ReleaseMember[] = [];
  for await (const m of store.releases.members(release.releaseId)) out.push(m);
  return out;
}

export function releaseRoutes(app: FastifyInstance, { store, rulesDir }: ServerContext): void {
  handle(app, r.listReleases, async (req) => {
    const { corpus } = req.params;
    const releases = (await store.releases.list(corpus)).sort((a, b) => compareSemver(b.version, a.version));
    const candidates = await store.units.count({ corpus, status: 'validated' });
    const latest = releases[0];
    return { releases: releases.map(summary), suggestedVersion: latest ? suggestNextVersion(latest.version, { added: 1, removed: 0, changed: 0 }) : '1.0.0', candidates };
  });

  handle(app, r.createRelease, async (req) => detail(store, await cutRelease(store, req.params.corpus, req.body, actorOf(req), rulesDir)) as never);

  handle(app, r.showRelease, async (req) => detail(store, await store.releases.get(req.params.corpus, req.params.version)) as never);

  handle(app, r.releaseFile, async (req, reply) => {
    const release = await store.releases.get(req.params.corpus, req.params.version);
    const file = (await store.releases.files(release.releaseId)).find((f) => f.path === req.query.path);
    if (!file) throw new SilkloomError('SLM_RELEASE_NOT_FOUND', cobuildStoreErrors.SLM_RELEASE_NOT_FOUND, { release: `${release.corpus}@${release.version}/${req.query.path}` });
    const type = file.path.endsWith('.json') ? 'application/json' : file.path.endsWith('.jsonl') ? 'application/x-ndjson' : 'text/markdown';
    reply
      .header('content-type', `${type}; charset=utf-8`)
      .header('content-length', String(file.bytes))
      .header('x-silkloom-sha256', file.sha256)
      .header('content-disposition', attachment(`${release.corpus}-${release.version}-${file.path.replace(/\//g, '-')}`));
    return reply.send(Readable.from(fileBytes(store, release, file)));
  });

  handle(app, r.releaseBundle, async (req, reply) => {
    const release = await store.releases.get(req.params.corpus, req.params.version);
    const files = await store.releases.files(release.releaseId);
    reply.header('content-type', 'application/x-tar').header('content-disposition', attachment(`${release.corpus}-${release.version}.tar`));
    return reply.send(bundleStream(store, release, files));
  });

  handle(app, r.releaseDelta, async (req) => {
    const [to, from] = await Promise.all([store.releases.get(req.params.corpus, req.params.version), store.releases.get(req.params.corpus, req.query.from)]);
    const d = releaseDelta(from.version, await members(store, from), to.version, await members(store, to));
    const ids = (list: Array<{ unitId: string }>) => list.slice(0, 100).map((x) => x.unitId);
    return {
      from: d.from, to: d.to, added: d.added.length, removed: d.removed.length, changed: d.changed.length, moved: d.moved.length, unchanged: d.unchanged,
      sample: { added: ids(d.added), removed: ids(d.removed), changed: ids(d.changed) },
    };
  });
}
