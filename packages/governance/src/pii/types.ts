/**
 * Shapes shared by the PII recognisers and the scan engine.
 * Offsets are UTF-16 code units of the original string (what JavaScript's
 * `String.prototype.slice` uses), `end` exclusive.
 */

/** The PII types Silkloom detects (issue 4; names are part of the public contract). */
export const PII_TYPES = [
  'EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'IP_ADDRESS',
  'CN_RESIDENT_ID', 'HK_ID', 'TH_NATIONAL_ID', 'KZ_IIN', 'TR_NATIONAL_ID', 'SA_NATIONAL_ID',
  'AE_EMIRATES_ID', 'SG_NRIC', 'RU_SNILS', 'RU_INN',
  'ID_NIK', 'MY_NRIC', 'VN_CCCD', 'PK_CNIC',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

export function isPiiType(value: string): value is PiiType {
  return (PII_TYPES as readonly string[]).includes(value);
}

export type PiiFamily = 'id' | 'phone' | 'card' | 'account' | 'email' | 'ip';

/** One detected identifier. */
export interface Finding {
  type: PiiType;
  /** UTF-16 offset of the first code unit in the original text. */
  start: number;
  /** UTF-16 offset just past the last code unit. */
  end: number;
  /** The original text of the span (native digits and separators as written). */
  text: string;
  /** 0..1; base score of the recogniser, raised by context words, lowered by look-alike cues. */
  score: number;
  /** Recogniser id, e.g. `cn-resident-id`. */
  detector: string;
  /** Recogniser version (semver); stored with findings so re-scans can be compared. */
  version: string;
}

/** What a recogniser proposes before context scoring. */
export interface Candidate {
  start: number;
  end: number;
  /** Base score after validation (checksums passed etc.). */
  score: number;
}

/** Words per language (keys are BCP 47 tags of the PRODUCT.md languages). */
export type WordsByLang = Readonly<Record<string, readonly string[]>>;

export interface Recognizer {
  readonly type: PiiType;
  /** Stable id of this recogniser. */
  readonly detector: string;
  readonly version: string;
  /** What kind of identifier: context words of other numeric families count against a match. */
  readonly family: PiiFamily;
  /** Words naming this very identifier (身份证, NIK, СНИЛС …), per language. */
  readonly context: readonly WordsByLang[];
  /** Words naming the family ("ID card", "identity number"): raise the score but rank below specific words. */
  readonly genericContext?: readonly WordsByLang[];
  /** Primary languages of the issuing country: a text in one of them adds a small prior (+0.1). */
  readonly homeLanguages?: readonly string[];
  /** No public checksum: report only when a specific context word is near. */
  readonly requiresContext: boolean;
  /** A digit string that order numbers, prices, ISBNs … can imitate; look-alike cues apply. */
  readonly numeric: boolean;
  /**
   * Finds candidates in the normalised text (same length as the original;
   * native digits already mapped to ASCII). `lang` is the caller's hint.
   */
  find(norm: string, lang: string | undefined): Candidate[];
}
