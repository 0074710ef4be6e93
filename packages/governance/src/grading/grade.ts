/**
 * Grading per unit and per corpus, explained. Two separate axes (research note
 * §A.8): the PIPL axis — none / personal / sensitive personal information
 * (Art 28 categories) — and the GB/T 43697-2024 axis — general / important /
 * core data. A detector can find identifiers and cues; only people can know
 * that an authority has notified data as important or that data is core, so
 * those enter as declared facts. "Grade high and strict" (§4, 就高从严): the
 * highest level any reason supports wins.
 */
import { governanceError } from '../errors.ts';
import { compileWords, containsAnyWord, lowerSameLength } from '../pii/context.ts';
import type { Finding, PiiType } from '../pii/types.ts';
import { SENSITIVE_KEYWORDS, type SensitiveCategory } from './sensitive-keywords.ts';

export type DataLevel = 'general' | 'important' | 'core';
export type PersonalLevel = 'none' | 'personal' | 'sensitive';

export interface GradeReason {
  rule: string;
  because: string;
  citation: string;
}

export interface Grade {
  level: DataLevel;
  personal: PersonalLevel;
  categories: string[];
  reasons: GradeReason[];
}

/** What a curator or an authority knows that a detector cannot. */
export interface DeclaredFacts {
  /** An authority has notified or published this data as important data (CBDF-2024 Art 2). */
  importantDataNotified?: boolean;
  /** A competent body has determined the data to be core data (DSL Art 21). */
  coreDataDeclared?: boolean;
  /** The data describes identifiable people (e.g. names the detectors do not find). */
  personalDeclared?: boolean;
  /** Sensitive categories a curator knows of (e.g. `voice` for a speech corpus, `health` for patient notes). */
  sensitiveCategories?: string[];
}

const PERSONAL_TYPES: Partial<Record<PiiType, string>> = { EMAIL: 'contact', PHONE: 'contact', IP_ADDRESS: 'online_identifier' };
const FINANCIAL: readonly PiiType[] = ['CREDIT_CARD', 'IBAN'];
const DECLARED_SENSITIVE: Record<string, SensitiveCategory> = {
  voice: 'biometric', face: 'biometric', fingerprint: 'biometric', genetic: 'biometric', biometric: 'biometric', religion: 'religion',
  specific_identity: 'specific_identity', id_document: 'specific_identity', health: 'health', medical: 'health',
  financial_account: 'financial_account', location_track: 'location_track', minor_under_14: 'minor_under_14',
};

const PIPL28 = 'PIPL Art 28';
const ORDER: Record<DataLevel, number> = { general: 0, important: 1, core: 2 };
let keywordMatchers: Array<[SensitiveCategory, ReturnType<typeof compileWords>]> | undefined;

/** Sensitive categories whose keyword cues occur in the text (not yet tied to a person). */
export function sensitiveCues(text: string): SensitiveCategory[] {
  keywordMatchers ??= Object.entries(SENSITIVE_KEYWORDS).map(([c, words]) => [c as SensitiveCategory, compileWords([words!])]);
  const lower = lowerSameLength(text);
  return keywordMatchers.filter(([, words]) => containsAnyWord(lower, words)).map(([c]) => c);
}

function validate(facts: DeclaredFacts): void {
  for (const c of facts.sensitiveCategories ?? []) {
    if (!(c in DECLARED_SENSITIVE)) throw governanceError('SLM_GRADE_INPUT_INVALID', { problem: `unknown sensitive category "${c}" (known: ${Object.keys(DECLARED_SENSITIVE).join(', ')})` });
  }
}

