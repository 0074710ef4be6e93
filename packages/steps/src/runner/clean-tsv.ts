/**
 * The runner over a TSV file's bytes, for `silkloom clean`: what CleanRun
 * does, with the per-pair work moved off the main thread. The main thread
 * cuts the bytes into chunks of whole lines (tsv-chunk.ts) and hands each to
 * a worker as is; the worker decodes and splits it, runs the steps and
 * answers with each pair's KEPT line and REJECTED text already as UTF-8
 * bytes (tsv-output.ts). What stays here is what must see the pairs in
 * input order: the keyed steps' deciders (dedupe), the run's counts, and
 * copying bytes into the KEPT and REJECTED blocks — no string or object a
 * kept pair. The fit's sample (the first pairs) is decoded here as well,
 * then sent to the workers as bytes like the rest.
 */
import { addCount } from '@silkloom/core';
import type { SequentialDecider } from '../step.ts';
import { ByteWriter } from './byte-writer.ts';
import { type KeyColumn, keyAt } from './chunk-codec.ts';
import { type CleanOptions, CleanRun, type PairDecision } from './clean-pairs.ts';
import type { PairItem } from './process-chunk.ts';
import { emptyRunStats, joinedName, mergeRunStats } from './run-stats.ts';
import { type TsvLineChunk, decodeTsvChunk, tsvLineChunks } from './tsv-chunk.ts';
import { type TsvChunkReply, runTsvChunk } from './tsv-output.ts';
import { inOrder } from './in-order.ts';

export interface TsvExample {
  id: string;
  line: number;
  reasons: string[];
  /** As read. */
  src: string;
  tgt: string;
}

export interface TsvCleanOptions extends Omit<CleanOptions, 'exclusionSink'> {
  /** Each line without exactly two columns, in input order. */
  onMalformed?: (line: number, columns: number) => void;
  /** Report examples: `wants` is asked for every dropped pair's primary reason, in input order (ReportCollector). */
  examples?: { wants(reason: string): boolean; addExample(example: TsvExample): void };
}

/** A chunk's output, in input order: its KEPT lines and its REJECTED lines (`LINE<TAB>REASON<TAB>src<TAB>tgt<TAB>ALL_REASONS`). */
export interface TsvOutputBlock {
  kept: Uint8Array;
  rejected: Uint8Array;
}

const TAB = 9;
const NEWLINE = 10;
const COMMA = 44;

/** The pairs of the chunks it pulls (each chunk also kept in `held`, to be sent on as bytes). */
async function* samplePairs(chunks: AsyncIterator<TsvLineChunk>, held: TsvLineChunk[]): AsyncGenerator<PairItem> {
  for (;;) {
    const next = await chunks.next();
    if (next.done) return;
    held.push(next.value);
    const { pairs, lines } = decodeTsvChunk(next.value);
    for (let k = 0; k < pairs.length; k++) yield { id: `L${lines[k]}`, line: lines[k]!, src: pairs[k]!.src, tgt: pairs[k]!.tgt };
  }
}

export class TsvCleanRun extends CleanRun {
  /** Lines read (pairs and malformed lines), complete once the blocks are read. */
  lines = 0;
  private readonly chunks: AsyncIterator<TsvLineChunk>;
  private readonly held: TsvLineChunk[];
  private readonly tsvOptions: TsvCleanOptions;
  private readonly kept = new ByteWriter();
  private readonly rejected = new ByteWriter();

  constructor(bytes: AsyncIterable<Uint8Array>, options: TsvCleanOptions) {
    const chunks = tsvLineChunks(bytes, options.chunkSize ?? 1000);
    const held: TsvLineChunk[] = [];
    super(samplePairs(chunks, held), options);
    this.chunks = chunks;
    this.held = held;
    this.tsvOptions = options;
  }

  /** Not for this run: its output comes as byte blocks (`blocks`). */
  override async *[Symbol.asyncIterator](): AsyncIterator<PairDecision> {
    throw new Error('TsvCleanRun yields byte blocks: iterate blocks()');
  }

