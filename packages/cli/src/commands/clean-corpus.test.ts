/**
 * `silkloom clean --corpus` (store mode) through the real binary on both
 * dialects: units are marked clean or rejected with reasons, never deleted;
 * validated units are left alone; the run is stored with its report; a
 * second run decides the same. Also file mode on a TMX input.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '@silkloom/store';
import { freshTestLocation, testDialects, type TestLocation } from '@silkloom/store/testing';
import { FIXTURES, runCli } from '../cli-testing.ts';

const DEMO_TSV = new URL('../../../../data/demo/demo.tsv', import.meta.url).pathname;

for (const dialect of testDialects()) {
  describe(`silkloom clean --corpus on ${dialect}`, () => {
    let t: TestLocation;
    const cli = (...args: string[]) => runCli([...args, ...t.cliArgs]);

    before(async () => {
      t = await freshTestLocation(dialect);
      const r = await cli('import', DEMO_TSV, '--corpus', 'tsv', '--quiet');
      assert.equal(r.code, 0, r.stderr);
    });
    after(async () => t.dispose());

    it('marks every unit clean or rejected with reasons, keeps them all, and stores the run with its report', async () => {
      const store = await openStore(t.location);
      let validatedId: string;
      try {
        validatedId = (await store.units.list({ corpus: 'tsv' }, { limit: 1 })).units[0]!.unitId;
        await store.units.setStatus([{ unitId: validatedId, status: 'validated' }]);
      } finally {
        await store.close();
      }
      const report = join(t.dir, 'report.html');
      const r = await cli('clean', '--corpus', 'tsv', '--report', report, '--json');
      assert.equal(r.code, 0, r.stderr);
      const result = r.json();
      assert.equal(result.units.seen, 99, 'every unit but the validated one was decided');
      assert.equal(result.units.clean + result.units.rejected, 99);
      assert.ok(result.units.rejected > 0 && result.units.rejected < 30, `rejected ${result.units.rejected}`);
      assert.deepEqual(result.pairs.map((p: { tgtLang: string }) => p.tgtLang).sort(), ['ar', 'fa', 'hi', 'kk', 'ms', 'ru', 'sw', 'ur']);
      assert.match(readFileSync(report, 'utf8'), /<html[\s\S]*zh-Hans → ru/);
      const stats = (await cli('stats', '--corpus', 'tsv', '--json')).json();
      assert.equal(stats.units, 100, 'nothing was deleted');
      assert.equal(stats.statuses.validated, 1);
      assert.equal(stats.statuses.rejected, result.units.rejected);
      const check = await openStore(t.location);
      try {
        assert.equal((await check.units.get(validatedId)).status, 'validated');
        for await (const unit of check.units.stream({ corpus: 'tsv', status: 'rejected' })) {
          assert.ok(unit.rejectReasons?.length, `unit ${unit.id} has reasons`);
          assert.ok(unit.rejectReasons!.every((reason) => /^[a-z]{2}(-[A-Za-z]+)?:[a-z_:]+$/.test(reason)), unit.rejectReasons!.join());
        }
        const runs = await check.runs.list('tsv');
        const clean = runs.find((run) => run.kind === 'clean')!;
        assert.equal(clean.status, 'finished');
        assert.match((clean.report as { html: string }).html, /<!doctype html>/i);
      } finally {
        await check.close();
      }
      const again = (await cli('clean', '--corpus', 'tsv', '--json')).json();
      assert.deepEqual(again.units, result.units, 'a second run decides the same');
    });

    it('cleans one language pair on request, and refuses unknown statuses', async () => {
      const r = await cli('clean', '--corpus', 'tsv', '--tgt', 'ar', '--json');
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(r.json().pairs.map((p: { tgtLang: string }) => p.tgtLang), ['ar']);
      const bad = await cli('clean', '--corpus', 'tsv', '--status', 'maybe', '--json');
      assert.equal(bad.code, 1);
      assert.equal(bad.json().error.code, 'SLM_CLI_USAGE');
    });
  });
}

describe('silkloom clean on a TMX file', () => {
  it('cleans the units of any importable format, with LINE the line the unit starts on', async () => {
    const t = await freshTestLocation('sqlite');
    try {
      const kept = join(t.dir, 'kept.tsv');
      const rejected = join(t.dir, 'rejected.tsv');
      const r = await runCli(['clean', '--in', join(FIXTURES, 'small.tmx'), '--src', 'zh-Hans', '--tgt', 'th', '--out', kept, '--rejected', rejected, '--workers', '1', '--json']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.json().seen, 1, 'one unit of small.tmx has zh-Hans and th');
      assert.equal(readFileSync(kept, 'utf8'), '本店支持微信支付。\tร้านนี้รับชำระเงินผ่าน WeChat Pay\n');
    } finally {
      await t.dispose();
    }
  });
});
