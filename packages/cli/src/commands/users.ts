/**
 * `silkloom users create --email E --password-stdin [--admin] [--org NAME --role R]`
 * and `silkloom users list`. The password is read from standard input (never
 * from an argument, which other users of the machine could see in `ps`).
 */
import type { Command } from 'commander';
import { ROLES, isRole } from '@silkloom/contract';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { cliError } from '../errors.ts';
import { cliActor, withStore } from '../store-session.ts';

interface CreateOptions extends CommonOptions {
  email: string;
  passwordStdin?: boolean;
  admin?: boolean;
  org?: string;
  role?: string;
  country?: string;
  name?: string;
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

export function registerUsers(program: Command): void {
  const users = program.command('users').description('accounts of the API server');
  withCommonOptions(
    users
      .command('create')
      .description('create a user (password from standard input)')
      .requiredOption('--email <address>', 'e-mail address (the sign-in name)')
      .option('--password-stdin', 'read the password from standard input (required)')
      .option('--admin', 'site admin: every action on every organisation')
      .option('--org <name>', 'make the user a member of this organisation')
      .option('--role <role>', `role in --org (${ROLES.join(', ')})`, 'viewer')
      .option('--country <CC>', 'ISO 3166-1 country, to create --org when it does not exist')
      .option('--name <display>', 'display name'),
  ).action(async (opts: CreateOptions) => {
    if (!opts.passwordStdin) throw cliError('SLM_CLI_USAGE', { problem: 'give --password-stdin and pipe the password in (passwords are never taken as arguments)' });
    if (opts.role && !isRole(opts.role)) throw cliError('SLM_CLI_USAGE', { problem: `--role is one of ${ROLES.join(', ')}` });
    const password = await readStdin();
    if (password.length < 10) throw cliError('SLM_CLI_USAGE', { problem: 'the password must be at least 10 characters' });
    const { hashPassword } = await import('@silkloom/server/services');
    const out = outputFor(opts);
    const result = await withStore(opts, async (store) => {
      const actor = cliActor();
      if (opts.org && !(await store.organisations.get(opts.org))) {
        if (!opts.country) throw cliError('SLM_CLI_USAGE', { problem: `organisation "${opts.org}" does not exist; give --country CC to create it` });
        await store.memberships.createOrg(opts.org, opts.country, { actor });
      }
      const user = await store.users.create(
        { email: opts.email, passwordHash: await hashPassword(password), admin: opts.admin ?? false, ...(opts.name ? { displayName: opts.name } : {}) },
        { actor },
      );
      if (opts.org) await store.memberships.put(opts.org, user.userId, opts.role as never, { actor });
      return { ...user, memberships: opts.org ? [{ org: opts.org, role: opts.role }] : [] };
    });
    out.result(result, () => `created ${result.email}${result.admin ? ' (site admin)' : ''}${opts.org ? `, ${opts.role} of ${opts.org}` : ''}`);
  });
  withCommonOptions(users.command('list').description('list users and their memberships')).action(async (opts: CommonOptions) => {
    const out = outputFor(opts);
    const rows = await withStore(opts, async (store) =>
      Promise.all((await store.users.list()).map(async (u) => ({ ...u, memberships: await store.memberships.forUser(u.userId) }))),
    );
    out.result(rows, () =>
      rows.map((u) => `${u.email}${u.admin ? ' [admin]' : ''}${u.disabledAt ? ' [disabled]' : ''}  ${u.memberships.map((m) => `${m.org}:${m.role}`).join(' ')}`).join('\n'),
    );
  });
}
