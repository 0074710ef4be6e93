/**
 * What crosses between the main thread and a worker for one chunk, packed so
 * structured cloning copies a few strings and typed arrays (moved, not
 * copied) instead of thousands of small objects: the pairs' texts joined
 * with their lengths; back, only the sides a normaliser changed, the scores
 * and reasons as runs over per-chunk name tables, and each keyed step's keys
 * as one column (numbers and typed arrays packed, anything else as is).
 */
import type { PairText } from '../step.ts';
import type { ChunkRecord } from './process-chunk.ts';
import type { RunStats } from './run-stats.ts';

export interface ChunkMessage {
  seq: number;
  /** src₀ tgt₀ src₁ tgt₁ … concatenated. */
  texts: string;
  lengths: Int32Array;
}

export function encodePairs(seq: number, items: readonly PairText[]): { message: ChunkMessage; transfer: ArrayBuffer[] } {
  const lengths = new Int32Array(items.length * 2);
  const parts: string[] = new Array(items.length * 2);
  for (let k = 0; k < items.length; k++) {
    parts[2 * k] = items[k]!.src;
    parts[2 * k + 1] = items[k]!.tgt;
    lengths[2 * k] = items[k]!.src.length;
    lengths[2 * k + 1] = items[k]!.tgt.length;
  }
  return { message: { seq, texts: parts.join(''), lengths }, transfer: [lengths.buffer as ArrayBuffer] };
}

export function decodePairs(msg: ChunkMessage): PairText[] {
  const out: PairText[] = new Array(msg.lengths.length / 2);
  let at = 0;
  for (let k = 0; k < out.length; k++) {
    const src = msg.texts.slice(at, (at += msg.lengths[2 * k]!));
    const tgt = msg.texts.slice(at, (at += msg.lengths[2 * k + 1]!));
    out[k] = { src, tgt };
  }
  return out;
}

export type KeyColumn =
  | { step: number; kind: 'number'; values: Float64Array }
  | { step: number; kind: 'u32' | 'f64'; values: Uint32Array | Float64Array; offsets: Int32Array }
  | { step: number; kind: 'any'; values: unknown[] };

export interface EncodedChunk {
  seq: number;
  stats: RunStats;
  /** Per record: 1 = src changed, 2 = tgt changed; the changed texts joined, with lengths. */
  changed: Uint8Array;
  changedTexts: string;
  changedLengths: Int32Array;
  names: string[];
  /** Record k's scores are entries scoreStart[k] … scoreStart[k+1]−1 of (scoreName, scoreValue). */
  scoreStart: Int32Array;
  scoreName: Uint16Array;
  scoreValue: Float64Array;
  /** Record k's reasons are entries reasonStart[k] … of (reasonStep, reasonName). */
  reasonStart: Int32Array;
  reasonStep: Uint16Array;
  reasonName: Uint16Array;
  keys: KeyColumn[];
}

function keyColumn(step: number, records: readonly ChunkRecord[]): KeyColumn {
  const first = records[0]?.keys[step];
  const all = (test: (k: unknown) => boolean) => records.every((r) => test(r.keys[step]));
  if (typeof first === 'number' && all((k) => typeof k === 'number')) return { step, kind: 'number', values: Float64Array.from(records, (r) => r.keys[step] as number) };
  for (const [kind, Type] of [['u32', Uint32Array], ['f64', Float64Array]] as const) {
    if (!(first instanceof Type) || !all((k) => k instanceof Type)) continue;
    const offsets = new Int32Array(records.length + 1);
    for (let k = 0; k < records.length; k++) offsets[k + 1] = offsets[k]! + (records[k]!.keys[step] as ArrayLike<number>).length;
    const values = new Type(offsets[records.length]!);
    for (let k = 0; k < records.length; k++) values.set(records[k]!.keys[step] as ArrayLike<number>, offsets[k]!);
    return { step, kind, values, offsets };
  }
  return { step, kind: 'any', values: records.map((r) => r.keys[step]) };
}

/** The key columns of a chunk's keyed steps. */
export function keyColumns(records: readonly ChunkRecord[]): KeyColumn[] {
  const keySteps = records.length ? Object.keys(records[0]!.keys).map(Number) : [];
  return keySteps.map((step) => keyColumn(step, records));
}

