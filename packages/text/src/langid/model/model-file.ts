/**
 * The compact file format of a precomputed n-gram model (the built-in one is
 * `builtin-langid.bin`, written by build-builtin-model.ts): a JSON header
 * (languages, scripts, totals, and extra data the discriminators need) and
 * the model's n-gram trie with raw counts, as unsigned LEB128 varints.
 *
 *   "SLMLID\0\1"  u32 LE header length  header (UTF-8 JSON)
 *   varint nodes; per node (breadth first, by parent then code unit):
 *     varint zigzag(parent − previous parent), varint code unit, varint postings,
 *     per posting: varint (language − previous language − 1), varint count
 *
 * Counts, not log-probabilities: integers round-trip exactly, smoothing
 * stays in one place (ngram-model.ts), and the model's JSON form
 * (`builtinModel()`) can be rebuilt from the file. Deterministic: the same
 * model always gives the same bytes.
 */
import type { LangTag } from '@silkloom/core';
import type { CountedModel } from '../ngram-model.ts';
import type { LangIdModel } from '../types.ts';

const MAGIC = [0x53, 0x4c, 0x4d, 0x4c, 0x49, 0x44, 0x00, 0x01]; // "SLMLID" 0 1

/** What the header carries besides the counts. */
export interface ModelFileHeader {
  format: 'silkloom-langid-compact';
  version: 1;
  order: number;
  langs: LangTag[];
  scripts: Record<LangTag, string>;
  totals: number[][];
  source?: string;
  /** Extra data for the discriminators (see builtin-model.ts). */
  extra?: Record<string, unknown>;
}

/** Trie nodes of a JSON model, breadth first: parent, code unit and count postings of each. */
function trieOf(model: LangIdModel): { parents: number[]; units: number[]; postings: Array<number[] | undefined> } {
  const grams = Object.keys(model.counts);
  const paths = new Set<string>();
  for (const g of grams) for (let end = 1; end <= g.length; end++) paths.add(g.slice(0, end));
  const byDepth: string[][] = [];
  for (const p of paths) (byDepth[p.length - 1] ??= []).push(p);
  const id = new Map<string, number>([['', 0]]);
  const parents = [0];
  const units = [0];
  const postings: Array<number[] | undefined> = [undefined];
  for (const level of byDepth) {
    const nodes = level.map((p) => ({ p, parent: id.get(p.slice(0, -1))!, unit: p.charCodeAt(p.length - 1) }));
    nodes.sort((a, b) => a.parent - b.parent || a.unit - b.unit);
    for (const n of nodes) {
      id.set(n.p, parents.length);
      parents.push(n.parent);
      units.push(n.unit);
      postings.push(model.counts[n.p]);
    }
  }
  return { parents, units, postings };
}

/** Encodes a trained model (and extra header data) in the compact format. */
export function encodeModelFile(model: LangIdModel, extra?: Record<string, unknown>): Uint8Array {
  const header: ModelFileHeader = {
    format: 'silkloom-langid-compact', version: 1, order: model.order, langs: model.langs, scripts: model.scripts,
    totals: model.totals, source: model.source, extra,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const { parents, units, postings } = trieOf(model);
  const body: number[] = [];
  const varint = (v: number) => {
    for (; v >= 0x80; v = Math.floor(v / 0x80)) body.push((v & 0x7f) | 0x80);
    body.push(v);
  };
  varint(parents.length - 1);
  for (let k = 1; k < parents.length; k++) {
    const delta = parents[k]! - parents[k - 1]!;
    varint(delta >= 0 ? delta * 2 : -delta * 2 - 1);
    varint(units[k]!);
    const flat = postings[k] ?? [];
    varint(flat.length / 2);
    let last = -1;
    for (let i = 0; i < flat.length; i += 2) {
      varint(flat[i]! - last - 1);
      varint(flat[i + 1]!);
      last = flat[i]!;
    }
  }
  const out = new Uint8Array(MAGIC.length + 4 + json.length + body.length);
  out.set(MAGIC);
  new DataView(out.buffer).setUint32(MAGIC.length, json.length, true);
  out.set(json, MAGIC.length + 4);
  out.set(body, MAGIC.length + 4 + json.length);
  return out;
}

/** Decodes a compact model file into counts ready for `compileCounts`; throws a plain Error when it is not one. */
export function decodeModelFile(bytes: Uint8Array): { header: ModelFileHeader; counted: CountedModel } {
  if (bytes.length < MAGIC.length + 4 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not a silkloom compact language model');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length, true);
  let at = MAGIC.length + 4;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(at, at + length))) as ModelFileHeader;
  at += length;
  const varint = (): number => {
    let v = 0;
    for (let scale = 1; ; scale *= 0x80) {
      const b = bytes[at++];
      if (b === undefined) throw new Error('compact language model is truncated');
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
    }
  };
  const nodes = varint() + 1;
  const parents = new Int32Array(nodes);
  const units = new Uint16Array(nodes);
  const postStart = new Int32Array(nodes + 1);
  const langs: number[] = [];
  const counts: number[] = [];
  for (let k = 1; k < nodes; k++) {
    const z = varint();
    parents[k] = parents[k - 1]! + (z & 1 ? -(z + 1) / 2 : z / 2);
    units[k] = varint();
    postStart[k] = langs.length;
    let last = -1;
    for (let n = varint(); n > 0; n--) {
      last += varint() + 1;
      langs.push(last);
      counts.push(varint());
    }
  }
  postStart[nodes] = langs.length;
  const order = header.order;
  const depth = new Uint8Array(nodes);
  const vocab = new Array<number>(order).fill(0);
  for (let k = 1; k < nodes; k++) {
    depth[k] = depth[parents[k]!]! + 1;
    if (postStart[k + 1]! > postStart[k]!) vocab[Math.min(depth[k]!, order) - 1]!++;
  }
  return {
    header,
    counted: {
      order, langs: header.langs, scripts: header.scripts, totals: header.totals, vocab,
      parents, units, postStart, postLang: Uint16Array.from(langs), postCount: Float64Array.from(counts),
    },
  };
}

/** The JSON form of a decoded model (gram strings rebuilt from the trie). */
export function modelFromCounts(header: ModelFileHeader, m: CountedModel): LangIdModel {
  const grams: string[] = [''];
  const counts: Record<string, number[]> = {};
  for (let k = 1; k < m.parents.length; k++) {
    grams[k] = grams[m.parents[k]!]! + String.fromCharCode(m.units[k]!);
    const flat: number[] = [];
    for (let p = m.postStart[k]!; p < m.postStart[k + 1]!; p++) flat.push(m.postLang[p]!, m.postCount[p]!);
    if (flat.length) counts[grams[k]!] = flat;
  }
  const sorted: Record<string, number[]> = {};
  for (const g of Object.keys(counts).sort()) sorted[g] = counts[g]!;
  return { format: 'silkloom-langid', version: 1, order: header.order, langs: header.langs, scripts: header.scripts, counts: sorted, totals: header.totals, source: header.source };
}
