/**
 * Problems found in content are data, not exceptions (the vfile idea): a
 * reader that meets a malformed unit emits a Diagnostic and carries on; the
 * caller decides whether that aborts the import (the default) or is skipped
 * (`--skip-invalid`), and reports it either way.
 */
import type { Place } from './errors.ts';
import { formatPlace } from './errors.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** An error code from a package's table (SLM_…). */
  code: string;
  severity: Severity;
  message: string;
  /** Which component found it, e.g. `formats/tmx`. */
  source: string;
  place: Place;
  actual?: string;
  expected?: string;
}

/** Renders one diagnostic the way compilers do: `file:line:col: error CODE message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = formatPlace(d.place);
  return `${where ? `${where}: ` : ''}${d.severity} ${d.code} ${d.message}`;
}

/** Collects diagnostics with a cap so a file full of errors does not flood memory. */
export class DiagnosticLog {
  readonly items: Diagnostic[] = [];
  private counts = { error: 0, warning: 0, info: 0 };
  readonly limit: number;

  constructor(limit = 1000) {
    this.limit = limit;
  }

  add(d: Diagnostic): void {
    this.counts[d.severity] += 1;
    if (this.items.length < this.limit) this.items.push(d);
  }

  get errorCount(): number {
    return this.counts.error;
  }

  get warningCount(): number {
    return this.counts.warning;
  }

  /** Total seen, including those dropped past the cap. */
  get total(): number {
    return this.counts.error + this.counts.warning + this.counts.info;
  }
}
