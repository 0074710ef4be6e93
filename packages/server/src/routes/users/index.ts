/** Users (site admins only): list and create. */
import type { FastifyInstance } from 'fastify';
import { routes } from '@silkloom/contract';
import type { ServerContext } from '../../context.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { actorOf } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';
import { userView } from '../auth/session-view.ts';

export function userRoutes(app: FastifyInstance, { store }: ServerContext): void {
  handle(app, routes.listUsers, async () => {
    const users = await store.users.list();
    return { users: await Promise.all(users.map(async (u) => userView(u, await store.memberships.forUser(u.userId)))) };
  });

  handle(app, routes.createUser, async (req) => {
    const { email, password, displayName, admin } = req.body;
    const user = await store.users.create(
      { email, passwordHash: await hashPassword(password), ...(displayName ? { displayName } : {}), admin: admin ?? false },
      { actor: actorOf(req) },
    );
    return userView(user, []);
  });
}