/** Record k's key in a column (typed arrays as views: no copy). */
export function keyAt(col: KeyColumn, k: number): unknown {
  if (col.kind === 'number' || col.kind === 'any') return col.values[k];
  return col.values.subarray(col.offsets[k]!, col.offsets[k + 1]!);
}

/** The buffers of key columns, to transfer. */
export function keyBuffers(keys: readonly KeyColumn[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const c of keys) if (c.kind !== 'any') out.push(c.values.buffer as ArrayBuffer, ...(c.kind === 'number' ? [] : [c.offsets.buffer as ArrayBuffer]));
  return out;
}

/** Packs a worker's records; `inputs` are the texts the chunk arrived with (to send only changed sides). */
export function encodeChunkResult(seq: number, inputs: readonly PairText[], records: readonly ChunkRecord[], stats: RunStats): { reply: EncodedChunk; transfer: ArrayBuffer[] } {
  const n = records.length;
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const nameOf = (s: string) => {
    let i = nameIndex.get(s);
    if (i === undefined) nameIndex.set(s, (i = names.push(s) - 1));
    return i;
  };
  const changed = new Uint8Array(n);
  const texts: string[] = [];
  const lengths: number[] = [];
  let scores = 0, reasons = 0;
  for (const r of records) {
    for (const _ in r.scores) scores++;
    reasons += r.reasons.length;
  }
  const scoreStart = new Int32Array(n + 1), scoreName = new Uint16Array(scores), scoreValue = new Float64Array(scores);
  const reasonStart = new Int32Array(n + 1), reasonStep = new Uint16Array(reasons), reasonName = new Uint16Array(reasons);
  let s = 0, q = 0;
  for (let k = 0; k < n; k++) {
    const r = records[k]!;
    if (r.src !== inputs[k]!.src) {
      changed[k] |= 1;
      texts.push(r.src);
      lengths.push(r.src.length);
    }
    if (r.tgt !== inputs[k]!.tgt) {
      changed[k] |= 2;
      texts.push(r.tgt);
      lengths.push(r.tgt.length);
    }
    for (const name in r.scores) {
      scoreName[s] = nameOf(name);
      scoreValue[s++] = r.scores[name]!;
    }
    scoreStart[k + 1] = s;
    for (const [step, reason] of r.reasons) {
      reasonStep[q] = step;
      reasonName[q++] = nameOf(reason);
    }
    reasonStart[k + 1] = q;
  }
  const keys = keyColumns(records);
  const changedLengths = Int32Array.from(lengths);
  const reply: EncodedChunk = { seq, stats, changed, changedTexts: texts.join(''), changedLengths, names, scoreStart, scoreName, scoreValue, reasonStart, reasonStep, reasonName, keys };
  const transfer = [changed, changedLengths, scoreStart, scoreName, scoreValue, reasonStart, reasonStep, reasonName].map((a) => a.buffer as ArrayBuffer);
  transfer.push(...keyBuffers(keys));
  return { reply, transfer };
}

/** Unpacks a worker's reply into records, given the chunk's input texts. */
export function decodeChunkResult(c: EncodedChunk, inputs: readonly PairText[]): ChunkRecord[] {
  const out: ChunkRecord[] = new Array(inputs.length);
  let at = 0, t = 0;
  const nextText = () => c.changedTexts.slice(at, (at += c.changedLengths[t++]!));
  for (let k = 0; k < inputs.length; k++) {
    const flags = c.changed[k]!;
    const src = flags & 1 ? nextText() : inputs[k]!.src;
    const tgt = flags & 2 ? nextText() : inputs[k]!.tgt;
    const scores: Record<string, number> = {};
    for (let s = c.scoreStart[k]!; s < c.scoreStart[k + 1]!; s++) scores[c.names[c.scoreName[s]!]!] = c.scoreValue[s]!;
    const reasons: Array<[number, string]> = [];
    for (let q = c.reasonStart[k]!; q < c.reasonStart[k + 1]!; q++) reasons.push([c.reasonStep[q]!, c.names[c.reasonName[q]!]!]);
    const keys: Record<number, unknown> = {};
    for (const col of c.keys) keys[col.step] = keyAt(col, k);
    out[k] = { src, tgt, reasons, scores, keys };
  }
  return out;
}
