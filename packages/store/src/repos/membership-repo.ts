/** Memberships: one role per user per organisation. Changes are audited. */
import { canonicalCountry } from '@silkloom/core';
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.ts';
import { storeError } from '../errors.ts';
import { guard } from '../guard.ts';
import { definedOnly, idText, nowIso, optional } from '../row-values.ts';
import type { DB } from '../schema.ts';
import type { ActorOption } from '../types.ts';
import { MEMBER_ROLES, type Member, type MemberRole, type Membership } from '../types-accounts.ts';
import { appendAudit } from './audit-repo.ts';
import { userIdOf } from './user-repo.ts';

export interface MembershipRepo {
  /** Adds the user to the organisation with `role`, or changes their role. Writes `membership.put`. */
  put(org: string, userId: string, role: MemberRole, options?: ActorOption): Promise<Member>;
  /** Removes the membership; false when there was none. Writes `membership.remove`. */
  remove(org: string, userId: string, options?: ActorOption): Promise<boolean>;
  /** The user's organisations and roles, by organisation name. */
  forUser(userId: string): Promise<Membership[]>;
  /** Members of an organisation, by e-mail; SLM_STORE_ORG_NOT_FOUND when it does not exist. */
  forOrg(org: string): Promise<Member[]>;
  /** Creates an organisation with its ISO 3166-1 country; SLM_STORE_ORG_EXISTS when the name is taken. */
  createOrg(name: string, country: string, options?: ActorOption): Promise<void>;
}

export async function orgIdOf(db: Kysely<DB>, name: string): Promise<number> {
  const row = await db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst();
  if (!row) throw storeError('SLM_STORE_ORG_NOT_FOUND', { name });
  return row.id;
}

function checkRole(role: string): MemberRole {
  if (!(MEMBER_ROLES as readonly string[]).includes(role)) throw storeError('SLM_STORE_ROLE_INVALID', { role });
  return role as MemberRole;
}

export function membershipRepo(engine: Engine): MembershipRepo {
  const members = (db: Kysely<DB>) =>
    db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .innerJoin('organisations as o', 'o.id', 'm.org_id')
      .select(['u.id as user_id', 'u.email', 'u.display_name', 'm.role', 'm.created_at', 'o.name as org', 'o.country']);
  const toMember = (row: { user_id: number; email: string; display_name: string | null; role: string; created_at: string }): Member =>
    definedOnly({ userId: idText(row.user_id), email: row.email, displayName: optional(row.display_name), role: row.role as MemberRole, since: row.created_at });
  return {
    put: (org, userId, role, options = {}) =>
      guard('set a membership', () =>
        engine.transaction(async (tx) => {
          const orgId = await orgIdOf(tx.db, org);
          const uid = await userIdOf(tx.db, userId);
          const checked = checkRole(role);
          const existing = await tx.db.selectFrom('memberships').select('role').where('user_id', '=', uid).where('org_id', '=', orgId).executeTakeFirst();
          if (existing) await tx.db.updateTable('memberships').set({ role: checked }).where('user_id', '=', uid).where('org_id', '=', orgId).execute();
          else await tx.db.insertInto('memberships').values({ user_id: uid, org_id: orgId, role: checked, created_at: nowIso() }).execute();
          await appendAudit(tx, { action: 'membership.put', actor: options.actor, subject: `org:${org}`, details: { userId, role: checked, before: existing?.role ?? null } });
          return toMember(await members(tx.db).where('m.user_id', '=', uid).where('m.org_id', '=', orgId).executeTakeFirstOrThrow());
        }),
      ),
    remove: (org, userId, options = {}) =>
      guard('remove a membership', () =>
        engine.transaction(async (tx) => {
          const orgId = await orgIdOf(tx.db, org);
          const uid = await userIdOf(tx.db, userId);
          const result = await tx.db.deleteFrom('memberships').where('user_id', '=', uid).where('org_id', '=', orgId).executeTakeFirst();
          const removed = Number(result.numDeletedRows) > 0;
          if (removed) await appendAudit(tx, { action: 'membership.remove', actor: options.actor, subject: `org:${org}`, details: { userId } });
          return removed;
        }),
      ),
    forUser: (userId) =>
      guard('list memberships', async () => {
        const uid = await userIdOf(engine.db, userId);
        const rows = await members(engine.db).where('m.user_id', '=', uid).orderBy('o.name').execute();
        return rows.map((row) => definedOnly({ org: row.org, orgCountry: optional(row.country), role: row.role as MemberRole, since: row.created_at }));
      }),
    forOrg: (org) =>
      guard('list members', async () => {
        const orgId = await orgIdOf(engine.db, org);
        return (await members(engine.db).where('m.org_id', '=', orgId).orderBy('u.email').execute()).map(toMember);
      }),
    createOrg: (name, country, options = {}) =>
      guard('create an organisation', async () => {
        const code = canonicalCountry(country);
        try {
          await engine.transaction(async (tx) => {
            const taken = await tx.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst();
            if (taken) throw storeError('SLM_STORE_ORG_EXISTS', { name });
            await tx.db.insertInto('organisations').values({ name, country: code, created_at: nowIso() }).execute();
            await appendAudit(tx, { action: 'org.create', actor: options.actor, subject: `org:${name}`, details: { name, country: code } });
          });
        } catch (err) {
          if (engine.isUniqueViolation(err)) throw storeError('SLM_STORE_ORG_EXISTS', { name }, { cause: err });
          throw err;
        }
      }),
  };
}
