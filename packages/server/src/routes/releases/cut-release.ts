/**
 * Cutting a release: stream the corpus's units that pass the status filter,
 * split them with no exact or near-duplicate pair across train/dev/test
 * (earlier releases' dev and test units stay where they were, so test sets
 * stay frozen), write one JSONL line per unit (Hugging Face's `translation`
 * layout), hash every file, generate the datasheet and dataset card, and store
 * it all in one transaction. The record text is kept per member, so the files
 * can be rebuilt byte for byte on download.
 */
import { createHash } from 'node:crypto';
import {
  DEFAULT_POLICY, type ReleaseFacts, type ReleaseFile, type SplitName, SPLITS, cobuildError, compareSemver, contentHash, datasetCardMarkdown,
  datasheetMarkdown, releaseDelta, splitRelease, suggestNextVersion,
} from '@silkloom/cobuild';
import type { ReleaseCreateBody } from '@silkloom/contract';
import type { Release, ReleaseMember, ReleaseMemberInput, Store } from '@silkloom/store';
import { reviewFigures } from '../review/review-figures.ts';
import { assessRelease } from './release-assessment.ts';
import { FactsCollector } from './release-facts-collector.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

async function collect<T>(iter: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iter) out.push(x);
  return out;
}

function numbers(stats: unknown): Record<string, number> | undefined {
  if (!stats || typeof stats !== 'object') return undefined;
  const out = Object.fromEntries(Object.entries(stats).filter(([, v]) => typeof v === 'number')) as Record<string, number>;
  return Object.keys(out).length ? out : undefined;
}

