import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { test } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { readGlossaryCsv, writeGlossaryCsv } from './glossary-csv.ts';
import { readTbx } from './tbx-reader.ts';
import { writeTbx } from './tbx-writer.ts';
import type { TermEntry } from './term-entry.ts';

const FIXTURE = new URL('./fixtures/tourism.tbx', import.meta.url);

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function* bytes(text: string, size = 7): AsyncIterable<Uint8Array> {
  const buf = Buffer.from(text, 'utf8');
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

test('reads TBX-Basic (martif): terms, languages canonicalised, notes, status, subject field', async () => {
  const entries = await all(readTbx(createReadStream(FIXTURE), { file: 'tourism.tbx' }));
  assert.equal(entries.length, 2, 'an entry without terms is skipped');
  const [station, hongmeng] = entries as [TermEntry, TermEntry];
  assert.equal(station.id, 't1');
  assert.equal(station.domain, 'tourism');
  assert.equal(station.definition, 'สถานที่ที่รถไฟจอด');
  assert.deepEqual(station.terms, [
    { lang: 'zh-Hans', term: '火车站', partOfSpeech: 'noun', status: 'preferredTerm-admn-sts' },
    { lang: 'th', term: 'สถานีรถไฟ' },
    { lang: 'en', term: 'railway station' },
    { lang: 'en', term: 'train station', note: 'US' },
  ]);
  assert.deepEqual(hongmeng.terms.map((t) => t.term), ['鸿蒙', 'ហុងម៉េង']);
});

test('TBX v3 written by writeTbx reads back the same, from chunks cut anywhere', async () => {
  const entries = await all(readTbx(createReadStream(FIXTURE), { file: 'tourism.tbx' }));
  let xml = '';
  assert.equal(await writeTbx(entries, { write: (c: string) => (xml += c) }), 2);
  assert.match(xml, /<tbx type="TBX-Basic" style="dca"/);
  assert.match(xml, /<conceptEntry id="t1">/);
  assert.deepEqual(await all(readTbx(bytes(xml), { file: 'round.tbx' })), entries);
});

test('malformed TBX names file and line', async () => {
  await assert.rejects(all(readTbx(bytes('<tbx>\n<text><body><conceptEntry></body>'), { file: 'bad.tbx' })), (e) => isSilkloomError(e, 'SLM_XML_MALFORMED') && e.place?.file === 'bad.tbx' && e.place.line === 2);
});

test('glossary CSV: header of language tags, synonyms with |, quoted fields; round trip', async () => {
  const csv = 'id,domain,zh-CN,th,en,note\r\ng1,tourism,火车站,สถานีรถไฟ,"railway station|train station","a ""quoted"", note"\r\n,,农业,,agriculture,\r\n';
  const entries = await all(readGlossaryCsv(bytes(csv), { file: 'g.csv' }));
  assert.equal(entries.length, 2);
  assert.deepEqual(entries[0], {
    id: 'g1', domain: 'tourism', note: 'a "quoted", note',
    terms: [{ lang: 'zh-Hans', term: '火车站' }, { lang: 'th', term: 'สถานีรถไฟ' }, { lang: 'en', term: 'railway station' }, { lang: 'en', term: 'train station' }],
  });
  let out = '';
  await writeGlossaryCsv(entries, { write: (c: string) => (out += c) }, ['zh-Hans', 'th', 'en']);
  const back = await all(readGlossaryCsv(bytes(out), { file: 'back.csv' }));
  assert.deepEqual(back.map((e) => e.terms), entries.map((e) => e.terms));
  await assert.rejects(all(readGlossaryCsv(bytes('term,meaning\r\nx,y\r\n'), { file: 'nolang.csv' })), (e) => isSilkloomError(e, 'SLM_FORMAT_OPTIONS_INVALID'));
});
