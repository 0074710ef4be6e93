/**
 * @silkloom/store — one schema and one repository API over SQLite (default,
 * one WAL file) and PostgreSQL. See packages/store/README.md.
 */
export { DEFAULT_SQLITE_PATH, openStore, postgresLocation, resolveStoreLocation, type Store } from './open-store.ts';
export { storeErrors } from './errors.ts';
export { cobuildStoreErrors } from './cobuild-errors.ts';
export { HUB_LANG, pairKey } from './repos/pair-key.ts';
export { GENESIS_HASH, auditHash, type AuditBody } from './repos/audit-hash.ts';
export type { AuditRepo } from './repos/audit-repo.ts';
export type { CorpusRepo } from './repos/corpus-repo.ts';
export type { FindingRepo } from './repos/finding-repo.ts';
export type { ImportRepo, ImportRunOptions } from './repos/import-repo.ts';
export type { OrganisationRepo } from './repos/organisation-repo.ts';
export type { RunRepo } from './repos/run-repo.ts';
export type { UnitRepo } from './repos/unit-repo.ts';
export type * from './types.ts';
export type * from './types-accounts.ts';
export { MEMBER_ROLES } from './types-accounts.ts';
export type { UserRepo } from './repos/user-repo.ts';
export type { MembershipRepo } from './repos/membership-repo.ts';
export type { SessionRepo, TokenRepo } from './repos/credential-repo.ts';
export type { AccessRepo, ShareRepo } from './repos/share-repo.ts';
export type { SearchRepo } from './repos/search-repo.ts';
export type { GlossaryRepo } from './repos/glossary-repo.ts';
export { termKey } from './repos/glossary-repo.ts';
export type * from './types-search.ts';
export { allCjk, cjkSpaced, codePointLength, isCjkCodePoint } from './search/cjk.ts';
export type { ContributionRepo } from './repos/contribution-repo.ts';
export type { ReleaseRepo } from './repos/release-repo.ts';
export type { ReviewRepo } from './repos/review-repo.ts';
export type * from './cobuild-types.ts';
