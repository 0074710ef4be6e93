/**
 * A datasheet for a release, in the sections of Gebru et al., "Datasheets for
 * Datasets" (arXiv:1803.09010; CACM 64(12), 2021): motivation, composition,
 * collection process, preprocessing/cleaning/labelling, uses, distribution,
 * maintenance. Every number is filled from the data (§6 lesson 3 of the
 * platform anchors: auto-filled, then completed by the partners); questions the
 * data cannot answer say so, so a curator sees what is left to write.
 */
import { languageInfo } from '@silkloom/core';
import { hfCardYaml } from './hf-card.ts';
import type { Counts, ReleaseFacts } from './release-facts.ts';

const TO_FILL = '_(not recorded in Silkloom — to be completed by the curator)_';

function table(counts: Counts, head: [string, string], label: (k: string) => string = (k) => k): string {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!rows.length) return '_none recorded_';
  return [`| ${head[0]} | ${head[1]} |`, '|---|---:|', ...rows.map(([k, n]) => `| ${label(k)} | ${n} |`)].join('\n');
}

/** A bullet followed by its table, as Markdown lines. */
function tableBlock(bullet: string, counts: Counts, head: [string, string], label?: (k: string) => string): string[] {
  return [bullet, '', table(counts, head, label), ''];
}

function langName(tag: string): string {
  const info = languageInfo(tag);
  return info ? `${info.name} (\`${tag}\`, ${info.nativeName})` : `\`${tag}\``;
}

function fmt(x: number | null | undefined, digits = 3): string {
  return x === null || x === undefined ? 'n/a' : x.toFixed(digits);
}

function motivation(f: ReleaseFacts): string {
  return [
    '## Motivation',
    `- **For what purpose was the dataset created?** ${f.corpus.description ?? TO_FILL}`,
    `- **Who created it, on behalf of which entity?** Curated on Silkloom${f.corpus.ownerOrg ? ` by ${f.corpus.ownerOrg}` : ''}${f.createdBy ? `; release cut by ${f.createdBy}` : ''}. Contributing organisations: ${Object.keys(f.organisations).sort().join(', ') || 'none recorded'}.`,
    `- **Who funded the creation?** ${TO_FILL}`,
  ].join('\n');
}

function composition(f: ReleaseFacts): string {
  const splitRows = (['train', 'dev', 'test'] as const).map((s) => `| ${s} | ${f.splits[s]} |`);
  return [
    '## Composition',
    `- **What do the instances represent?** Translation units: one segment in Chinese (the hub) aligned with its translations. ${f.units} units, taken where status is ${f.filter.statuses.join(' or ')}${f.filter.grades?.length ? ` and grade is ${f.filter.grades.join(' or ')}` : ''}.`,
    ...tableBlock('- **Languages** (segments per language):', f.languages, ['language', 'segments'], langName),
    ...tableBlock('- **Language pairs** (units with both sides):', f.pairs, ['pair', 'units']),
    ...tableBlock('- **Domains:**', f.domains, ['domain', 'units']),
    '- **Splits.** Recommended train/dev/test splits; no exact or near-duplicate pair crosses them:',
    '',
    '| split | units |',
    '|---|---:|',
    ...splitRows,
    '',
    `  Units were grouped into ${f.split.clusters} clusters before splitting (${f.split.exactLinks} exact-duplicate links after normalisation, ${f.split.nearLinks} near-duplicate links at MinHash Jaccard ≥ ${f.split.nearThreshold}); whole clusters went to one split (seed ${f.split.seed}, dev ${f.split.dev}, test ${f.split.test}${f.split.pinned ? `, ${f.split.pinned} units pinned to their earlier split` : ''}).`,
    `- **Does the dataset contain personal or confidential data?** Units flagged for personal data by reviewers are not included${f.review ? ` (${f.review.decisions.flagged ?? 0} flagged)` : ''}; automated scans are listed under preprocessing. ${f.assessment ? `Transfer assessment for ${f.assessment.destination}: **${f.assessment.verdict}**.` : ''}`,
  ].join('\n');
}

function collection(f: ReleaseFacts): string {
  return [
    '## Collection process',
    `- **How was the data acquired?** Uploaded by contributing organisations in ${f.batches} import batch(es), each declaring its origin jurisdiction, licence, consent basis and contributor.${f.collectedBetween ? ` Collected between ${f.collectedBetween[0]} and ${f.collectedBetween[1]}.` : ''}`,
    ...tableBlock('- **Origin jurisdictions:**', f.jurisdictions, ['jurisdiction (ISO 3166-1)', 'units']),
    ...tableBlock('- **Consent basis:**', f.consentBases, ['basis', 'units']),
    ...tableBlock('- **Contributors** (credit; units each):', f.contributors, ['contributor', 'units']),
    `- **Were the people involved compensated, and how?** ${TO_FILL}`,
  ].join('\n');
}

