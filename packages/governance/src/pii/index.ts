export * from './types.ts';
export { scanText, resolveTypes, resolveOverlaps, DEFAULT_MIN_SCORE, type ScanOptions } from './scan-text.ts';
export { RECOGNIZERS, detectorVersions } from './registry.ts';
export { normalizeForMatching } from './normalize.ts';
