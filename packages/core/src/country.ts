/**
 * ISO 3166-1 alpha-2 country codes, used for origin jurisdictions of data,
 * organisations and transfer destinations. Hong Kong (HK) and Macao (MO) are
 * their own jurisdictions, as they are in ISO 3166-1 and in China's data law.
 */
import { iso31661 } from 'iso-3166';
import { coreError } from './errors.ts';

/** An upper-case ISO 3166-1 alpha-2 code. */
export type CountryCode = string;

let assigned: Set<string> | undefined;

/** True for an assigned ISO 3166-1 alpha-2 code (case-insensitive). */
export function isCountryCode(code: string): boolean {
  assigned ??= new Set(iso31661.map((c) => c.alpha2));
  return assigned.has(code.toUpperCase());
}

/** Upper-cases and validates a country code; throws SLM_COUNTRY_UNKNOWN. */
export function canonicalCountry(code: string): CountryCode {
  const upper = code.trim().toUpperCase();
  if (!isCountryCode(upper)) throw coreError('SLM_COUNTRY_UNKNOWN', { code });
  return upper;
}

/** English short name of a country, for reports. */
export function countryName(code: CountryCode): string | undefined {
  return iso31661.find((c) => c.alpha2 === code)?.name;
}
