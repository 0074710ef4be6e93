/**
 * What changed between two releases of a corpus (Common Voice publishes delta
 * releases; users need them to know when a segment entered the data, for
 * contamination checks — `anchors-platform.md` §5.1 item 4). Each release
 * records a content hash per unit; the delta compares the two maps.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '@silkloom/core';

export interface DeltaEntry {
  unitId: string;
  /** Split in the newer release (added, changed) or the older one (removed). */
  split?: string;
}

export interface ReleaseDelta {
  from: string;
  to: string;
  added: DeltaEntry[];
  removed: DeltaEntry[];
  changed: DeltaEntry[];
  /** Units in both releases with the same content whose split differs (should stay empty for frozen test sets). */
  moved: Array<DeltaEntry & { fromSplit?: string }>;
  unchanged: number;
}

export interface ReleaseMember {
  unitId: string;
  contentHash: string;
  split?: string;
}

/** SHA-256 (hex) of a record's RFC 8785 canonical JSON: the content hash a release stores per unit. */
export function contentHash(record: unknown): string {
  return createHash('sha256').update(canonicalJson(record as never)).digest('hex');
}

/** Compares two releases' members; lists are sorted by unit id (numerically when both ids are numbers). */
export function releaseDelta(from: string, older: Iterable<ReleaseMember>, to: string, newer: Iterable<ReleaseMember>): ReleaseDelta {
  const before = new Map<string, ReleaseMember>();
  for (const m of older) before.set(m.unitId, m);
  const delta: ReleaseDelta = { from, to, added: [], removed: [], changed: [], moved: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const m of newer) {
    seen.add(m.unitId);
    const old = before.get(m.unitId);
    if (!old) delta.added.push({ unitId: m.unitId, split: m.split });
    else if (old.contentHash !== m.contentHash) delta.changed.push({ unitId: m.unitId, split: m.split });
    else if (old.split !== m.split) delta.moved.push({ unitId: m.unitId, split: m.split, fromSplit: old.split });
    else delta.unchanged++;
  }
  for (const [unitId, m] of before) if (!seen.has(unitId)) delta.removed.push({ unitId, split: m.split });
  const byId = (a: DeltaEntry, b: DeltaEntry) => {
    const na = Number(a.unitId);
    const nb = Number(b.unitId);
    return Number.isFinite(na) && Number.isFinite(nb) ? na - nb : a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0;
  };
  for (const list of [delta.added, delta.removed, delta.changed, delta.moved]) list.sort(byId);
  return delta;
}
