/**
 * Why a digit run that libphonenumber accepts is still not a phone number:
 * dates, year ranges, thousands-grouped amounts, prices, ISBNs, unix
 * timestamps and dotted IPs. Each guard is a pure test on the candidate and
 * its immediate neighbourhood in the normalised text.
 */
import { isbn10Valid, isbn13Valid } from '../checksums.ts';
import { isRealDate } from '../dates.ts';
import { CURRENCY_AFTER, CURRENCY_BEFORE } from '../lookalike-words.ts';

function isYear(s: string): boolean {
  const y = Number(s);
  return s.length === 4 && y >= 1800 && y <= 2199;
}

/** `2024-03-22`, `22.03.2024`, `03/22/2024`, `2024 03 22`, `20240322`. */
export function looksLikeDate(raw: string, digits: string): boolean {
  const parts = raw.split(/[ ./-]+/).filter(Boolean);
  if (parts.length === 3) {
    const [a, b, c] = parts.map(Number) as [number, number, number];
    if (isYear(parts[0]!) && isRealDate(a, b, c)) return true;
    if (isYear(parts[2]!) && (isRealDate(c, b, a) || isRealDate(c, a, b))) return true;
    if (parts.every((p) => p.length === 2) && (isRealDate(2000 + c, b, a) || isRealDate(2000 + a, b, c))) return true;
  }
  if (digits.length === 8 && isYear(digits.slice(0, 4)) && isRealDate(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8)))) return true;
  return false;
}

/**
 * `1999-2003`, `2019 – 2024`, `100-200`, `1000-13000` (two groups, the second
 * larger, or both round), and clock-time ranges `22.00-23.00`.
 */
export function looksLikeRange(raw: string): boolean {
  if (/^\d{1,2}[.:]\d{2} ?- ?\d{1,2}[.:]\d{2}$/.test(raw)) return true;
  const m = /^(\d{1,6}) ?- ?(\d{1,6})$/.exec(raw);
  if (!m) return false;
  const [a, b] = [m[1]!, m[2]!];
  if (isYear(a) && isYear(b)) return true;
  if (a.startsWith('0')) return false;
  return (a.length === b.length && Number(b) > Number(a)) || (a.endsWith('00') && b.endsWith('00'));
}

/** `1.234.567` or `12 345 678` (thousands separators), never a phone layout. */
export function looksLikeGroupedAmount(raw: string): boolean {
  return /^\d{1,3}(?:\.\d{3}){2,}$/.test(raw) || /^\d{1,3}(?:,\d{3}){2,}$/.test(raw);
}

/** A dotted quad (IPv4 or version string). */
export function looksLikeDottedQuad(raw: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(raw);
}

/**
 * ISBN-13 (978/979 + valid check) always; ISBN-10 only when announced by a
 * cue or written in its four hyphenated groups — one random ten-digit number in
 * eleven passes the ISBN-10 check, phone numbers included.
 */
export function looksLikeIsbn(raw: string, digits: string, before: string): boolean {
  if (/isbn[\s:-]*$/i.test(before) || /书号[\s:：]*$/.test(before)) return true;
  if (digits.length === 13 && isbn13Valid(digits)) return true;
  return digits.length === 10 && /^\d{1,5}-\d{1,7}-\d{1,7}-\d$/.test(raw) && isbn10Valid(digits);
}

/** 10- or 13-digit unix time (seconds or milliseconds, 2001–2033) written without separators. */
export function looksLikeTimestamp(raw: string): boolean {
  return /^1\d{9}$/.test(raw) || /^1\d{12}$/.test(raw);
}

export function looksLikePrice(before: string, after: string): boolean {
  return CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after);
}
