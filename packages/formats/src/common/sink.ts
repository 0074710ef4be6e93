/**
 * Output plumbing for writers: text is gathered into ~64 KB chunks before it
 * reaches the sink, and a Node Writable's backpressure is honoured (writers
 * wait for 'drain' when `write` returns false).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Sink } from '../types.ts';

const FLUSH_AT = 65_536;

interface NodeWritableLike {
  write(chunk: string): boolean;
  once(event: string, listener: () => void): unknown;
  writableNeedDrain?: boolean;
}

function isNodeWritable(sink: Sink): sink is Sink & NodeWritableLike {
  return typeof (sink as Partial<NodeWritableLike>).once === 'function';
}

export class BufferedSink {
  private buffer = '';
  private readonly sink: Sink;

  constructor(sink: Sink) {
    this.sink = sink;
  }

  /** Appends text; resolves once the sink has taken a full chunk. */
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.buffer) return;
    const chunk = this.buffer;
    this.buffer = '';
    const sink = this.sink;
    if (isNodeWritable(sink)) {
      if (!sink.write(chunk)) await once(sink as unknown as NodeJS.EventEmitter, 'drain');
    } else {
      await sink.write(chunk);
    }
  }
}

/** A Sink writing UTF-8 to a file; call `close()` when the writer has finished. */
export interface FileSink extends Sink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens `path` for writing (truncating it) and returns a sink with backpressure. */
export function fileSink(path: string): FileSink {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let failure: Error | undefined;
  stream.on('error', (err) => (failure = err)); // kept and rethrown by the next call
  return {
    async write(chunk: string) {
      if (failure) throw failure;
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async close() {
      if (failure) throw failure;
      stream.end();
      await once(stream, 'finish');
    },
  };
}
