/** Scan-then-redact helpers for one text and for every variant of a translation unit (pipeline and export use). */
import type { TranslationUnit } from '@silkloom/core';
import { scanText, type ScanOptions } from '../pii/scan-text.ts';
import type { Finding } from '../pii/types.ts';
import { redactFindings, type OperatorPlan, type RedactionResult } from './redact.ts';

export function redactText(text: string, plan: OperatorPlan, scan: ScanOptions = {}): RedactionResult & { findings: Finding[] } {
  const findings = scanText(text, scan);
  return { ...redactFindings(text, findings, plan), findings };
}

/**
 * Returns a copy of the unit with every variant's text redacted (scanned in
 * its own language). Inline markup is dropped from changed variants, because
 * its text nodes would otherwise still carry the identifier.
 */
export function redactUnit(unit: TranslationUnit, plan: OperatorPlan, scan: Omit<ScanOptions, 'lang'> = {}): { unit: TranslationUnit; findings: Record<string, Finding[]> } {
  const variants: TranslationUnit['variants'] = {};
  const findings: Record<string, Finding[]> = {};
  for (const [lang, variant] of Object.entries(unit.variants)) {
    const result = redactText(variant.text, plan, { ...scan, lang });
    findings[lang] = result.findings;
    if (!result.applied.length) {
      variants[lang] = variant;
      continue;
    }
    const { markup: _markup, ...rest } = variant;
    variants[lang] = { ...rest, text: result.text };
  }
  return { unit: { ...unit, variants }, findings };
}