function preprocessing(f: ReleaseFacts): string {
  const runs = f.cleaning.length
    ? f.cleaning.map((r) => `  - ${r.kind} run ${r.runId} (${r.status}, ${r.startedAt})${r.stats ? `: ${Object.entries(r.stats).map(([k, v]) => `${k} ${v}`).join(', ')}` : ''}`)
    : ['  - no cleaning runs recorded for this corpus'];
  const review = f.review
    ? `- **Labelling (human review).** ${f.review.votes} votes by ${f.review.validators} validator(s) under consensus policy ${f.review.policy.name} v${f.review.policy.version}; decisions: ${Object.entries(f.review.decisions).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}. Fleiss' kappa ${fmt(f.review.fleissKappa)}; mean accuracy on gold units ${fmt(f.review.goldAccuracy)}.`
    : '- **Labelling.** No human review recorded.';
  return ['## Preprocessing, cleaning, labelling', '- **Cleaning and scanning runs:**', ...runs, review, '- **Is the raw data saved?** Yes, in the Silkloom store the release was cut from (units keep their provenance and rejection reasons).'].join('\n');
}

function uses(f: ReleaseFacts): string {
  return [
    '## Uses',
    '- **Intended:** training and evaluating machine translation and multilingual models, translation memory and terminology work, for the languages listed. Use the test split only for evaluation.',
    `- **Other tasks it could be used for:** ${TO_FILL}`,
    `- **Uses to avoid:** anything the licences or sharing terms below forbid${f.sharingTerms ? '' : '; ' + TO_FILL}.`,
  ].join('\n');
}

function distribution(f: ReleaseFacts): string {
  const files = f.files.map((x) => `| \`${x.path}\` | ${x.units ?? ''} | ${x.bytes} | \`${x.sha256}\` |`);
  return [
    '## Distribution',
    ...tableBlock(`- **Licences** (units under each; a unit keeps its batch's licence, or the corpus default ${f.corpus.defaultLicence ?? 'none'}):`, f.licences, ['licence', 'units']),
    `- **Sharing terms:** ${f.sharingTerms ?? TO_FILL}`,
    f.assessment
      ? `- **Transfer assessment** for destination ${f.assessment.destination}: ${f.assessment.verdict}${f.assessment.summary ? ` — ${f.assessment.summary}` : ''}${f.assessment.rulePacks?.length ? ` (rule packs: ${f.assessment.rulePacks.join(', ')})` : ''}.`
      : '- **Transfer assessment:** none requested for this release.',
    '- **Files** (SHA-256 per file; `SHA256SUMS` lists them for `sha256sum -c`):',
    '',
    '| file | units | bytes | sha256 |',
    '|---|---:|---:|---|',
    ...files,
  ].join('\n');
}

function maintenance(f: ReleaseFacts): string {
  return [
    '## Maintenance',
    `- **Version:** ${f.version} (Semantic Versioning), cut ${f.createdAt}. Releases are frozen: the files above never change.`,
    f.previous
      ? `- **Changes since ${f.previous.version}:** ${f.previous.added} units added, ${f.previous.removed} removed, ${f.previous.changed} changed (see \`delta.json\`).`
      : '- **Changes:** first release of this corpus.',
    `- **Who maintains it, and how to contact them?** ${f.corpus.ownerOrg ?? TO_FILL}`,
    '- **Withdrawals:** a contribution withdrawn by its organisation leaves every later release.',
  ].join('\n');
}

/** The datasheet as Markdown, without the Hub header. */
export function datasheetMarkdown(facts: ReleaseFacts): string {
  return [
    `# ${facts.corpus.name} ${facts.version} — datasheet`,
    motivation(facts),
    composition(facts),
    collection(facts),
    preprocessing(facts),
    uses(facts),
    distribution(facts),
    maintenance(facts),
  ].join('\n\n') + '\n';
}

/** The Hugging Face dataset card: YAML header plus the datasheet. */
export function datasetCardMarkdown(facts: ReleaseFacts): string {
  return hfCardYaml(facts) + '\n' + datasheetMarkdown(facts);
}
