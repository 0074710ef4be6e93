import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { detectFormat } from './detect-format.ts';
import { readFormat } from './read-format.ts';
import { chunked, collect, fixtureBytes, utf8 } from './testing/helpers.ts';

describe('readFormat', () => {
  it('reads a file in the format detectFormat names', async () => {
    const bytes = fixtureBytes('delimited/zh-th-km.tsv');
    const format = detectFormat('upload', bytes);
    const units = await collect(readFormat(format, chunked(bytes), { file: 'upload', keepMonolingual: true }));
    assert.equal(units.length, 4);
    assert.throws(() => readFormat('moses', chunked(bytes), { file: 'x' }), (e) => isSilkloomError(e, 'SLM_FORMAT_OPTIONS_INVALID'));
  });
});

describe('detectFormat', () => {
  it('goes by the extension first', () => {
    const none = new Uint8Array(0);
    assert.equal(detectFormat('a/b/memory.TMX', none), 'tmx');
    assert.equal(detectFormat('job.sdlxliff', none), 'xliff');
    assert.equal(detectFormat('x.xlf', none), 'xliff');
    assert.equal(detectFormat('pairs.tsv', none), 'tsv');
    assert.equal(detectFormat('pairs.csv', none), 'csv');
    assert.equal(detectFormat('units.ndjson', none), 'jsonl');
    assert.equal(detectFormat('train.zh-th.th', none), 'moses');
    assert.equal(detectFormat('flores.tha_Thai', none), 'moses');
  });

  it('sniffs the content when the name does not tell', () => {
    assert.equal(detectFormat('upload', fixtureBytes('encoding/utf16le-bom.tmx')), 'tmx');
    assert.equal(detectFormat('upload', fixtureBytes('encoding/utf16le-nobom.tmx')), 'tmx');
    assert.equal(detectFormat('upload', fixtureBytes('xliff/v21.xlf')), 'xliff');
    assert.equal(detectFormat('upload', fixtureBytes('jsonl/units.jsonl')), 'jsonl');
    assert.equal(detectFormat('upload', fixtureBytes('delimited/zh-th-km.tsv')), 'tsv');
    assert.equal(detectFormat('upload', utf8('zh-Hans,th,domain\n你好,สวัสดี,x\n')), 'csv');
    assert.equal(detectFormat('upload.txt', utf8('你好，世界。\n第二行\n')), 'moses');
  });

  it('says so when it cannot tell', () => {
    assert.throws(() => detectFormat('upload', utf8('<html><body/></html>')), (e) => isSilkloomError(e, 'SLM_FORMAT_UNDETECTED'));
    assert.throws(() => detectFormat('upload', new Uint8Array(0)), (e) => isSilkloomError(e, 'SLM_FORMAT_UNDETECTED'));
  });
});
