/**
 * False hits on real text without personal data: FLORES-200 devtest (news,
 * travel and wiki sentences with years, times, amounts) in every language we
 * have it for. Evaluation only; the data stays in ../shared/data.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { languageByFloresCode } from '@silkloom/core';
import { scanText } from './scan-text.ts';

const dir = join(process.env.SILKLOOM_SHARED_DATA ?? '', 'flores', 'devtest');

test('FLORES-200 devtest: fewer than 1 finding per 5,000 sentences', { skip: !existsSync(dir) && 'no shared data' }, () => {
  let lines = 0;
  const hits: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.devtest'))) {
    const lang = languageByFloresCode(file.replace(/\.devtest$/, ''))?.tag;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line) continue;
      lines++;
      for (const f of scanText(line, { lang })) hits.push(`${file} ${f.type} ${f.text}`);
    }
  }
  console.log(`${lines} sentences, ${hits.length} findings${hits.length ? `:\n${hits.join('\n')}` : ''}`);
  assert.ok(lines > 10_000);
  assert.ok(hits.length / lines < 1 / 5000, `${hits.length} findings in ${lines} sentences`);
});

const ntrex = join(process.env.SILKLOOM_SHARED_DATA ?? '', 'ntrex');

test('NTREX-128 news: the public contact numbers and e-mail in the story are found across languages', { skip: !existsSync(ntrex) && 'no shared data' }, () => {
  const found = new Map<string, number>();
  for (const file of readdirSync(ntrex).filter((f) => f.endsWith('.txt'))) {
    for (const line of readFileSync(join(ntrex, file), 'utf8').split('\n')) {
      for (const f of scanText(line)) found.set(f.type, (found.get(f.type) ?? 0) + 1);
    }
  }
  console.log(Object.fromEntries(found));
  assert.deepEqual([...found.keys()].sort(), ['EMAIL', 'PHONE'], 'only the real contact details of the story');
  assert.ok((found.get('PHONE') ?? 0) >= 40 && (found.get('EMAIL') ?? 0) >= 20);
});
