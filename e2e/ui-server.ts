/**
 * The real server for the UI tests: the built web UI (rebuilt when stale), a
 * fresh SQLite store in a temp folder, an organisation with a curator and two
 * validators, an empty corpus they own, listening on a random port.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, hashPassword } from '@silkloom/server';
import { openStore, type Store } from '@silkloom/store';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ORG = 'E2E Institute';
export const CORPUS = 'e2e-tourism';
export const PASSWORD = 'e2e-password-1';
export const USERS = { curator: 'curator@e2e.example', v1: 'validator1@e2e.example', v2: 'validator2@e2e.example' } as const;

export interface UiServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

export function buildWebUi(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-web.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the web UI failed:\n${result.stdout}\n${result.stderr}`);
}

export async function startUiServer(): Promise<UiServer> {
  buildWebUi();
  const dir = mkdtempSync(join(tmpdir(), 'silkloom-e2e-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'store.db') });
  await store.memberships.createOrg(ORG, 'CN');
  const passwordHash = await hashPassword(PASSWORD);
  const roles = { curator: 'owner', v1: 'validator', v2: 'validator' } as const;
  for (const [key, email] of Object.entries(USERS)) {
    const user = await store.users.create({ email, passwordHash, displayName: key });
    await store.memberships.put(ORG, user.userId, roles[key as keyof typeof roles]);
  }
  await store.corpora.create({ name: CORPUS, ownerOrg: ORG, defaultLicence: 'CC-BY-4.0', description: 'Phrases for the end-to-end test' });
  const app = await buildServer({ store });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    store,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
