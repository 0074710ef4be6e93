/**
 * A small factory for pattern recognisers (Presidio's PatternRecognizer in
 * spirit): a regular expression over the normalised text proposes spans, a
 * validator checks the checksum/date/region and returns the base score.
 */
import type { Candidate, PiiFamily, PiiType, Recognizer, WordsByLang } from './types.ts';

/** Left edge: not inside a word or a longer dotted/dashed number. */
export const LEFT = String.raw`(?<![A-Za-z0-9_]|[0-9][.\-/:,])`;
/** Right edge: the same on the other side. */
export const RIGHT = String.raw`(?![A-Za-z0-9_]|[.\-/:,][0-9])`;

export interface PatternRecognizerSpec {
  type: PiiType;
  detector: string;
  version: string;
  /** Regular expression source; LEFT/RIGHT are added around it. */
  pattern: string;
  flags?: string;
  /** Default `id`. */
  family?: PiiFamily;
  context: readonly WordsByLang[];
  genericContext?: readonly WordsByLang[];
  homeLanguages?: readonly string[];
  requiresContext?: boolean;
  numeric?: boolean;
  /** Returns the base score for a valid match, or 0 to reject it. `raw` is the matched normalised text. */
  validate(raw: string): number;
}

export function patternRecognizer(spec: PatternRecognizerSpec): Recognizer {
  const regex = new RegExp(`${LEFT}(?:${spec.pattern})${RIGHT}`, `g${spec.flags ?? ''}`);
  return {
    type: spec.type,
    detector: spec.detector,
    version: spec.version,
    family: spec.family ?? 'id',
    context: spec.context,
    genericContext: spec.genericContext,
    homeLanguages: spec.homeLanguages,
    requiresContext: spec.requiresContext ?? false,
    numeric: spec.numeric ?? true,
    find(norm: string): Candidate[] {
      const out: Candidate[] = [];
      regex.lastIndex = 0;
      for (const m of norm.matchAll(regex)) {
        const score = spec.validate(m[0]);
        if (score > 0) out.push({ start: m.index, end: m.index + m[0].length, score });
      }
      return out;
    },
  };
}
