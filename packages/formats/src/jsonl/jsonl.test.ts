import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { chunked, collect, fixtureBytes, memorySink, source, withoutPlace } from '../testing/helpers.ts';
import { readTmx } from '../tmx/tmx-reader.ts';
import { readJsonl } from './jsonl-reader.ts';
import { writeJsonl } from './jsonl-writer.ts';

describe('readJsonl', () => {
  it('reads units, string and object variants, legacy and FLORES tags, and provenance', async () => {
    const units = await collect(readJsonl(chunked(fixtureBytes('jsonl/units.jsonl'), 13), { file: 'data/units.jsonl' }));
    assert.equal(units.length, 3);
    assert.deepEqual(units[0], {
      id: 'j1',
      variants: { 'zh-Hans': { text: '你好' }, th: { text: 'สวัสดี' }, 'ms-Arab': { text: 'سلامت' } },
      status: 'clean',
      domains: ['education'],
      provenance: { contributor: 'GDUFS lab', licence: 'CC-BY-4.0', originJurisdiction: 'CN', sourceFile: 'data/units.jsonl', line: 1, sourceUnitId: 'j1' },
    });
    assert.equal(units[1]!.id, '7');
    assert.deepEqual(Object.keys(units[1]!.variants), ['zh-Hans', 'th']);
    assert.equal(units[1]!.variants['zh-Hans']!.markup!.format, 'tmx');
    assert.deepEqual(units[1]!.domains, ['commerce', 'tourism']);
    assert.equal(units[2]!.id, 'units.jsonl:4', 'no id: file and line (the blank line 3 counts)');
    assert.equal(units[2]!.status, 'rejected');
    assert.deepEqual(units[2]!.rejectReasons, ['length_ratio']);
    assert.equal(units[2]!.srcLang, 'zh-Hans');
  });
});

describe('writeJsonl', () => {
  it('round-trips TMX units losslessly, markup and meta included', async () => {
    const units = await collect(readTmx(chunked(fixtureBytes('tmx/multilingual.tmx')), { file: 'm.tmx' }));
    const sink = memorySink();
    assert.deepEqual(await writeJsonl(units, sink), { written: 5, skipped: 0, altered: 0 });
    assert.equal(sink.text().split('\n').length, 6, 'one line per unit');
    const back = await collect(readJsonl(source(sink.text(), 50), { file: 'o.jsonl' }));
    assert.deepEqual(back.map(withoutPlace), units.map(withoutPlace));
  });

  it('keeps one unit on one line whatever the text holds', async () => {
    const sink = memorySink();
    const text = 'a\nb\u2028c\u2029d\r';
    await writeJsonl([{ id: 'x', variants: { ar: { text }, 'zh-Hans': { text: '甲' } }, status: 'raw', domains: [], provenance: {} }], sink);
    assert.equal(sink.text().split(/\n|\u2028|\u2029/).length, 2);
    const [back] = await collect(readJsonl(source(sink.text()), { file: 'o.jsonl' }));
    assert.equal(back!.variants.ar!.text, text);
  });
});