  /** The output, one block a chunk, in input order. */
  async *blocks(): AsyncGenerator<TsvOutputBlock> {
    const t0 = performance.now();
    const workers = this.options.workers ?? 1;
    const { pool, deciders, local } = await this.setUp(this.input[Symbol.asyncIterator](), []);
    const shapes = this.pipeline.steps.map((s) => s.def);
    const runChunk = (chunk: TsvLineChunk): Promise<TsvChunkReply> =>
      pool ? pool.runTsv(chunk) : Promise.resolve(runTsvChunk(0, local, chunk, emptyRunStats(shapes), this.plan.evaluateAll).reply);
    const nextChunk = async (): Promise<TsvLineChunk | undefined> => this.held.shift() ?? (await this.chunks.next()).value ?? undefined;
    const maxInFlight = Math.max(2, workers * 2);
    const ordered = [...deciders];
    try {
      for await (const [, reply] of inOrder(nextChunk, runChunk, maxInFlight)) {
        this.stats = mergeRunStats(this.stats, reply.stats);
        this.lines += reply.lineCount;
        for (let m = 0; m < reply.malformed.length; m += 2) this.tsvOptions.onMalformed?.(reply.malformed[m]!, reply.malformed[m + 1]!);
        yield await this.decideChunk(reply, ordered);
      }
    } finally {
      await pool?.close();
      for (const [i, d] of deciders) if (d.stats) this.deciderStats[this.plan.steps[i]!.name] = d.stats();
      this.wallMs = performance.now() - t0;
    }
  }

  /** Runs the deciders over a chunk's pairs in input order, counts them, and copies out their bytes. */
  private async decideChunk(c: TsvChunkReply, deciders: ReadonlyArray<[number, SequentialDecider]>): Promise<TsvOutputBlock> {
    const columns: KeyColumn[] = [];
    for (const col of c.keys) columns[col.step] = col;
    const p = this.stats.pairs;
    const n = c.lines.length;
    // Kept lines are copied a run at a time: from `runStart` up to the next dropped pair.
    let runStart = 0;
    for (let k = 0; k < n; k++) {
      const reasons: Array<[number, string]> = [];
      for (let q = c.reasonStart[k]!; q < c.reasonStart[k + 1]!; q++) reasons.push([c.reasonStep[q]!, c.names[c.reasonName[q]!]!]);
      for (const [i, decider] of deciders) {
        const t = performance.now();
        // Deciders answer synchronously but for store lookups: await only a promise.
        const pending = decider.decide(keyAt(columns[i]!, k), reasons.length > 0);
        this.recordDecider(i, pending instanceof Promise ? await pending : pending, reasons, t);
      }
      if (deciders.length && reasons.length > 1) reasons.sort((a, b) => a[0] - b[0]);
      const keep = reasons.length === 0;
      addCount(p, 'seen');
      addCount(p, keep ? 'kept' : 'dropped');
      if (keep) continue;
      const keptFrom = k ? c.keptEnd[k - 1]! : 0;
      this.kept.bytes(c.kept, runStart, keptFrom);
      runStart = c.keptEnd[k]!;
      addCount(p, joinedName('primary:', reasons[0]![1]));
      for (let r = 0; r < reasons.length; r++) addCount(p, joinedName('reason:', reasons[r]![1]));
      this.rejectedLine(c, k, reasons);
    }
    this.kept.bytes(c.kept, runStart, n ? c.keptEnd[n - 1]! : 0);
    return { kept: this.kept.take(), rejected: this.rejected.take() };
  }

  /** Pair k's original text as REJECTED shows it: bytes [start, end) of `from`. */
  private originalOf(c: TsvChunkReply, k: number): [from: Uint8Array, start: number, end: number] {
    const start = k ? c.originalEnd[k - 1]! : 0;
    if (c.originalEnd[k]! > start) return [c.original, start, c.originalEnd[k]!];
    // Not sent: the pair passed the workers' steps unchanged, so it is its KEPT line without the '\n'.
    return [c.kept, k ? c.keptEnd[k - 1]! : 0, c.keptEnd[k]! - 1];
  }

  private rejectedLine(c: TsvChunkReply, k: number, reasons: ReadonlyArray<[number, string]>): void {
    const out = this.rejected;
    const [from, start, end] = this.originalOf(c, k);
    out.text(String(c.lines[k]!));
    out.byte(TAB);
    out.text(reasons[0]![1]);
    out.byte(TAB);
    out.bytes(from, start, end);
    out.byte(TAB);
    for (let r = 0; r < reasons.length; r++) {
      if (r) out.byte(COMMA);
      out.text(reasons[r]![1]);
    }
    out.byte(NEWLINE);
    const examples = this.tsvOptions.examples;
    if (examples?.wants(reasons[0]![1])) {
      const asRead = c.asRead.find((a) => a[0] === k);
      const [src, tgt] = asRead ? [asRead[1], asRead[2]] : new TextDecoder('utf-8', { ignoreBOM: true }).decode(from.subarray(start, end)).split('\t');
      examples.addExample({ id: `L${c.lines[k]}`, line: c.lines[k]!, reasons: reasons.map((r) => r[1]), src: src!, tgt: tgt! });
    }
  }
}
