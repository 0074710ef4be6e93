/**
 * Rule packs: versioned YAML, one folder per jurisdiction or instrument
 * family (rules/cn-outbound, rules/ru …). Every rule is effective-dated and
 * cites its instrument and article; `confidence` carries the research note's
 * tag (V read in the primary text, S secondary sources, K background
 * knowledge to verify) and `basis` says whether a rule is law or a platform
 * policy choice.
 */

export const CN_DECISIONS = ['EXEMPT', 'SCC_OR_CERT', 'GBA_SCC', 'SECURITY_ASSESSMENT', 'FORBIDDEN', 'ESCALATE'] as const;
export const PARTNER_DECISIONS = ['ALLOW', 'ALLOW_WITH_CONDITIONS', 'FORBIDDEN', 'ESCALATE'] as const;
export type Decision = (typeof CN_DECISIONS)[number] | (typeof PARTNER_DECISIONS)[number];
export const DECISIONS: readonly Decision[] = [...CN_DECISIONS, 'ALLOW', 'ALLOW_WITH_CONDITIONS'];

/** Most restrictive last: the overall decision of an assessment is the maximum over its legs. */
export const RESTRICTIVENESS: Readonly<Record<Decision, number>> = {
  ALLOW: 0, EXEMPT: 0, ALLOW_WITH_CONDITIONS: 1, GBA_SCC: 2, SCC_OR_CERT: 3, SECURITY_ASSESSMENT: 4, ESCALATE: 5, FORBIDDEN: 6,
};

export const CONFIDENCES = ['V', 'S', 'K'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
export const BASES = ['law', 'regulation', 'standard', 'ftz_list', 'platform_policy'] as const;
export type Basis = (typeof BASES)[number];

export interface Citation {
  instrument: string;
  article: string;
  url?: string;
  note?: string;
}

/** A typed predicate over the facts of a request (three-valued: missing facts make it unknown). */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | FactTest;

export interface FactTest {
  fact: string;
  eq?: unknown;
  ne?: unknown;
  lt?: number;
  lte?: number;
  gt?: number;
  gte?: number;
  in?: unknown[];
  not_in?: unknown[];
  /** true: the fact is null or absent; false: it has a value. Never unknown. */
  is_null?: boolean;
  /** The fact (an array) contains any of these. */
  contains_any?: unknown[];
}

export interface Rule {
  id: string;
  /** `decision` rules are tried in order, the first that holds decides; `obligation` rules all add. */
  kind: 'decision' | 'obligation';
  /** ISO date, inclusive. */
  effective_from: string;
  /** ISO date, inclusive; null = still in force. */
  effective_to: string | null;
  when: Condition;
  decision?: Decision;
  obligations: string[];
  citations: Citation[];
  confidence: Confidence;
  basis: Basis;
  note?: string;
  /** Where the rule is written, for messages. */
  source: { file: string; line: number };
}

export interface PackTest {
  name: string;
  request: Record<string, unknown>;
  expect: {
    /** Which leg to check: a jurisdiction code (default: the pack's). */
    leg?: string;
    direction?: string;
    decision: Decision;
    obligations?: string[];
    absent_obligations?: string[];
    rule?: string;
    overall?: Decision;
  };
  source: { file: string; line: number };
}

/** A dated list of a free-trade zone (CBDF-2024 Art 6). */
export interface FtzList {
  zone: string;
  title: string;
  effective_from: string;
  effective_to: string | null;
  url?: string;
  confidence: Confidence;
  note?: string;
}

export interface RulePack {
  id: string;
  version: string;
  title: string;
  /** ISO 3166-1 alpha-2 of the jurisdiction whose rules these are (or a union such as EU). */
  jurisdiction: string;
  /** Country codes the pack decides for (default: [jurisdiction]; EU: the EEA states). */
  appliesTo: string[];
  /** `export`: rules for data leaving the jurisdiction. */
  direction: 'export';
  instruments: Array<{ key: string; title: string; number?: string; effective?: string; url?: string; status?: string }>;
  rules: Rule[];
  tests: PackTest[];
  ftzLists: FtzList[];
  /** SHA-256 (hex) over the pack's files, sorted by name. */
  sha256: string;
  dir: string;
}
