/** Users: e-mail (unique, lower-cased), password hash, site-admin flag. */
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.ts';
import { storeError } from '../errors.ts';
import { guard } from '../guard.ts';
import { definedOnly, idText, nowIso, optional, parseId } from '../row-values.ts';
import type { DB, UsersTable } from '../schema.ts';
import type { ActorOption } from '../types.ts';
import type { User, UserInput } from '../types-accounts.ts';
import { appendAudit } from './audit-repo.ts';

export interface UserRepo {
  /** SLM_STORE_USER_EXISTS when the e-mail is taken. Writes a `user.create` audit entry. */
  create(input: UserInput, options?: ActorOption): Promise<User>;
  /** By store id; undefined when absent. */
  get(userId: string): Promise<User | undefined>;
  findByEmail(email: string): Promise<User | undefined>;
  /** The user and their password hash, for signing in. */
  credentials(email: string): Promise<{ user: User; passwordHash: string } | undefined>;
  list(): Promise<User[]>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  setAdmin(userId: string, admin: boolean, options?: ActorOption): Promise<void>;
  setDisabled(userId: string, disabled: boolean, options?: ActorOption): Promise<void>;
}

export function normaliseEmail(email: string): string {
  const clean = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(clean) || clean.length > 320) {
    throw storeError('SLM_STORE_USER_INVALID', { problem: `"${email}" is not an e-mail address` });
  }
  return clean;
}

export function toUser(row: Omit<UsersTable, 'id'> & { id: number }): User {
  return definedOnly({
    userId: idText(row.id),
    email: row.email,
    displayName: optional(row.display_name),
    admin: row.is_admin === 1,
    createdAt: row.created_at,
    disabledAt: optional(row.disabled_at),
  });
}

/** The user's row id, or SLM_STORE_USER_NOT_FOUND. */
export async function userIdOf(db: Kysely<DB>, userId: string): Promise<number> {
  const id = parseId(userId);
  const row = id === undefined ? undefined : await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw storeError('SLM_STORE_USER_NOT_FOUND', { user: userId });
  return row.id;
}

export function userRepo(engine: Engine): UserRepo {
  const select = (db: Kysely<DB>) => db.selectFrom('users').selectAll();
  async function update(userId: string, set: Partial<Omit<UsersTable, 'id'>>, audit?: { action: string; actor?: string; details: object }) {
    await engine.transaction(async (tx) => {
      const id = await userIdOf(tx.db, userId);
      await tx.db.updateTable('users').set(set).where('id', '=', id).execute();
      if (audit) await appendAudit(tx, { action: audit.action, actor: audit.actor, subject: `user:${userId}`, details: { ...audit.details } });
    });
  }
  return {
    create: (input, options = {}) =>
      guard('create a user', async () => {
        const email = normaliseEmail(input.email);
        try {
          return await engine.transaction(async (tx) => {
            const row = await tx.db
              .insertInto('users')
              .values({
                email,
                password_hash: input.passwordHash,
                display_name: input.displayName ?? null,
                is_admin: input.admin ? 1 : 0,
                created_at: nowIso(),
                disabled_at: null,
              })
              .returningAll()
              .executeTakeFirstOrThrow();
            const user = toUser(row);
            await appendAudit(tx, { action: 'user.create', actor: options.actor, subject: `user:${user.userId}`, details: { email, admin: user.admin } });
            return user;
          });
        } catch (err) {
          if (engine.isUniqueViolation(err)) throw storeError('SLM_STORE_USER_EXISTS', { email }, { cause: err });
          throw err;
        }
      }),
    get: (userId) =>
      guard('read a user', async () => {
        const id = parseId(userId);
        if (id === undefined) return undefined;
        const row = await select(engine.db).where('id', '=', id).executeTakeFirst();
        return row && toUser(row);
      }),
    findByEmail: (email) =>
      guard('read a user', async () => {
        const row = await select(engine.db).where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
        return row && toUser(row);
      }),
    credentials: (email) =>
      guard('read credentials', async () => {
        const row = await select(engine.db).where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
        return row && { user: toUser(row), passwordHash: row.password_hash };
      }),
    list: () => guard('list users', async () => (await select(engine.db).orderBy('email').execute()).map(toUser)),
    setPasswordHash: (userId, passwordHash) => guard('set a password', () => update(userId, { password_hash: passwordHash })),
    setAdmin: (userId, admin, options = {}) =>
      guard('set the admin flag', () => update(userId, { is_admin: admin ? 1 : 0 }, { action: 'user.admin', actor: options.actor, details: { admin } })),
    setDisabled: (userId, disabled, options = {}) =>
      guard('disable a user', () =>
        update(userId, { disabled_at: disabled ? nowIso() : null }, { action: 'user.disable', actor: options.actor, details: { disabled } }),
      ),
  };
}
