/**
 * @silkloom/cobuild — the pure logic of co-building: the consensus policy,
 * gold scoring, agreement (Cohen's and Fleiss' kappa), leak-free release
 * splits, datasheets and Hugging Face cards, release deltas, semantic versions
 * and a streaming tar writer for release bundles. See packages/cobuild/README.md.
 */
export * from './errors.ts';
export * from './votes.ts';
export * from './consensus-policy.ts';
export * from './gold-scoring.ts';
export * from './kappa.ts';
export * from './text-key.ts';
export * from './minhash.ts';
export * from './release-split.ts';
export * from './release-delta.ts';
export * from './semver.ts';
export * from './release-facts.ts';
export * from './hf-card.ts';
export * from './datasheet.ts';
export * from './tar-writer.ts';
