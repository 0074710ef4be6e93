/**
 * Browser sessions and API tokens. Only hashes of their secrets are stored, so
 * a copy of the database does not let anyone sign in. Look-ups are by hash
 * (primary key / unique index); `touch` stamps last use.
 */
import type { Engine } from '../engine.ts';
import { storeError } from '../errors.ts';
import { guard } from '../guard.ts';
import { definedOnly, idText, nowIso, optional, parseId } from '../row-values.ts';
import type { ApiTokensTable } from '../schema.ts';
import type { SessionInput, SessionRecord, TokenInput, TokenRecord } from '../types-accounts.ts';
import { userIdOf } from './user-repo.ts';

export interface SessionRepo {
  create(input: SessionInput): Promise<SessionRecord>;
  /** The session with this id hash, expired or not (the caller checks `expiresAt`). */
  get(idHash: string): Promise<SessionRecord | undefined>;
  /** Sets last-seen and (sliding expiry) a new expiry. */
  touch(idHash: string, expiresAt: string): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** Removes sessions that expired before `now`; returns how many. */
  deleteExpired(now?: string): Promise<number>;
  /** Ends every session of a user (after a password change or disabling). */
  deleteForUser(userId: string): Promise<number>;
}

export interface TokenRepo {
  create(input: TokenInput): Promise<TokenRecord>;
  /** The token with this hash, revoked or not (the caller checks). */
  findByHash(tokenHash: string): Promise<TokenRecord | undefined>;
  list(userId: string): Promise<TokenRecord[]>;
  /** Revokes one of the user's tokens; false when the user has no such token. */
  revoke(userId: string, tokenId: string): Promise<boolean>;
  touch(tokenId: string, at?: string): Promise<void>;
}

function toToken(row: Omit<ApiTokensTable, 'id'> & { id: number }): TokenRecord {
  return definedOnly({
    tokenId: idText(row.id),
    userId: idText(row.user_id),
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: optional(row.last_used_at),
    expiresAt: optional(row.expires_at),
    revokedAt: optional(row.revoked_at),
  });
}

export function sessionRepo(engine: Engine): SessionRepo {
  return {
    create: (input) =>
      guard('create a session', async () => {
        const now = nowIso();
        const userId = await userIdOf(engine.db, input.userId);
        await engine.transaction((tx) =>
          tx.db
            .insertInto('sessions')
            .values({ id_hash: input.idHash, user_id: userId, csrf_token: input.csrfToken, created_at: now, expires_at: input.expiresAt, last_seen_at: now })
            .execute(),
        );
        return { ...input, createdAt: now, lastSeenAt: now };
      }),
    get: (idHash) =>
      guard('read a session', async () => {
        const row = await engine.db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
        return (
          row && {
            idHash: row.id_hash,
            userId: idText(row.user_id),
            csrfToken: row.csrf_token,
            expiresAt: row.expires_at,
            createdAt: row.created_at,
            lastSeenAt: row.last_seen_at,
          }
        );
      }),
    touch: (idHash, expiresAt) =>
      guard('touch a session', async () => {
        await engine.transaction((tx) =>
          tx.db.updateTable('sessions').set({ last_seen_at: nowIso(), expires_at: expiresAt }).where('id_hash', '=', idHash).execute(),
        );
      }),
    delete: (idHash) =>
      guard('delete a session', async () => {
        await engine.transaction((tx) => tx.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute());
      }),
    deleteExpired: (now = nowIso()) =>
      guard('delete expired sessions', async () => {
        const result = await engine.transaction((tx) => tx.db.deleteFrom('sessions').where('expires_at', '<', now).executeTakeFirst());
        return Number(result.numDeletedRows);
      }),
    deleteForUser: (userId) =>
      guard('delete sessions', async () => {
        const id = await userIdOf(engine.db, userId);
        const result = await engine.transaction((tx) => tx.db.deleteFrom('sessions').where('user_id', '=', id).executeTakeFirst());
        return Number(result.numDeletedRows);
      }),
  };
}

export function tokenRepo(engine: Engine): TokenRepo {
  return {
    create: (input) =>
      guard('create an API token', async () => {
        const userId = await userIdOf(engine.db, input.userId);
        const row = await engine.transaction((tx) =>
          tx.db
            .insertInto('api_tokens')
            .values({
              user_id: userId,
              name: input.name,
              token_hash: input.tokenHash,
              prefix: input.prefix,
              created_at: nowIso(),
              last_used_at: null,
              expires_at: input.expiresAt ?? null,
              revoked_at: null,
            })
            .returningAll()
            .executeTakeFirstOrThrow(),
        );
        return toToken(row);
      }),
    findByHash: (tokenHash) =>
      guard('read an API token', async () => {
        const row = await engine.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
        return row && toToken(row);
      }),
    list: (userId) =>
      guard('list API tokens', async () => {
        const id = await userIdOf(engine.db, userId);
        return (await engine.db.selectFrom('api_tokens').selectAll().where('user_id', '=', id).orderBy('id').execute()).map(toToken);
      }),
    revoke: (userId, tokenId) =>
      guard('revoke an API token', async () => {
        const uid = await userIdOf(engine.db, userId);
        const id = parseId(tokenId);
        if (id === undefined) return false;
        const result = await engine.transaction((tx) =>
          tx.db.updateTable('api_tokens').set({ revoked_at: nowIso() }).where('id', '=', id).where('user_id', '=', uid).where('revoked_at', 'is', null).executeTakeFirst(),
        );
        return Number(result.numUpdatedRows) > 0;
      }),
    touch: (tokenId, at = nowIso()) =>
      guard('touch an API token', async () => {
        const id = parseId(tokenId);
        if (id === undefined) throw storeError('SLM_STORE_USER_NOT_FOUND', { user: `(token ${tokenId})` });
        await engine.transaction((tx) => tx.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute());
      }),
  };
}
