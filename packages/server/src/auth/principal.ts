/**
 * Who is calling, and what they may do where. All decisions go through
 * {@link corpusRights} and {@link orgAllows}, which read the permission table
 * in @silkloom/contract; routes never test roles themselves.
 */
import { ACTIONS, PUBLIC_ACTIONS, ROLE_ACTIONS, SHARED_ACTIONS, type Action, type Role } from '@silkloom/contract';
import type { CorpusAccess, Membership, Share, User } from '@silkloom/store';

export interface Principal {
  user: User;
  memberships: Membership[];
  via: 'session' | 'token';
  /** Cookie sessions only. */
  csrfToken?: string;
  sessionExpiresAt?: string;
  /** Cookie sessions: the hash of the session id, to end it. */
  sessionHash?: string;
}

export type AccessKind = 'admin' | 'member' | 'shared' | 'public';

export interface CorpusRights {
  corpus: CorpusAccess;
  access: AccessKind;
  actions: ReadonlySet<Action>;
  /** Agreements through which the caller reaches the corpus (access `shared`). */
  viaShares: Share[];
}

export function roleIn(principal: Principal, org: string | undefined): Role | undefined {
  if (org === undefined) return undefined;
  return principal.memberships.find((m) => m.org === org)?.role;
}

/** True when the caller may do `action` in organisation `org` (site admins may do everything). */
export function orgAllows(principal: Principal, org: string, action: Action): boolean {
  if (principal.user.admin) return true;
  const role = roleIn(principal, org);
  return role !== undefined && ROLE_ACTIONS[role].includes(action);
}

/** True when the caller may do `action` in at least one of their organisations. */
export function anyOrgAllows(principal: Principal, action: Action): boolean {
  return principal.user.admin || principal.memberships.some((m) => ROLE_ACTIONS[m.role].includes(action));
}

/** An agreement is live on `today` (YYYY-MM-DD) between its dates, both inclusive. */
export function shareIsLive(share: Share, today: string): boolean {
  return !share.revokedAt && share.validFrom <= today && (share.validUntil === undefined || today <= share.validUntil);
}

/**
 * What the caller may do on a corpus, or undefined when they may not even see
 * it — then routes answer exactly as for a corpus that does not exist.
 */
export function corpusRights(principal: Principal, corpus: CorpusAccess, today = new Date().toISOString().slice(0, 10)): CorpusRights | undefined {
  if (principal.user.admin) return { corpus, access: 'admin', actions: new Set(ACTIONS), viaShares: [] };
  const role = roleIn(principal, corpus.ownerOrg);
  if (role) return { corpus, access: 'member', actions: new Set(ROLE_ACTIONS[role]), viaShares: [] };
  const actions = new Set<Action>();
  const viaShares: Share[] = [];
  for (const share of corpus.shares) {
    const grantee = roleIn(principal, share.org);
    if (!grantee || !shareIsLive(share, today)) continue;
    viaShares.push(share);
    for (const action of SHARED_ACTIONS[grantee]) actions.add(action);
  }
  if (viaShares.length) return { corpus, access: 'shared', actions, viaShares };
  if (corpus.visibility === 'public') return { corpus, access: 'public', actions: new Set(PUBLIC_ACTIONS), viaShares: [] };
  return undefined;
}
