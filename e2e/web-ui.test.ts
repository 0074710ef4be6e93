/**
 * The web UI end to end, in headless Debian Chromium against the real server
 * on a temp SQLite store: sign in, upload a TMX with its provenance, see it on
 * the dashboard, review until consensus validates units, search a Thai and a
 * Chinese word, cut a release and download its datasheet, scan the corpus
 * for personal data and assess a transfer on the governance page, switch the UI
 * language, check an Arabic segment is right-to-left, and use it at phone
 * size. Screenshots go to e2e/artifacts/ (kept by CI when a test fails).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { CORPUS, PASSWORD, ROOT, USERS, type UiServer, startUiServer } from './ui-server.ts';

const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

let server: UiServer;
let browser: Browser;
let curator: { context: BrowserContext; page: Page };
/** Every request a page made to anywhere but the Silkloom server (fonts, scripts … must all be self-hosted). */
const foreign: string[] = [];

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Runs a step; on failure saves a screenshot named after it before failing. */
async function step(page: Page, name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    await shot(page, name);
  } catch (err) {
    await shot(page, `FAILED-${name}`).catch(() => {});
    throw err;
  }
}

async function signIn(email: string, options: { viewport?: { width: number; height: number }; locale?: string } = {}) {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 860 }, locale: options.locale ?? 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  await page.goto(`${server.url}/`);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=who]', { state: 'attached' });
  return { context, page };
}

