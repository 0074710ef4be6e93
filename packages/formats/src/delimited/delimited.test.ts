import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { chunked, collect, fixtureBytes, memorySink, readAll, source, withoutPlace } from '../testing/helpers.ts';
import { readDelimited } from './delimited-reader.ts';
import { writeDelimited } from './delimited-writer.ts';

describe('readDelimited', () => {
  it('reads a TSV whose header names languages, id and domain', async () => {
    const units = await collect(readDelimited(chunked(fixtureBytes('delimited/zh-th-km.tsv'), 11), { file: 'zh-th-km.tsv', delimiter: '\t', keepMonolingual: true }));
    assert.deepEqual(units.map((u) => u.id), ['d1', 'd2', 'd3', 'd4']);
    assert.deepEqual(units[0], {
      id: 'd1',
      variants: { 'zh-Hans': { text: '我们明天出发。' }, th: { text: 'เราจะออกเดินทางพรุ่งนี้' }, km: { text: 'យើងនឹងចេញដំណើរថ្ងៃស្អែក។' } },
      status: 'raw',
      domains: ['tourism'],
      provenance: { sourceFile: 'zh-th-km.tsv', line: 2, sourceUnitId: 'd1' },
      srcLang: 'zh-Hans',
    });
    assert.deepEqual(units[1]!.domains, ['tourism', 'law']);
    assert.deepEqual(units[2]!.variants, { 'zh-Hans': { text: '他说：“你好”' }, th: { text: 'เขาพูดว่า "สวัสดี"' } }, 'quoted fields, empty cells absent');
    assert.equal(units[3]!.variants['zh-Hans']!.text, '"引号开头的句子', 'lenient TSV: a stray quote is text');
  });

  it('reads a CSV with RFC 4180 quoting, CRLF and line breaks inside fields', async () => {
    const units = await collect(readDelimited(chunked(fixtureBytes('delimited/zh-ar.csv'), 4), { file: 'zh-ar.csv', delimiter: ',' }));
    assert.deepEqual(units.map((u) => [u.provenance.line, u.variants['zh-Hans']!.text, u.variants.ar!.text, u.domains]), [
      [2, '你好，朋友', 'مرحبا، يا صديقي', ['commerce']],
      [3, '多行\r\n文本', 'نص\r\nمتعدد', ['medical', 'education']],
      [6, '普通', 'عادي', []], // the record before spans lines 3–5
    ]);
    assert.equal(units[0]!.id, 'zh-ar.csv:2');
  });

  it('reads header-less files with srcLang/tgtLang, and src/tgt header columns', async () => {
    const bare = await collect(readDelimited(source('你好\tສະບາຍດີ\n'), { file: 'a.tsv', delimiter: '\t', srcLang: 'zh', tgtLang: 'lo' }));
    assert.deepEqual(bare[0]!.variants, { 'zh-Hans': { text: '你好' }, lo: { text: 'ສະບາຍດີ' } });
    const roles = await collect(readDelimited(source('src\ttgt\n你好\tສະບາຍດີ\n'), { file: 'b.tsv', delimiter: '\t', srcLang: 'zh', tgtLang: 'lo' }));
    assert.deepEqual(roles[0]!.variants, bare[0]!.variants);
    const err = (await readAll(() => readDelimited(source('你好\tສະບາຍດີ\n'), { file: 'c.tsv', delimiter: '\t' }))).error;
    assert.ok(isSilkloomError(err, 'SLM_FORMAT_OPTIONS_INVALID'));
  });

  it('reads GB18030 and Big5 files with an explicit encoding', async () => {
    const gb = await collect(readDelimited(chunked(fixtureBytes('encoding/gb18030.tsv'), 5), { file: 'gb.tsv', delimiter: '\t', encoding: 'gb18030' }));
    assert.deepEqual(gb.map((u) => u.variants['zh-Hans']!.text), ['你好，世界', '广州是一座美丽的城市。', '𠀀字']);
    assert.equal(gb[1]!.variants.th!.text, 'กวางโจวเป็นเมืองที่สวยงาม');
    const big5 = await collect(readDelimited(chunked(fixtureBytes('encoding/big5.tsv'), 5), { file: 'b5.tsv', delimiter: '\t', encoding: 'big5' }));
    assert.deepEqual(big5.map((u) => u.variants['zh-Hant']!.text), ['歡迎光臨臺灣', '請問洗手間在哪裡？']);
  });
});

describe('writeDelimited', () => {
  it('round-trips TSV and CSV, quoting what needs it', async () => {
    const units = await collect(readDelimited(chunked(fixtureBytes('delimited/zh-th-km.tsv')), { file: 'in.tsv', delimiter: '\t', keepMonolingual: true }));
    for (const delimiter of ['\t', ','] as const) {
      const sink = memorySink();
      const stats = await writeDelimited(units, sink, { delimiter, langs: ['zh-Hans', 'th', 'km'], includeIncomplete: true });
      assert.equal(stats.written, 4);
      const back = await collect(readDelimited(source(sink.text()), { file: 'out', delimiter, keepMonolingual: true }));
      assert.deepEqual(back.map(withoutPlace), units.map(withoutPlace), delimiter === ',' ? 'csv' : 'tsv');
    }
  });

  it('skips units lacking a language unless asked, and writes multi-line text quoted', async () => {
    const units = await collect(readDelimited(chunked(fixtureBytes('delimited/zh-ar.csv')), { file: 'in.csv', delimiter: ',' }));
    const sink = memorySink();
    await writeDelimited(units, sink, { delimiter: '\t', langs: ['zh', 'ar'], header: false });
    assert.equal(sink.text().split('\n')[1], '"多行\r');
    const back = await collect(readDelimited(source(sink.text()), { file: 'o.tsv', delimiter: '\t', quoting: 'rfc4180', srcLang: 'zh', tgtLang: 'ar' }));
    assert.deepEqual(back.map((u) => u.variants), units.map((u) => u.variants));
    const skipped = await writeDelimited(units, memorySink(), { delimiter: ',', langs: ['zh', 'th'] });
    assert.deepEqual(skipped, { written: 0, skipped: 3, altered: 0 });
  });
});
