import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import type { TranslationUnit } from '@silkloom/core';
import { writeJsonl } from '../jsonl/jsonl-writer.ts';
import { fileSink } from './sink.ts';

const units = (n: number): TranslationUnit[] =>
  Array.from({ length: n }, (_, i) => ({ id: `u${i}`, variants: { 'zh-Hans': { text: `第${i}句` }, th: { text: `ประโยค ${i}` } }, status: 'raw', domains: [], provenance: {} }));

describe('sinks', () => {
  it('a Node Writable works as a sink, and the writer waits for drain', async () => {
    const stream = new PassThrough({ highWaterMark: 1024 });
    let waited = 0;
    const write = stream.write.bind(stream);
    stream.write = ((chunk: string) => {
      const ok = write(chunk);
      if (!ok) waited++;
      return ok;
    }) as typeof stream.write;
    const chunks: Buffer[] = [];
    const reading = (async () => {
      for await (const chunk of stream) {
        chunks.push(chunk as Buffer);
        await new Promise((r) => setImmediate(r)); // a slow reader
      }
    })();
    const stats = await writeJsonl(units(20_000), stream);
    stream.end();
    await reading;
    assert.equal(stats.written, 20_000);
    assert.ok(waited > 0, 'backpressure was signalled and honoured');
    assert.equal(Buffer.concat(chunks).toString('utf8').trimEnd().split('\n').length, 20_000);
  });

  it('fileSink writes UTF-8 and reports a failure to open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'silkloom-sink-'));
    try {
      const sink = fileSink(join(dir, 'out.jsonl'));
      await writeJsonl(units(3), sink);
      await sink.close();
      assert.match(readFileSync(join(dir, 'out.jsonl'), 'utf8'), /"第2句"/);
      const bad = fileSink(join(dir, 'no', 'such', 'dir.jsonl'));
      await bad.write('x').catch(() => {}); // may or may not have failed yet
      await assert.rejects(bad.close(), /ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
