import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isSilkloomError } from '@silkloom/core';
import { chunked, collect, fixtureBytes, utf8 } from '../testing/helpers.ts';
import { decode, type DecodeInfo } from './decode.ts';

async function decodeAll(bytes: Uint8Array, opts: { encoding?: string; xml?: boolean } = {}, size = 65_536) {
  let info: DecodeInfo | undefined;
  const text = (await collect(decode(chunked(bytes, size), { file: 'f.txt', ...opts }, (i) => (info = i)))).join('');
  return { text, info: info! };
}

async function decodeError(bytes: Uint8Array, opts: { encoding?: string } = {}, size = 65_536) {
  try {
    await decodeAll(bytes, opts, size);
  } catch (err) {
    return err;
  }
  assert.fail('expected a decoding error');
}

const sample = '早上好，你吃饭了吗？\nสวัสดี 𠀀 ខ្មែរ မြန်မာ العربية\n';

describe('decode', () => {
  it('reads UTF-8 without a BOM, in chunks that split characters', async () => {
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const { text, info } = await decodeAll(utf8(sample), {}, size);
      assert.equal(text, sample, `chunk size ${size}`);
      assert.deepEqual(info, { encoding: 'utf-8', bom: false });
    }
  });

  it('strips a UTF-8 BOM and reports it', async () => {
    const { text, info } = await decodeAll(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]), {}, 2);
    assert.equal(text, sample);
    assert.deepEqual(info, { encoding: 'utf-8', bom: true });
  });

  it('detects UTF-16 LE and BE from the BOM, whatever the chunking', async () => {
    for (const name of ['utf16le-bom.tmx', 'utf16be-bom.tmx']) {
      for (const size of [1, 3, 4096]) {
        const { text, info } = await decodeAll(fixtureBytes(`encoding/${name}`), {}, size);
        assert.ok(text.startsWith('<?xml version="1.0"?>'), name);
        assert.ok(text.includes('𠀀 是扩展B区的字。'), `${name} keeps supplementary characters (size ${size})`);
        assert.equal(info.encoding, name.includes('le') ? 'utf-16le' : 'utf-16be');
      }
    }
  });

  it('honours an explicit GB18030 or Big5 encoding', async () => {
    const gb = await decodeAll(fixtureBytes('encoding/gb18030.tsv'), { encoding: 'gb18030' }, 3);
    assert.ok(gb.text.includes('广州是一座美丽的城市。\tกวางโจวเป็นเมืองที่สวยงาม'));
    assert.ok(gb.text.includes('𠀀字'), 'four-byte GB18030 sequences decode');
    const big5 = await decodeAll(fixtureBytes('encoding/big5.tsv'), { encoding: 'big5' }, 1);
    assert.ok(big5.text.includes('請問洗手間在哪裡？\tWhere is the restroom?'));
  });

  it('takes the XML declaration, or UTF-16 sniffing, when there is no BOM', async () => {
    const gb = await decodeAll(fixtureBytes('encoding/gb18030-declared.tmx'), { xml: true }, 5);
    assert.equal(gb.info.encoding, 'gb18030');
    assert.ok(gb.text.includes('早上好，你吃饭了吗？'));
    const u16 = await decodeAll(fixtureBytes('encoding/utf16le-nobom.tmx'), { xml: true }, 7);
    assert.equal(u16.info.encoding, 'utf-16le');
    assert.ok(u16.text.includes('สวัสดีตอนเช้า'));
  });

  it('refuses an encoding it does not know', async () => {
    const err = await decodeError(utf8('x'), { encoding: 'ebcdic-klingon' });
    assert.ok(isSilkloomError(err, 'SLM_ENCODING_UNSUPPORTED'));
  });

  it('names the line and column of an undecodable byte (UTF-8)', async () => {
    for (const size of [1, 4, 65_536]) {
      const err = await decodeError(fixtureBytes('bad/invalid-utf8.tsv'), {}, size);
      assert.ok(isSilkloomError(err, 'SLM_ENCODING_INVALID_BYTES'), String(err));
      assert.deepEqual(err.place, { file: 'f.txt', line: 3, column: 4 }, `chunk size ${size}`);
    }
  });

  it('names the line of an undecodable byte in Big5', async () => {
    const err = await decodeError(fixtureBytes('bad/invalid-big5.tsv'), { encoding: 'big5' }, 3);
    assert.ok(isSilkloomError(err, 'SLM_ENCODING_INVALID_BYTES'));
    assert.equal(err.place?.line, 3);
    assert.equal(err.place?.column, 1);
  });

  it('reports a multi-byte sequence cut off at the end of the file', async () => {
    const bytes = utf8('好\n坏');
    const err = await decodeError(bytes.subarray(0, bytes.length - 1), {}, 2);
    assert.ok(isSilkloomError(err, 'SLM_ENCODING_INVALID_BYTES'));
    assert.deepEqual(err.place, { file: 'f.txt', line: 2, column: 1 });
  });

  it('stops reading the source when the consumer stops', async () => {
    let pulled = 0;
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield utf8(`line ${i}\n`);
        }
      } finally {
        closed = true;
      }
    }
    for await (const _text of decode(source(), { file: 'f' })) break;
    assert.ok(pulled <= 3, `pulled ${pulled} chunks`);
    assert.ok(closed, 'the source was closed');
  });
});
