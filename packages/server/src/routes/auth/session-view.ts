/** The public form of a user and a session (contract's UserSchema / SessionSchema). */
import type { MembershipInfo, SessionInfo, UserInfo } from '@silkloom/contract';
import type { Membership, User } from '@silkloom/store';
import type { Principal } from '../../auth/principal.ts';

export function userView(user: User, memberships: Membership[]): UserInfo {
  return {
    id: user.userId,
    email: user.email,
    ...(user.displayName ? { displayName: user.displayName } : {}),
    admin: user.admin,
    memberships: memberships.map((m): MembershipInfo => ({ org: m.org, role: m.role })),
  };
}

export function sessionView(principal: Principal): SessionInfo {
  return {
    user: userView(principal.user, principal.memberships),
    via: principal.via,
    ...(principal.csrfToken ? { csrfToken: principal.csrfToken } : {}),
    ...(principal.sessionExpiresAt ? { expiresAt: principal.sessionExpiresAt } : {}),
  };
}
