/**
 * A worker's side of the TSV fast path (clean-tsv.ts): decodes a chunk of
 * raw lines, runs it through the steps, and answers with the bytes the
 * command writes, so the main thread neither splits lines nor builds a
 * string a pair. For each pair: its KEPT line (`src<TAB>tgt\n`, normalised,
 * tabs and line breaks as spaces) when no step here dropped it, and its
 * original `src<TAB>tgt` as REJECTED shows it when that may be needed and
 * differs from the kept line; its reasons and its keyed steps' keys packed as
 * in chunk-codec.ts (the main thread's deciders still run in input order).
 */
import type { PairText } from '../step.ts';
import { ByteWriter } from './byte-writer.ts';
import { type KeyColumn, keyBuffers, keyColumns } from './chunk-codec.ts';
import { type BuiltStep, type ChunkRecord, processChunk } from './process-chunk.ts';
import type { RunStats } from './run-stats.ts';
import { type TsvLineChunk, decodeTsvChunk } from './tsv-chunk.ts';

export interface TsvChunkReply {
  seq: number;
  tsv: true;
  stats: RunStats;
  /** Lines the chunk held: pairs and malformed lines. */
  lineCount: number;
  /** (line, columns) of each malformed line. */
  malformed: number[];
  /** The 1-based input line of each pair. */
  lines: Int32Array;
  names: string[];
  /** Pair k's reasons are entries reasonStart[k] … reasonStart[k+1]−1 of (reasonStep, reasonName). */
  reasonStart: Int32Array;
  reasonStep: Uint16Array;
  reasonName: Uint16Array;
  keys: KeyColumn[];
  /** Pair k's KEPT line is bytes keptEnd[k−1] … keptEnd[k] (none when a step here dropped it). */
  kept: Uint8Array;
  keptEnd: Int32Array;
  /** Pair k's original `src<TAB>tgt` for REJECTED, bytes originalEnd[k−1] … originalEnd[k]; none when it equals the kept line. */
  original: Uint8Array;
  originalEnd: Int32Array;
  /** Pairs whose text as read had a carriage return (REJECTED shows a space): [k, src, tgt], for report examples. */
  asRead: Array<[number, string, string]>;
}

const BREAKS = /[\t\r\n]/;
/** REJECTED and KEPT keep one pair a line (clean.ts's rule). */
export const oneLine = (s: string): string => (BREAKS.test(s) ? s.replace(/[\t\r\n]+/g, ' ') : s);

const TAB = 9;
const NEWLINE = 10;

function writePair(out: ByteWriter, src: string, tgt: string): void {
  out.text(oneLine(src));
  out.byte(TAB);
  out.text(oneLine(tgt));
}

function packReasons(records: readonly ChunkRecord[]) {
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  let count = 0;
  for (const r of records) count += r.reasons.length;
  const reasonStart = new Int32Array(records.length + 1), reasonStep = new Uint16Array(count), reasonName = new Uint16Array(count);
  let q = 0;
  for (let k = 0; k < records.length; k++) {
    for (const [step, reason] of records[k]!.reasons) {
      let i = nameIndex.get(reason);
      if (i === undefined) nameIndex.set(reason, (i = names.push(reason) - 1));
      reasonStep[q] = step;
      reasonName[q++] = i;
    }
    reasonStart[k + 1] = q;
  }
  return { names, reasonStart, reasonStep, reasonName };
}

const keptBytes = new ByteWriter();
const originalBytes = new ByteWriter();

/** Runs one chunk of raw TSV lines through `steps` (statistics into `stats`) and packs the reply. */
export function runTsvChunk(seq: number, steps: readonly BuiltStep[], chunk: TsvLineChunk, stats: RunStats, evaluateAll: boolean): { reply: TsvChunkReply; transfer: ArrayBuffer[] } {
  const { pairs, lines, malformed, lineCount } = decodeTsvChunk(chunk);
  const records = processChunk(steps, pairs, stats, evaluateAll);
  const n = records.length;
  const keptEnd = new Int32Array(n), originalEnd = new Int32Array(n);
  const asRead: Array<[number, string, string]> = [];
  for (let k = 0; k < n; k++) {
    const r = records[k]!, p: PairText = pairs[k]!;
    const dropped = r.reasons.length > 0;
    if (!dropped) {
      writePair(keptBytes, r.src, r.tgt);
      keptBytes.byte(NEWLINE);
    }
    keptEnd[k] = keptBytes.length;
    if (dropped || r.src !== p.src || r.tgt !== p.tgt) writePair(originalBytes, p.src, p.tgt);
    originalEnd[k] = originalBytes.length;
    if (p.src.includes('\r') || p.tgt.includes('\r')) asRead.push([k, p.src, p.tgt]);
  }
  const keys = keyColumns(records);
  const reply: TsvChunkReply = { seq, tsv: true, stats, lineCount, malformed, lines, ...packReasons(records), keys, kept: keptBytes.take(), keptEnd, original: originalBytes.take(), originalEnd, asRead };
  const transfer = [lines, reply.reasonStart, reply.reasonStep, reply.reasonName, reply.kept, keptEnd, reply.original, originalEnd].map((a) => a.buffer as ArrayBuffer);
  transfer.push(...keyBuffers(keys));
  return { reply, transfer };
}
