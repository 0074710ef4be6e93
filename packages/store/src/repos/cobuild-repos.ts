/** The co-building repositories, added to the Store in one line so open-store.ts stays small. */
import type { Engine } from '../engine.ts';
import { type ContributionRepo, contributionRepo } from './contribution-repo.ts';
import { type ReleaseRepo, releaseRepo } from './release-repo.ts';
import { type ReviewRepo, reviewRepo } from './review-repo.ts';
import { unitRepo } from './unit-repo.ts';

export interface CobuildRepos {
  readonly review: ReviewRepo;
  readonly releases: ReleaseRepo;
  readonly contributions: ContributionRepo;
}

export function cobuildRepos(engine: Engine): CobuildRepos {
  return { review: reviewRepo(engine, unitRepo(engine)), releases: releaseRepo(engine), contributions: contributionRepo(engine) };
}
