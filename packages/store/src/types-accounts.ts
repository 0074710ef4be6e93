/**
 * Plain input and result types of the account repositories (users,
 * memberships, sessions, API tokens, sharing agreements, corpus access).
 * Secrets never reach the store: passwords arrive as argon2id hashes and
 * session ids and tokens as SHA-256 hashes, all made by the server.
 */

export type MemberRole = 'owner' | 'curator' | 'contributor' | 'validator' | 'viewer';
export const MEMBER_ROLES: readonly MemberRole[] = ['owner', 'curator', 'contributor', 'validator', 'viewer'];

export interface User {
  userId: string;
  /** Lower-cased. */
  email: string;
  displayName?: string;
  admin: boolean;
  createdAt: string;
  disabledAt?: string;
}

export interface UserInput {
  email: string;
  /** A PHC string (argon2id), made by the caller. */
  passwordHash: string;
  displayName?: string;
  admin?: boolean;
}

export interface Membership {
  org: string;
  orgCountry?: string;
  role: MemberRole;
  since: string;
}

export interface Member {
  userId: string;
  email: string;
  displayName?: string;
  role: MemberRole;
  since: string;
}

export interface SessionInput {
  /** SHA-256 (hex) of the cookie's secret. */
  idHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
}

export interface SessionRecord extends SessionInput {
  createdAt: string;
  lastSeenAt: string;
}

export interface TokenInput {
  userId: string;
  name: string;
  /** SHA-256 (hex) of the token. */
  tokenHash: string;
  /** The first characters of the token, shown in lists. */
  prefix: string;
  expiresAt?: string;
}

export interface TokenRecord {
  tokenId: string;
  userId: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt?: string;
  expiresAt?: string;
  revokedAt?: string;
}

export interface ShareInput {
  corpus: string;
  /** The organisation the corpus is opened to. */
  org: string;
  licence: string;
  purposes: string[];
  /** ISO 3166-1 alpha-2 destination countries; empty means the grantee's own country only. */
  destinations: string[];
  /** ISO 8601 date; default today. */
  validFrom?: string;
  /** ISO 8601 date, inclusive. */
  validUntil?: string;
}

export interface Share {
  shareId: string;
  corpus: string;
  org: string;
  licence: string;
  purposes: string[];
  destinations: string[];
  validFrom: string;
  validUntil?: string;
  createdAt: string;
  createdBy?: string;
  revokedAt?: string;
}

export type CorpusVisibility = 'private' | 'public';

/** What authorisation needs to know about one corpus. */
export interface CorpusAccess {
  name: string;
  ownerOrg?: string;
  visibility: CorpusVisibility;
  /** Agreements not revoked (validity dates are for the caller to check against its clock). */
  shares: Share[];
}

/** One term of a glossary entry (TBX termSec). */
export interface GlossaryTerm {
  lang: string;
  term: string;
  /** TBX administrativeStatus: preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts … */
  status?: string;
  partOfSpeech?: string;
  note?: string;
}

/** One concept (TBX conceptEntry / termEntry) with its terms in several languages. */
export interface GlossaryEntryInput {
  /** The entry's id in its source file. */
  id?: string;
  domain?: string;
  definition?: string;
  note?: string;
  terms: GlossaryTerm[];
}

export interface GlossaryEntry extends GlossaryEntryInput {
  entryId: string;
  org: string;
  glossary: string;
}

export interface GlossarySummary {
  org: string;
  glossary: string;
  entries: number;
  domains: string[];
}

export interface GlossaryLookup {
  term: string;
  /** Organisations whose glossaries are searched. */
  orgs: string[];
  lang?: string;
  domain?: string;
  /** Whole term only; default: terms containing it. */
  exact?: boolean;
  limit?: number;
}
