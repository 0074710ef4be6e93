/**
 * Who may do what: THE permission table. Every route names one action; the
 * server allows a request when the caller's role in the organisation that owns
 * the resource grants that action (or a sharing agreement does, for another
 * organisation's corpus), or when the caller is a site admin. The web UI reads
 * the same table to decide which buttons to show, and the server's
 * authorisation tests iterate over it.
 */

/** Roles a user holds in one organisation, from most to least powerful. */
export const ROLES = ['owner', 'curator', 'contributor', 'validator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Everything a route can ask permission for. */
export const ACTIONS = [
  'org.read',
  'org.manage',
  'corpus.read',
  'corpus.create',
  'corpus.update',
  'corpus.import',
  'corpus.export',
  'corpus.share',
  'unit.review',
  'run.read',
  'governance.scan',
  'governance.assess',
  'audit.verify',
  'glossary.read',
  'glossary.write',
] as const;
export type Action = (typeof ACTIONS)[number];

const READ: readonly Action[] = ['org.read', 'corpus.read', 'glossary.read', 'run.read'];

/** Role → the actions it grants inside its own organisation. */
export const ROLE_ACTIONS: Readonly<Record<Role, readonly Action[]>> = {
  owner: [...READ, 'org.manage', 'corpus.create', 'corpus.update', 'corpus.import', 'corpus.export', 'corpus.share',
    'unit.review', 'governance.scan', 'governance.assess', 'audit.verify', 'glossary.write'],
  curator: [...READ, 'corpus.create', 'corpus.update', 'corpus.import', 'corpus.export', 'unit.review',
    'governance.scan', 'governance.assess', 'audit.verify', 'glossary.write'],
  contributor: [...READ, 'corpus.import'],
  validator: [...READ, 'unit.review'],
  viewer: [...READ],
};

/**
 * What a sharing agreement grants the members of the organisation it names, on
 * the shared corpus only, while it is valid: reading it (lists, counts, units,
 * search, TM) for every role, and exporting it for the roles that may export
 * their own corpora — when the agreement allows the destination country.
 */
export const SHARED_ACTIONS: Readonly<Record<Role, readonly Action[]>> = {
  owner: ['corpus.read', 'corpus.export'],
  curator: ['corpus.read', 'corpus.export'],
  contributor: ['corpus.read'],
  validator: ['corpus.read'],
  viewer: ['corpus.read'],
};

/** Actions any signed-in user has on a corpus whose visibility is `public`. */
export const PUBLIC_ACTIONS: readonly Action[] = ['corpus.read'];

/** True when `role` grants `action` inside its own organisation. */
export function roleAllows(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].includes(action);
}

/** True when a member with `role` of an organisation a corpus is shared with may do `action` on it. */
export function shareAllows(role: Role, action: Action): boolean {
  return SHARED_ACTIONS[role].includes(action);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
