import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isSilkloomError, type TranslationUnit } from '@silkloom/core';
import { chunked, collect, fixtureBytes, memorySink, readAll, source } from '../testing/helpers.ts';
import { readMoses } from './moses-reader.ts';
import { writeMoses } from './moses-writer.ts';

describe('readMoses', () => {
  it('pairs line i of one file with line i of the other, skipping blank pairs', async () => {
    const units = await collect(readMoses(chunked(fixtureBytes('moses/pair.zh'), 5), chunked(fixtureBytes('moses/pair.th'), 3), {
      file: 'corpus/pair.zh',
      tgtFile: 'corpus/pair.th',
      srcLang: 'zh',
      tgtLang: 'th',
    }));
    assert.deepEqual(units.map((u) => [u.id, u.provenance.line, u.variants['zh-Hans']!.text, u.variants.th!.text]), [
      ['pair.zh:1', 1, '早上好。', 'สวัสดีตอนเช้า'],
      ['pair.zh:2', 2, '晚安。', 'ราตรีสวัสดิ์'],
      ['pair.zh:4', 4, '谢谢你的帮助。', 'ขอบคุณสำหรับความช่วยเหลือ'],
    ]);
    assert.equal(units[0]!.srcLang, 'zh-Hans');
    assert.equal(units[0]!.provenance.sourceFile, 'corpus/pair.zh');
  });

  it('fails naming both files and the line where the shorter one ends', async () => {
    const { units, error } = await readAll(() =>
      readMoses(chunked(fixtureBytes('moses/pair.zh')), chunked(fixtureBytes('moses/short.th')), { file: 'pair.zh', tgtFile: 'short.th', srcLang: 'zh', tgtLang: 'th' }),
    );
    assert.ok(isSilkloomError(error, 'SLM_MOSES_LINE_COUNT'));
    assert.match(error.message, /short\.th ends after line 2 but pair\.zh goes on/);
    assert.deepEqual(error.place, { file: 'short.th', line: 2 });
    assert.equal(units.length, 2, 'the aligned lines before the end came through');
  });

  it('needs srcLang and tgtLang', async () => {
    const { error } = await readAll(() => readMoses(source('a'), source('b'), { file: 'a' }));
    assert.ok(isSilkloomError(error, 'SLM_FORMAT_OPTIONS_INVALID'));
  });
});

describe('writeMoses', () => {
  it('writes the two sides line for line, flattening line breaks and skipping incomplete units', async () => {
    const unit = (id: string, zh: string, th?: string): TranslationUnit => ({
      id,
      variants: th === undefined ? { 'zh-Hans': { text: zh } } : { 'zh-Hans': { text: zh }, th: { text: th } },
      status: 'raw',
      domains: [],
      provenance: {},
    });
    const [zh, th] = [memorySink(), memorySink()];
    const stats = await writeMoses([unit('1', '一', 'หนึ่ง'), unit('2', '二\n行', 'สอง'), unit('3', '只有中文')], zh, th, { srcLang: 'zh-Hans', tgtLang: 'th' });
    assert.deepEqual(stats, { written: 2, skipped: 1, altered: 1 });
    assert.equal(zh.text(), '一\n二 行\n');
    assert.equal(th.text(), 'หนึ่ง\nสอง\n');
    const back = await collect(readMoses(source(zh.text()), source(th.text()), { file: 'o.zh', srcLang: 'zh-Hans', tgtLang: 'th' }));
    assert.deepEqual(back.map((u) => u.variants.th!.text), ['หนึ่ง', 'สอง']);
  });
});
