import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { tarStream } from './tar-writer.ts';

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

test('the archive is read back by the system tar, byte for byte, with UTF-8 and long paths', async () => {
  const enc = new TextEncoder();
  const jsonl = enc.encode('{"translation":{"zh-Hans":"你好","th":"สวัสดี","ar":"مرحبا"}}\n');
  const long = `${'data/'.repeat(25)}train.jsonl`;
  const archive = await collect(
    tarStream([
      { path: 'demo-1.0.0/README.md', size: 5, mtime: 1_780_000_000, body: enc.encode('hello') },
      { path: 'demo-1.0.0/data/测试.jsonl', size: jsonl.length, mtime: 1_780_000_000, body: (async function* () { yield jsonl.slice(0, 10); yield jsonl.slice(10); })() },
      { path: long, size: 0, mtime: 0, body: [] },
    ]),
  );
  assert.equal(archive.length % 512, 0);
  const dir = mkdtempSync(join(tmpdir(), 'silkloom-tar-'));
  try {
    writeFileSync(join(dir, 'a.tar'), archive);
    const listing = execFileSync('tar', ['-tf', join(dir, 'a.tar')], { encoding: 'utf8' }).trim().split('\n');
    assert.deepEqual(listing, ['demo-1.0.0/README.md', 'demo-1.0.0/data/测试.jsonl', long]);
    execFileSync('tar', ['-xf', join(dir, 'a.tar'), '-C', dir]);
    assert.deepEqual(readFileSync(join(dir, 'demo-1.0.0/data/测试.jsonl')), Buffer.from(jsonl));
    assert.equal(readFileSync(join(dir, 'demo-1.0.0/README.md'), 'utf8'), 'hello');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a body that does not match its declared size fails the stream', async () => {
  await assert.rejects(collect(tarStream([{ path: 'x', size: 3, mtime: 0, body: new Uint8Array(2) }])), (e: Error) => /declared 3 bytes, body has 2/.test(e.message) && (e as { code?: string }).code === "SLM_RELEASE_BUNDLE_INVALID");
  await assert.rejects(collect(tarStream([{ path: 'x', size: 1, mtime: 0, body: new Uint8Array(2) }])), /declared 1 bytes/);
});
