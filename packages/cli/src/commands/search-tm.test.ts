/**
 * `silkloom search`, `tm`, `glossary`, `users` and `serve` through the real
 * binary, on both dialects, over the demo corpus.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freshTestLocation, testDialects, type TestLocation } from '@silkloom/store/testing';
import { runCli } from '../cli-testing.ts';

const DEMO = fileURLToPath(new URL('../../../../data/demo/demo.tmx', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/silkloom.js', import.meta.url));

for (const dialect of testDialects()) {
  describe(`search, tm, glossary, users, serve [${dialect}]`, () => {
    let loc: TestLocation;
    before(async () => {
      loc = await freshTestLocation(dialect);
      const imported = await runCli(['import', DEMO, '--corpus', 'demo', '--origin', 'CN', '--license', 'CC-BY-4.0', '--quiet', ...loc.cliArgs]);
      assert.equal(imported.code, 0, imported.stderr);
    });
    after(async () => loc?.dispose());

    test('search --json prints exactly {total, hits: [{unitId, corpus, lang, text, match, aligned}]}', async () => {
      const res = await runCli(['search', '广交会', '--pair', 'zh-Hans:en', '--json', ...loc.cliArgs]);
      assert.equal(res.code, 0, res.stderr);
      const body = res.json();
      assert.deepEqual(Object.keys(body), ['total', 'hits']);
      assert.ok(body.total >= 1);
      for (const hit of body.hits) {
        assert.deepEqual(Object.keys(hit), ['unitId', 'corpus', 'lang', 'text', 'match', 'aligned']);
        assert.equal(hit.text.slice(hit.match[0], hit.match[1]), '广交会');
        assert.deepEqual(Object.keys(hit.aligned), ['en']);
      }
    });

    test('search prints KWIC lines with [brackets] when not a terminal (Thai)', async () => {
      const text = await runCli(['search', 'ขั้นต่ำ', '--lang', 'th', ...loc.cliArgs]);
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, /\[ขั้นต่ำ\]/);
      assert.match(text.stdout, /^\d+ hits?/m);
    });

    test('tm --json: 100 for a stored sentence, fuzzy for an edited one', async () => {
      const exact = await runCli(['tm', '第137届广交会将于2025年4月15日在广州琶洲开幕。', '--src', 'zh-Hans', '--tgt', 'en', '--json', ...loc.cliArgs]);
      assert.equal(exact.code, 0, exact.stderr);
      const first = exact.json().matches[0];
      assert.deepEqual(Object.keys(first), ['percent', 'source', 'target', 'corpus', 'unitId']);
      assert.equal(first.percent, 100);
      const fuzzy = await runCli(['tm', '第138届广交会将于2025年4月16日在广州开幕。', '--src', 'zh', '--tgt', 'en', '--json', ...loc.cliArgs]);
      const top = fuzzy.json().matches[0];
      assert.ok(top.percent >= 70 && top.percent < 100, String(top.percent));
    });

    test('users create with --password-stdin and an organisation; glossary import, lookup, export', async () => {
      const created = await runCli(['users', 'create', '--email', 'Mei@Example.org', '--password-stdin', '--org', 'GDUFS', '--country', 'CN', '--role', 'curator', '--json', ...loc.cliArgs], {}, 'a long enough secret\n');
      assert.equal(created.code, 0, created.stderr);
      assert.equal(created.json().email, 'mei@example.org');
      const csv = join(loc.dir, 'g.csv');
      writeFileSync(csv, 'zh-Hans,en\r\n广交会,Canton Fair\r\n');
      assert.equal((await runCli(['glossary', 'import', csv, '--org', 'GDUFS', '--name', 'fairs', ...loc.cliArgs])).code, 0);
      const lookup = await runCli(['glossary', 'lookup', 'canton', '--json', ...loc.cliArgs]);
      assert.equal(lookup.json().entries[0].terms[0].term, '广交会');
      const tbx = await runCli(['glossary', 'export', '--org', 'GDUFS', '--name', 'fairs', ...loc.cliArgs]);
      assert.match(tbx.stdout, /<term>Canton Fair<\/term>/);
    });

    test('serve answers, then shuts down on SIGTERM', async () => {
      const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--log-level', 'silent', ...loc.cliArgs], { env: { ...process.env, NO_COLOR: '1' } });
      let stderr = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (d) => {
          stderr += d;
          const m = /on (http:\/\/[^\s/]+)\/api\/v1/.exec(stderr);
          if (m) resolve(m[1]!);
        });
        child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
      });
      const health = await fetch(`${url}/api/v1/health`);
      assert.equal(health.status, 200);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    });
  });
}
