import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Fastify from 'fastify';
import { registerWebUi } from './web-ui.ts';

const dir = mkdtempSync(join(tmpdir(), 'silkloom-webui-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the built UI is served at /, deep links fall back to index.html, API paths and missing assets stay 404', async () => {
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dir, 'dist', 'assets', 'app-1234.js'), 'console.log(1)');
  const app = Fastify();
  app.get('/api/v1/health', async () => ({ ok: true }));
  await registerWebUi(app, join(dir, 'dist'));
  for (const url of ['/', '/review', '/corpora/demo/releases/1.0.0?x=1']) {
    const res = await app.inject({ url });
    assert.equal(res.statusCode, 200, url);
    assert.match(res.body, /<div id="root">/);
    assert.equal(res.headers['cache-control'], 'no-cache');
  }
  const asset = await app.inject({ url: '/assets/app-1234.js' });
  assert.equal(asset.body, 'console.log(1)');
  assert.match(String(asset.headers['cache-control']), /immutable/);
  assert.equal((await app.inject({ url: '/assets/gone.js' })).statusCode, 404);
  assert.equal((await app.inject({ url: '/api/v1/nope' })).statusCode, 404);
  assert.deepEqual((await app.inject({ url: '/api/v1/health' })).json(), { ok: true });
  await app.close();
});

test('without a build, / says how to build the UI', async () => {
  const app = Fastify();
  await registerWebUi(app, join(dir, 'missing'));
  assert.match((await app.inject({ url: '/' })).body, /npm run build:web/);
  await app.close();
});
