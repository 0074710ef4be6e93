/**
 * What each column of a TSV/CSV file holds. A header row names columns by
 * language tag (`zh-Hans`, `th`, FLORES `tha_Thai` …) or by role: `id`,
 * `domain` (several joined by `;`, `,` or `|`), `src`/`tgt` (languages from
 * the srcLang/tgtLang options). Without a header the columns are src, tgt.
 */
import { tryCanonicalLangTag, type LangTag } from '@silkloom/core';
import { formatsError } from '../errors.ts';

export type Column = { kind: 'lang'; lang: LangTag } | { kind: 'id' } | { kind: 'domain' };

const ROLE_NAMES: Record<string, 'id' | 'domain' | 'src' | 'tgt'> = {
  id: 'id',
  domain: 'domain',
  domains: 'domain',
  src: 'src',
  source: 'src',
  tgt: 'tgt',
  target: 'tgt',
};

function role(name: string): 'id' | 'domain' | 'src' | 'tgt' | undefined {
  return ROLE_NAMES[name.trim().toLowerCase()];
}

/** True when every field reads as a column name and there are at least two text columns. */
export function looksLikeHeader(fields: readonly string[]): boolean {
  let texts = 0;
  for (const field of fields) {
    const r = role(field);
    if (r === 'src' || r === 'tgt') texts++;
    else if (!r) {
      if (!/^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/.test(field.trim()) || !tryCanonicalLangTag(field.trim())) return false;
      texts++;
    }
  }
  return texts >= 2;
}

/** Columns from a header row; misnamed or repeated columns throw (the whole file would be misread). */
export function columnsFromHeader(fields: readonly string[], langs: { src?: LangTag; tgt?: LangTag }, file: string): Column[] {
  const seen = new Set<string>();
  return fields.map((field, index) => {
    const r = role(field);
    let column: Column;
    if (r === 'id' || r === 'domain') column = { kind: r };
    else if (r === 'src' || r === 'tgt') {
      const lang = r === 'src' ? langs.src : langs.tgt;
      if (!lang) throw formatsError('SLM_FORMAT_OPTIONS_INVALID', { problem: `column "${field}" needs the ${r === 'src' ? 'srcLang' : 'tgtLang'} option (--${r})` }, { place: { file, line: 1 } });
      column = { kind: 'lang', lang };
    } else {
      const lang = tryCanonicalLangTag(field.trim());
      if (!lang) throw formatsError('SLM_DELIMITED_HEADER_INVALID', { column: field }, { place: { file, line: 1, column: index + 1 } });
      column = { kind: 'lang', lang };
    }
    const key = column.kind === 'lang' ? column.lang : column.kind;
    if (seen.has(key)) throw formatsError('SLM_DELIMITED_HEADER_INVALID', { column: `${field} (a second ${key} column)` }, { place: { file, line: 1 } });
    seen.add(key);
    return column;
  });
}

/** Splits a domain cell: `medical; tourism` → ['medical', 'tourism']. */
export function splitDomains(cell: string): string[] {
  const out: string[] = [];
  for (const part of cell.split(/[;,|]/)) {
    const d = part.trim();
    if (d && !out.includes(d)) out.push(d);
  }
  return out;
}
