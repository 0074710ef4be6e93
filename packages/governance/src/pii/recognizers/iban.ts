/**
 * IBAN (ISO 13616): country code, two check digits and a BBAN of the length
 * the SWIFT IBAN registry sets for that country; ISO 7064 MOD 97-10 over the
 * rearranged string must give 1. Written plain or in groups of four.
 */
import { mod97 } from '../checksums.ts';
import { ACCOUNT_WORDS } from '../context-words.ts';
import type { Candidate, Recognizer } from '../types.ts';

/** IBAN lengths by country (SWIFT IBAN registry). No IBAN: CN, ID, VN, TH, MY, SG, PH, UZ, KE, NG. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27,
  MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33,
  SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20, YE: 30,
};

export function isValidIban(iban: string): boolean {
  const s = iban.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

const START = /(?<![A-Za-z0-9])([A-Z]{2})(\d{2})(?=[ ]?[A-Z0-9])/g;

export const ibanRecognizer: Recognizer = {
  type: 'IBAN',
  detector: 'iban',
  version: '1.0.0',
  family: 'account',
  context: [ACCOUNT_WORDS],
  requiresContext: false,
  numeric: true,
  find(norm: string): Candidate[] {
    const out: Candidate[] = [];
    for (const m of norm.matchAll(START)) {
      const length = IBAN_LENGTHS[m[1]!];
      if (!length) continue;
      // Walk forward taking alphanumerics and single spaces until the registry length is reached.
      let i = m.index + 4;
      let count = 4;
      while (i < norm.length && count < length) {
        const ch = norm[i]!;
        if (/[A-Z0-9]/.test(ch)) count++;
        else if (!(ch === ' ' && /[A-Z0-9]/.test(norm[i + 1] ?? ''))) break;
        i++;
      }
      if (count !== length || /[A-Za-z0-9]/.test(norm[i] ?? '')) continue;
      if (isValidIban(norm.slice(m.index, i))) out.push({ start: m.index, end: i, score: 0.8 });
    }
    return out;
  },
};