describe('web UI in headless Chromium', () => {
  before(async () => {
    server = await startUiServer();
    browser = await launchChromium();
    curator = await signIn(USERS.curator);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('upload refuses to go without provenance, then imports the TMX as a contribution', async () => {
    const { page } = curator;
    await step(page, '01-upload', async () => {
      await page.goto(`${server.url}/contributions?corpus=${CORPUS}`);
      await page.setInputFiles('#imp-file', join(ROOT, 'e2e', 'fixtures', 'upload.tmx'));
      await page.click('[data-testid=import-form] button[type=submit]');
      const missing = await page.textContent('[data-testid=import-missing]');
      assert.match(missing!, /origin jurisdiction/);
      assert.match(missing!, /licence/);
      assert.equal((await server.store.imports.list(CORPUS)).length, 0);
      await page.fill('#imp-origin', 'th');
      await page.fill('#imp-licence', 'CC-BY-4.0');
      await page.selectOption('#imp-consent', 'none-personal');
      await page.fill('#imp-contributor', 'Chulalongkorn students');
      await page.click('[data-testid=import-form] button[type=submit]');
      const done = await page.textContent('[data-testid=import-done]', { timeout: 20_000 });
      assert.match(done!, /Imported 6 units/);
      const batches = await server.store.imports.list(CORPUS);
      assert.equal(batches.length, 1);
      assert.equal(batches[0]!.originJurisdiction, 'TH');
      assert.equal(batches[0]!.contributor, 'Chulalongkorn students');
      await page.waitForSelector('[data-testid=batches] a');
    });
  });

  test('the dashboard shows the new units, the coverage matrix and the contributor credit', async () => {
    const { page } = curator;
    await step(page, '02-dashboard', async () => {
      await page.goto(`${server.url}/?corpus=${CORPUS}`);
      await page.waitForSelector('[data-testid=dash-units] .stat');
      assert.equal((await page.textContent('[data-testid=dash-units] .stat'))!.trim(), '6');
      await page.waitForSelector('.chart canvas');
      assert.ok((await page.locator('.chart canvas').count()) >= 4);
      await page.getByText('Chulalongkorn students').waitFor();
    });
  });

  test('review: two agreeing validators validate a unit, keyboard only', async () => {
    const { page } = curator;
    const other = await signIn(USERS.v1);
    try {
      await step(page, '03-review-first-vote', async () => {
        await page.goto(`${server.url}/review?corpus=${CORPUS}`);
        await page.waitForSelector('[data-testid=review-card]');
        const first = await page.getAttribute('[data-testid=review-card]', 'data-unit');
        await page.keyboard.press('?');
        await page.waitForSelector('[data-testid=review-help][open]');
        await page.keyboard.press('Escape');
        for (let i = 0; i < 3; i++) {
          const unitId = await page.getAttribute('[data-testid=review-card]', 'data-unit');
          await page.keyboard.press('1');
          await page.waitForSelector('[data-testid=vote-result]');
          await page.keyboard.press('ArrowRight');
          await page.waitForFunction((seen) => document.querySelector('[data-testid=review-card]')?.getAttribute('data-unit') !== seen, unitId);
        }
        assert.equal((await server.store.units.get(first!)).status, 'raw');
      });
      await step(other.page, '04-review-consensus', async () => {
        const p = other.page;
        await p.goto(`${server.url}/review?corpus=${CORPUS}`);
        for (let i = 0; i < 3; i++) {
          await p.waitForSelector('[data-testid=review-card]');
          const unitId = await p.getAttribute('[data-testid=review-card]', 'data-unit');
          await p.keyboard.press('1');
          const result = await p.textContent('[data-testid=vote-result]');
          assert.match(result!, /Consensus reached: validated/);
          assert.equal((await server.store.units.get(unitId!)).status, 'validated');
          await p.waitForSelector('[data-testid=review-card] .status-validated');
          if (i === 2) {
            await p.waitForFunction(() => /3 validated/.test(document.querySelector('[data-testid=review-stats]')?.textContent ?? ''));
            // All six votes were "good": chance agreement is 1, so kappa is undefined and shown as —.
            assert.match((await p.textContent('[data-testid=review-stats]'))!, /Fleiss' κ — over 3 units/);
            break;
          }
          await p.keyboard.press('j');
          await p.waitForFunction((seen) => document.querySelector('[data-testid=review-card]')?.getAttribute('data-unit') !== seen, unitId);
        }
      });
    } finally {
      await other.context.close();
    }
  });

  test('concordance finds a Thai and a Chinese word, highlighted, with the aligned side', async () => {
    const { page } = curator;
    await step(page, '05-search', async () => {
      await page.goto(`${server.url}/search`);
      for (const [word, aligned] of [['ทุเรียน', '榴莲'], ['图书馆', 'المكتبة']] as const) {
        await page.fill('#q', word);
        await page.click('form[role=search] button[type=submit]');
        await page.waitForFunction((w) => [...document.querySelectorAll('[data-testid=kwic] mark')].some((m) => m.textContent === w), word);
        const results = await page.textContent('[data-testid=search-results]');
        assert.ok(results!.includes(aligned), `${word}: aligned side ${aligned} shown`);
      }
      // The Thai hit was drawn with the bundled Thai font, which the server itself served.
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
      });
      assert.ok(loaded.includes('Noto Sans Thai'), `loaded fonts: ${loaded.join(', ')}`);
      assert.deepEqual(foreign, []);
    });
  });

  test('a release is cut from the validated units and its datasheet downloads', async () => {
    const { page } = curator;
    await step(page, '06-release', async () => {
      await page.goto(`${server.url}/releases?corpus=${CORPUS}`);
      await page.fill('#r-dest', 'TH');
      await page.click('[data-testid=release-form] button[type=submit]');
      await page.waitForSelector('[data-testid=download-datasheet]', { timeout: 20_000 });
      assert.match((await page.textContent('[data-testid=assessment]'))!, /Transfer assessment for TH: [A-Z_]+/);
      assert.match(page.url(), /\/releases\/1\.0\.0$/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-datasheet]')]);
      const sheet = readFileSync((await download.path())!, 'utf8');
      assert.match(sheet, /^# e2e-tourism 1\.0\.0 — datasheet/);
      for (const section of ['Motivation', 'Composition', 'Collection process', 'Distribution', 'Maintenance']) assert.match(sheet, new RegExp(`## ${section}`));
      assert.match(sheet, /\| Chulalongkorn students \| 3 \|/);
      assert.match(sheet, /\*\*Transfer assessment\*\* for destination TH/);
    });
  });

  test('governance: scan the corpus for personal data, see findings and grade, assess a transfer to TH', async () => {
    const { page } = curator;
    // A contact line collected in China, so the scan has something to find and the export leg is China's.
    await server.store.imports.run(CORPUS, { sourceFile: 'contacts.tmx', sourceSha256: 'c'.repeat(64), format: 'tmx', licence: 'CC-BY-4.0', originJurisdiction: 'CN' }, async (sink) => {
      await sink.add({ id: 'contact-1', variants: { 'zh-Hans': { text: '请联系导游：guide.wang@example.cn' }, th: { text: 'ติดต่อไกด์: guide.wang@example.cn' } }, status: 'clean', domains: ['tourism'], provenance: {} });
    });
    await step(page, '07-governance', async () => {
      await page.goto(`${server.url}/governance?corpus=${CORPUS}`);
      await page.getByText('This corpus has not been scanned yet.').waitFor();
      await page.click('[data-testid=scan-button]');
      await page.waitForSelector('[data-testid=scan-figures]', { timeout: 20_000 });
      assert.equal(await page.textContent('[data-testid=scan-findings]'), '2', 'the e-mail address in both variants');
      assert.match((await page.textContent('[data-testid=scan-grade]'))!, /general data · personal information/);
      assert.match((await page.textContent('[data-testid=scan-figures]'))!, /EMAIL.*2/s);
      await page.locator('[data-unit]').first().waitFor();
      await page.fill('#a-to', 'th');
      await page.selectOption('#a-purpose', 'academic_cooperation');
      await page.click('[data-testid=assess-form] button[type=submit]');
      await page.waitForSelector('[data-testid=assess-decision]', { timeout: 20_000 });
      assert.match((await page.textContent('[data-testid=assess-decision]'))!, /^[A-Z_]+$/);
      assert.match((await page.textContent('[data-testid=assess-leg] h3'))!, /export from CN/);
      assert.match((await page.textContent('[data-testid=assess-rules]'))!, /cn-outbound@\S+ · [\w.-]+[\s\S]*(PIPL|CBDF|Art)/);
      assert.match((await page.textContent('[data-testid=assumptions]'))!, /CIIO/);
      assert.ok((await server.store.audit.list({ limit: 1000 })).some((e) => e.action === 'assess' && e.subject === `corpus:${CORPUS}`));
    });
    const phone = await signIn(USERS.curator, { viewport: { width: 390, height: 844 } });
    try {
      await step(phone.page, '07-governance-phone', async () => {
        await phone.page.goto(`${server.url}/governance?corpus=${CORPUS}`);
        await phone.page.waitForSelector('[data-testid=scan-figures]');
        const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `the governance page is ${width}px wide on a phone`);
      });
    } finally {
      await phone.context.close();
    }
  });

  test('the UI switches to Simplified Chinese and remembers it', async () => {
    const { page } = curator;
    await step(page, '07-chinese-ui', async () => {
      await page.goto(`${server.url}/corpora`);
      await page.selectOption('select[name=ui-language]', 'zh-Hans');
      await page.getByRole('link', { name: '语料库' }).first().waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
      await page.reload();
      await page.getByRole('link', { name: '数据贡献' }).waitFor();
    });
  });

  test('Arabic segments render right-to-left inside a left-to-right page', async () => {
    const { page } = curator;
    await step(page, '08-rtl', async () => {
      await page.goto(`${server.url}/corpora/${CORPUS}`);
      const arabic = page.locator('.segment[lang=ar]').first();
      await arabic.waitFor();
      assert.equal(await arabic.getAttribute('dir'), 'rtl');
      assert.equal(await arabic.evaluate((el) => getComputedStyle(el).direction), 'rtl');
      assert.equal(await page.locator('.segment[lang=th]').first().evaluate((el) => getComputedStyle(el).direction), 'ltr');
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'ltr');
    });
  });

  test('on a 390 × 844 phone the navigation folds into a menu and the review card fits', async () => {
    const phone = await signIn(USERS.v2, { viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    try {
      await step(phone.page, '09-phone', async () => {
        const p = phone.page;
        assert.equal(await p.locator('nav.side').isVisible(), false);
        await p.click('.menu-toggle');
        await p.getByRole('link', { name: '审校' }).click();
        await p.waitForSelector('[data-testid=review-card]');
        const width = await p.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `page is ${width}px wide`);
      });
    } finally {
      await phone.context.close();
    }
  });
});
