/**
 * The YAML header of a Hugging Face dataset card (huggingface_hub's
 * `datasetcard_template.md` metadata: language, license, task_categories,
 * size_categories, configs with data_files), generated from a release. Strings
 * are written as JSON strings, which YAML 1.2 reads as the same strings, so no
 * YAML library is needed and nothing can be mis-quoted.
 */
import { primaryLanguage } from '@silkloom/core';
import type { ReleaseFacts } from './release-facts.ts';

/** The Hub's size buckets by number of rows. */
export function sizeCategory(rows: number): string {
  const buckets: Array<[number, string]> = [
    [1e3, 'n<1K'], [1e4, '1K<n<10K'], [1e5, '10K<n<100K'], [1e6, '100K<n<1M'],
    [1e7, '1M<n<10M'], [1e8, '10M<n<100M'], [1e9, '100M<n<1B'], [1e10, '1B<n<10B'],
  ];
  for (const [limit, label] of buckets) if (rows < limit) return label;
  return 'n>1T';
}

/** Hub licence ids are lower-case SPDX ids; named agreements and unknown ones are `other`. */
export function hubLicence(licence: string): string {
  return /^[A-Za-z0-9.+-]+$/.test(licence) && !licence.startsWith('agreement') ? licence.toLowerCase() : 'other';
}

const q = (s: string) => JSON.stringify(s);

export function hfCardYaml(facts: ReleaseFacts): string {
  const languages = [...new Set(Object.keys(facts.languages).map(primaryLanguage))].sort();
  const licences = Object.keys(facts.licences).sort();
  const hub = [...new Set(licences.map(hubLicence))].sort();
  const lines = ['---', `pretty_name: ${q(`${facts.corpus.name} ${facts.version}`)}`, 'language:'];
  for (const l of languages) lines.push(`- ${q(l)}`);
  lines.push('license:');
  for (const l of hub.length ? hub : ['unknown']) lines.push(`- ${q(l)}`);
  const others = licences.filter((l) => hubLicence(l) === 'other');
  if (others.length) lines.push(`license_name: ${q(others.join(', '))}`);
  lines.push(
    'multilinguality:',
    `- ${q(languages.length > 2 ? 'multilingual' : 'translation')}`,
    'task_categories:',
    '- "translation"',
    'size_categories:',
    `- ${q(sizeCategory(facts.units))}`,
    'annotations_creators:',
    `- ${q(facts.review?.votes ? 'crowdsourced' : 'no-annotation')}`,
    'language_creators:',
    '- "found"',
    'source_datasets:',
    '- "original"',
    'configs:',
    '- config_name: "default"',
    '  data_files:',
  );
  for (const f of facts.files.filter((x) => x.split)) lines.push(`  - split: ${q(f.split!)}`, `    path: ${q(f.path)}`);
  lines.push(`tags:`, `- "silkloom"`, `- ${q(`silkloom-release-${facts.version}`)}`, '---');
  return `${lines.join('\n')}\n`;
}
