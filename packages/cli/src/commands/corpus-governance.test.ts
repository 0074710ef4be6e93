/**
 * Governance over a stored corpus through the real binary, on both dialects:
 * scan stores findings and grades; assess builds the request from the store;
 * export --to refuses what needs an approval; the audit log records it all
 * and `audit verify` names a tampered entry.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshTestLocation, rawSql, testDialects, type TestLocation } from '@silkloom/store/testing';
import { runCli } from '../cli-testing.ts';

const DEMO_TSV = new URL('../../../../data/demo/demo.tsv', import.meta.url).pathname;
const DEMO_TMX = new URL('../../../../data/demo/demo.tmx', import.meta.url).pathname;

for (const dialect of testDialects()) {
  describe(`corpus governance on ${dialect}`, () => {
    let t: TestLocation;
    const cli = (...args: string[]) => runCli([...args, ...t.cliArgs]);

    before(async () => {
      t = await freshTestLocation(dialect);
      for (const file of [DEMO_TSV, DEMO_TMX]) {
        const r = await cli('import', file, '--corpus', 'demo', '--origin', 'CN', '--skip-invalid', '--quiet');
        assert.equal(r.code, 0, r.stderr);
      }
    });
    after(async () => t.dispose());

    it('assess --corpus needs a scan first', async () => {
      const r = await cli('assess', '--corpus', 'demo', '--to', 'TH', '--purpose', 'academic_cooperation', '--json');
      assert.equal(r.code, 1);
      assert.equal(r.json().error.code, 'SLM_ASSESS_NO_SCAN');
    });

    it('scan --corpus stores findings per unit and grades the corpus', async () => {
      const r = await cli('scan', '--corpus', 'demo', '--json');
      assert.equal(r.code, 0, r.stderr);
      const result = r.json();
      assert.ok(result.findings > 0);
      assert.ok(result.grade.findingsByType.CN_RESIDENT_ID > 0, 'the demo holds Chinese resident IDs');
      assert.equal(result.grade.personal, 'sensitive');
      const rows = await rawSql(t.location, 'SELECT count(*) AS n FROM findings');
      assert.equal(Number(rows[0]!.n), result.findings);
      const texts = await rawSql(t.location, "SELECT text_hash FROM findings WHERE type = 'EMAIL'");
      assert.ok(texts.every((row) => /^[0-9a-f]{64}$/.test(String(row.text_hash))), 'only hashes of matched text are stored');
    });

    it('assess --corpus builds the request from provenance and findings, and says what it assumed', async () => {
      const unknown = await cli('assess', '--corpus', 'demo', '--to', 'TH', '--purpose', 'academic_cooperation', '--json');
      assert.equal(unknown.code, 0, unknown.stderr);
      assert.equal(unknown.json().decision, 'ESCALATE', 'CIIO status unknown matters when sensitive PI leaves');
      const r = await cli('assess', '--corpus', 'demo', '--to', 'TH', '--purpose', 'academic_cooperation', '--no-ciio', '--as-of', '2026-06-01', '--json');
      const a = r.json();
      assert.equal(a.decision, 'SCC_OR_CERT', 'sensitive PI of fewer than 10,000 people needs SCC or certification');
      assert.deepEqual(a.request.dataset.collected_in, ['CN']);
      assert.ok(a.request.counters.sensitive_pi_individuals_ytd > 0);
      assert.ok(a.assumptions.some((x: string) => x.includes('distinct identifiers')));
    });

    it('export --to refuses ESCALATE without an approval, records it, and exports with obligations when allowed', async () => {
      const out = join(t.dir, 'th.tsv');
      const refused = await cli('export', '--corpus', 'demo', '--format', 'tsv', '--langs', 'zh-Hans,th', '--out', out, '--to', 'TH', '--purpose', 'academic_cooperation', '--json');
      assert.equal(refused.code, 1);
      assert.equal(refused.json().error.code, 'SLM_CLI_EXPORT_REFUSED');
      const approved = await cli('export', '--corpus', 'demo', '--format', 'tsv', '--langs', 'zh-Hans,th', '--out', out, '--to', 'TH', '--purpose', 'academic_cooperation', '--approval', 'CAC-2026-0042', '--json');
      assert.equal(approved.code, 0, approved.stderr);
      const manifest = JSON.parse(readFileSync(`${out}.manifest.json`, 'utf8'));
      assert.equal(manifest.transfer.to, 'TH');
      assert.equal(manifest.transfer.decision, 'ESCALATE');
      assert.equal(manifest.transfer.approval, 'CAC-2026-0042');
      const allowed = await cli('export', '--corpus', 'demo', '--format', 'tsv', '--langs', 'zh-Hans,th', '--out', out, '--to', 'TH', '--purpose', 'academic_cooperation', '--no-ciio', '--json');
      assert.equal(allowed.code, 0, allowed.stderr);
      assert.ok(allowed.json().transfer.legs[0].obligations.includes('FILE_SCC_10WD'));
      const actions = (await cli('audit', 'list', '--limit', '1000', '--json')).json().map((e: { action: string }) => e.action);
      for (const action of ['import', 'run.start', 'run.finish', 'assess', 'export-refused', 'export']) assert.ok(actions.includes(action), action);
    });

    it('audit verify passes, then names the first entry whose stored bytes were changed', async () => {
      const ok = await cli('audit', 'verify', '--json');
      assert.equal(ok.code, 0, ok.stderr);
      assert.equal(ok.json().ok, true);
      if (dialect === 'sqlite') await rawSql(t.location, 'DROP TRIGGER audit_log_no_update');
      else await rawSql(t.location, 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
      await rawSql(t.location, dialect === 'sqlite' ? "UPDATE audit_log SET actor = 'mallory' WHERE seq = 3" : "UPDATE audit_log SET actor = 'mallory' WHERE seq = 3");
      const broken = await cli('audit', 'verify', '--json');
      assert.equal(broken.code, 1);
      assert.match(broken.stderr, /SLM_CLI_AUDIT_BROKEN: .*entry 3/);
    });
  });
}
