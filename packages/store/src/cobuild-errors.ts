/** The store's codes for co-building (review, releases, contributions). Re-exported from errors.ts so docs/errors.md lists them. */
import { defineErrors, errorFactory } from '@silkloom/core';

export const cobuildStoreErrors = defineErrors('store', {
  SLM_REVIEW_ALREADY_VOTED: {
    message: '{voter} has already voted on unit {unitId}',
    status: 409,
    hint: 'One vote per validator and unit; the queue only offers units you have not voted on.',
  },
  SLM_REVIEW_UNIT_DECIDED: {
    message: 'unit {unitId} is already decided ({outcome}); it takes no more votes',
    status: 409,
    hint: 'Consensus was reached before your vote arrived; take the next unit from the queue.',
  },
  SLM_RELEASE_EXISTS: {
    message: 'corpus {corpus} already has a release {version}',
    status: 409,
    hint: 'Releases are frozen; cut a new version instead (the API suggests the next one).',
  },
  SLM_RELEASE_NOT_FOUND: {
    message: 'no release {release}',
    status: 404,
    hint: 'Check the corpus name and version (GET /api/v1/corpora/:corpus/releases lists them).',
  },
  SLM_BATCH_RELEASED: {
    message: 'import batch {batchId} cannot be withdrawn: {units} of its units are in release(s) {releases}',
    status: 409,
    hint: 'A contribution can be withdrawn until it is released; after that, releases are frozen and a takedown needs a new release.',
  },
});

export const cobuildStoreError = errorFactory(cobuildStoreErrors);
