import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeTsvChunk, tsvLineChunks } from './tsv-chunk.ts';

/** The streaming reader the byte path replaces (cli tsv-pairs.ts): one decoder over the whole stream. */
function streamingRead(pieces: Uint8Array[]) {
  const decoder = new TextDecoder('utf-8');
  const pairs: Array<[number, string, string]> = [];
  const malformed: number[] = [];
  let rest = '';
  let line = 0;
  const handle = (text: string) => {
    line++;
    const cols = (text.endsWith('\r') ? text.slice(0, -1) : text).split('\t');
    if (cols.length !== 2) malformed.push(line, cols.length);
    else pairs.push([line, cols[0]!, cols[1]!]);
  };
  for (const p of pieces) {
    const parts = (rest + decoder.decode(p, { stream: true })).split('\n');
    rest = parts.pop()!;
    for (const t of parts) handle(t);
  }
  rest += decoder.decode();
  if (rest) handle(rest);
  return { pairs, malformed, lines: line };
}

async function byteRead(pieces: Uint8Array[], linesPerChunk: number) {
  async function* source() {
    yield* pieces;
  }
  const pairs: Array<[number, string, string]> = [];
  const malformed: number[] = [];
  let lines = 0;
  let expectLine = 1;
  for await (const chunk of tsvLineChunks(source(), linesPerChunk)) {
    assert.equal(chunk.firstLine, expectLine, 'chunks follow each other line by line');
    assert.equal(chunk.bytes.byteOffset, 0);
    assert.equal(chunk.bytes.byteLength, chunk.bytes.buffer.byteLength, 'a chunk owns its buffer (it is transferred)');
    const d = decodeTsvChunk(chunk);
    d.pairs.forEach((p, k) => pairs.push([d.lines[k]!, p.src, p.tgt]));
    malformed.push(...d.malformed);
    lines += d.lineCount;
    expectLine += linesPerChunk;
  }
  return { pairs, malformed, lines };
}

const enc = new TextEncoder();
const cat = (...parts: Array<string | number[]>) => {
  const bytes = parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p));
  return Uint8Array.from(bytes);
};

/** Cuts bytes at pseudo-random places (a seeded LCG: the same cuts every run). */
function cutRandomly(bytes: Uint8Array, seed: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let s = seed;
  for (let at = 0; at < bytes.length; ) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const len = 1 + (s % 9);
    out.push(bytes.slice(at, at + len));
    at += len;
  }
  return out;
}

const tricky = [
  cat([0xef, 0xbb, 0xbf], '你好\thello\r\n', 'only one column\n', '\n', 'a\tb\tc\n', '中\u00e9\tx\r\r\n', [0xe4, 0xbd], '\tbroken start\n', 'ok\t', [0xff], 'bad byte\n', [0xef, 0xbb, 0xbf], 'bom\tlater\n', 'last\tno newline'),
  cat('a\tb\n', 'c\td\n'),
  cat([0xef, 0xbb, 0xbf]),
  cat([0xef, 0xbb, 0xbf], '\n', 'x\ty\n\n'),
  cat('tail\t', [0xe4, 0xbd]),
];

test('lines cut into chunks of bytes decode to the pairs, line numbers and malformed lines of one streaming pass', async () => {
  for (const [i, bytes] of tricky.entries()) {
    const expected = streamingRead([bytes]);
    for (const linesPerChunk of [1, 2, 3, 1000]) {
      for (const seed of [1, 7, 42]) {
        const got = await byteRead(cutRandomly(bytes, seed + i), linesPerChunk);
        assert.deepEqual(got, expected, `input ${i}, ${linesPerChunk} lines a chunk, cuts ${seed}`);
      }
    }
  }
  const first = streamingRead([tricky[0]!]);
  assert.deepEqual(first.malformed, [2, 1, 3, 1, 4, 3], 'a line without two columns is named by its 1-based line');
  assert.equal(first.pairs[0]![1], '你好', 'the BOM opening the file is dropped');
  assert.ok(first.pairs.some(([, s]) => s === '\ufeffbom'), 'a BOM later on is text');
  assert.ok(first.pairs.some(([, s]) => s === '\ufffd'), 'a cut UTF-8 sequence reads as U+FFFD');
});
