import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { InlineElement } from '@silkloom/core';
import { chunked, collect, fixtureBytes } from '../testing/helpers.ts';
import type { TmxHeader } from './tmx-header.ts';
import { readTmx, readTmxHeader } from './tmx-reader.ts';

async function readFixture(name: string, size?: number) {
  let header: TmxHeader | undefined;
  const units = await collect(readTmx(chunked(fixtureBytes(name), size), { file: `fixtures/${name}`, onHeader: (h) => (header = h) }));
  return { units, header: header! };
}

describe('readTmx', () => {
  it('reads the header attributes, props and notes', async () => {
    const { header } = await readFixture('tmx/multilingual.tmx');
    assert.equal(header.version, '1.4');
    assert.equal(header.srcLang, 'zh-Hans');
    assert.equal(header.attrs.creationtool, 'SilkloomFixture');
    assert.equal(header.attrs.srclang, 'zh-CN', 'attributes are kept as written');
    assert.deepEqual(header.notes, [{ text: 'Hand-written fixture.', lang: 'en' }]);
    assert.deepEqual(header.props, [{ type: 'x-project', value: 'belt-road-demo' }]);
    assert.deepEqual(await readTmxHeader(chunked(fixtureBytes('tmx/multilingual.tmx')), { file: 'x' }), header);
  });

  it('fills every field of a unit, with canonical language tags', async () => {
    const { units } = await readFixture('tmx/multilingual.tmx');
    assert.equal(units.length, 5);
    const [welcome] = units;
    assert.deepEqual(Object.keys(welcome!.variants), ['zh-Hans', 'th-TH', 'km', 'my', 'ar']);
    assert.equal(welcome!.id, 'welcome');
    assert.equal(welcome!.srcLang, 'zh-Hans');
    assert.equal(welcome!.status, 'raw');
    assert.deepEqual(welcome!.domains, ['tourism']);
    assert.deepEqual(welcome!.provenance, { sourceFile: 'fixtures/tmx/multilingual.tmx', line: 10, sourceUnitId: 'welcome' });
    assert.deepEqual(welcome!.meta, { notes: [{ text: 'Greeting at the airport.' }], attrs: { creationdate: '20260102T101500Z', usagecount: '3' } });
    assert.equal(welcome!.variants.km!.text, 'សូមស្វាគមន៍មកកាន់ក្វាងចូវ!');
    assert.equal(welcome!.variants.my!.text, 'ကွမ်ကျိုးမှ ကြိုဆိုပါတယ်။');
    assert.equal(welcome!.variants.ar!.text, 'مرحبا بكم في قوانغتشو!');
    assert.deepEqual(welcome!.variants['th-TH']!.meta, { props: [{ type: 'x-quality', value: 'high' }], attrs: { changeid: 'reviewer1' } });
    assert.equal(welcome!.variants['zh-Hans']!.markup, undefined, 'plain segments carry no markup');
  });

  it('keeps inline markup losslessly and projects plain text', async () => {
    const { units } = await readFixture('tmx/multilingual.tmx');
    const price = units[1]!;
    assert.deepEqual(price.domains, ['commerce'], 'prop type "domain" is a domain too');
    assert.equal(price.variants['zh-Hans']!.text, '价格：¥100，含税。');
    assert.deepEqual(price.variants['zh-Hans']!.markup, {
      format: 'tmx',
      nodes: ['价格：', { name: 'bpt', attrs: { i: '1', x: '1', type: 'bold' }, children: ['<b>'] }, '¥100', { name: 'ept', attrs: { i: '1' }, children: ['</b>'] }, '，含税。'],
    });
    const alt = units[2]!;
    // hi text kept; ph (with the sub inside it), it and ut dropped
    assert.equal(alt.variants['zh-Hans']!.text, '点击开始，立即预订。谢谢');
    assert.equal(alt.variants.ar!.text, 'انقر  للبدء، احجز الآن.شكرا');
    const ph = alt.variants['zh-Hans']!.markup!.nodes[1] as InlineElement;
    assert.deepEqual(ph.children, ['<img alt="', { name: 'sub', attrs: { type: 'alt' }, children: ['开始'] }, '"/>']);
  });

  it('reads legacy lang, CDATA, character references, and makes ids from the line', async () => {
    const { units } = await readFixture('tmx/multilingual.tmx', 7);
    const medicine = units[3]!;
    assert.equal(medicine.id, 'multilingual.tmx:47');
    assert.equal(medicine.provenance.sourceUnitId, undefined);
    assert.equal(medicine.variants['zh-Hans']!.text, '药品请放在儿童接触不到的地方。');
    assert.equal(medicine.variants.my!.text, 'ဆေးဝါးများကို ကလေးများ <မထိနိုင်သော> နေရာတွင် ထားပါ။');
    assert.equal(units[4]!.variants['zh-Hans']!.text, '  前后有空格  & 符号 "引号" 😀', 'white space and entities exact');
  });

  it('reads UTF-8 with BOM, UTF-16 LE/BE with BOM, and GB18030 declared in the XML declaration', async () => {
    const expected = (await readFixture('encoding/utf8-bom.tmx')).units.map((u) => u.variants);
    assert.equal(expected.length, 2);
    assert.equal(expected[1]!['zh-Hans']!.text, '𠀀 是扩展B区的字。');
    for (const name of ['utf16le-bom.tmx', 'utf16be-bom.tmx', 'utf16le-nobom.tmx', 'gb18030-declared.tmx']) {
      const { units } = await readFixture(`encoding/${name}`, 5);
      assert.deepEqual(units.map((u) => u.variants), expected, name);
      assert.equal(units[1]!.provenance.line, 9, `${name}: lines count in characters, not bytes`);
    }
  });

  it('pulls the source lazily: one unit read does not read the file', async () => {
    let pulled = 0;
    const bytes = fixtureBytes('tmx/multilingual.tmx');
    async function* source() {
      for (let at = 0; at < bytes.length; at += 64) {
        pulled++;
        yield bytes.subarray(at, at + 64);
      }
    }
    for await (const _unit of readTmx(source(), { file: 'x.tmx' })) break;
    assert.ok(pulled < Math.ceil(bytes.length / 64) / 2, `pulled ${pulled} of ${Math.ceil(bytes.length / 64)} chunks`);
  });
});
