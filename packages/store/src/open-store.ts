/**
 * Opening a store: connect, apply pending migrations, hand back the
 * repositories. The same Store interface works on both dialects.
 */
import { openPostgresEngine } from './dialects/postgres/postgres-engine.ts';
import { openSqliteEngine } from './dialects/sqlite/sqlite-engine.ts';
import type { Engine } from './engine.ts';
import { storeError } from './errors.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { runMigrations } from './migrations/migration.ts';
import { type AuditRepo, auditRepo } from './repos/audit-repo.ts';
import { type CorpusRepo, corpusRepo } from './repos/corpus-repo.ts';
import { type FindingRepo, findingRepo } from './repos/finding-repo.ts';
import { type ImportRepo, importRepo } from './repos/import-repo.ts';
import { type OrganisationRepo, organisationRepo } from './repos/organisation-repo.ts';
import { type RunRepo, runRepo } from './repos/run-repo.ts';
import { statsOf } from './repos/stats-repo.ts';
import { type UnitRepo, unitRepo } from './repos/unit-repo.ts';
import { type UserRepo, userRepo } from './repos/user-repo.ts';
import { type MembershipRepo, membershipRepo } from './repos/membership-repo.ts';
import { type SessionRepo, type TokenRepo, sessionRepo, tokenRepo } from './repos/credential-repo.ts';
import { type AccessRepo, type ShareRepo, accessRepo, shareRepo } from './repos/share-repo.ts';
import { type SearchRepo, searchRepo } from './repos/search-repo.ts';
import { type GlossaryRepo, glossaryRepo } from './repos/glossary-repo.ts';
import { type CobuildRepos, cobuildRepos } from './repos/cobuild-repos.ts';
import type { StoreDialect, StoreLocation, StoreStats } from './types.ts';

/** The default SQLite file, relative to the working directory. */
export const DEFAULT_SQLITE_PATH = './silkloom.db';

export interface Store extends CobuildRepos {
  readonly dialect: StoreDialect;
  readonly corpora: CorpusRepo;
  readonly organisations: OrganisationRepo;
  readonly imports: ImportRepo;
  readonly units: UnitRepo;
  readonly runs: RunRepo;
  readonly findings: FindingRepo;
  readonly audit: AuditRepo;
  readonly users: UserRepo;
  readonly memberships: MembershipRepo;
  readonly sessions: SessionRepo;
  readonly tokens: TokenRepo;
  readonly shares: ShareRepo;
  readonly access: AccessRepo;
  readonly search: SearchRepo;
  readonly glossaries: GlossaryRepo;
  /** Counts over one corpus, or over all corpora when none is named. */
  stats(corpus?: string): Promise<StoreStats>;
  /** Closes connections; the store is unusable afterwards. */
  close(): Promise<void>;
}

export async function openEngine(location: StoreLocation): Promise<Engine> {
  if (location?.kind === 'sqlite') {
    if (typeof location.path !== 'string') throw storeError('SLM_STORE_LOCATION_INVALID', { problem: 'the SQLite path is missing' });
    return openSqliteEngine(location.path);
  }
  if (location?.kind === 'postgres') {
    if (!/^postgres(ql)?:\/\//.test(location.url ?? '')) {
      throw storeError('SLM_STORE_LOCATION_INVALID', { problem: 'the PostgreSQL URL must start with postgres:// or postgresql://' });
    }
    return openPostgresEngine(location.url, location.schema);
  }
  throw storeError('SLM_STORE_LOCATION_INVALID', { problem: 'kind must be "sqlite" or "postgres"' });
}

export function storeOn(engine: Engine): Store {
  return {
    dialect: engine.dialect,
    corpora: corpusRepo(engine),
    organisations: organisationRepo(engine),
    imports: importRepo(engine),
    units: unitRepo(engine),
    runs: runRepo(engine),
    findings: findingRepo(engine),
    audit: auditRepo(engine),
    users: userRepo(engine),
    memberships: membershipRepo(engine),
    sessions: sessionRepo(engine),
    tokens: tokenRepo(engine),
    shares: shareRepo(engine),
    access: accessRepo(engine),
    search: searchRepo(engine),
    glossaries: glossaryRepo(engine),
    ...cobuildRepos(engine),
    stats: statsOf(engine),
    close: () => engine.close(),
  };
}

/**
 * Opens the store at `location`, applies pending migrations (SLM_STORE_MIGRATION_FAILED
 * names one that fails) and returns it. For PostgreSQL, `schema` keeps the store
 * in that schema, created when missing.
 */
export async function openStore(location: StoreLocation): Promise<Store> {
  const engine = await openEngine(location);
  try {
    await runMigrations(engine, MIGRATIONS);
  } catch (err) {
    await engine.close().catch(() => {});
    throw err;
  }
  return storeOn(engine);
}

/**
 * The location the CLI and server use: `--database-url` / SILKLOOM_DATABASE_URL
 * selects PostgreSQL; otherwise `--db` / SILKLOOM_DB or ./silkloom.db for SQLite.
 */
export function resolveStoreLocation(
  options: { db?: string; databaseUrl?: string } = {},
  env: Record<string, string | undefined> = process.env,
): StoreLocation {
  const url = options.databaseUrl ?? env.SILKLOOM_DATABASE_URL;
  if (options.db !== undefined) return { kind: 'sqlite', path: options.db };
  if (url) return postgresLocation(url);
  return { kind: 'sqlite', path: env.SILKLOOM_DB || DEFAULT_SQLITE_PATH };
}

/**
 * A PostgreSQL URL may name the schema to use as `?schema=NAME` (a Silkloom
 * parameter, taken out before the URL reaches the driver), so several stores
 * can share one database — tests use it for isolation.
 */
export function postgresLocation(url: string): StoreLocation {
  const match = /[?&]schema=([^&]*)/.exec(url);
  if (!match) return { kind: 'postgres', url };
  const rest = url.replace(/([?&])schema=[^&]*&?/, '$1').replace(/[?&]$/, '');
  return { kind: 'postgres', url: rest, schema: decodeURIComponent(match[1]!) };
}
