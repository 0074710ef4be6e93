/**
 * `silkloom demo` cleaning scored against the demo's noise key
 * (data/demo/noise-key.tsv), per unit: a unit the key says to `remove` should
 * be rejected, every other unit (clean ones and those that only need
 * normalising) kept. Prints the confusion counts and the misses, and guards
 * them against regressions (SQLite only: the decision does not depend on the
 * store).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '@silkloom/store';
import { freshTestLocation, type TestLocation } from '@silkloom/store/testing';
import { runCli } from '../cli-testing.ts';

const KEY = new URL('../../../../data/demo/noise-key.tsv', import.meta.url);

/** Unit ids the key says to remove, with their noise kinds. */
function unitsToRemove(): Map<string, string> {
  const [header, ...rows] = readFileSync(KEY, 'utf8').trim().split('\n').map((l) => l.split('\t'));
  const col = (name: string) => header!.indexOf(name);
  const remove = new Map<string, string>();
  for (const r of rows) if (r[col('action')] === 'remove') remove.set(r[col('unit_id')]!, r[col('noise_kind')]!);
  return remove;
}

describe('silkloom demo: cleaning against the noise key', () => {
  let t: TestLocation;
  before(async () => {
    t = await freshTestLocation('sqlite');
  });
  after(async () => t.dispose());

  it('rejects the units the key lists for removal and keeps the others', async () => {
    const r = await runCli(['demo', '--report', join(t.dir, 'report.html'), '--json', ...t.cliArgs]);
    assert.equal(r.code, 0, r.stderr);
    const remove = unitsToRemove();
    const store = await openStore(t.location);
    let tp = 0, fp = 0, fn = 0, tn = 0;
    const misses: string[] = [];
    try {
      for await (const unit of store.units.stream({ corpus: 'demo' })) {
        const rejected = unit.status === 'rejected';
        const kind = remove.get(unit.id);
        if (kind && rejected) tp++;
        else if (kind) {
          fn++;
          misses.push(`FN ${unit.id} (${kind})`);
        } else if (rejected) {
          fp++;
          misses.push(`FP ${unit.id} [${unit.rejectReasons?.join(' ')}]`);
        } else tn++;
      }
    } finally {
      await store.close();
    }
    console.log(`demo vs noise key (units): rejected ${tp + fp}, TP ${tp}, FP ${fp}, FN ${fn}, TN ${tn}\n  ${misses.join('\n  ')}`);
    assert.equal(tp + fn, remove.size, 'every unit in the key was cleaned');
    // Measured: 21 rejected, TP 19, FP 2, FN 8 (before the number, non-letter, call-to-action and short-side fixes: FP 14;
    // before the alignment step needed 200 sample pairs: FP 4 — on the 175 en pairs of the TMX it only made false rejects).
    // Since length calibration counts a bracketed Latin gloss as nothing (FLORES dev spreads 3–9 % narrower): FP 3 —
    // tmx-150's Persian (28 words for 24 Chinese characters, z 3.7) now crosses max_z 3.5; max_z 3.75 gave a lower
    // mean F1 on noisy FLORES dev, so the threshold stays.
    assert.ok(fp <= 3 && fn <= 8, `FP ${fp}, FN ${fn}`);
  });
});
