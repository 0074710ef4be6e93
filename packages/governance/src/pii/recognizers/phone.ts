/**
 * Phone numbers of every partner country, validated with libphonenumber-js
 * (Google libphonenumber metadata, "max" set: exact number ranges per region).
 * Candidates are our own digit runs; a number written with `+`/`00` is parsed
 * as international, otherwise against the regions of the text's language
 * first, then all partner regions. Guards (phone-guards.ts) drop dates,
 * ranges, amounts, prices, ISBNs, timestamps and dotted quads, which
 * libphonenumber's own finder accepts (e.g. `2024-03-22` as a Thai number).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { PHONE_WORDS } from '../context-words.ts';
import type { Candidate, Recognizer } from '../types.ts';
import {
  looksLikeDate, looksLikeDottedQuad, looksLikeGroupedAmount, looksLikeIsbn, looksLikePrice, looksLikeRange, looksLikeTimestamp,
} from './phone-guards.ts';

/** Partner regions (research note §C) plus the home regions of the other PRODUCT.md languages. */
export const PHONE_REGIONS: readonly CountryCode[] = [
  'CN', 'HK', 'MO', 'TW', 'ID', 'VN', 'TH', 'MY', 'SG', 'PH', 'KH', 'LA', 'MM', 'KZ', 'UZ', 'RU', 'PK', 'SA', 'AE', 'EG',
  'TR', 'KE', 'NG', 'IR', 'AF', 'BD', 'NP', 'LK', 'MN', 'ET', 'TZ', 'IN', 'GB', 'US',
];

const BY_LANGUAGE: Record<string, CountryCode[]> = {
  zh: ['CN', 'HK', 'MO', 'TW'], yue: ['HK', 'MO', 'CN'], id: ['ID'], ms: ['MY', 'SG'], vi: ['VN'], th: ['TH'], km: ['KH'],
  lo: ['LA'], my: ['MM'], fil: ['PH'], tl: ['PH'], ar: ['SA', 'AE', 'EG'], fa: ['IR', 'AF'], ur: ['PK'], ps: ['AF', 'PK'],
  ru: ['RU', 'KZ'], kk: ['KZ'], uz: ['UZ'], tr: ['TR'], sw: ['KE', 'TZ'], ha: ['NG'], am: ['ET'], hi: ['IN'], bn: ['BD'],
  ne: ['NP'], si: ['LK'], mn: ['MN'], en: ['SG', 'PH', 'KE', 'NG', 'GB', 'US'],
};

/** Regions to try for a national-format number: the language's own first, then the rest. */
export function regionsFor(lang: string | undefined): CountryCode[] {
  const primary = lang ? (BY_LANGUAGE[lang.split('-')[0]!.toLowerCase()] ?? []) : [];
  return [...primary, ...PHONE_REGIONS.filter((r) => !primary.includes(r))];
}

const CANDIDATE = /(?<![A-Za-z0-9_+@]|\d[.\-/:,])(?:\+ ?|00(?=[1-9]))?(?:\(\d{1,5}\) ?|\d)(?:[ .\-]?(?:\(\d{1,5}\)|\d)){5,17}(?![A-Za-z0-9_]|[.\-/:,]\d)/g;

function parseCandidate(raw: string, lang: string | undefined): { score: number } | undefined {
  const international = raw.startsWith('+') || raw.startsWith('00');
  const digits = raw.replace(/\D/g, '');
  const formatted = /[ .\-()]/.test(raw.replace(/^\+ ?/, ''));
  if (international) {
    const e164 = `+${raw.startsWith('00') ? digits.slice(2) : digits}`;
    const parsed = parsePhoneNumberFromString(e164);
    return parsed?.isValid() ? { score: 0.7 } : undefined;
  }
  if (digits.length < 7 || digits.length > 15) return undefined;
  for (const region of regionsFor(lang)) {
    const parsed = parsePhoneNumberFromString(raw, region);
    if (!parsed?.isValid()) continue;
    if (formatted) return { score: 0.5 };
    return { score: parsed.getType() === 'MOBILE' ? 0.45 : 0.4 };
  }
  return undefined;
}

export const phoneRecognizer: Recognizer = {
  type: 'PHONE',
  detector: 'phone',
  version: '1.0.0',
  family: 'phone',
  context: [PHONE_WORDS],
  requiresContext: false,
  numeric: true,
  find(norm: string, lang: string | undefined): Candidate[] {
    const out: Candidate[] = [];
    for (const m of norm.matchAll(CANDIDATE)) {
      const raw = m[0];
      const digits = raw.replace(/\D/g, '');
      if (digits.length > 15 || / {2}|--|\.\.|[ .-]{2}/.test(raw)) continue;
      const before = norm.slice(Math.max(0, m.index - 12), m.index);
      const after = norm.slice(m.index + raw.length, m.index + raw.length + 12);
      if (looksLikeDate(raw, digits) || looksLikeRange(raw) || looksLikeGroupedAmount(raw) || looksLikeDottedQuad(raw)) continue;
      if (looksLikePrice(before, after) || looksLikeIsbn(raw, digits, before) || looksLikeTimestamp(raw)) continue;
      const parsed = parseCandidate(raw, lang);
      if (parsed) out.push({ start: m.index, end: m.index + raw.length, score: parsed.score });
    }
    return out;
  },
};
