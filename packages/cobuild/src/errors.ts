/** Co-building's error table (codes SLM_COBUILD_*, SLM_REVIEW_*, SLM_RELEASE_*). See docs/errors.md. */
import { defineErrors, errorFactory } from '@silkloom/core';

export const cobuildErrors = defineErrors('cobuild', {
  SLM_REVIEW_POLICY_INVALID: {
    message: 'consensus policy is not usable: {problem}',
    status: 400,
    hint: 'A consensus policy needs a name, an integer version ≥ 1, agreeing ≥ 1 and piiFlagAt ≥ 1; see packages/cobuild/README.md.',
  },
  SLM_REVIEW_VOTE_INVALID: {
    message: 'vote "{vote}" is not one of good, bad, wrong_lang, pii, unsure',
    status: 400,
    hint: 'Send one of the five vote kinds: good, bad, wrong_lang, pii, unsure.',
  },
  SLM_RELEASE_VERSION_INVALID: {
    message: 'release version "{version}" is not a semantic version (MAJOR.MINOR.PATCH)',
    status: 400,
    hint: 'Use Semantic Versioning 2.0.0 without build metadata, e.g. 1.0.0 or 1.1.0-rc.1.',
  },
  SLM_RELEASE_VERSION_NOT_NEWER: {
    message: 'release version {version} is not newer than the latest release {previous}',
    status: 409,
    hint: 'Versions only go up (SemVer precedence); leave the version out to get the suggested next one.',
  },
  SLM_RELEASE_SPLIT_INVALID: {
    message: 'release split ratios are not usable: {problem}',
    status: 400,
    hint: 'Give dev and test as fractions between 0 and 0.5 whose sum is below 1, e.g. {dev: 0.1, test: 0.1}.',
  },
  SLM_RELEASE_BUNDLE_INVALID: {
    message: 'release bundle cannot be written: {problem}',
    status: 500,
    hint: 'A file of the release is not what its manifest says (size) or its path cannot be stored in a ustar archive; the release may have been altered.',
  },
});

export const cobuildError = errorFactory(cobuildErrors);
