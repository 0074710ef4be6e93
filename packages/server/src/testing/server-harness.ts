/**
 * Server tests run once per dialect (the store's harness), against a server
 * built on that store, with a seeded world: three organisations, one user per
 * role in the first, an owner in each other, a site admin, and API tokens for
 * all of them (made through the store, so tests need not pay argon2 per user).
 */
import { after, before, describe } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ROLES, type Role } from '@silkloom/contract';
import { openStore, type Store, type StoreDialect } from '@silkloom/store';
import { freshTestLocation, testDialects, type TestLocation } from '@silkloom/store/testing';
import { buildServer, type ServerOptions } from '../build-server.ts';
import { newApiToken, sha256Hex } from '../auth/secrets.ts';

export const ORG_A = 'GDUFS';
export const ORG_B = 'Chula';
export const ORG_C = 'VNU';

export interface World {
  /** Bearer tokens by name: `admin`, `a:<role>` for each role in ORG_A, `b:owner`, `c:owner`, `nobody` (no membership). */
  tokens: Record<string, string>;
  userIds: Record<string, string>;
}

export interface Harness {
  dialect: StoreDialect;
  store: Store;
  location: TestLocation;
}

/** Declares `title` once per dialect with a fresh store, opened before the first test and removed after the last. */
export function describeEachDialect(title: string, body: (harness: () => Harness) => void): void {
  for (const dialect of testDialects()) {
    describe(`${title} [${dialect}]`, () => {
      let harness: Harness | undefined;
      before(async () => {
        const location = await freshTestLocation(dialect);
        harness = { dialect, location, store: await openStore(location.location) };
      });
      after(async () => {
        await harness?.store.close();
        await harness?.location.dispose();
      });
      body(() => {
        if (!harness) throw new Error('the store under test did not open (see the before hook error)');
        return harness;
      });
    });
  }
}

export interface ServerHarness {
  h: Harness;
  app: FastifyInstance;
  world: World;
  /** inject() with the named user's token. */
  as(who: string | undefined, method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export async function seedWorld(h: Harness): Promise<World> {
  const { store } = h;
  await store.memberships.createOrg(ORG_A, 'CN');
  await store.memberships.createOrg(ORG_B, 'TH');
  await store.memberships.createOrg(ORG_C, 'VN');
  const tokens: Record<string, string> = {};
  const userIds: Record<string, string> = {};
  const make = async (name: string, org?: string, role?: Role, admin = false) => {
    const user = await store.users.create({ email: `${name.replace(':', '-')}@example.org`, passwordHash: 'x', admin });
    if (org && role) await store.memberships.put(org, user.userId, role);
    const { token, prefix } = newApiToken();
    await store.tokens.create({ userId: user.userId, name: 'test', tokenHash: sha256Hex(token), prefix });
    tokens[name] = token;
    userIds[name] = user.userId;
  };
  await make('admin', undefined, undefined, true);
  for (const role of ROLES) await make(`a:${role}`, ORG_A, role);
  await make('b:owner', ORG_B, 'owner');
  await make('b:viewer', ORG_B, 'viewer');
  await make('c:owner', ORG_C, 'owner');
  await make('nobody');
  return { tokens, userIds };
}

/** Declares `title` once per dialect with a built server and a seeded world. */
export function describeServer(
  title: string,
  body: (s: () => ServerHarness) => void,
  options: Omit<ServerOptions, 'store'> & { seed?: (h: Harness, world: World) => Promise<void> } = {},
): void {
  describeEachDialect(title, (harness: () => Harness) => {
    let state: ServerHarness | undefined;
    before(async () => {
      const h = harness();
      const world = await seedWorld(h);
      await options.seed?.(h, world);
      const app = await buildServer({ ...options, store: h.store });
      await app.ready();
      state = {
        h,
        app,
        world,
        as: (who, method, url, payload) =>
          app.inject({
            method: method as never,
            url,
            headers: who ? { authorization: `Bearer ${world.tokens[who]}` } : {},
            ...(payload === undefined ? {} : { payload: payload as never }),
          }),
      };
    });
    after(async () => {
      await state?.app.close();
    });
    body(() => {
      if (!state) throw new Error('server harness did not start (see the before hook)');
      return state;
    });
  });
}
