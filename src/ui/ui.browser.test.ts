// Browser tests of the web UI: Debian's Chromium driven by playwright-core against the real API
// server over a temporary store (the demo corpus plus one hostile article). Screenshots of each
// view, desktop and phone, go to artifacts/screenshots/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildUi } from './build.ts';
import { REPO_ROOT } from './vite-settings.ts';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(REPO_ROOT, 'artifacts', 'screenshots');
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install chromium); CI installs it`;

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };

const HOSTILE_TITLE = 'Sommet <img src=x onerror="window.__pwned=1;alert(3)"> à Genève';
const HOSTILE_TEXT = [
  'Genève, 3 septembre (ATS) - Le président russe Vladimir Poutine a rencontré mercredi le président ukrainien Volodymyr Zelensky à Genève.',
  '<script>window.__pwned = 1; alert(1)</script>',
  '«Nous voulons la paix <img src=x onerror="window.__pwned=1;alert(2)">», a déclaré Vladimir Poutine.',
  '<svg onload="window.__pwned=1"></svg><a href="javascript:alert(4)">cliquez ici</a>',
].join('\n\n');

describe('web UI in Chromium', { skip }, () => {
  let browser: Browser;
  let baseUrl = '';
  let hostileId = '';
  let uiDir = '';
  let closeServer: () => Promise<void> = async () => {};
  let disposeStore: () => Promise<void> = async () => {};

  before(async () => {
    uiDir = await buildUi(join(mkdtempSync(join(tmpdir(), 'vigie-ui-')), 'ui'));
    const { demoStore } = await import('../api/testing.ts');
    const { serve } = await import('../api/server.ts');
    const demo = await demoStore();
    disposeStore = demo.dispose;
    const hostile = demo.analyzer.analyze({ source: { name: 'hostile.txt', path: null, url: null }, raw: HOSTILE_TEXT, title: HOSTILE_TITLE, published: '2025-09-03' });
    hostileId = (await demo.store.putDocument(hostile)).id;
    const server = await serve({ db: demo.store, port: 0, host: '127.0.0.1', uiDir });
    baseUrl = server.url;
    closeServer = server.close;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await closeServer();
    await disposeStore();
    if (uiDir) rmSync(join(uiDir, '..'), { recursive: true, force: true });
  });

  /** A page that records dialogs and errors (CSP violations show up as console errors). */
  async function open(hash: string, viewport = DESKTOP): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport });
    const dialogs: string[] = [], errors: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(baseUrl + hash);
    await settled(page, hash);
    const failure = page.locator('#app-main > .error');
    if (await failure.count()) assert.fail(`${hash}: ${await failure.textContent()}`);
    return { page, dialogs, errors };
  }

  /** Waits until the view for `hash` is mounted. */
  async function settled(page: Page, hash: string): Promise<void> {
    await page.waitForFunction((h) => {
      const main = document.getElementById('app-main');
      return !!main?.dataset.route && decodeURIComponent(main.dataset.route) === decodeURIComponent(h || '#/timeline') || (h === '' && !!main?.dataset.ready);
    }, hash, { timeout: 10_000 });
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  }

  async function noHorizontalScroll(page: Page): Promise<void> {
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `page scrolls horizontally: ${scroll}px > ${client}px`);
  }

  test('the timeline shows fused events on an axis, planned ones drawn apart', async () => {
    const { page, errors } = await open('#/timeline');
    const cards = await page.locator('.event-card').count();
    assert.ok(cards > 0, 'no event card');
    assert.ok(await page.locator('#timeline-axis .dot').count() > 0, 'no dot on the axis');
    assert.ok(await page.locator('.event-card.happened').count() > 0);
    assert.ok(await page.locator('.event-card.announced').count() > 0, 'no planned/proposed event drawn apart');
    await shot(page, 'timeline-desktop');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('filtering by actor keeps only that actor’s events and puts the filter in the URL', async () => {
    const { page } = await open('#/timeline');
    const before = await page.locator('.event-card').count();
    await page.fill('#timeline-filters input[name=actor]', 'Poutine');
    await page.click('#timeline-filters button[type=submit]');
    await settled(page, '#/timeline?actor=Poutine');
    const titles = await page.locator('.event-card h3').allTextContents();
    assert.ok(titles.length > 0 && titles.length < before, `${titles.length} of ${before} events`);
    for (const title of titles) assert.match(title, /Putin|Poutine/);
    assert.equal(await page.inputValue('#timeline-filters input[name=actor]'), 'Poutine');
    await shot(page, 'timeline-actor-filter');
    await page.close();
  });

  test('an event opens with its actors, history and sources; a source link highlights the evidence', async () => {
    const { page } = await open('#/timeline');
    await page.locator('.event-card .event-link').first().click();
    await page.waitForSelector('#event-detail');
    assert.ok(await page.locator('#event-detail .history li').count() > 0, 'no status history');
    const link = page.locator('#event-detail .source-link').first();
    const evidence = (await page.locator('#event-detail .mentions blockquote').first().textContent())!.trim();
    await shot(page, 'event-detail');
    const href = (await link.getAttribute('href'))!;
    assert.match(href, /^#\/article\/[^?]+\?hl=\d+-\d+$/);
    await link.click();
    await settled(page, href);
    const mark = page.locator('mark.hl#evidence');
    assert.equal(((await page.locator('#article-text mark.hl').allTextContents()).join('')).trim(), evidence);
    assert.ok(await mark.isVisible());
    const box = (await mark.boundingBox())!;
    assert.ok(box.y >= 0 && box.y < DESKTOP.height, `evidence not scrolled into view (y=${box.y})`);
    assert.ok(await page.locator('.article-text .ann-per').count() > 0, 'no person marked');
    await shot(page, 'article-highlight');
    await page.locator('details.removed summary').click().catch(() => {});
    await page.close();
  });

  test('searching "Putin" finds Poutine’s quotes', async () => {
    const { page } = await open('#/timeline');
    await page.fill('#search-box', 'Putin');
    await page.press('#search-box', 'Enter');
    await settled(page, '#/search?q=Putin');
    const speakers = await page.locator('#results-quotes .speaker').allTextContents();
    assert.ok(speakers.some((s) => /Putin|Poutine/.test(s)), `speakers: ${speakers.join(', ')}`);
    const entities = await page.locator('#results-entities a').allTextContents();
    assert.ok(entities.some((s) => /Putin|Poutine/.test(s)));
    await shot(page, 'search-putin');
    await page.close();
  });

  test('a hostile article renders inert', async () => {
    const { page, dialogs } = await open(`#/article/${hostileId}`);
    await page.waitForTimeout(200);
    assert.deepEqual(dialogs, []);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('#app-main img, #app-main script, #app-main svg[onload], #app-main a[href^="javascript:"]').count(), 0);
    assert.match((await page.locator('.article-title').textContent())!, /<img src=x onerror=/);
    assert.match((await page.locator('#article-text').textContent())!, /<script>window.__pwned = 1; alert\(1\)<\/script>/);
    await shot(page, 'article-hostile');
    await page.close();
  });

  test('the interface switches to English and back', async () => {
    const { page } = await open('#/quotes');
    assert.equal(await page.locator('nav a.active').textContent(), 'Citations');
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.waitForSelector('#quote-list');
    assert.equal(await page.locator('nav a.active').textContent(), 'Quotes');
    await shot(page, 'quotes-english');
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.close();
  });

  test('every view fits a 375px-wide phone screen', async () => {
    for (const [name, hash] of [['timeline', '#/timeline'], ['actors', '#/actors'], ['actor', '#/actor/Q7747'], ['quotes', '#/quotes'],
      ['articles', '#/articles'], ['article', `#/article/${hostileId}`], ['search', '#/search?q=Poutine']] as const) {
      const { page, errors } = await open(hash, PHONE);
      await noHorizontalScroll(page);
      await shot(page, `${name}-phone`);
      if (name === 'actors' || name === 'actor') await shot(page, name === 'actors' ? 'actors-phone' : 'actor-phone');
      assert.deepEqual(errors, [], `${name}: ${errors.join('; ')}`);
      await page.close();
    }
    const { page } = await open('#/actors');
    assert.ok(await page.locator('#actor-network .node').count() > 1, 'no actor network');
    await shot(page, 'actors-desktop');
    await page.goto(baseUrl + '#/actor/Q7747');
    await settled(page, '#/actor/Q7747');
    await shot(page, 'actor-desktop');
    await page.close();
  });
});
