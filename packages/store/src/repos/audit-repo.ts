/**
 * The tamper-evident, append-only audit log. Appends serialise on a lock (the
 * whole-database write lock on SQLite, `LOCK TABLE … SHARE ROW EXCLUSIVE` on
 * PostgreSQL) so that two writers never chain onto the same entry; appends made
 * by other repositories run inside their transaction (an import's entry commits
 * with its units or not at all). Triggers refuse UPDATE and DELETE on the table;
 * `verify` catches what gets past them.
 */
import { canonicalJson, type JsonValue } from '@silkloom/core';
import type { Engine, Tx } from '../engine.ts';
import { guard } from '../guard.ts';
import type { AuditLogTable } from '../schema.ts';
import type { AuditEntry, AuditInput, AuditVerification } from '../types.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';

export interface AuditRepo {
  /** Appends one entry (its own transaction) and returns it with seq and hash. */
  append(input: AuditInput): Promise<AuditEntry>;
  /** Recomputes the chain from the first entry; names the first entry that does not check out. */
  verify(): Promise<AuditVerification>;
  /** Entries after `after` (a seq), oldest first, at most `limit` (default 100, max 1000). */
  list(options?: { after?: number; limit?: number }): Promise<AuditEntry[]>;
  /** Every entry, oldest first, read page by page. */
  export(): AsyncIterable<AuditEntry>;
}

const PAGE = 1000;

function toEntry(row: AuditLogTable): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    action: row.action,
    actor: row.actor,
    subject: row.subject,
    details: JSON.parse(row.details) as JsonValue,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Appends inside the caller's transaction. */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<AuditEntry> {
  await tx.lock('audit');
  const tail = await tx.db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const details = canonicalJson(input.details);
  const body = {
    seq: tail ? Number(tail.seq) + 1 : 1,
    at: new Date().toISOString(),
    action: input.action,
    actor: input.actor ?? null,
    subject: input.subject ?? null,
    details: JSON.parse(details) as JsonValue,
    prevHash: tail?.hash ?? GENESIS_HASH,
  };
  const hash = auditHash(body);
  await tx.db
    .insertInto('audit_log')
    .values({
      seq: body.seq,
      at: body.at,
      action: body.action,
      actor: body.actor,
      subject: body.subject,
      details,
      prev_hash: body.prevHash,
      hash,
    })
    .execute();
  return { ...body, hash };
}

/** Why a stored row does not continue the chain after `prevHash`, or undefined when it does. */
function breakIn(row: AuditLogTable, expectedSeq: number, prevHash: string): string | undefined {
  if (Number(row.seq) !== expectedSeq) return `entry ${expectedSeq} is missing or renumbered (found seq ${row.seq} next)`;
  if (row.prev_hash !== prevHash) return 'prev_hash does not match the hash of the entry before it';
  let details: JsonValue;
  try {
    details = JSON.parse(row.details) as JsonValue;
  } catch {
    return 'details is not valid JSON';
  }
  if (canonicalJson(details) !== row.details) return 'details is not in canonical form (RFC 8785)';
  const body = { seq: expectedSeq, at: row.at, action: row.action, actor: row.actor, subject: row.subject, details, prevHash };
  if (auditHash(body) !== row.hash) return 'hash does not match the entry\'s content';
  return undefined;
}

export function auditRepo(engine: Engine): AuditRepo {
  async function page(after: number, limit: number): Promise<AuditLogTable[]> {
    return engine.db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(limit).execute();
  }
  async function* rows(): AsyncGenerator<AuditLogTable> {
    // From below any seq, so a row whose seq was tampered to 0 or less is still read (and reported).
    let after = Number.MIN_SAFE_INTEGER;
    for (;;) {
      const batch = await page(after, PAGE);
      yield* batch;
      if (batch.length < PAGE) return;
      after = Number(batch[batch.length - 1]!.seq);
    }
  }
  return {
    append: (input) => guard('append to the audit log', () => engine.transaction((tx) => appendAudit(tx, input))),
    verify: () =>
      guard('verify the audit log', async () => {
        let entries = 0;
        let prevHash = GENESIS_HASH;
        let last: AuditLogTable | undefined;
        for await (const row of rows()) {
          entries += 1;
          const reason = breakIn(row, entries, prevHash);
          if (reason) return { ok: false, entries, firstBroken: { seq: entries, reason } };
          prevHash = row.hash;
          last = row;
        }
        return { ok: true, entries, ...(last ? { head: { seq: Number(last.seq), hash: last.hash } } : {}) };
      }),
    list: (options = {}) =>
      guard('list the audit log', async () => {
        const limit = Math.min(Math.max(options.limit ?? 100, 1), PAGE);
        return (await page(options.after ?? 0, limit)).map(toEntry);
      }),
    async *export() {
      for await (const row of rows()) yield toEntry(row);
    },
  };
}
