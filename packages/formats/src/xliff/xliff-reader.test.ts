import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Diagnostic } from '@silkloom/core';
import { chunked, collect, fixtureBytes, source } from '../testing/helpers.ts';
import { readXliff } from './xliff-reader.ts';

async function readFixture(name: string, diagnostics: Diagnostic[] = []) {
  return collect(readXliff(chunked(fixtureBytes(name), 9), { file: name, onDiagnostic: (d) => diagnostics.push(d) }));
}

describe('readXliff 1.2', () => {
  it('reads trans-units in body and groups, skipping alt-trans, with notes and attributes', async () => {
    const diagnostics: Diagnostic[] = [];
    const units = await readFixture('xliff/v12.xlf', diagnostics);
    assert.deepEqual(units.map((u) => u.id), ['t1', 't2', 't3', 't5#1', 't5#2', 't6', 'second.html/t1']);
    const [t1] = units;
    assert.deepEqual(t1!.variants, {
      'zh-Hans': { text: '欢迎来到广州！', markup: { format: 'xliff1', nodes: ['欢迎来到', { name: 'g', attrs: { id: '1', ctype: 'bold' }, children: ['广州'] }, '！'] } },
      th: { text: 'ยินดีต้อนรับสู่กวางโจว!', markup: { format: 'xliff1', nodes: ['ยินดีต้อนรับสู่', { name: 'g', attrs: { id: '1', ctype: 'bold' }, children: ['กวางโจว'] }, '!'] }, meta: { attrs: { state: 'translated' } } },
    });
    assert.equal(t1!.srcLang, 'zh-Hans');
    assert.deepEqual(t1!.meta, { notes: [{ text: 'Title of the guide.', from: 'translator' }], attrs: { resname: 'title' } });
    assert.deepEqual(t1!.provenance, { sourceFile: 'xliff/v12.xlf', line: 6, sourceUnitId: 't1' });
    // t4 has an empty <target/>: untranslated, so a single language, skipped with a warning
    assert.deepEqual(diagnostics.map((d) => [d.code, d.place.unit]), [['SLM_FORMAT_SINGLE_VARIANT', 't4']]);
  });

  it('projects plain text from g/x/bx/ex/bpt/ept/ph/it, and reads CDATA', async () => {
    const units = await readFixture('xliff/v12.xlf');
    assert.equal(units[1]!.variants['zh-Hans']!.text, '点击查看地图。');
    assert.equal(units[1]!.variants.th!.text, 'คลิกเพื่อดูแผนที่');
    assert.equal(units[2]!.variants['zh-Hans']!.text, '营业时间：，周一休息。');
    assert.equal(units[2]!.variants.th!.text, 'เวลาทำการ:  ปิดวันจันทร์');
  });

  it('splits seg-source segments into one unit per mid', async () => {
    const units = await readFixture('xliff/v12.xlf');
    assert.deepEqual(units[3]!.variants, { 'zh-Hans': { text: '第一句。' }, th: { text: 'ประโยคแรก' } });
    assert.equal(units[4]!.variants.th!.text, 'ประโยคที่สอง');
    assert.deepEqual(units[4]!.variants.th!.markup?.nodes, ['ประโยคที่', { name: 'mrk', attrs: { mtype: 'term' }, children: ['สอง'] }]);
  });

  it('collapses pretty-printing white space unless xml:space="preserve"', async () => {
    const t6 = (await readFixture('xliff/v12.xlf'))[5]!;
    assert.equal(t6.variants['zh-Hans']!.text, '这一段有 换行的排版。');
    assert.equal(t6.variants.th!.text, '  ย่อหน้านี้\nมีการขึ้นบรรทัด');
  });
});

describe('readXliff 2.x', () => {
  it('gives one unit per segment, with notes, originalData and segment attributes', async () => {
    const units = await readFixture('xliff/v21.xlf');
    assert.deepEqual(units.map((u) => u.id), ['u1', 'u2#a', 'u2#b', 'u2#3']);
    const [u1] = units;
    assert.deepEqual(u1!.variants.my, { text: 'ကြိုဆိုပါတယ်!', markup: { format: 'xliff2', nodes: [{ name: 'pc', attrs: { id: '1', dataRefStart: 'd1', dataRefEnd: 'd2' }, children: ['ကြိုဆို'] }, 'ပါတယ်!'] } });
    assert.deepEqual(u1!.meta, {
      notes: [{ text: 'Shop sign.' }],
      props: [{ type: 'x-xliff2-data:d1', value: '<b>' }, { type: 'x-xliff2-data:d2', value: '</b>' }],
      attrs: { name: 'greeting', 'segment:id': 's1', 'segment:state': 'translated' },
    });
    assert.equal(u1!.provenance.line, 5);
    assert.equal(units[1]!.provenance.line, 19, 'several segments: each starts on its own line');
  });

  it('projects pc/mrk text, drops ph/sc/ec, and turns cp into its character', async () => {
    const units = await readFixture('xliff/v21.xlf');
    assert.equal(units[2]!.variants['zh-Hans']!.text, '第二句有个标记和术语。');
    assert.equal(units[2]!.variants.my!.text, 'ဒုတိယအမှတ်ဝေါဟာရ။');
    assert.equal(units[3]!.variants['zh-Hans']!.text, '控制字符\u0007在此。');
  });

  it('drops a target in the source language with a warning (monolingual XLIFF)', async () => {
    const diagnostics: Diagnostic[] = [];
    const xml = '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="de" trgLang="de"><file id="f"><unit id="a"><segment><source>Hallo</source><target>Hallo</target></segment></unit></file></xliff>';
    const units = await collect(readXliff(source(xml), { file: 'mono.xlf', keepMonolingual: true, onDiagnostic: (d) => diagnostics.push(d) }));
    assert.deepEqual(units.map((u) => Object.keys(u.variants)), [['de']]);
    assert.deepEqual(diagnostics.map((d) => d.code), ['SLM_XLIFF_SAME_LANGUAGE']);
  });

  it('uses srcLang/tgtLang options where the file names no language', async () => {
    const xml = '<xliff version="1.2"><file original="x"><body><trans-unit id="1"><source>你好</source><target>ສະບາຍດີ</target></trans-unit></body></file></xliff>';
    const units = await collect(readXliff(source(xml), { file: 'x.xlf', srcLang: 'zh', tgtLang: 'lo' }));
    assert.deepEqual(Object.keys(units[0]!.variants), ['zh-Hans', 'lo']);
  });
});
