/**
 * Marks glossary terms in texts (search hits, TM sources): every term of the
 * caller's organisations' glossaries in the text's language that occurs in
 * the text (case-insensitive), with its translations — the other languages'
 * terms of the same entry. Longer terms win where two overlap.
 */
import { langMatches } from '@silkloom/core';
import type { GlossaryMark } from '@silkloom/contract';
import type { GlossaryEntry, Store } from '@silkloom/store';
import type { Principal } from '../auth/principal.ts';

export interface Markable {
  lang: string;
  text: string;
  glossary?: GlossaryMark[];
  /** Where to put the marks when the object is not a plain hit. */
  set?: (marks: GlossaryMark[]) => void;
}

function translationsOf(entry: GlossaryEntry, lang: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of entry.terms) if (t.lang !== lang) (out[t.lang] ??= []).push(t.term);
  return out;
}

/** Marks for one text, from entries already loaded. */
export function marksIn(text: string, lang: string, entries: readonly GlossaryEntry[]): GlossaryMark[] {
  const lower = text.toLowerCase();
  const found: GlossaryMark[] = [];
  for (const entry of entries) {
    for (const term of entry.terms) {
      if (!langMatches(term.lang.split('-')[0]!, lang) && term.lang !== lang) continue;
      const needle = term.term.toLowerCase();
      if (!needle) continue;
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
        found.push({ term: term.term, start: at, end: at + needle.length, translations: translationsOf(entry, term.lang) });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: GlossaryMark[] = [];
  for (const mark of found) if (!kept.some((k) => mark.start < k.end && k.start < mark.end)) kept.push(mark);
  return kept;
}

/** Marks glossary terms in each item (loads the caller's glossaries once). */
export async function markGlossary(store: Store, principal: Principal | undefined, items: Markable[]): Promise<void> {
  if (!items.length) return;
  const orgs = principal ? principal.memberships.map((m) => m.org) : (await store.organisations.list()).map((o) => o.name);
  const langs = [...new Set(items.map((i) => i.lang))];
  const entries = await store.glossaries.entriesWithTermsIn(orgs, langs);
  for (const item of items) {
    const marks = marksIn(item.text, item.lang, entries);
    if (item.set) item.set(marks);
    else item.glossary = marks;
  }
}