/** Grades one unit (all its variants' texts) from its findings, keyword cues and declared facts. */
export function gradeUnit(texts: readonly string[], findings: readonly Finding[], facts: DeclaredFacts = {}): Grade {
  validate(facts);
  const reasons: GradeReason[] = [];
  const categories = new Set<string>();
  let personal: PersonalLevel = 'none';
  const sensitive = (category: string, rule: string, because: string, citation = PIPL28) => {
    categories.add(category);
    personal = 'sensitive';
    reasons.push({ rule, because, citation });
  };
  for (const type of new Set(findings.map((f) => f.type))) {
    if (FINANCIAL.includes(type)) sensitive('financial_account', 'pii.financial-account', `${type} found`, `${PIPL28} (financial accounts)`);
    else if (PERSONAL_TYPES[type]) {
      categories.add(PERSONAL_TYPES[type]!);
      if (personal === 'none') personal = 'personal';
      reasons.push({ rule: 'pii.identifier', because: `${type} found`, citation: 'PIPL Art 4 (personal information)' });
    } else sensitive('specific_identity', 'pii.national-id', `${type} found (identity document number)`, `${PIPL28} (specific identity); GB/T 35273-2020 Annex B lists ID-document numbers as sensitive [K]`);
  }
  for (const c of facts.sensitiveCategories ?? []) sensitive(DECLARED_SENSITIVE[c]!, 'declared.sensitive', `curator declared ${c}`);
  if (facts.personalDeclared && personal === 'none') {
    personal = 'personal';
    reasons.push({ rule: 'declared.personal', because: 'curator declared that the data describes identifiable people', citation: 'PIPL Art 4' });
  }
  if (personal !== 'none') {
    for (const cue of new Set(texts.flatMap((t) => sensitiveCues(t)))) {
      if (!categories.has(cue)) sensitive(cue, `keyword.${cue}`, `${cue.replace(/_/g, ' ')} cue in a unit that holds personal information`);
    }
  }
  let level: DataLevel = 'general';
  if (facts.importantDataNotified) {
    level = 'important';
    reasons.push({ rule: 'declared.important', because: 'an authority notified or published the data as important data', citation: 'CBDF-2024 Art 2; GB/T 43697-2024 §6.1' });
  }
  if (facts.coreDataDeclared) {
    level = 'core';
    reasons.push({ rule: 'declared.core', because: 'a competent body determined the data to be core data', citation: 'DSL Art 21; GB/T 43697-2024 §6.1' });
  }
  if (level === 'general') reasons.push({ rule: 'level.general', because: 'no notification or determination as important or core data; personal data affecting individual rights only grades general', citation: 'GB/T 43697-2024 §6.5 (impact on individual rights → general) [S]' });
  return { level, personal, categories: [...categories].sort(), reasons };
}

export interface CorpusGrade extends Grade {
  units: number;
  unitsPersonal: number;
  unitsSensitive: number;
  findingsByType: Record<string, number>;
  /** Distinct identifier values (type + canonical value), a floor on the number of individuals. */
  distinctIdentifiers: number;
}

/** Streaming corpus grader: add units one by one; memory grows with distinct identifiers only (kept as strings). */
export function createCorpusGrader(facts: DeclaredFacts = {}) {
  validate(facts);
  let units = 0;
  let unitsPersonal = 0;
  let unitsSensitive = 0;
  const categories = new Set<string>();
  const findingsByType: Record<string, number> = {};
  const identifiers = new Set<string>();
  return {
    add(grade: Grade, findings: readonly Finding[]): void {
      units++;
      if (grade.personal !== 'none') unitsPersonal++;
      if (grade.personal === 'sensitive') unitsSensitive++;
      grade.categories.forEach((c) => categories.add(c));
      for (const f of findings) {
        findingsByType[f.type] = (findingsByType[f.type] ?? 0) + 1;
        identifiers.add(`${f.type}\0${f.text.replace(/[\s\-().]/g, '').toLowerCase()}`);
      }
    },
    result(): CorpusGrade {
      const base = gradeUnit([], [], facts);
      const personal: PersonalLevel = unitsSensitive || base.personal === 'sensitive' ? 'sensitive' : unitsPersonal || base.personal === 'personal' ? 'personal' : 'none';
      const reasons = [...base.reasons.filter((r) => !r.rule.startsWith('level.'))];
      if (unitsSensitive) reasons.push({ rule: 'corpus.sensitive-units', because: `${unitsSensitive} of ${units} units hold sensitive personal information`, citation: PIPL28 });
      else if (unitsPersonal) reasons.push({ rule: 'corpus.personal-units', because: `${unitsPersonal} of ${units} units hold personal information`, citation: 'PIPL Art 4' });
      if (base.level === 'general') reasons.push({ rule: 'level.general', because: 'no notification or determination as important or core data', citation: 'GB/T 43697-2024 §6.5 [S]' });
      if (identifiers.size >= 100_000 && ORDER[base.level] < ORDER.important) {
        reasons.push({ rule: 'level.scale-review', because: `${identifiers.size} distinct identifiers: at scale, PI can move from individual rights to public interest; review whether the level should be raised (no fixed number)`, citation: 'GB/T 43697-2024 §6.5–6.6 [S]' });
      }
      return { level: base.level, personal, categories: [...new Set([...categories, ...base.categories])].sort(), reasons, units, unitsPersonal, unitsSensitive, findingsByType, distinctIdentifiers: identifiers.size };
    },
  };
}

/** Grades a whole corpus given each unit's texts and findings. */
export function gradeCorpus(units: Iterable<{ texts: readonly string[]; findings: readonly Finding[]; facts?: DeclaredFacts }>, facts: DeclaredFacts = {}): CorpusGrade {
  const grader = createCorpusGrader(facts);
  for (const u of units) grader.add(gradeUnit(u.texts, u.findings, u.facts), u.findings);
  return grader.result();
}
