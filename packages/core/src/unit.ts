/**
 * The translation-unit model every other part of Silkloom stands on.
 *
 * A unit is n-way: it holds one variant per language (keyed by canonical BCP 47
 * tag), not just a source/target pair; a pair is a view of it (see
 * {@link pairView}). Every unit keeps where it came from (provenance), so
 * governance can tell what may cross a border and a release can credit its
 * contributors.
 */
import type { CountryCode } from './country.ts';
import type { LangTag } from './lang-tag.ts';
import { langMatches } from './lang-tag.ts';

export const UNIT_STATUSES = ['raw', 'clean', 'rejected', 'validated'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export function isUnitStatus(value: string): value is UnitStatus {
  return (UNIT_STATUSES as readonly string[]).includes(value);
}

/** Domain labels the product knows by default (capability 4 in PRODUCT.md); others may be added. */
export const KNOWN_DOMAINS = [
  'general', 'industry', 'agriculture', 'medical', 'education', 'commerce', 'tourism', 'culture', 'law',
] as const;

/**
 * Inline markup kept losslessly from the source format. A node is either text
 * or an element with its name and attributes as written (TMX `bpt/ept/it/ph/hi/
 * sub/ut`, XLIFF 1.2 `g/x/bx/ex/bpt/ept/ph/it/mrk`, XLIFF 2 `pc/ph/sc/ec/mrk`).
 * For code elements (bpt, ph …) the children hold the native code text.
 */
export type InlineNode = string | InlineElement;

export interface InlineElement {
  name: string;
  attrs: Record<string, string>;
  children: InlineNode[];
}

/** Inline content plus the vocabulary it is written in, so writers know whether they can emit it as is. */
export interface InlineMarkup {
  format: 'tmx' | 'xliff1' | 'xliff2';
  nodes: InlineNode[];
}

/** A TMX `prop` / XLIFF metadata item. */
export interface Prop {
  type: string;
  value: string;
  lang?: LangTag;
}

/** A TMX `note` / XLIFF `note`. */
export interface Note {
  text: string;
  lang?: LangTag;
  from?: string;
}

/** Metadata carried through from the source format (unit or variant level). */
export interface Meta {
  props?: Prop[];
  notes?: Note[];
  /** Remaining attributes of the element, e.g. TMX `creationdate`, `changeid`, `segtype`. */
  attrs?: Record<string, string>;
}

/** One language's side of a unit. `text` is the plain-text projection used for processing. */
export interface Variant {
  text: string;
  /** Present only when the source segment had inline elements. */
  markup?: InlineMarkup;
  meta?: Meta;
}

/** Where a unit came from. Batch-level fields are shared by all units of an import. */
export interface Provenance {
  /** File name as given to the importer (path relative to where it was run, or upload name). */
  sourceFile?: string;
  /** SHA-256 (hex) of the file's bytes. */
  sourceSha256?: string;
  /** 1-based line where the unit starts in the source file. */
  line?: number;
  /** The unit's id inside the source file (TMX tuid, XLIFF trans-unit/unit id, JSONL id). */
  sourceUnitId?: string;
  /** Import batch the unit arrived in. */
  batchId?: string;
  contributor?: string;
  organisation?: string;
  /** ISO 3166-1 alpha-2 code of the jurisdiction the data was collected in. */
  originJurisdiction?: CountryCode;
  /** SPDX licence id (CC-BY-4.0) or a named agreement (`agreement:GDUFS-2026-07`). */
  licence?: string;
  /** Legal basis for personal data in it: `consent`, `contract`, `public`, `none-personal` … */
  consentBasis?: string;
  /** ISO 8601 date (YYYY-MM-DD) the data was collected. */
  collectedAt?: string;
}

export interface TranslationUnit {
  /** Stable id: the source's own id when it has one, else one made from file and line. */
  id: string;
  variants: Record<LangTag, Variant>;
  /** The language the unit was authored in, when the source says (TMX srclang, XLIFF source-language). */
  srcLang?: LangTag;
  status: UnitStatus;
  /** Reason codes when status is `rejected` (e.g. `length_ratio`, `wrong_lang:tgt`). */
  rejectReasons?: string[];
  domains: string[];
  provenance: Provenance;
  meta?: Meta;
}

/** A unit as read back from the store. */
export interface StoredUnit extends TranslationUnit {
  unitId: string;
  corpus: string;
  createdAt: string;
  updatedAt: string;
}

export interface Corpus {
  name: string;
  description?: string;
  ownerOrg?: string;
  defaultLicence?: string;
  domains: string[];
  createdAt?: string;
}

/** A two-language view of a unit, used by filters and aligners. */
export interface SegmentPair {
  srcLang: LangTag;
  tgtLang: LangTag;
  src: string;
  tgt: string;
  unit: TranslationUnit;
}

/** Finds the variant whose tag matches a range (`th` matches `th-TH`). */
export function findVariant(unit: TranslationUnit, range: string): [LangTag, Variant] | undefined {
  const exact = unit.variants[range];
  if (exact) return [range, exact];
  for (const [tag, variant] of Object.entries(unit.variants)) {
    if (langMatches(range, tag)) return [tag, variant];
  }
  return undefined;
}

/** Returns the src/tgt pair view, or undefined when the unit lacks either side. */
export function pairView(unit: TranslationUnit, srcRange: string, tgtRange: string): SegmentPair | undefined {
  const src = findVariant(unit, srcRange);
  const tgt = findVariant(unit, tgtRange);
  if (!src || !tgt) return undefined;
  return { srcLang: src[0], tgtLang: tgt[0], src: src[1].text, tgt: tgt[1].text, unit };
}

/** Plain-text projection of inline content: text nodes kept, native code dropped. */
export function inlineToPlain(nodes: InlineNode[], codeElements: ReadonlySet<string>): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') out += node;
    else if (!codeElements.has(node.name)) out += inlineToPlain(node.children, codeElements);
  }
  return out;
}
