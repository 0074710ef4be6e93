/** @silkloom/governance: PII detection, redaction, grading, rule packs and transfer assessment. */
export * from './errors.ts';
export * from './pii/index.ts';
export * from './rules/index.ts';
export * from './assess/index.ts';
export * from './redact/index.ts';
export * from './grading/index.ts';
