/** Organisations and memberships. */
import type { FastifyInstance } from 'fastify';
import { routes, type OrgInfo } from '@silkloom/contract';
import type { Organisation } from '@silkloom/store';
import { storeErrors } from '@silkloom/store';
import { SilkloomError } from '@silkloom/core';
import type { ServerContext } from '../../context.ts';
import { roleIn } from '../../auth/principal.ts';
import { actorOf, principalOf } from '../../plugins/request-context.ts';
import { handle } from '../handle.ts';

function orgView(org: Organisation, role?: OrgInfo['role']): OrgInfo {
  return { name: org.name, ...(org.country ? { country: org.country } : {}), createdAt: org.createdAt, ...(role ? { role } : {}) };
}

export function orgRoutes(app: FastifyInstance, { store }: ServerContext): void {
  handle(app, routes.listOrgs, async (req) => {
    const principal = principalOf(req);
    const all = await store.organisations.list();
    const mine = principal.user.admin ? all : all.filter((o) => roleIn(principal, o.name));
    return { orgs: mine.map((o) => orgView(o, roleIn(principal, o.name))) };
  });

  handle(app, routes.createOrg, async (req) => {
    await store.memberships.createOrg(req.body.name, req.body.country, { actor: actorOf(req) });
    return orgView((await store.organisations.get(req.body.name))!);
  });

  handle(app, routes.showOrg, async (req) => {
    const org = await store.organisations.get(req.params.org);
    return orgView(org!, roleIn(principalOf(req), req.params.org));
  });

  handle(app, routes.listMembers, async (req) => {
    const members = await store.memberships.forOrg(req.params.org);
    return { members: members.map(({ userId: _id, ...m }) => m) };
  });

  handle(app, routes.putMember, async (req) => {
    const user = await store.users.findByEmail(req.body.email);
    if (!user) throw new SilkloomError('SLM_STORE_USER_NOT_FOUND', storeErrors.SLM_STORE_USER_NOT_FOUND, { user: req.body.email });
    const { userId: _id, ...member } = await store.memberships.put(req.params.org, user.userId, req.body.role, { actor: actorOf(req) });
    return member;
  });

  handle(app, routes.removeMember, async (req) => {
    const user = await store.users.findByEmail(req.params.email);
    const removed = user ? await store.memberships.remove(req.params.org, user.userId, { actor: actorOf(req) }) : false;
    if (!removed) throw new SilkloomError('SLM_STORE_USER_NOT_FOUND', storeErrors.SLM_STORE_USER_NOT_FOUND, { user: req.params.email });
    return { ok: true };
  });
}
