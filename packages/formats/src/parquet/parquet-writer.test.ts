import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import type { TranslationUnit } from '@silkloom/core';
import { writeParquet } from './parquet-writer.ts';

const dir = mkdtempSync(join(tmpdir(), 'silkloom-parquet-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function unit(i: number): TranslationUnit {
  return {
    id: `u${i}`,
    variants: { 'zh-Hans': { text: `第${i}句` }, my: { text: `ဝါကျ ${i}` }, ...(i % 3 === 0 ? {} : { km: { text: `ប្រយោគ ${i}` } }) },
    srcLang: 'zh-Hans',
    status: i % 2 ? 'clean' : 'raw',
    domains: i % 2 ? ['medical', 'education'] : [],
    provenance: { sourceFile: 'in.tmx', line: i + 1, licence: 'CC0-1.0', originJurisdiction: 'MM' },
  };
}

describe('writeParquet', () => {
  it('writes flat columns in several row groups and reads back with hyparquet', async () => {
    const path = join(dir, 'out.parquet');
    async function* units() {
      for (let i = 0; i < 250; i++) yield unit(i);
    }
    const stats = await writeParquet(units(), path, { langs: ['zh', 'my', 'km'], rowGroupSize: 40, includeIncomplete: true });
    assert.deepEqual(stats, { written: 250, skipped: 0, altered: 0 });
    const rows = await parquetReadObjects({ file: await asyncBufferFromFile(path) });
    assert.equal(rows.length, 250);
    assert.deepEqual(rows[3], {
      id: 'u3', 'zh-Hans': '第3句', my: 'ဝါကျ 3', km: null, src_lang: 'zh-Hans', status: 'clean', reject_reasons: null, domains: 'medical;education', line: 4,
      source_file: 'in.tmx', source_sha256: null, source_unit_id: null, batch_id: null, contributor: null, organisation: null,
      origin_jurisdiction: 'MM', licence: 'CC0-1.0', consent_basis: null, collected_at: null,
    });
  });

  it('skips units lacking a language by default, and writes a valid empty file', async () => {
    const path = join(dir, 'pairs.parquet');
    const stats = await writeParquet([unit(0), unit(1), unit(3)], path, { langs: ['zh-Hans', 'km'] });
    assert.deepEqual(stats, { written: 1, skipped: 2, altered: 0 });
    const empty = join(dir, 'empty.parquet');
    await writeParquet([], empty, { langs: ['zh-Hans', 'km'] });
    assert.deepEqual(await parquetReadObjects({ file: await asyncBufferFromFile(empty) }), []);
  });
});
