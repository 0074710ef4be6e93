export { gradeUnit, gradeCorpus, createCorpusGrader, sensitiveCues, type Grade, type GradeReason, type CorpusGrade, type DeclaredFacts, type DataLevel, type PersonalLevel } from './grade.ts';
export { SENSITIVE_KEYWORDS, type SensitiveCategory } from './sensitive-keywords.ts';
