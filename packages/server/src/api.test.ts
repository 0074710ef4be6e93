/**
 * The API end to end on both dialects: import the demo corpus by upload,
 * list and show units, statistics, concordance in Chinese (also two
 * characters), Thai, Khmer and Arabic, TM look-up, glossary import with terms
 * marked in results, export download and manifest, scanning and assessing a
 * corpus, the OpenAPI document
 * (validated) and the docs page — through inject() and over a real socket.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { TRANSFER_PURPOSES } from '@silkloom/contract';
import { PURPOSES } from '@silkloom/governance';
import { ORG_A, describeServer } from './testing/server-harness.ts';
import { multipart } from './testing/multipart.ts';

const DEMO_TMX = readFileSync(new URL('../../../data/demo/demo.tmx', import.meta.url));
const PROVENANCE = { format: 'tmx', originJurisdiction: 'CN', licence: 'CC-BY-4.0', consentBasis: 'public', contributor: 'Silkloom authors', domains: 'demo' };

describeServer(
  'api',
  (s) => {
    test('import by upload streams the demo TMX into the corpus; provenance is required; re-upload is refused', async () => {
      const { app, world } = s();
      const auth = { authorization: `Bearer ${world.tokens['a:contributor']}` };
      const missing = multipart({ format: 'tmx', licence: 'CC-BY-4.0' }, { filename: 'demo.tmx', content: DEMO_TMX });
      const refused = await app.inject({ method: 'POST', url: '/api/v1/corpora/demo/imports', headers: { ...auth, ...missing.headers }, payload: missing.payload });
      assert.equal(refused.statusCode, 400);
      assert.equal(refused.json().error.code, 'SLM_API_UPLOAD_INVALID');
      assert.match(refused.json().error.message, /originJurisdiction|consentBasis|contributor/);

      const upload = multipart(PROVENANCE, { filename: 'demo.tmx', content: DEMO_TMX });
      const res = await app.inject({ method: 'POST', url: '/api/v1/corpora/demo/imports', headers: { ...auth, ...upload.headers }, payload: upload.payload });
      assert.equal(res.statusCode, 200, res.body);
      const result = res.json();
      assert.equal(result.units, 175);
      assert.match(result.sourceSha256, /^[0-9a-f]{64}$/);
      assert.ok(result.byLang.km > 0 && result.byLang.ar > 0);

      const again = await app.inject({ method: 'POST', url: '/api/v1/corpora/demo/imports', headers: { ...auth, ...upload.headers }, payload: upload.payload });
      assert.equal(again.statusCode, 409);
      const batches = (await s().as('a:viewer', 'GET', '/api/v1/corpora/demo/batches')).json().batches;
      assert.equal(batches.length, 1, 'the refused re-upload left nothing');
      assert.equal(batches[0].originJurisdiction, 'CN');
      assert.equal(batches[0].consentBasis, 'public');
      assert.equal(batches[0].sourceSha256, result.sourceSha256);
    });

    test('a broken upload answers its coded error with the place, and imports nothing', async () => {
      const { app, world } = s();
      const broken = Buffer.from('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="zh-Hans"/><body>\n<tu><tuv xml:lang="zh-Hans"><seg>坏的</seg></tuv>\n</body></tmx>');
      const upload = multipart({ ...PROVENANCE, force: 'true' }, { filename: 'broken.tmx', content: broken });
      const res = await app.inject({
        method: 'POST', url: '/api/v1/corpora/demo/imports',
        headers: { authorization: `Bearer ${world.tokens['a:owner']}`, ...upload.headers }, payload: upload.payload,
      });
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error.code, 'SLM_XML_MALFORMED');
      assert.equal(res.json().error.place.file, 'broken.tmx');
      assert.equal((await s().as('a:viewer', 'GET', '/api/v1/corpora/demo/batches')).json().batches.length, 1);
      assert.equal((await s().as('a:viewer', 'GET', '/api/v1/health')).statusCode, 200);
    });

    test('units: filtered pages with a cursor, one unit with provenance and findings; stats', async () => {
      const first = await s().as('a:viewer', 'GET', '/api/v1/corpora/demo/units?lang=km&limit=5');
      assert.equal(first.statusCode, 200, first.body);
      const page = first.json();
      assert.equal(page.units.length, 5);
      assert.ok(page.units.every((u: { variants: Record<string, unknown> }) => u.variants.km));
      const next = (await s().as('a:viewer', 'GET', `/api/v1/corpora/demo/units?lang=km&limit=5&cursor=${page.nextCursor}`)).json();
      assert.ok(Number(next.units[0].unitId) > Number(page.units[4].unitId));
      const unit = (await s().as('a:viewer', 'GET', `/api/v1/units/${page.units[0].unitId}`)).json();
      assert.equal(unit.provenance.licence, 'CC-BY-4.0');
      assert.equal(unit.provenance.sourceFile, 'demo.tmx');
      assert.deepEqual(unit.findings, []);
      const stats = (await s().as('a:viewer', 'GET', '/api/v1/corpora/demo/stats')).json();
      assert.equal(stats.units, 175);
      assert.ok(stats.pairs['zh-Hans:th'] > 0);
    });

    test('concordance finds Chinese (also two characters), Thai, Khmer and Arabic substrings, with the aligned side', async () => {
      for (const [q, lang] of [['广交会', 'zh-Hans'], ['广州', 'zh-Hans'], ['ขั้นต่ำ', 'th'], ['ស្ថានីយ៍រថភ្លើង', 'km'], ['الحد الأدنى', 'ar']] as const) {
        const res = await s().as('a:viewer', 'GET', `/api/v1/search?q=${encodeURIComponent(q)}&lang=${lang}&frequency=true`);
        assert.equal(res.statusCode, 200, res.body);
        const body = res.json();
        assert.ok(body.total >= 1, `${q}: no hits`);
        for (const hit of body.hits) {
          assert.equal(hit.text.slice(hit.match[0], hit.match[1]), q, `${q} highlighted in ${hit.text}`);
          assert.equal(hit.lang, lang);
          assert.ok(Object.keys(hit.aligned).length > 0);
        }
        assert.equal(body.frequency.byCorpus.demo, body.total);
      }
      const pair = (await s().as('a:viewer', 'GET', `/api/v1/search?q=${encodeURIComponent('广州')}&pair=zh-Hans:th`)).json();
      assert.ok(pair.hits.length > 0);
      for (const hit of pair.hits) assert.deepEqual(Object.keys(hit.aligned), ['th']);
      const short = await s().as('a:viewer', 'GET', '/api/v1/search?q=ab');
      assert.equal(short.statusCode, 400);
      assert.equal(short.json().error.code, 'SLM_SEARCH_QUERY_TOO_SHORT');
    });

    test('TM: a stored sentence at 100 %, an edited one fuzzy, in-context 101 %', async () => {
      const stored = '第137届广交会将于2025年4月15日在广州琶洲开幕。';
      const exact = (await s().as('a:viewer', 'POST', '/api/v1/tm/lookup', { text: stored, src: 'zh-Hans', tgt: 'en' })).json();
      assert.equal(exact.matches[0].percent, 100);
      assert.equal(exact.matches[0].target, 'The 137th Canton Fair will open at Pazhou, Guangzhou, on 15 April 2025.');
      const edited = (await s().as('a:viewer', 'POST', '/api/v1/tm/lookup', { text: '第138届广交会将于2025年10月15日在广州琶洲开幕。', src: 'zh-Hans', tgt: 'en' })).json();
      assert.ok(edited.matches[0].percent >= 90 && edited.matches[0].percent < 100, JSON.stringify(edited.matches[0]));
      assert.deepEqual(edited.matches[0].breakdown.penalties.map((p: { kind: string }) => p.kind), ['numbers']);
      const second = (await s().as('a:viewer', 'GET', '/api/v1/corpora/demo/units?limit=2')).json().units;
      const inContext = (await s().as('a:viewer', 'POST', '/api/v1/tm/lookup', { text: second[1].variants['zh-Hans'].text, previous: stored, src: 'zh-Hans', tgt: 'en' })).json();
      assert.equal(inContext.matches[0].percent, 101);
    });

    test('glossary: import CSV, look up, marks in search hits and TM sources, export TBX', async () => {
      const { app, world } = s();
      const csv = 'id,domain,zh-Hans,en,th\r\ng1,commerce,广交会,Canton Fair,งานแคนตันแฟร์\r\n';
      const upload = multipart({}, { filename: 'fair.csv', content: csv });
      const imported = await app.inject({
        method: 'POST', url: `/api/v1/orgs/${ORG_A}/glossaries/fairs/import?format=csv`,
        headers: { authorization: `Bearer ${world.tokens['a:curator']}`, ...upload.headers }, payload: upload.payload,
      });
      assert.equal(imported.statusCode, 200, imported.body);
      assert.deepEqual(imported.json(), { glossary: 'fairs', entries: 1, terms: 3 });
      const found = (await s().as('a:viewer', 'GET', `/api/v1/glossary?term=${encodeURIComponent('canton')}`)).json();
      assert.equal(found.entries[0].terms.length, 3);
      assert.equal((await s().as('b:owner', 'GET', '/api/v1/glossary?term=canton')).json().entries.length, 0, 'another organisation does not see it');
      const hits = (await s().as('a:viewer', 'GET', `/api/v1/search?q=${encodeURIComponent('广交会')}&glossary=true&limit=1`)).json().hits;
      const mark = hits[0].glossary[0];
      assert.equal(hits[0].text.slice(mark.start, mark.end), '广交会');
      assert.deepEqual(mark.translations, { en: ['Canton Fair'], th: ['งานแคนตันแฟร์'] });
      const tm = (await s().as('a:viewer', 'POST', '/api/v1/tm/lookup', { text: '第137届广交会将于2025年4月15日在广州琶洲开幕。', src: 'zh-Hans', tgt: 'en', glossary: true })).json();
      assert.equal(tm.matches[0].glossary[0].term, '广交会');
      const tbx = await s().as('a:viewer', 'GET', `/api/v1/orgs/${ORG_A}/glossaries/fairs/export?format=tbx`);
      assert.equal(tbx.statusCode, 200);
      assert.match(tbx.body, /<term>广交会<\/term>/);
      assert.match(tbx.body, /<descrip type="subjectField">commerce<\/descrip>/);
    });

    test('export: manifest and streamed download with the figures in headers; audited', async () => {
      const manifest = (await s().as('a:curator', 'GET', '/api/v1/corpora/demo/export/manifest?format=tsv&src=zh-Hans&tgt=km')).json();
      assert.ok(manifest.units > 0 && manifest.units < 175);
      assert.deepEqual(manifest.licences, ['CC-BY-4.0']);
      assert.deepEqual(manifest.origins, ['CN']);
      const res = await s().as('a:curator', 'GET', '/api/v1/corpora/demo/export?format=tsv&src=zh-Hans&tgt=km');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['x-silkloom-units'], String(manifest.units));
      const lines = res.body.trim().split('\n');
      assert.equal(lines.length, manifest.units + 1, 'header + one line per unit');
      assert.ok((await s().h.store.audit.list({ limit: 1000 })).some((e) => e.action === 'export' && e.actor === 'user:a-curator@example.org'));
      const verify = (await s().as('a:curator', 'GET', '/api/v1/audit/verify')).json();
      assert.equal(verify.ok, true);
    });

    test('governance: scan stores findings as a run; a unit shows them; assess decides a transfer', async () => {
      const scan = await s().as('a:curator', 'POST', '/api/v1/corpora/demo/scan', {});
      assert.equal(scan.statusCode, 200, scan.body);
      const result = scan.json();
      assert.equal(result.units, 175);
      assert.ok(result.findings > 0 && result.byType.EMAIL > 0, JSON.stringify(result.byType));
      assert.equal(result.grade.personal === 'none', false);
      const run = (await s().as('a:viewer', 'GET', `/api/v1/runs/${result.runId}`)).json();
      assert.equal(run.kind, 'scan');
      assert.equal(run.status, 'finished');
      assert.equal(run.report.level, 'general', 'the grade is the run\'s report');
      assert.equal(run.stats.unitsWithFindings, result.unitsWithFindings);
      assert.ok(run.stats.sampleUnitIds.length > 0);
      assert.ok(result.grade.reasons.some((r: { citation: string }) => /PIPL/.test(r.citation)));
      const denied = await s().as('a:viewer', 'POST', '/api/v1/corpora/demo/scan', {});
      assert.equal(denied.statusCode, 403);
      const request = JSON.parse(readFileSync(new URL('./fixtures/transfer-request.json', import.meta.url), 'utf8'));
      const assessed = await s().as('a:curator', 'POST', '/api/v1/assess', request);
      assert.equal(assessed.statusCode, 200, assessed.body);
      assert.match(assessed.json().decision, /\w/);
      const invalid = await s().as('a:curator', 'POST', '/api/v1/assess', { as_of: 'soon' });
      assert.equal(invalid.statusCode, 400);
      assert.match(invalid.json().error.code, /^SLM_ASSESS_/);
    });

    test('governance: assessing a corpus builds the request from its provenance and latest scan, and is audited', async () => {
      await s().h.store.corpora.create({ name: 'unscanned', ownerOrg: ORG_A });
      const body = { to: 'th', purpose: 'academic_cooperation', asOf: '2026-06-01' };
      const unscanned = await s().as('a:curator', 'POST', '/api/v1/corpora/unscanned/assess', body);
      assert.equal(unscanned.statusCode, 409, unscanned.body);
      assert.equal(unscanned.json().error.code, 'SLM_ASSESS_NO_SCAN');
      assert.equal((await s().as('a:viewer', 'POST', '/api/v1/corpora/demo/assess', body)).statusCode, 403);
      const badPurpose = await s().as('a:curator', 'POST', '/api/v1/corpora/demo/assess', { ...body, purpose: 'marketing' });
      assert.equal(badPurpose.statusCode, 400);

      const res = await s().as('a:curator', 'POST', '/api/v1/corpora/demo/assess', { ...body, ciio: false });
      assert.equal(res.statusCode, 200, res.body);
      const a = res.json();
      assert.equal(a.corpus, 'demo');
      assert.equal(a.request.recipient.country, 'TH');
      assert.deepEqual(a.request.dataset.collected_in, ['CN'], 'from the upload\'s origin jurisdiction');
      assert.equal(a.request.exporter.is_ciio, false);
      assert.ok(a.request.counters.pi_individuals_ytd > 0, 'individuals counted from the stored findings');
      const leg = a.legs.find((l: { jurisdiction: string }) => l.jurisdiction === 'CN');
      assert.ok(leg, JSON.stringify(a.legs));
      assert.equal(leg.decision, a.decision);
      assert.ok(leg.rules.length > 0 && leg.rules[0].citations[0].instrument, JSON.stringify(leg.rules));
      assert.match(leg.rules[0].version, /\S/);
      assert.ok(a.assumptions.some((x: string) => x.includes('distinct identifiers')), a.assumptions.join('\n'));
      assert.ok(Object.keys(a.packs).length > 0);
      const unknownCiio = (await s().as('a:curator', 'POST', '/api/v1/corpora/demo/assess', body)).json();
      assert.ok(unknownCiio.assumptions.some((x: string) => x.includes('CIIO')), 'what was left out is said to be assumed');

      const audited = (await s().h.store.audit.list({ limit: 1000 })).filter((e) => e.action === 'assess' && e.subject === 'corpus:demo');
      assert.equal(audited.length, 2);
      assert.equal(audited[0]!.actor, 'user:a-curator@example.org');
      assert.deepEqual(TRANSFER_PURPOSES, PURPOSES, 'the contract offers exactly the purposes the rule packs know');
    });

    test('the OpenAPI document validates and the docs page is served with its assets', async () => {
      const res = await s().app.inject({ method: 'GET', url: '/api/openapi.json' });
      assert.equal(res.statusCode, 200);
      const doc = res.json();
      const result = await new Validator().validate(doc);
      assert.equal(result.valid, true, JSON.stringify(result.errors, null, 1)?.slice(0, 2000));
      assert.ok(doc.paths['/api/v1/search'].get);
      assert.ok(doc.paths['/api/v1/corpora/{corpus}/imports'].post.requestBody.content['multipart/form-data']);
      const page = await s().app.inject({ method: 'GET', url: '/api/docs/' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /swagger-ui-bundle\.js/);
      assert.equal((await s().app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui-bundle.js' })).statusCode, 200);
    });

    test('over a real socket: sign in, cookie and CSRF token, search', async () => {
      const { app } = s();
      const url = await app.listen({ port: 0, host: '127.0.0.1' });
      try {
        const health = await fetch(`${url}/api/v1/health`);
        assert.equal(health.status, 200);
        assert.equal((await health.json()).dialect, s().h.dialect);
        const token = s().world.tokens['a:viewer'];
        const search = await fetch(`${url}/api/v1/search?q=${encodeURIComponent('广州')}&limit=2`, { headers: { authorization: `Bearer ${token}` } });
        assert.equal(search.status, 200);
        const body = (await search.json()) as { hits: unknown[]; total: number };
        assert.equal(body.hits.length, 2);
        assert.ok(body.total > 2);
        const anon = await fetch(`${url}/api/v1/corpora`);
        assert.equal(anon.status, 401);
        assert.equal(((await anon.json()) as { error: { code: string } }).error.code, 'SLM_AUTH_REQUIRED');
      } finally {
        await app.close();
      }
    });
  },
  {
    seed: async (h) => {
      await h.store.corpora.create({ name: 'demo', ownerOrg: ORG_A });
    },
  },
);
