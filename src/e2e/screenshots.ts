/**
 * Screenshots of every dashboard view on the bundled sample corpus (docs/screenshots/*.png), taken
 * by the dashboard e2e test only when DYAD_SCREENSHOTS=1.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { ingest, serve } from './serve-fixture.js';

export const SAMPLE = fileURLToPath(new URL('../../../examples/sample-corpus/', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

async function settle(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor();
  await page.waitForTimeout(200);
}

async function pick(url: string): Promise<{ a: string; b: string; doc: string }> {
  const top = await (await fetch(`${url}/api/dyads/top?limit=1`)).json() as { dyads: { source: string; target: string }[] };
  const { source: a, target: b } = top.dyads[0];
  const ev = await (await fetch(`${url}/api/events?dyad=${a}-${b}&both=1&limit=1`)).json() as { events: { documentId: string }[] };
  return { a, b, doc: ev.events[0].documentId };
}

/** Ingests the sample corpus into dir, serves it and saves one screenshot per view (1366x768). */
export async function screenshotSample(browser: Browser, dir: string): Promise<string[]> {
  const db = join(dir, 'sample.db');
  ingest(SAMPLE, db);
  const server = await serve(db);
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  mkdirSync(SHOTS, { recursive: true });
  const saved: string[] = [];
  const shoot = async (name: string, hash: string, selector: string): Promise<void> => {
    await page.goto(`${server.url}/${hash}`);
    await page.reload();
    await settle(page, selector);
    const path = join(SHOTS, `${name}.png`);
    await page.screenshot({ path });
    saved.push(path);
  };
  try {
    const { a, b, doc } = await pick(server.url);
    await shoot('overview', '#/overview', '[data-testid=timeline] rect');
    await shoot('network', '#/network', '[data-testid=network-canvas][data-rendered]');
    await shoot('dyad', `#/dyad/${a}/${b}`, '[data-testid=actual-events]');
    await shoot('document', `#/document/${encodeURIComponent(doc)}`, '[data-testid=doc-text] mark');
    await shoot('actors', '#/actors', 'h1');
  } finally {
    await page.close();
    await server.stop();
  }
  return saved;
}
