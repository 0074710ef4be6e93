/**
 * The corpora of the test world, each with a secret word found only in it, so
 * tests can tell from search hits, TM matches and counts which corpora leaked:
 * A's private corpus, A's corpus shared with B (research, to TH), B's private
 * corpus, C's public corpus. Each has a pipeline run; each gets a sharing
 * agreement that starts in 2099 (never live), for the share routes to act on.
 */
import type { TranslationUnit } from '@silkloom/core';
import type { Store } from '@silkloom/store';
import { ORG_A, ORG_B, ORG_C } from './server-harness.ts';

export interface WorldCorpus {
  name: string;
  owner: string;
  public: boolean;
  sharedWith: string[];
  /** A Chinese word only this corpus contains. */
  secret: string;
  /** Filled by the seed. */
  unitId?: string;
  runId?: string;
  futureShareId?: string;
}

export const WORLD_CORPORA: WorldCorpus[] = [
  { name: 'a-private', owner: ORG_A, public: false, sharedWith: [], secret: '甲方机密' },
  { name: 'a-shared', owner: ORG_A, public: false, sharedWith: [ORG_B], secret: '共享资料' },
  { name: 'b-private', owner: ORG_B, public: false, sharedWith: [], secret: '乙方机密' },
  { name: 'c-public', owner: ORG_C, public: true, sharedWith: [], secret: '公开资料' },
];

function unitsFor(c: WorldCorpus): TranslationUnit[] {
  const sentences: Array<[string, string]> = [
    [`这是${c.secret}的第一句话。`, `นี่คือประโยคแรกของ ${c.name}`],
    [`请问火车站在哪里？${c.secret}`, `สถานีรถไฟอยู่ที่ไหน ${c.name}`],
    ['农民在田里种水稻。', 'ชาวนาปลูกข้าวในนา'],
  ];
  return sentences.map(([zh, th], i) => ({
    id: `${c.name}-${i}`,
    variants: { 'zh-Hans': { text: zh }, th: { text: th } },
    status: 'clean',
    domains: ['tourism'],
    provenance: {},
  }));
}

export async function seedCorpora(store: Store): Promise<WorldCorpus[]> {
  const corpora = WORLD_CORPORA.map((c) => ({ ...c }));
  for (const c of corpora) {
    await store.corpora.create({ name: c.name, ownerOrg: c.owner, defaultLicence: 'CC-BY-4.0' });
    if (c.public) await store.access.setVisibility(c.name, 'public');
    for (const org of c.sharedWith) {
      await store.shares.create({ corpus: c.name, org, licence: 'CC-BY-4.0', purposes: ['research'], destinations: ['TH'], validFrom: '2020-01-01' });
    }
    const other = c.owner === ORG_C ? ORG_A : ORG_C;
    c.futureShareId = (await store.shares.create({ corpus: c.name, org: other, licence: 'CC-BY-4.0', purposes: ['research'], destinations: [], validFrom: '2099-01-01' })).shareId;
    const sha = Buffer.from(c.name).toString('hex').padEnd(64, '0').slice(0, 64);
    await store.imports.run(c.name, { sourceFile: `${c.name}.tmx`, sourceSha256: sha, format: 'tmx', licence: 'CC-BY-4.0', originJurisdiction: 'CN' }, async (sink) => {
      for (const unit of unitsFor(c)) await sink.add(unit);
    });
    c.unitId = (await store.units.list({ corpus: c.name }, { limit: 1 })).units[0]!.unitId;
    c.runId = (await store.runs.create({ corpus: c.name, kind: 'clean', config: {}, manifest: {} })).runId;
  }
  return corpora;
}
