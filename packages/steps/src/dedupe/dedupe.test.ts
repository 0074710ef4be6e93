import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanPairs } from '../runner/clean-pairs.ts';
import { Hash53Set, PagedRows, RowIndex } from './hash-set.ts';
import { dedupeKey, foldedKey, pairHash } from './pair-key.ts';
import { ShingleBuffer, minhashSignature, minhashSignatureJs, shingleHashes } from './minhash.ts';
import { simdSignature } from './minhash-simd.ts';

async function run(pairs: Array<[string, string]>, steps: object[], services = {}) {
  async function* items() {
    for (let i = 0; i < pairs.length; i++) yield { id: String(i), src: pairs[i]![0], tgt: pairs[i]![1] };
  }
  const out = [];
  for await (const d of cleanPairs(items(), { srcLang: 'zh-Hans', tgtLang: 'en', pipeline: { steps: steps as never }, services })) out.push(d);
  return out;
}

test('normalised keys fold case, width, digit scripts and punctuation', () => {
  assert.equal(dedupeKey('Ｈｅｌｌｏ, World! １２３'), dedupeKey('hello world 123'));
  assert.equal(dedupeKey('ปี ๒๕๖๗'), dedupeKey('ปี 2567'));
  assert.match(pairHash('a', 'b'), /^[0-9a-f]{16}$/);
  assert.equal(pairHash('Hello!', '你好'), pairHash('hello', '你好。'));
});

test('the WebAssembly SIMD signature has the JavaScript one\'s minima (any k up to 128, memory grown for long keys)', () => {
  assert.ok(simdSignature, 'Node 20 has WebAssembly SIMD');
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (const n of [1, 2, 15, 16, 17, 33, 276, 700, 40_000]) {
    for (const k of [1, 7, 24, 64, 128]) {
      const shingles = Array.from({ length: n }, next);
      assert.deepEqual(minhashSignature(shingles, k), minhashSignatureJs(shingles, k), `n ${n} k ${k}`);
      assert.deepEqual(minhashSignature(Int32Array.from(shingles), k), minhashSignatureJs(shingles, k));
    }
  }
});

test('shingles are FNV-1a of each n-gram (the whole key when shorter), tagged by side', () => {
  const fnv = (s: string, side: number) => {
    let h = 0x811c9dc5 ^ side;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  for (const [key, n] of [['abcdefghij', 4], ['abcdefghij', 3], ['abcdefghij', 5], ['ab', 4], ['abcd', 4], ['', 3], ['十亿用户数据', 3]] as const) {
    const expected = key.length <= n ? (key ? [fnv(key, 2)] : []) : Array.from({ length: key.length - n + 1 }, (_, i) => fnv(key.slice(i, i + n), 2));
    const list: number[] = [];
    shingleHashes(key, n, 2, list);
    assert.deepEqual(list, expected);
    const buffer = new ShingleBuffer();
    buffer.add(key, n, 2);
    assert.deepEqual(Array.from(buffer.values.subarray(0, buffer.length)), expected.map((h) => h | 0));
  }
});

test('the one-pass key of simple text is the NFKC, lower-case, letters-and-digits key (every BMP unit, in context)', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const text of [ch, `a${ch}b`, `Σ${ch}Σ`, `é${ch}Ａ，`, `<${ch}=`, `${ch}${ch}`]) assert.equal(dedupeKey(text), foldedKey(text), `U+${c.toString(16)} in ${JSON.stringify(text)}`);
  }
  for (const text of ['Ｈｅｌｌｏ，Ｗｏｒｌｄ！', 'ΟΔΟΣ ΟΔΟΣ.', 'İstanbul', 'ǅemal', '\ufeffkey', 'ทุ่งนา', '한국어 가', '2024年１２月']) assert.equal(dedupeKey(text), foldedKey(text), text);
});

test('typed hash sets grow and stop at their bound', () => {
  const s = new Hash53Set(1000);
  for (let i = 0; i < 1500; i++) s.add(i * 7919 + 2 ** 40);
  assert.equal(s.size, 1000);
  assert.ok(s.has(2 ** 40) && !s.has(3));
});

test('a row index answers as a map of fingerprints to first values (0 and 1 one key), across page and table growth, with or without tag bits', () => {
  // 100,000 rows leave 15 bits of a slot for the tag; 2^32 − 1 leave none.
  for (const maxKeys of [100_000, 2 ** 32 - 1]) rowIndexAsMap(maxKeys);
});

function rowIndexAsMap(maxKeys: number): void {
  const rows = new PagedRows(2, 4);
  const index = new RowIndex(rows, 1, maxKeys, 8);
  // The reference: first value wins, fingerprints 0 and 1 are one key.
  const map = new Map<number, number>();
  const norm = (key: number) => key >>> 0 || 1;
  let seed = 7;
  for (let n = 0; n < 20_000; n++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    // Few distinct keys among many, 0 and 1 included, so keys repeat and collide.
    const key = n % 97 === 0 ? n % 2 : seed % 5000;
    assert.equal(index.get(key), map.get(norm(key)));
    if (n % 3) {
      const id = rows.push([n, key]);
      index.setIfAbsent(id);
      if (!map.has(norm(key))) map.set(norm(key), id);
    }
  }
  assert.equal(index.size, map.size);
  assert.equal(rows.word(rows.count - 1, 0), 19_999);
}

test('exact and near duplicates are dropped after the first kept pair', async () => {
  const ds = await run(
    [
      ['这家工厂每年生产大约一万两千台拖拉机。', 'The factory produces about twelve thousand tractors every year.'],
      ['这家工厂每年生产大约一万两千台拖拉机', 'the factory produces about twelve thousand tractors every year'],
      ['这家工厂每年生产大约一万两千台拖拉机。', 'The factory produces about twelve thousand new tractors every year.'],
      ['游客可以在老城区品尝当地的特色小吃。', 'Visitors can taste local snacks in the old town.'],
    ],
    [{ step: 'exact_dedupe' }, { step: 'near_dedupe' }],
  );
  assert.deepEqual(ds.map((d) => d.keep), [true, false, false, true]);
  assert.deepEqual(ds[1]!.reasons, ['duplicate', 'near_duplicate']);
  assert.deepEqual(ds[2]!.reasons, ['near_duplicate']);
});

test('decontamination drops pairs matching a protected sentence; store lookups drop stored pairs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slm-'));
  const file = join(dir, 'test.tsv');
  writeFileSync(file, '游客可以在老城区品尝当地的特色小吃。\tVisitors can taste local snacks in the old town.\n');
  const stored = pairHash('医生建议病人每天喝足够的水。', 'The doctor advised the patient to drink enough water every day.');
  const ds = await run(
    [
      ['游客可以在老城区品尝当地的特色小吃！', 'Tourists can taste local snacks in the old town.'],
      ['医生建议病人每天喝足够的水。', 'The doctor advised the patient to drink enough water every day.'],
      ['博物馆周一闭馆。', 'The museum is closed on Mondays.'],
    ],
    [{ step: 'decontaminate', options: { files: [file] } }, { step: 'store_dedupe' }],
    { existing: { has: async (h: string) => h === stored } },
  );
  assert.deepEqual(ds.map((d) => d.reasons), [['contaminated'], ['in_store'], []]);
});
