import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Diagnostic, TranslationUnit } from '@silkloom/core';
import { chunked, collect, fixtureBytes, memorySink, source, withoutPlace } from '../testing/helpers.ts';
import type { TmxHeader } from './tmx-header.ts';
import { readTmx } from './tmx-reader.ts';
import { writeTmx } from './tmx-writer.ts';

async function roundTrip(units: TranslationUnit[], header: TmxHeader | undefined, srcLang: string) {
  const sink = memorySink();
  const stats = await writeTmx(units, sink, { srcLang, header });
  let again: TmxHeader | undefined;
  const back = await collect(readTmx(source(sink.text(), 100), { file: 'out.tmx', onHeader: (h) => (again = h) }));
  return { back, header: again!, xml: sink.text(), stats };
}

describe('writeTmx', () => {
  it('round-trips units: ids, texts, inline markup, props, notes, attributes, domains', async () => {
    let header: TmxHeader | undefined;
    const units = await collect(readTmx(chunked(fixtureBytes('tmx/multilingual.tmx')), { file: 'in.tmx', onHeader: (h) => (header = h) }));
    const { back, header: header2, stats } = await roundTrip(units, header, header!.srcLang!);
    assert.deepEqual(back.map(withoutPlace), units.map(withoutPlace));
    assert.deepEqual(stats, { written: 5, skipped: 0, altered: 0 });
    assert.deepEqual(header2.props, header!.props);
    assert.deepEqual(header2.notes, header!.notes);
    assert.equal(header2.attrs.creationtool, 'SilkloomFixture');
  });

  it('writes TMX inline tags back element for element', async () => {
    const units = await collect(readTmx(chunked(fixtureBytes('tmx/multilingual.tmx')), { file: 'in.tmx' }));
    const { xml } = await roundTrip(units, undefined, 'zh-Hans');
    assert.ok(xml.includes('<seg>价格：<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>¥100<ept i="1">&lt;/b&gt;</ept>，含税。</seg>'), xml);
    assert.ok(xml.includes('<ph x="2" type="image">&lt;img alt="<sub type="alt">开始</sub>"/&gt;</ph>'));
    assert.ok(xml.includes('<ut>{\\i0}</ut>'));
  });

  it('keeps units from other formats valid and lossless: unknown attributes become props, controls are dropped', async () => {
    const unit: TranslationUnit = {
      id: 'x 1 & "2"',
      variants: { 'zh-Hans': { text: '含\u0007控制符\r\n与换行' }, th: { text: 'ภาษา\tไทย', meta: { attrs: { state: 'final' } } } },
      srcLang: 'th',
      status: 'raw',
      domains: ['medical', 'law'],
      provenance: {},
      meta: { attrs: { resname: 'k', creationid: 'me' }, notes: [{ text: 'n', lang: 'en' }] },
    };
    const dropped: Diagnostic[] = [];
    const sink = memorySink();
    const stats = await writeTmx([unit], sink, { srcLang: 'zh-Hans', onDiagnostic: (d) => dropped.push(d) });
    assert.deepEqual(dropped.map((d) => [d.code, d.place.unit, d.message]), [['SLM_XML_CHAR_DROPPED', 'x 1 & "2"', 'character U+0007 cannot be written in XML 1.0 and was dropped']]);
    assert.equal(stats.altered, 1);
    const [back] = await collect(readTmx(source(sink.text()), { file: 'o.tmx' }));
    assert.equal(back!.variants['zh-Hans']!.text, '含控制符\r\n与换行');
    assert.deepEqual(withoutPlace(back!), withoutPlace({ ...unit, variants: { ...unit.variants, 'zh-Hans': { text: '含控制符\r\n与换行' } } }));
    assert.ok(sink.text().includes('<prop type="x-silkloom-attr:resname">k</prop>'));
  });

  it('writes only the languages asked for and skips units that lack them', async () => {
    const units = await collect(readTmx(chunked(fixtureBytes('tmx/multilingual.tmx')), { file: 'in.tmx' }));
    const sink = memorySink();
    const stats = await writeTmx(units, sink, { srcLang: 'zh-Hans', langs: ['zh', 'km'] });
    assert.deepEqual(stats, { written: 2, skipped: 3, altered: 0 });
    const back = await collect(readTmx(source(sink.text()), { file: 'o.tmx' }));
    assert.deepEqual(back.map((u) => Object.keys(u.variants)), [['zh-Hans', 'km'], ['zh-Hans', 'km']]);
  });
});