export async function cutRelease(store: Store, corpusName: string, body: ReleaseCreateBody, createdBy: string, rulesDir: string): Promise<Release> {
  const corpus = await store.corpora.require(corpusName);
  const previous = (await store.releases.list(corpusName)).sort((a, b) => compareSemver(b.version, a.version))[0];
  const before: ReleaseMember[] = previous ? await collect(store.releases.members(previous.releaseId)) : [];
  const pinned = new Map(before.filter((m) => m.split !== 'train').map((m) => [m.unitId, m.split as SplitName]));

  const facts = new FactsCollector(corpus.defaultLicence);
  const members: Array<Omit<ReleaseMemberInput, 'split'>> = [];
  const items: Array<{ id: string; texts: string[] }> = [];
  for await (const unit of store.units.stream({ corpus: corpusName, status: body.statuses })) {
    const translation = Object.fromEntries(Object.entries(unit.variants).map(([tag, v]) => [tag, v.text]));
    const licence = unit.provenance.licence ?? corpus.defaultLicence;
    const record = { id: unit.unitId, source_id: unit.id, translation, domains: unit.domains, ...(licence ? { licence } : {}), ...(unit.provenance.originJurisdiction ? { origin: unit.provenance.originJurisdiction } : {}) };
    members.push({ unitId: unit.unitId, contentHash: contentHash({ translation, domains: unit.domains, licence: licence ?? null }), record: JSON.stringify(record) });
    items.push({ id: unit.unitId, texts: Object.values(translation) });
    facts.add(unit);
  }
  const seed = body.seed ?? 20260701;
  const split = splitRelease(items, { dev: body.dev, test: body.test, seed, pinned });
  const placed: ReleaseMemberInput[] = members.map((m) => ({ ...m, split: split.assignment.get(m.unitId)! }));
  const delta = releaseDelta(previous?.version ?? '', before, '', placed);
  const version = body.version ?? suggestNextVersion(previous?.version, { added: delta.added.length, removed: delta.removed.length, changed: delta.changed.length });
  if (previous && compareSemver(version, previous.version) <= 0) throw cobuildError('SLM_RELEASE_VERSION_NOT_NEWER', { version, previous: previous.version });

  const files: ReleaseFile[] = SPLITS.map((s) => {
    const text = placed.filter((m) => m.split === s).map((m) => `${m.record}\n`).join('');
    return { path: `data/${s}.jsonl`, sha256: sha256(text), bytes: bytes(text), units: split.counts[s], split: s };
  });
  const runs = (await store.runs.list(corpusName)).filter((run) => run.kind === 'clean' || run.kind === 'scan');
  const figures = await reviewFigures(store, corpusName);
  const decisions: Record<string, number> = {};
  for (const d of await store.review.decisions(corpusName)) decisions[d.outcome] = (decisions[d.outcome] ?? 0) + 1;
  const accuracies = figures.gold.map((g) => g.accuracy).filter((a): a is number => a !== null);
  const releaseFacts: ReleaseFacts = {
    corpus: { name: corpus.name, ...(corpus.description ? { description: corpus.description } : {}), ...(corpus.ownerOrg ? { ownerOrg: corpus.ownerOrg } : {}), ...(corpus.defaultLicence ? { defaultLicence: corpus.defaultLicence } : {}) },
    version,
    createdAt: new Date().toISOString(),
    createdBy,
    filter: { statuses: body.statuses },
    units: placed.length,
    splits: split.counts,
    split: { seed, dev: body.dev, test: body.test, nearThreshold: 0.7, clusters: split.clusters, exactLinks: split.exactLinks, nearLinks: split.nearLinks, pinned: pinned.size },
    languages: facts.languages, pairs: facts.pairs, domains: facts.domains, licences: facts.licences, jurisdictions: facts.jurisdictions,
    consentBases: facts.consentBases, contributors: facts.contributors, organisations: facts.organisations, batches: facts.batchCount,
    ...(facts.collectedBetween ? { collectedBetween: facts.collectedBetween } : {}),
    cleaning: runs.map((run) => ({ runId: run.runId, kind: run.kind, status: run.status, startedAt: run.startedAt, ...(numbers(run.stats) ? { stats: numbers(run.stats)! } : {}) })),
    review: {
      votes: figures.votes.length, validators: new Set(figures.votes.map((v) => v.voter)).size, decisions,
      policy: { name: DEFAULT_POLICY.name, version: DEFAULT_POLICY.version }, fleissKappa: figures.fleiss.kappa,
      goldAccuracy: accuracies.length ? accuracies.reduce((s, a) => s + a, 0) / accuracies.length : null,
    },
    ...(body.destination ? { assessment: await assessRelease(store, corpus, body.destination.toUpperCase(), body.purpose ?? 'academic_cooperation', facts.jurisdictions, decisions.flagged ?? 0, rulesDir) } : {}),
    ...(body.sharingTerms ? { sharingTerms: body.sharingTerms } : {}),
    files,
    ...(previous ? { previous: { version: previous.version, added: delta.added.length, removed: delta.removed.length, changed: delta.changed.length } } : {}),
  };
  const small: Array<{ path: string; content: string }> = [
    { path: 'README.md', content: datasetCardMarkdown(releaseFacts) },
    { path: 'DATASHEET.md', content: datasheetMarkdown(releaseFacts) },
  ];
  if (previous) {
    const d = releaseDelta(previous.version, before, version, placed);
    small.push({ path: 'delta.json', content: `${JSON.stringify({ from: d.from, to: d.to, added: d.added.map((x) => x.unitId), removed: d.removed.map((x) => x.unitId), changed: d.changed.map((x) => x.unitId), moved: d.moved.length }, null, 1)}\n` });
  }
  const audit = await store.audit.verify();
  const listed = [...files, ...small.map((f) => ({ path: f.path, sha256: sha256(f.content), bytes: bytes(f.content) }))];
  const manifest = `${JSON.stringify({ corpus: corpus.name, version, createdAt: releaseFacts.createdAt, filter: releaseFacts.filter, splits: split.counts, files: listed.map(({ path, sha256: h, bytes: b }) => ({ path, sha256: h, bytes: b })), auditHead: audit.head ?? null }, null, 1)}\n`;
  small.push({ path: 'manifest.json', content: manifest });
  const sums = [...listed, { path: 'manifest.json', sha256: sha256(manifest) }].map((f) => `${f.sha256}  ${f.path}\n`).join('');
  small.push({ path: 'SHA256SUMS', content: sums });
  return store.releases.create(
    { corpus: corpus.name, version, filter: releaseFacts.filter as never, options: { dev: body.dev, test: body.test, seed }, facts: releaseFacts as never, createdBy },
    placed,
    [...files, ...small.map((f) => ({ path: f.path, sha256: sha256(f.content), bytes: bytes(f.content), content: f.content }))],
    { actor: createdBy },
  );
}
