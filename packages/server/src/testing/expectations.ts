/**
 * What the permission table says each test user may do, computed from the
 * table itself (ROLE_ACTIONS, SHARED_ACTIONS, PUBLIC_ACTIONS) and the world's
 * description — not from the server's own authorisation code.
 */
import { PUBLIC_ACTIONS, ROLE_ACTIONS, SHARED_ACTIONS, type Action, type Role } from '@silkloom/contract';
import { ORG_A, ORG_B, ORG_C } from './server-harness.ts';
import type { WorldCorpus } from './world-corpora.ts';

export type Outcome = 'allowed' | 'forbidden' | 'hidden';

const ORG_OF: Record<string, string> = { a: ORG_A, b: ORG_B, c: ORG_C };

export function membershipOf(who: string): { org: string; role: Role } | undefined {
  const [prefix, role] = who.split(':');
  return prefix && role && ORG_OF[prefix] ? { org: ORG_OF[prefix]!, role: role as Role } : undefined;
}

export function corpusOutcome(who: string, corpus: WorldCorpus, action: Action): Outcome {
  if (who === 'admin') return 'allowed';
  const m = membershipOf(who);
  if (m?.org === corpus.owner) return ROLE_ACTIONS[m.role].includes(action) ? 'allowed' : 'forbidden';
  if (m && corpus.sharedWith.includes(m.org)) return SHARED_ACTIONS[m.role].includes(action) ? 'allowed' : 'forbidden';
  if (corpus.public) return PUBLIC_ACTIONS.includes(action) ? 'allowed' : 'forbidden';
  return 'hidden';
}

export function orgOutcome(who: string, org: string, action: Action): Outcome {
  if (who === 'admin') return 'allowed';
  const m = membershipOf(who);
  if (m?.org !== org) return 'hidden';
  return ROLE_ACTIONS[m.role].includes(action) ? 'allowed' : 'forbidden';
}

export function anyOrgOutcome(who: string, action: Action): Outcome {
  if (who === 'admin') return 'allowed';
  const m = membershipOf(who);
  return m && ROLE_ACTIONS[m.role].includes(action) ? 'allowed' : 'forbidden';
}

/** Corpora the user may read (lists, search hits, TM matches, counts). */
export function readable(who: string, corpora: WorldCorpus[]): string[] {
  return corpora.filter((c) => corpusOutcome(who, c, 'corpus.read') === 'allowed').map((c) => c.name).sort();
}
