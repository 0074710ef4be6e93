/**
 * Error table of @silkloom/governance. Misuse (unknown PII type, bad redaction
 * key, malformed rule pack or transfer request) throws; findings in content
 * are data (`Finding`), never exceptions.
 */
import { defineErrors, errorFactory } from '@silkloom/core';

export const governanceErrors = defineErrors('governance', {
  SLM_PII_TYPE_UNKNOWN: {
    message: 'unknown PII type "{type}" (known: {known})',
    status: 400,
    hint: 'Use the exact type names listed by `silkloom scan --help`, e.g. CN_RESIDENT_ID, PHONE, EMAIL.',
  },
  SLM_PII_OPTIONS_INVALID: {
    message: 'PII scan options: {problem}',
    status: 400,
    hint: 'minScore is a number from 0 to 1; lang is a BCP 47 tag.',
  },
  SLM_REDACT_OPTIONS_INVALID: {
    message: 'redaction: {problem}',
    status: 400,
    hint: 'Pseudonymisation needs a key of at least 16 bytes; mask needs a single masking character.',
  },
  SLM_REDACT_FINDINGS_INVALID: {
    message: 'redaction: finding {index} ({type} {start}–{end}) {problem}',
    status: 400,
    hint: 'Findings must come from scanning the same text: offsets are UTF-16 code units inside it.',
  },
  SLM_GRADE_INPUT_INVALID: {
    message: 'grading: {problem}',
    status: 400,
    hint: 'Declared facts use the fields documented in docs/governance.md (importantDataNotified, coreDataDeclared …).',
  },
  SLM_RULES_YAML_INVALID: {
    message: 'rule pack file is not valid YAML: {problem}',
    status: 400,
    hint: 'Fix the YAML syntax at the file and line named.',
  },
  SLM_RULES_SCHEMA_INVALID: {
    message: 'rule pack: {problem}',
    status: 400,
    hint: 'The field named does not follow the rule-pack schema in docs/governance.md.',
  },
  SLM_RULES_PACK_NOT_FOUND: {
    message: 'no rule pack "{pack}" (loaded: {known})',
    status: 404,
    hint: 'Run `silkloom rules list` to see the packs found in the rules/ folder.',
  },
  SLM_RULES_DIR_NOT_FOUND: {
    message: 'rule pack folder {dir} does not exist',
    status: 400,
    hint: 'Pass --rules DIR or run from the repository root, where rules/ lives.',
  },
  SLM_ASSESS_REQUEST_INVALID: {
    message: 'transfer request: field "{field}" {problem}',
    status: 400,
    hint: 'The request shape is documented in docs/governance.md (as_of, exporter, recipient, dataset, counters).',
  },
  SLM_ASSESS_NO_SCAN: {
    message: 'corpus "{corpus}" has not been scanned for personal information yet',
    status: 409,
    hint: 'A transfer assessment counts individuals from the findings of a scan: run `silkloom scan --corpus NAME` (or "Scan for personal data" on the Governance page) first.',
  },
  SLM_ASSESS_NO_CN_PACK: {
    message: 'the exporter is in mainland China but no rule pack covers CN exports',
    status: 500,
    hint: 'Load the packs from the repository rules/ folder (it ships cn-outbound).',
  },
});

export const governanceError = errorFactory(governanceErrors);
