/**
 * The authorisation matrix: every scoped route of the contract × every test
 * user (site admin, each role of organisation A, members of B and C, a user
 * without organisation) × every corpus / organisation of the world, checked
 * against the permission table. Before it, the leak checks: lists, counts,
 * search hits, frequencies, TM matches and errors show nothing of a corpus the
 * user cannot read.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { routes, type Action, type RouteDef } from '@silkloom/contract';
import { ORG_A, ORG_B, ORG_C, describeServer, type ServerHarness } from './testing/server-harness.ts';
import { anyOrgOutcome, corpusOutcome, orgOutcome, readable, type Outcome } from './testing/expectations.ts';
import { multipart } from './testing/multipart.ts';
import { seedCorpora, type WorldCorpus } from './testing/world-corpora.ts';

let corpora: WorldCorpus[] = [];
const ORGS = [ORG_A, ORG_B, ORG_C];

interface Probe {
  label: string;
  url: string;
  body?: unknown;
  multipart?: ReturnType<typeof multipart>;
  notFound: string;
  expect(who: string): Outcome;
}

const NOT_FOUND: Record<string, string> = {
  corpus: 'SLM_STORE_CORPUS_NOT_FOUND',
  unit: 'SLM_STORE_UNIT_NOT_FOUND',
  run: 'SLM_STORE_RUN_NOT_FOUND',
  org: 'SLM_STORE_ORG_NOT_FOUND',
  bodyOrg: 'SLM_STORE_ORG_NOT_FOUND',
  admin: '-',
  anyOrg: '-',
};

function fill(url: string, params: Record<string, string>): string {
  return url.replace(/:(\w+)/g, (_m, k: string) => encodeURIComponent(params[k]!));
}

function bodyFor(name: string, who: string, target: string): unknown {
  const tag = `${who.replace(':', '-')}-${target}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
  switch (name) {
    case 'updateCorpus': return { description: `touched by ${who}` };
    case 'createShare': return { org: target === 'c-public' ? ORG_A : ORG_C, licence: 'CC-BY-4.0', purposes: ['research'], validFrom: '2099-06-01' };
    case 'assessCorpus': return { to: 'TH', purpose: 'academic_cooperation' };
    case 'putMember': return { email: 'spare@example.org', role: 'viewer' };
    case 'createCorpus': return { name: `new-${tag}`, ownerOrg: target };
    case 'createUser': return { email: `made-by-${tag}@example.org`, password: 'long enough password' };
    case 'createOrg': return { name: `Org ${tag}`, country: 'KZ' };
    default: return undefined;
  }
}

function probesFor(name: string, def: RouteDef): Probe[] {
  const action = def.action as Action;
  const query = def.url.includes('/export') ? '?format=jsonl&purpose=research&destination=TH' : '';
  const upload = () =>
    name === 'glossaryImport'
      ? multipart({}, { filename: 'g.csv', content: 'zh-Hans,en\r\n火车站,railway station\r\n' })
      : multipart({ format: 'tmx' });
  switch (def.scope) {
    case 'corpus':
    case 'unit':
    case 'run':
      return corpora.map((c) => ({
        label: c.name,
        url: fill(def.url, { corpus: c.name, unitId: c.unitId!, runId: c.runId!, id: c.futureShareId! }) + query,
        body: bodyFor(name, 'x', c.name),
        ...(def.multipart ? { multipart: upload() } : {}),
        notFound: NOT_FOUND[def.scope]!,
        expect: (who) => corpusOutcome(who, c, action),
      }));
    case 'org':
      return ORGS.map((org) => ({
        label: org,
        url: fill(def.url, { org, email: 'spare@example.org', glossary: 'matrix' }) + (name.startsWith('glossaryI') ? '?format=csv' : ''),
        body: bodyFor(name, 'x', org),
        ...(def.multipart ? { multipart: upload() } : {}),
        notFound: NOT_FOUND.org!,
        expect: (who) => orgOutcome(who, org, action),
      }));
    case 'bodyOrg':
      return ORGS.map((org) => ({ label: org, url: def.url, body: { org }, notFound: NOT_FOUND.bodyOrg!, expect: (who) => orgOutcome(who, org, action) }));
    case 'admin':
      return [{ label: 'site', url: def.url, notFound: '-', expect: (who) => (who === 'admin' ? 'allowed' : 'forbidden') }];
    case 'anyOrg':
      return [{ label: 'any', url: def.url, notFound: '-', expect: (who) => anyOrgOutcome(who, action) }];
    default:
      return [];
  }
}

async function send(s: ServerHarness, who: string | undefined, name: string, def: RouteDef, probe: Probe) {
  const headers: Record<string, string> = who ? { authorization: `Bearer ${s.world.tokens[who]}` } : {};
  let payload: unknown = probe.body;
  if (def.scope === 'bodyOrg' || def.scope === 'admin') payload = bodyFor(name, who ?? 'anon', (probe.body as { org?: string })?.org ?? 'site');
  if (probe.multipart) {
    Object.assign(headers, probe.multipart.headers);
    payload = probe.multipart.payload;
  }
  return s.app.inject({ method: def.method, url: probe.url, headers, ...(payload === undefined ? {} : { payload: payload as never }) });
}

describeServer(
  'authorisation',
  (s) => {
    test('corpus lists show exactly the readable corpora', async () => {
      for (const who of Object.keys(s().world.tokens)) {
        const res = await s().as(who, 'GET', '/api/v1/corpora');
        assert.equal(res.statusCode, 200);
        assert.deepEqual(res.json().corpora.map((c: { name: string }) => c.name).sort(), readable(who, corpora), who);
      }
    });

    test('search hits, totals and frequencies come only from readable corpora (trigram and 2-character CJK paths)', async () => {
      for (const who of Object.keys(s().world.tokens)) {
        const mine = readable(who, corpora);
        for (const c of corpora) {
          const res = await s().as(who, 'GET', `/api/v1/search?q=${encodeURIComponent(c.secret)}&frequency=true`);
          assert.equal(res.statusCode, 200, res.body);
          const body = res.json();
          const expected = mine.includes(c.name) ? 2 : 0;
          assert.equal(body.total, expected, `${who} searching ${c.secret}`);
          assert.equal(body.hits.length, expected);
          assert.deepEqual(Object.keys(body.frequency.byCorpus), expected ? [c.name] : []);
        }
        const short = (await s().as(who, 'GET', `/api/v1/search?q=${encodeURIComponent('机密')}&lang=zh`)).json();
        const secretHolders = corpora.filter((c) => c.secret.includes('机密') && mine.includes(c.name)).length;
        assert.equal(short.total, secretHolders * 2, `${who}: 2-character query`);
        assert.ok(short.hits.every((h: { corpus: string }) => mine.includes(h.corpus)));
      }
    });

    test('TM matches come only from readable corpora', async () => {
      for (const who of Object.keys(s().world.tokens)) {
        const mine = readable(who, corpora);
        for (const c of corpora) {
          const res = await s().as(who, 'POST', '/api/v1/tm/lookup', { text: `这是${c.secret}的第一句话。`, src: 'zh-Hans', tgt: 'th', min: 50, limit: 10 });
          assert.equal(res.statusCode, 200, res.body);
          const matches = res.json().matches as Array<{ corpus: string; percent: number }>;
          assert.ok(matches.every((m) => mine.includes(m.corpus)), `${who}: ${JSON.stringify(matches)}`);
          if (mine.includes(c.name)) assert.equal(matches.find((m) => m.corpus === c.name)?.percent, 100);
        }
      }
    });

    test('a hidden corpus answers exactly like a missing one', async () => {
      const hidden = await s().as('c:owner', 'GET', '/api/v1/search?q=abc&corpus=b-private');
      const missing = await s().as('c:owner', 'GET', '/api/v1/search?q=abc&corpus=no-such-corpus');
      assert.equal(hidden.statusCode, 404);
      assert.equal(hidden.json().error.code, missing.json().error.code);
      assert.equal(hidden.json().error.message.replace('b-private', 'X'), missing.json().error.message.replace('no-such-corpus', 'X'));
      const stats = await s().as('c:owner', 'GET', '/api/v1/corpora/b-private/stats');
      assert.equal(stats.statusCode, 404);
      const tm = await s().as('c:owner', 'POST', '/api/v1/tm/lookup', { text: '乙方机密', src: 'zh-Hans', tgt: 'th', corpus: 'b-private' });
      assert.equal(tm.statusCode, 404);
    });

    test('matrix: every scoped route × user × target follows the permission table', async () => {
      const users = Object.keys(s().world.tokens);
      let checked = 0;
      for (const [name, def] of Object.entries(routes) as Array<[string, RouteDef]>) {
        for (const probe of probesFor(name, def)) {
          const anon = await send(s(), undefined, name, def, probe);
          assert.equal(anon.statusCode, 401, `anonymous ${def.method} ${probe.url}: ${anon.body}`);
          for (const who of users) {
            const res = await send(s(), who, name, def, probe);
            const code = res.statusCode === 200 || res.headers['content-type']?.toString().includes('json') === false ? undefined : res.json().error?.code;
            const where = `${who} ${name} ${probe.label} → ${res.statusCode} ${code ?? ''}`;
            const outcome = probe.expect(who);
            if (outcome === 'hidden') {
              assert.equal(res.statusCode, 404, where);
              assert.equal(code, probe.notFound, where);
            } else if (outcome === 'forbidden') {
              assert.equal(res.statusCode, 403, where);
              assert.equal(code, 'SLM_AUTH_FORBIDDEN', where);
            } else {
              assert.ok(![401, 403].includes(res.statusCode), where);
              assert.notEqual(code, probe.notFound, where);
              assert.ok(res.statusCode < 500, where);
            }
            checked++;
          }
        }
      }
      assert.ok(checked > 500, `only ${checked} combinations checked`);
    });
  },
  {
    seed: async (h) => {
      corpora = await seedCorpora(h.store);
      await h.store.users.create({ email: 'spare@example.org', passwordHash: 'x' });
    },
  },
);
