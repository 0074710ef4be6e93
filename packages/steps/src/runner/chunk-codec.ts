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

/** The chunk's pairs, `size` at a time (the last batch may be shorter). */
export function* decodeBatches(msg: ChunkMessage, size: number): Generator<PairText[]> {
  const n = msg.lengths.length / 2;
  let at = 0;
  for (let from = 0; from < n; from += size) {
    const out: PairText[] = new Array(Math.min(size, n - from));
    for (let k = 0; k < out.length; k++) {
      const src = msg.texts.slice(at, (at += msg.lengths[2 * (from + k)]!));
      const tgt = msg.texts.slice(at, (at += msg.lengths[2 * (from + k) + 1]!));
      out[k] = { src, tgt };
    }
    yield out;
  }
}

type KeyColumn =
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

/** Packs a worker's records; `inputs` are the texts the chunk arrived with (to send only changed sides). */
export function encodeChunkResult(seq: number, inputs: readonly PairText[], records: readonly ChunkRecord[], stats: RunStats): { reply: EncodedChunk; transfer: ArrayBuffer[] } {
  const encoder = new ChunkResultEncoder(records.length);
  encoder.add(inputs, records);
  return encoder.finish(seq, stats);
}

/** A typed array's contents as a growing list (doubling its buffer). */
class Growing<T extends Uint16Array | Float64Array> {
  length = 0;
  private values: T;
  constructor(values: T) {
    this.values = values;
  }
  push(v: number): void {
    if (this.length === this.values.length) {
      const grown = new (this.values.constructor as new (n: number) => T)(Math.max(64, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = v;
  }
  /** The values pushed, in an array of their own length (transferable). */
  done(): T {
    return this.values.slice(0, this.length) as T;
  }
}

/**
 * {@link encodeChunkResult} batch by batch: the worker runs a chunk through
 * its steps a batch at a time and packs each batch's records here at once,
 * so records, their measures and keys die young instead of living as long
 * as the chunk (with a 4 MB semi-space they were promoted, and old space
 * filled with them: bench/clean/README.md, branch gcdiet). The reply is the
 * one a single `add` of every record gives.
 */
export class ChunkResultEncoder {
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  private readonly changed: Uint8Array;
  private readonly texts: string[] = [];
  private readonly lengths: number[] = [];
  private readonly scoreStart: Int32Array;
  private readonly scoreName = new Growing(new Uint16Array(0));
  private readonly scoreValue = new Growing(new Float64Array(0));
  private readonly reasonStart: Int32Array;
  private readonly reasonStep = new Growing(new Uint16Array(0));
  private readonly reasonName = new Growing(new Uint16Array(0));
  /** Keyed steps (those of the chunk's first record) and each one's column per batch. */
  private keySteps: number[] | undefined;
  private readonly keyParts: KeyColumn[][] = [];
  private k = 0;
  private readonly n: number;

  constructor(n: number) {
    this.n = n;
    this.changed = new Uint8Array(n);
    this.scoreStart = new Int32Array(n + 1);
    this.reasonStart = new Int32Array(n + 1);
  }

  private nameOf(s: string): number {
    let i = this.nameIndex.get(s);
    if (i === undefined) this.nameIndex.set(s, (i = this.names.push(s) - 1));
    return i;
  }

  /** The next records of the chunk, in order, with the texts they arrived with. */
  add(inputs: readonly PairText[], records: readonly ChunkRecord[]): void {
    for (let j = 0; j < records.length; j++, this.k++) {
      const r = records[j]!, k = this.k;
      if (r.src !== inputs[j]!.src) {
        this.changed[k]! |= 1;
        this.texts.push(r.src);
        this.lengths.push(r.src.length);
      }
      if (r.tgt !== inputs[j]!.tgt) {
        this.changed[k]! |= 2;
        this.texts.push(r.tgt);
        this.lengths.push(r.tgt.length);
      }
      for (const name in r.scores) {
        this.scoreName.push(this.nameOf(name));
        this.scoreValue.push(r.scores[name]!);
      }
      this.scoreStart[k + 1] = this.scoreValue.length;
      for (const [step, reason] of r.reasons) {
        this.reasonStep.push(step);
        this.reasonName.push(this.nameOf(reason));
      }
      this.reasonStart[k + 1] = this.reasonStep.length;
    }
    if (!records.length) return;
    this.keySteps ??= Object.keys(records[0]!.keys).map(Number);
    this.keySteps.forEach((step, i) => (this.keyParts[i] ??= []).push(keyColumn(step, records)));
  }

  finish(seq: number, stats: RunStats): { reply: EncodedChunk; transfer: ArrayBuffer[] } {
    if (this.k !== this.n) throw new Error(`chunk result: ${this.k} of ${this.n} records added`);
    const keys = (this.keySteps ?? []).map((step, i) => joinKeyColumns(step, this.keyParts[i]!));
    const { changed, names, scoreStart, reasonStart } = this;
    const scoreName = this.scoreName.done(), scoreValue = this.scoreValue.done();
    const reasonStep = this.reasonStep.done(), reasonName = this.reasonName.done();
    const changedLengths = Int32Array.from(this.lengths);
    const reply: EncodedChunk = { seq, stats, changed, changedTexts: this.texts.join(''), changedLengths, names, scoreStart, scoreName, scoreValue, reasonStart, reasonStep, reasonName, keys };
    const transfer = [changed, changedLengths, scoreStart, scoreName, scoreValue, reasonStart, reasonStep, reasonName].map((a) => a.buffer as ArrayBuffer);
    for (const c of keys) if (c.kind !== 'any') transfer.push(c.values.buffer as ArrayBuffer, ...(c.kind === 'number' ? [] : [c.offsets.buffer as ArrayBuffer]));
    return { reply, transfer };
  }
}

/**
 * One step's key columns of consecutive batches as the column of all their
 * records: joined when of one kind; else 'any' (as keyColumn makes it when
 * the records' keys are of mixed kinds), a packed key given back as a number
 * or a copy of its typed array (same type and values).
 */
function joinKeyColumns(step: number, parts: readonly KeyColumn[]): KeyColumn {
  if (parts.length === 1) return parts[0]!;
  const kind = parts[0]!.kind;
  if (parts.every((p) => p.kind === kind)) {
    if (kind === 'any') return { step, kind, values: parts.flatMap((p) => p.values as unknown[]) };
    if (kind === 'number') return { step, kind, values: concatTyped(Float64Array, parts.map((p) => p.values as Float64Array)) };
    const Type = kind === 'u32' ? Uint32Array : Float64Array;
    const values = concatTyped(Type as Float64ArrayConstructor, parts.map((p) => p.values as Float64Array));
    const offsets = new Int32Array(parts.reduce((n, p) => n + (p as { offsets: Int32Array }).offsets.length - 1, 0) + 1);
    let k = 0, base = 0;
    for (const p of parts) {
      const o = (p as { offsets: Int32Array }).offsets;
      for (let j = 1; j < o.length; j++) offsets[++k] = base + o[j]!;
      base += o[o.length - 1]!;
    }
    return { step, kind, values, offsets } as KeyColumn;
  }
  const values: unknown[] = [];
  for (const p of parts) {
    if (p.kind === 'any') values.push(...p.values);
    else if (p.kind === 'number') values.push(...p.values);
    else for (let j = 0; j + 1 < p.offsets.length; j++) values.push(p.values.slice(p.offsets[j]!, p.offsets[j + 1]!));
  }
  return { step, kind: 'any', values };
}

function concatTyped<T extends Float64Array>(Type: { new (n: number): T }, parts: readonly T[]): T {
  const out = new Type(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
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
    for (const col of c.keys) {
      if (col.kind === 'number' || col.kind === 'any') keys[col.step] = col.values[k];
      else keys[col.step] = col.values.subarray(col.offsets[k]!, col.offsets[k + 1]!);
    }
    out[k] = { src, tgt, reasons, scores, keys };
  }
  return out;
}
