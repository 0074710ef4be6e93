import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { TranslationUnit } from '@silkloom/core';
import { chunked, collect, fixtureBytes, memorySink, source, withoutPlace } from '../testing/helpers.ts';
import { readTmx } from '../tmx/tmx-reader.ts';
import { readXliff } from './xliff-reader.ts';
import { writeXliff, type XliffWriteOptions } from './xliff-writer.ts';

async function write(units: TranslationUnit[], opts: XliffWriteOptions) {
  const sink = memorySink();
  const stats = await writeXliff(units, sink, opts);
  return { xml: sink.text(), stats, back: await collect(readXliff(source(sink.text()), { file: 'out.xlf', keepMonolingual: true })) };
}

describe('writeXliff', () => {
  it('1.2: round-trips texts, inline markup, notes and trans-unit attributes', async () => {
    const units = await collect(readXliff(chunked(fixtureBytes('xliff/v12.xlf')), { file: 'v12.xlf' }));
    const pair = units.filter((u) => u.variants.th);
    const { back, stats } = await write(pair, { version: '1.2', srcLang: 'zh-Hans', tgtLang: 'th' });
    assert.equal(stats.written, pair.length);
    assert.deepEqual(back.map(withoutPlace), pair.map(withoutPlace));
  });

  it('2.1: round-trips texts, inline markup, notes, originalData, segment state', async () => {
    const units = await collect(readXliff(chunked(fixtureBytes('xliff/v21.xlf')), { file: 'v21.xlf' }));
    const { back, xml } = await write(units, { version: '2.1', srcLang: 'zh-Hans', tgtLang: 'my' });
    assert.deepEqual(back.map(withoutPlace), units.map(withoutPlace));
    assert.ok(xml.includes('<cp hex="0007"/>'), 'a control character is written as <cp>');
    assert.ok(xml.includes('<data id="d1">&lt;b&gt;</data>'));
  });

  it('writes markup of another format as plain text, and skips units without both languages', async () => {
    const units = await collect(readTmx(chunked(fixtureBytes('tmx/multilingual.tmx')), { file: 'm.tmx' }));
    const { back, stats, xml } = await write(units, { version: '1.2', srcLang: 'zh', tgtLang: 'th' });
    assert.deepEqual(stats, { written: 2, skipped: 3, altered: 0 });
    assert.equal(back[1]!.variants['zh-Hans']!.text, '价格：¥100，含税。');
    assert.ok(!xml.includes('<bpt'), 'TMX codes are not XLIFF 1.2 markup');
  });

  it('round-trips domain labels in both versions (context x-domain in 1.2, mda:meta in 2.1)', async () => {
    const unit: TranslationUnit = {
      id: 'd1', variants: { 'zh-Hans': { text: '请出示护照。' }, km: { text: 'សូមបង្ហាញលិខិតឆ្លងដែន។' } },
      status: 'raw', domains: ['tourism', 'law'], provenance: {},
    };
    for (const version of ['1.2', '2.1'] as const) {
      const { back, xml } = await write([unit], { version, srcLang: 'zh-Hans', tgtLang: 'km' });
      assert.deepEqual(back[0]!.domains, ['tourism', 'law'], version);
      assert.ok(xml.includes(version === '1.2' ? 'context-type="x-domain"' : '<mda:meta type="domain">'), version);
    }
  });

  it('writes untranslated units on request', async () => {
    const unit: TranslationUnit = { id: 'u', variants: { 'zh-Hans': { text: '待译' } }, status: 'raw', domains: [], provenance: {} };
    const { back, stats } = await write([unit], { version: '2.1', srcLang: 'zh-Hans', tgtLang: 'km', includeUntranslated: true });
    assert.equal(stats.written, 1);
    assert.deepEqual(back[0]!.variants, { 'zh-Hans': { text: '待译' } });
  });
});
