/**
 * Governance over a stored corpus — the wiring between @silkloom/governance
 * (pure detectors, grading, rule packs) and @silkloom/store (findings, runs,
 * audit log), which never import each other. Shared by the API routes and the
 * CLI (`@silkloom/server/governance`, no Fastify loaded) so that a scan or an
 * assessment means the same thing from either.
 *
 * - scanCorpus: finds identifiers in every variant, stores them per unit (the
 *   matched text only as a hash), grades the corpus, records a `scan` run.
 * - corpusTransferRequest: builds an assessment request from provenance and
 *   the latest scan, and says what it assumed.
 * - assessCorpus: that request assessed against the packs, recorded in the
 *   audit log.
 */
import { createHash } from 'node:crypto';
import { canonicalCountry, type JsonValue } from '@silkloom/core';
import {
  PURPOSES,
  assessTransfer,
  createCorpusGrader,
  detectorVersions,
  governanceError,
  gradeUnit,
  scanText,
  type Assessment,
  type CorpusGrade,
  type Finding,
  type PiiType,
  type Purpose,
  type RulePack,
  type TransferRequest,
} from '@silkloom/governance';
import type { FindingInput, Store } from '@silkloom/store';

/** What a long scan reports as it goes (the CLI's progress bar; nothing in the API). */
export interface ScanProgress {
  setTotal(total: number): void;
  increment(): void;
}

const NO_PROGRESS: ScanProgress = { setTotal() {}, increment() {} };

/** Finding types that are personal but not sensitive personal information (PIPL Art 4 vs Art 28). */
const PLAIN_PERSONAL: ReadonlySet<string> = new Set(['EMAIL', 'PHONE', 'IP_ADDRESS']);
const FLUSH_UNITS = 500;
/** Units with findings the scan names in its stats, so a reviewer can look at examples without another query. */
const SAMPLE_UNITS = 20;

export interface ScanCorpusOptions {
  types?: PiiType[];
  minScore?: number;
  actor: string;
}

export interface ScanCorpusResult {
  runId: string;
  corpus: string;
  units: number;
  variants: number;
  unitsWithFindings: number;
  /** The first units (in stream order) with findings, at most SAMPLE_UNITS. */
  sampleUnitIds: string[];
  findings: number;
  grade: CorpusGrade;
}

/** Hash of an identifier's canonical value, so distinct identifiers can be counted without storing them. */
export function identifierHash(type: string, text: string): string {
  return createHash('sha256').update(`${type}\0${text.replace(/[\s\-().]/g, '').toLowerCase()}`).digest('hex');
}

export async function scanCorpus(store: Store, corpus: string, opts: ScanCorpusOptions, progress: ScanProgress = NO_PROGRESS): Promise<ScanCorpusResult> {
  await store.corpora.require(corpus);
  progress.setTotal(await store.units.count({ corpus }));
  const config = { types: opts.types ?? null, minScore: opts.minScore ?? null } as JsonValue;
  const run = await store.runs.create({ corpus, kind: 'scan', config, manifest: { detectors: detectorVersions() } as JsonValue }, { actor: opts.actor });
  const grader = createCorpusGrader();
  let units = 0;
  let variants = 0;
  let unitsWithFindings = 0;
  const sampleUnitIds: string[] = [];
  let findings = 0;
  let pending: FindingInput[] = [];
  let pendingUnits: string[] = [];
  const flush = async () => {
    if (!pendingUnits.length) return;
    await store.findings.replaceForUnits(run.runId, pending, { unitIds: pendingUnits });
    pending = [];
    pendingUnits = [];
  };
  try {
    for await (const unit of store.units.stream({ corpus })) {
      const unitFindings: Finding[] = [];
      for (const [lang, variant] of Object.entries(unit.variants)) {
        variants++;
        for (const f of scanText(variant.text, { lang, types: opts.types, minScore: opts.minScore })) {
          unitFindings.push(f);
          pending.push({ unitId: unit.unitId, lang, type: f.type, start: f.start, end: f.end, score: f.score, textHash: identifierHash(f.type, f.text) });
        }
      }
      findings += unitFindings.length;
      if (unitFindings.length && ++unitsWithFindings <= SAMPLE_UNITS) sampleUnitIds.push(unit.unitId);
      grader.add(gradeUnit(Object.values(unit.variants).map((v) => v.text), unitFindings), unitFindings);
      pendingUnits.push(unit.unitId);
      units++;
      progress.increment();
      if (pendingUnits.length >= FLUSH_UNITS) await flush();
    }
    await flush();
  } catch (err) {
    await store.runs.finish(run.runId, { status: 'failed', stats: { units, error: String(err) } }, { actor: opts.actor });
    throw err;
  }
  const grade = grader.result();
  const stats = { units, variants, unitsWithFindings, sampleUnitIds, findings, byType: grade.findingsByType, grade };
  // The grade is also the run's report, which is what the web UI and `GET /runs/:id` show.
  await store.runs.finish(run.runId, { stats: stats as unknown as JsonValue, report: grade as unknown as JsonValue }, { actor: opts.actor });
  return { runId: run.runId, corpus, units, variants, unitsWithFindings, sampleUnitIds, findings, grade };
}

export interface TransferFacts {
  to: string;
  purpose: string;
  asOf?: string;
  exporterCountry?: string;
  exporterCity?: string;
  ciio?: boolean;
  ftz?: string;
  recipientRestricted?: boolean;
  stateSecret?: boolean;
  importantDataNotified?: boolean;
  /** Individuals already exported this year outside Silkloom (added to what the audit log shows). */
  priorIndividuals?: number;
  priorSensitiveIndividuals?: number;
}

