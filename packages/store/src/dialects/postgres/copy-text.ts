/**
 * Rows in PostgreSQL's COPY text format (PostgreSQL 15 docs, "COPY", File
 * Formats → Text Format): columns separated by tab, rows by newline, `\N` for
 * NULL, and backslash, newline, carriage return and tab escaped with a backslash.
 */

const NEEDS_ESCAPE = /[\\\n\r\t]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return NEEDS_ESCAPE.test(value) ? value.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]!) : value;
}

/** Encodes rows as COPY text, taking the columns in the order given. */
export function copyRows<T>(rows: readonly T[], columns: ReadonlyArray<keyof T>): string {
  let out = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) line += '\t';
      line += copyField(row[columns[i]!] as string | number | null);
    }
    out += `${line}\n`;
  }
  return out;
}
