/**
 * The import's UnitSink: encodes each unit as it arrives and writes them in
 * chunks through the dialect's bulk path, so memory holds one chunk at most
 * however large the file. Writes are chained, so an `add` that is not awaited
 * cannot interleave chunks; the first write error is rethrown by every later
 * call and by `finish`.
 */
import type { LangTag, TranslationUnit } from '@silkloom/core';
import type { Tx } from '../engine.ts';
import { storeError } from '../errors.ts';
import { codedError } from '../guard.ts';
import type { UnitSink } from '../types.ts';
import { type BatchContext, type EncodedUnit, encodeUnit } from './unit-encode.ts';

export const CHUNK_UNITS = 2000;

export class BufferedUnitSink implements UnitSink {
  readonly #tx: Tx;
  readonly #batch: BatchContext;
  #pending: EncodedUnit[] = [];
  #writing: Promise<void> = Promise.resolve();
  #failure: unknown;
  #state: 'open' | 'finished' | 'failed' = 'open';
  #added = 0;
  #variants = 0;
  readonly byLang: Record<LangTag, number> = {};

  constructor(tx: Tx, batch: BatchContext) {
    this.#tx = tx;
    this.#batch = batch;
  }

  get added(): number {
    return this.#added;
  }

  get variants(): number {
    return this.#variants;
  }

  add(unit: TranslationUnit): Promise<void> {
    if (this.#state !== 'open') {
      return Promise.reject(storeError('SLM_STORE_SINK_CLOSED', { batchId: this.#batch.batchId, state: this.#state }));
    }
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    let encoded: EncodedUnit;
    try {
      encoded = encodeUnit(unit, this.#batch);
    } catch (err) {
      return Promise.reject(err);
    }
    this.#pending.push(encoded);
    this.#added += 1;
    this.#variants += encoded.variants.length;
    for (const variant of encoded.variants) this.byLang[variant.lang] = (this.byLang[variant.lang] ?? 0) + 1;
    return this.#pending.length >= CHUNK_UNITS ? this.#flush() : Promise.resolve();
  }

  #flush(): Promise<void> {
    const chunk = this.#pending;
    this.#pending = [];
    this.#writing = this.#writing.then(async () => {
      if (this.#failure !== undefined || this.#state === 'failed' || !chunk.length) return;
      try {
        await this.#write(chunk);
      } catch (err) {
        this.#failure = codedError('write a chunk of units', err);
      }
      if (this.#failure !== undefined) throw this.#failure;
    });
    // The failure is kept and rethrown by later calls and finish(); an add() nobody awaited must not crash Node.
    this.#writing.catch(() => {});
    return this.#writing;
  }

  async #write(chunk: EncodedUnit[]): Promise<void> {
    const ids = await this.#tx.reserveUnitIds(chunk.length);
    const units = [];
    const variants = [];
    for (let i = 0; i < chunk.length; i++) {
      const { unit, variants: unitVariants } = chunk[i]!;
      unit.id = ids[i]!;
      units.push(unit);
      for (const variant of unitVariants) {
        variant.unit_id = unit.id;
        variants.push(variant);
      }
    }
    await this.#tx.writeUnits(units, variants);
  }

  /** Writes what is buffered; after this, `add` refuses. */
  async finish(): Promise<void> {
    await this.#flush();
    this.#state = 'finished';
  }

  /**
   * Marks the sink dead after the import failed (a late `add` gets a clear error,
   * queued chunks are dropped) and waits for a chunk being written, so that no
   * write can reach the connection after the transaction rolled back.
   */
  async abandon(): Promise<void> {
    this.#state = 'failed';
    this.#pending = [];
    await this.#writing.catch(() => {});
  }
}