export interface CorpusRequest {
  request: TransferRequest;
  assumptions: string[];
  /** This corpus's own counts (what an export of it adds to the year's counters). */
  own: { individuals: number; sensitiveIndividuals: number };
}

/** Builds the assessment request for exporting `corpus` to `facts.to`, from the store and the latest scan. */
export async function corpusTransferRequest(store: Store, corpus: string, facts: TransferFacts): Promise<CorpusRequest> {
  if (!(PURPOSES as readonly string[]).includes(facts.purpose)) {
    throw governanceError('SLM_ASSESS_REQUEST_INVALID', { field: 'dataset.purpose', problem: `must be one of ${PURPOSES.join(', ')}` });
  }
  const to = canonicalCountry(facts.to);
  const assumptions: string[] = [];
  const scan = (await store.runs.list(corpus)).filter((r) => r.kind === 'scan' && r.status === 'finished').at(-1);
  if (!scan) throw governanceError('SLM_ASSESS_NO_SCAN', { corpus });
  // Scans record the grade as their report; older ones only in their stats.
  const grade = (scan.report ?? (scan.stats as unknown as { grade: CorpusGrade }).grade) as unknown as CorpusGrade;
  const summary = await store.findings.summary(corpus);
  let individuals = 0;
  let sensitive = 0;
  for (const [type, n] of Object.entries(summary.distinctByType)) {
    individuals += n;
    if (!PLAIN_PERSONAL.has(type)) sensitive += n;
  }
  assumptions.push(`individuals counted as distinct identifiers found by scan ${scan.runId} (${scan.finishedAt}), summed over types: ${individuals} personal, ${sensitive} sensitive`);
  const collectedIn = await originsOf(store, corpus, facts.exporterCountry ?? 'CN', assumptions);
  const asOf = facts.asOf ?? new Date().toISOString().slice(0, 10);
  const prior = await exportedThisYear(store, asOf);
  if (prior.exports) assumptions.push(`${prior.exports} earlier export(s) in ${asOf.slice(0, 4)} from the audit log add ${prior.individuals} personal / ${prior.sensitive} sensitive individuals to the year's counters`);
  const exporter = facts.exporterCountry ? canonicalCountry(facts.exporterCountry) : 'CN';
  if (!facts.exporterCountry) assumptions.push('exporter country taken as CN (not given)');
  if (facts.ciio === undefined) assumptions.push('whether the exporter is a CIIO is unknown (null): not given');
  if (facts.recipientRestricted === undefined) assumptions.push(`recipient in ${to} is not on a restricted list`);
  if (facts.stateSecret === undefined) assumptions.push('the data contains no state secret');
  if (facts.importantDataNotified === undefined) assumptions.push('no authority has notified the data as important data');
  const request: TransferRequest = {
    as_of: asOf,
    exporter: { country: exporter, city: facts.exporterCity ?? null, is_ciio: facts.ciio ?? null, ftz: facts.ftz ?? null },
    recipient: { country: to, on_restricted_list: facts.recipientRestricted ?? false },
    dataset: {
      collected_in: collectedIn,
      purpose: facts.purpose as Purpose,
      contains_state_secret: facts.stateSecret ?? false,
      important_data_notified: facts.importantDataNotified ?? false,
      pi_categories: grade.categories,
    },
    counters: {
      pi_individuals_ytd: individuals + prior.individuals + (facts.priorIndividuals ?? 0),
      sensitive_pi_individuals_ytd: sensitive + prior.sensitive + (facts.priorSensitiveIndividuals ?? 0),
    },
  };
  return { request, assumptions, own: { individuals, sensitiveIndividuals: sensitive } };
}

export interface CorpusAssessment extends CorpusRequest {
  assessment: Assessment;
}

/** Builds the request from the store, assesses it against the packs and records an `assess` audit entry. */
export async function assessCorpus(store: Store, corpus: string, facts: TransferFacts, packs: readonly RulePack[], actor: string): Promise<CorpusAssessment> {
  const built = await corpusTransferRequest(store, corpus, facts);
  const assessment = assessTransfer(built.request, packs);
  await store.audit.append({
    action: 'assess',
    actor,
    subject: `corpus:${corpus}`,
    details: JSON.parse(JSON.stringify({ request: built.request, assumptions: built.assumptions, decision: assessment.decision, legs: assessment.legs.map((l) => ({ jurisdiction: l.jurisdiction, decision: l.decision, rules: l.rules.map((r) => `${r.pack}@${r.version}#${r.id}`) })), packs: assessment.packs })),
  });
  return { ...built, assessment };
}

async function originsOf(store: Store, corpus: string, fallback: string, assumptions: string[]): Promise<string[]> {
  const origins = new Set<string>();
  let unknown = 0;
  for await (const unit of store.units.stream({ corpus })) {
    const origin = unit.provenance.originJurisdiction;
    if (origin) origins.add(origin);
    else unknown++;
  }
  if (unknown) {
    origins.add(fallback);
    assumptions.push(`${unknown} unit(s) declare no origin jurisdiction and are taken as collected in ${fallback}`);
  }
  return [...origins].sort();
}

/** Individuals in exports recorded in the audit log during the calendar year of `asOf`. */
async function exportedThisYear(store: Store, asOf: string): Promise<{ exports: number; individuals: number; sensitive: number }> {
  const year = asOf.slice(0, 4);
  const total = { exports: 0, individuals: 0, sensitive: 0 };
  for await (const entry of store.audit.export()) {
    if (entry.action !== 'export' || !entry.at.startsWith(year)) continue;
    const own = (entry.details as { transfer?: { own?: { individuals: number; sensitiveIndividuals: number } } }).transfer?.own;
    if (!own) continue;
    total.exports++;
    total.individuals += own.individuals;
    total.sensitive += own.sensitiveIndividuals;
  }
  return total;
}
