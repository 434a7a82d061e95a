/**
 * The dashboard in a real Chromium against a real `dyad serve` on a small fixture corpus: every
 * view loads; a dyad is followed from the network's edge list to its dyad view and on to an
 * event's article with its evidence highlighted; markup in an article never runs. With
 * DYAD_SCREENSHOTS=1, screenshots of each view on the sample corpus go to docs/screenshots/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ingest, serve, type Served } from './serve-fixture.js';
import { screenshotSample } from './screenshots.js';

const FIXTURE = fileURLToPath(new URL('../../../src/e2e/fixtures/dashboard-corpus.jsonl', import.meta.url));
const WEB = fileURLToPath(new URL('../../web/index.html', import.meta.url));
const TOKEN = 'e2e-secret-token';
const skip = !existsSync(CHROMIUM) ? `${CHROMIUM} is absent` : !existsSync(WEB) ? 'the dashboard is not built (dist/web)' : false;

describe('dashboard in Chromium', { skip, timeout: process.env.DYAD_SCREENSHOTS === '1' ? 240_000 : 90_000 }, () => {
  let dir = '';
  let server: Served;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
    const db = join(dir, 'e2e.db');
    ingest(FIXTURE, db, '2026-03-05');
    server = await serve(db, { DYAD_TOKEN: TOKEN }, 20_000, ['--overlay-file', join(dir, 'overlay.jsonl')]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error' && !/status of 40[13]/.test(m.text())) pageErrors.push(m.text()); });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('overview draws the timeline and lists the most active dyads', async () => {
    await page.goto(`${server.url}/#/overview`);
    await page.locator('[data-testid=timeline] svg rect').first().waitFor();
    assert.ok(await page.locator('[data-testid=timeline] svg rect').count() > 0);
    const top = page.locator('table', { hasText: 'Most active dyads' });
    await top.locator('a', { hasText: 'JPN → USA' }).first().waitFor();
    assert.equal(await page.locator('header').count(), 1);
    assert.equal(await page.locator('nav').count(), 1);
    assert.equal(await page.locator('main').count(), 1);
  });

  it('network draws the canvas and its edge list leads to the dyad view, then to an article', async () => {
    await page.goto(`${server.url}/#/network`);
    const canvas = page.locator('[data-testid=network-canvas]');
    await page.waitForFunction(() => document.querySelector('[data-testid=network-canvas]')?.getAttribute('data-rendered'));
    assert.ok(Number(await canvas.getAttribute('data-nodes')) >= 4, 'JPN, USA, CHN, RUS at least');
    await page.locator('[data-testid=edge-table] a', { hasText: 'JPN → USA' }).click();
    assert.match(page.url(), /#\/dyad\/JPN\/USA$/);
    await page.locator('[data-testid=series] svg rect').first().waitFor();
    const actual = page.locator('[data-testid=actual-events]');
    await actual.waitFor();
    assert.ok(await actual.locator('tbody tr').count() >= 3);
    assert.equal(await page.locator('[data-testid=other-events]').count(), 0);
    await page.getByLabel('Show non-actual events').check();
    const other = page.locator('[data-testid=other-events]');
    await other.waitFor();
    assert.match(await other.innerText(), /hypothetical/);
    assert.doesNotMatch(await actual.innerText(), /hypothetical/);
    const row = actual.locator('tbody tr', { hasText: 'Japan signed a trade agreement' }).first();
    await row.locator('a', { hasText: 'open article' }).click();
    assert.match(page.url(), /#\/document\//);
    const mark = page.locator('[data-testid=doc-text] mark.evidence', { hasText: 'Japan signed a trade agreement' });
    await mark.first().waitFor();
    assert.ok(await page.locator('[data-testid=doc-text] .mention').count() > 0, 'actor mentions highlighted');
    assert.match(await page.locator('[data-testid=doc-events]').innerText(), /0311/);
    assert.match(await page.locator('.meta').innerText(), /news|unknown|analysis|opinion|press-release/);
  });

  it('a hostile article shows its markup as text and runs none of it', async () => {
    const res = await fetch(`${server.url}/api/events?dyad=CHN-JPN&text=provocation`);
    const { events } = await res.json() as { events: { documentId: string }[] };
    assert.ok(events.length > 0, 'the hostile article has an event');
    await page.goto(`${server.url}/#/document/${encodeURIComponent(events[0].documentId)}`);
    await page.locator('h1', { hasText: 'Hostile markup' }).waitFor();
    const text = page.locator('[data-testid=doc-text]');
    await text.locator('mark.evidence', { hasText: 'China accused Japan of provocation' }).waitFor();
    assert.match(await text.innerText(), /<script>window.__pwned=1<\/script>/);
    assert.match(await text.innerText(), /<img src=x onerror=/);
    assert.equal(await page.locator('main script, main img').count(), 0);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(dialogs, []);
  });

  it('actors view: a wrong token shows the JSON error and writes nothing; the right one adds the name to the overlay', async () => {
    await page.goto(`${server.url}/#/actors`);
    await page.locator('h1', { hasText: 'Unresolved actors' }).waitFor();
    const open = page.locator('li.unresolved button', { hasText: 'to overlay' }).first();
    await open.waitFor();
    await open.click();
    await page.getByLabel('Code').fill('ISRGOV');
    await page.getByLabel('Token').fill('wrong-token');
    await page.locator('form.overlay button[type=submit]').click();
    const alert = page.locator('form.overlay [role=alert]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /E_FORBIDDEN/);
    assert.equal(existsSync(join(dir, 'overlay.jsonl')), false, 'a wrong token writes nothing');
    await page.getByLabel('Token').fill(TOKEN);
    await page.locator('form.overlay button[type=submit]').click();
    const done = page.locator('[data-testid=overlay-added]');
    await done.waitFor();
    assert.match(await done.innerText(), /^Added “.+” as ISRGOV; \d+ documents recoded\.$/);
    assert.match(readFileSync(join(dir, 'overlay.jsonl'), 'utf8'), /"ISRGOV"/);
    assert.deepEqual(pageErrors, []);
  });

  it('saves screenshots of each view on the sample corpus (DYAD_SCREENSHOTS=1 only)', { skip: process.env.DYAD_SCREENSHOTS !== '1' }, async () => {
    const saved = await screenshotSample(browser, dir);
    assert.equal(saved.length, 5);
  });
});
