/**
 * Check-digit algorithms used by the identifier recognisers. Each takes ASCII
 * digits (and letters where the scheme has them) with separators removed.
 */

/** Luhn (ISO/IEC 7812-1 Annex B): from the right, double every second digit. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The Luhn digit that completes `body` (for generators and tests). */
export function luhnCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return String(d);
  throw new Error('unreachable');
}

/**
 * ISO 7064 MOD 11-2 as used by GB 11643-1999: weights 2^(17-i) mod 11 over 17
 * digits; check = (12 − S mod 11) mod 11, 10 written `X`.
 */
export function mod11_2CheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body17.charCodeAt(i) - 48) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** ISO 7064 MOD 97-10 over an alphanumeric string already rearranged (IBAN: first 4 moved to the end). */
export function mod97(alnum: string): number {
  let rest = 0;
  for (const ch of alnum.toUpperCase()) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const d of value) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rest;
}

/** Weighted sum of digits with the given weights (left-aligned). */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum;
}

/** ISBN-10 (ISO 2108): Σ d_i·(10−i) ≡ 0 mod 11, last may be X. */
export function isbn10Valid(s: string): boolean {
  if (!/^\d{9}[\dX]$/i.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = s[i]!.toUpperCase();
    sum += (ch === 'X' ? 10 : Number(ch)) * (10 - i);
  }
  return sum % 11 === 0;
}

/** ISBN-13 / EAN-13 starting 978 or 979: weights 1,3 alternating, total ≡ 0 mod 10. */
export function isbn13Valid(s: string): boolean {
  if (!/^97[89]\d{10}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (s.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}
