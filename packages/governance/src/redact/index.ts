export { redactFindings, canonicalValue, type RedactionOperator, type OperatorPlan, type RedactionResult, type AppliedRedaction } from './redact.ts';
export { redactText, redactUnit } from './redact-text.ts';
