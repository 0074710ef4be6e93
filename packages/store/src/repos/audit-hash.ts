/**
 * The audit log's hash chain (issue 4 item 7). Entry n hashes entry n-1:
 *
 *   hash(n) = hex(SHA-256(UTF-8(prevHash(n) + canonicalJson(body(n)))))
 *   body(n) = {seq, at, action, actor, subject, details, prevHash}
 *   prevHash(1) = 64 × "0";  prevHash(n) = hash(n-1)
 *
 * canonicalJson is RFC 8785 (JCS), so anyone can re-check the chain from an
 * export with any JCS implementation and sha256.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '@silkloom/core';
import type { AuditEntry } from '../types.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** An entry without its hash: what the hash covers. */
export type AuditBody = Omit<AuditEntry, 'hash'>;

export function auditHash(body: AuditBody): string {
  return createHash('sha256')
    .update(body.prevHash + canonicalJson(body), 'utf8')
    .digest('hex');
}
