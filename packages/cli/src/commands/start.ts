/**
 * `silkloom start` (what `npm start` runs): builds the web UI when
 * packages/web/dist is missing or older than its sources, loads the demo
 * corpus (`silkloom demo`), makes a demo organisation with an owner and two
 * validators (so consensus can be tried by signing in twice), serves the API
 * and the UI, and prints the URL and the logins. Runs until Ctrl-C.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { hashPassword, serve } from '@silkloom/server';
import { openStore, type Store } from '@silkloom/store';
import { isSilkloomError } from '@silkloom/core';
import { outputFor, withCommonOptions } from '../common.ts';
import { storeLocation } from '../store-session.ts';
import { cliError } from '../errors.ts';
import { DEMO_CORPUS, buildDemo, type DemoOptions } from './demo.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const DEMO_ORG = 'Silkloom';
export const DEMO_PASSWORD = 'silkloom-demo';
export const DEMO_USERS = [
  { email: 'demo@silkloom.example', name: 'Demo curator', role: 'owner' },
  { email: 'reviewer1@silkloom.example', name: 'Reviewer One', role: 'validator' },
  { email: 'reviewer2@silkloom.example', name: 'Reviewer Two', role: 'validator' },
] as const;

interface StartOptions extends DemoOptions {
  port: string;
  host: string;
  build: boolean;
}

/** Builds packages/web/dist when stale (scripts/build-web.mjs); throws SLM_CLI_WEB_BUILD_FAILED when vite fails. */
export function buildWebUi(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-web.mjs')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw cliError('SLM_CLI_WEB_BUILD_FAILED', { status: String(result.status) });
}

/** The demo organisation owns the demo corpus; its users get a password everyone knows (a demo, not a deployment). */
export async function ensureDemoAccounts(store: Store, corpus = DEMO_CORPUS): Promise<void> {
  await store.memberships.createOrg(DEMO_ORG, 'CN').catch((err: unknown) => {
    if (!isSilkloomError(err, 'SLM_STORE_ORG_EXISTS')) throw err;
  });
  const info = await store.corpora.get(corpus);
  if (info && info.ownerOrg !== DEMO_ORG) await store.corpora.update(corpus, { ownerOrg: DEMO_ORG });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const user = (await store.users.findByEmail(u.email)) ?? (await store.users.create({ email: u.email, passwordHash, displayName: u.name }));
    await store.memberships.put(DEMO_ORG, user.userId, u.role);
  }
}

export function registerStart(program: Command): void {
  withCommonOptions(
    program
      .command('start')
      .description('build the web UI if needed, load the demo corpus, create demo logins and serve everything (what `npm start` runs)')
      .option('--port <port>', 'port to listen on (0 picks a free one)', '4680')
      .option('--host <host>', 'address to listen on', '127.0.0.1')
      .option('--corpus <name>', 'name of the demo corpus', DEMO_CORPUS)
      .option('--no-build', 'do not build the web UI even when it is missing or stale'),
  ).action(async (opts: StartOptions) => {
    const out = outputFor(opts);
    if (opts.build) buildWebUi();
    await buildDemo({ ...opts, quiet: true }, out);
    const store = await openStore(storeLocation(opts));
    await ensureDemoAccounts(store, opts.corpus);
    const running = await serve({ store, port: Number(opts.port), host: opts.host });
    const lines = [
      '',
      `Silkloom is running at ${running.url}/`,
      '',
      `  sign in as ${DEMO_USERS[0].email} (curator), or ${DEMO_USERS[1].email} / ${DEMO_USERS[2].email} (validators)`,
      `  password for all three: ${DEMO_PASSWORD}`,
      `  the demo corpus is "${opts.corpus}"; API docs at ${running.url}/api/docs`,
      '',
      'Ctrl-C stops it.',
    ];
    out.result({ url: `${running.url}/`, users: DEMO_USERS.map((u) => u.email), password: DEMO_PASSWORD, corpus: opts.corpus }, () => lines.join('\n'));
    await running.closed;
  });
}
