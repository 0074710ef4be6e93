/**
 * Collects what a release's datasheet says while its units stream past: the
 * counts per language, pair, domain, licence, origin, consent basis,
 * contributor and organisation, the batches and the collection dates.
 */
import type { Counts } from '@silkloom/cobuild';
import type { StoredUnit } from '@silkloom/core';
import { pairKey } from '@silkloom/store';

export class FactsCollector {
  readonly languages: Counts = {};
  readonly pairs: Counts = {};
  readonly domains: Counts = {};
  readonly licences: Counts = {};
  readonly jurisdictions: Counts = {};
  readonly consentBases: Counts = {};
  readonly contributors: Counts = {};
  readonly organisations: Counts = {};
  private readonly batches = new Set<string>();
  private first?: string;
  private last?: string;

  private readonly defaultLicence: string | undefined;

  constructor(defaultLicence: string | undefined) {
    this.defaultLicence = defaultLicence;
  }

  add(unit: StoredUnit): void {
    const bump = (counts: Counts, key: string | undefined) => {
      if (key) counts[key] = (counts[key] ?? 0) + 1;
    };
    const tags = Object.keys(unit.variants);
    for (const tag of tags) bump(this.languages, tag);
    for (let i = 0; i < tags.length; i++) for (let j = i + 1; j < tags.length; j++) bump(this.pairs, pairKey(tags[i]!, tags[j]!));
    for (const d of unit.domains) bump(this.domains, d);
    const p = unit.provenance;
    bump(this.licences, p.licence ?? this.defaultLicence ?? 'unspecified');
    bump(this.jurisdictions, p.originJurisdiction ?? 'unrecorded');
    bump(this.consentBases, p.consentBasis ?? 'unrecorded');
    bump(this.contributors, p.contributor);
    bump(this.organisations, p.organisation);
    if (p.batchId) this.batches.add(p.batchId);
    if (p.collectedAt) {
      if (!this.first || p.collectedAt < this.first) this.first = p.collectedAt;
      if (!this.last || p.collectedAt > this.last) this.last = p.collectedAt;
    }
  }

  get batchCount(): number {
    return this.batches.size;
  }

  get collectedBetween(): [string, string] | undefined {
    return this.first && this.last ? [this.first, this.last] : undefined;
  }
}
