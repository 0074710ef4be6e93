export * from './types.ts';
export { evaluateCondition, factAt, type Truth } from './condition.ts';
export { parsePack, type PackFile } from './parse-pack.ts';
export { loadRulePacks, findPack } from './load-packs.ts';
export { evaluatePack, inForce, type PackOutcome, type RuleRef } from './evaluate-pack.ts';
export { runPackTests, runPackTest, type PackTestResult } from './run-pack-tests.ts';
