/** The store's error table (codes SLM_STORE_*). See docs/errors.md. */
import { defineErrors, errorFactory } from '@silkloom/core';

export const storeErrors = defineErrors('store', {
  SLM_STORE_LOCATION_INVALID: {
    message: 'store location is not usable: {problem}',
    status: 400,
    hint: 'Give an SQLite file path (--db / SILKLOOM_DB) or a postgres:// URL (--database-url / SILKLOOM_DATABASE_URL); a schema name is letters, digits and _.',
  },
  SLM_STORE_CONNECT_FAILED: {
    message: 'cannot open the {dialect} store at {where}: {problem}',
    status: 503,
    hint: 'Check that the SQLite file\'s folder exists and is writable, or that the PostgreSQL server is up and the URL is right.',
  },
  SLM_STORE_MIGRATION_FAILED: {
    message: 'migration {id} failed on {dialect}; the schema is left as it was before it: {problem}',
    status: 500,
    hint: 'A schema migration could not run; the error that caused it is attached. Nothing of that migration was applied.',
  },
  SLM_STORE_SCHEMA_TOO_NEW: {
    message: 'the store was migrated by a newer Silkloom (it has migration {id}, which this version does not know)',
    status: 500,
    hint: 'Upgrade Silkloom, or open a store made by this version.',
  },
  SLM_STORE_BUSY: {
    message: 'the SQLite store {where} is being written by another process; gave up after {seconds} s',
    status: 503,
    hint: 'SQLite has one writer at a time: wait for the other import or command to finish, or use PostgreSQL for concurrent writers.',
  },
  SLM_STORE_NESTED_TRANSACTION: {
    message: 'a store write was started inside another write of the same store (for example inside an import\'s fill callback)',
    status: 500,
    hint: 'Inside imports.run\'s fill, only add units to the sink; do other writes before or after the import.',
  },
  SLM_STORE_QUERY_FAILED: {
    message: 'the store could not {operation}: {problem}',
    status: 500,
    hint: 'A database error; the driver\'s error is attached as the cause.',
  },
  SLM_STORE_CORPUS_NOT_FOUND: {
    message: 'no corpus named "{name}"',
    status: 404,
    hint: 'List corpora with `silkloom corpora list`, or create one with `silkloom corpora create NAME`.',
  },
  SLM_STORE_CORPUS_EXISTS: {
    message: 'a corpus named "{name}" already exists',
    status: 409,
    hint: 'Corpus names are unique; pick another name or import into the existing corpus.',
  },
  SLM_STORE_CORPUS_NAME_INVALID: {
    message: 'corpus name "{name}" is not allowed: {problem}',
    status: 400,
    hint: 'A corpus name is 1–200 characters without control characters or leading/trailing spaces.',
  },
  SLM_STORE_UNIT_INVALID: {
    message: 'unit "{unit}" cannot be stored: {problem}',
    status: 400,
    hint: 'The unit handed to the import sink breaks the model (see packages/core/src/unit.ts); fix the reader that produced it.',
  },
  SLM_STORE_UNIT_NOT_FOUND: {
    message: 'no unit with id {unitId}',
    status: 404,
    hint: 'Unit ids are the store\'s own (StoredUnit.unitId), not the id inside the source file.',
  },
  SLM_STORE_BATCH_NOT_FOUND: {
    message: 'no import batch with id {batchId}',
    status: 404,
    hint: 'List a corpus\'s import batches with store.imports.list(corpus).',
  },
  SLM_STORE_RUN_NOT_FOUND: {
    message: 'no pipeline run with id {runId}',
    status: 404,
    hint: 'List a corpus\'s runs with store.runs.list(corpus).',
  },
  SLM_STORE_SINK_CLOSED: {
    message: 'the import of batch {batchId} has already {state}; units can no longer be added',
    status: 500,
    hint: 'Call sink.add only inside the fill callback of store.imports.run, and await it.',
  },
  SLM_STORE_FILTER_INVALID: {
    message: 'unit filter is not valid: {problem}',
    status: 400,
    hint: 'Status is one of raw, clean, rejected, validated; langs are BCP 47 ranges; a cursor is the nextCursor of a previous page.',
  },
  SLM_STORE_USER_EXISTS: {
    message: 'a user with e-mail {email} already exists',
    status: 409,
    hint: 'E-mail addresses are unique (compared in lower case).',
  },
  SLM_STORE_USER_INVALID: {
    message: 'user is not valid: {problem}',
    status: 400,
    hint: 'A user needs an e-mail address; the password hash is made by the server.',
  },
  SLM_STORE_USER_NOT_FOUND: {
    message: 'no user {user}',
    status: 404,
    hint: 'Create users with `silkloom users create --email E --password-stdin`.',
  },
  SLM_STORE_ORG_NOT_FOUND: {
    message: 'no organisation named "{name}"',
    status: 404,
    hint: 'Organisations are created by site admins (POST /api/v1/orgs or `silkloom users create --org NAME`).',
  },
  SLM_STORE_ORG_EXISTS: {
    message: 'an organisation named "{name}" already exists',
    status: 409,
    hint: 'Organisation names are unique.',
  },
  SLM_STORE_ROLE_INVALID: {
    message: 'role "{role}" is not one of owner, curator, contributor, validator, viewer',
    status: 400,
    hint: 'See the permission table in docs/api.md.',
  },
  SLM_STORE_SHARE_INVALID: {
    message: 'sharing agreement is not valid: {problem}',
    status: 400,
    hint: 'An agreement names another organisation, a licence, at least one purpose, ISO 3166-1 destination codes and ISO 8601 dates.',
  },
  SLM_STORE_SHARE_NOT_FOUND: {
    message: 'no sharing agreement {shareId} on corpus "{corpus}"',
    status: 404,
    hint: 'List a corpus\'s agreements with GET /api/v1/corpora/{corpus}/shares.',
  },
  SLM_STORE_SEARCH_QUERY_INVALID: {
    message: 'search query "{query}" cannot be served: {problem}',
    status: 400,
    hint: 'Queries need three characters or more; one or two are enough when they are Chinese, Japanese or Korean characters.',
  },
  SLM_STORE_GLOSSARY_NOT_FOUND: {
    message: 'organisation "{org}" has no glossary "{name}"',
    status: 404,
    hint: 'List an organisation\'s glossaries with GET /api/v1/orgs/{org}/glossaries.',
  },
});

export const storeError = errorFactory(storeErrors);

export { cobuildStoreErrors } from './cobuild-errors.ts';
