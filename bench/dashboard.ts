/**
 * Dashboard benchmark (issue 5): `dyad serve` on the million-event store of bench/store.ts
 * (DYAD_BENCH_DB, default /tmp/dyad-bench-1m.db; skipped when missing) driven by Chromium:
 * time until the overview's chart is drawn (target < 2 s), and the network view with about 2,000
 * nodes: time to fetch, lay out and draw it, and to re-render after a filter change.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, serve } from '../src/e2e/serve-fixture.js';

const FILE = process.env.DYAD_BENCH_DB ?? '/tmp/dyad-bench-1m.db';
const NODES = 2000;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function overviewMs(page: Page, url: string): Promise<number> {
  const t = performance.now();
  await page.goto(`${url}/#/overview`);
  await page.locator('[data-testid=timeline] svg rect').first().waitFor();
  return performance.now() - t;
}

/** The smallest edge limit (of a few) whose graph has at least NODES nodes, else the largest. */
async function edgeLimit(url: string): Promise<{ limit: number; nodes: number }> {
  let last = { limit: 5000, nodes: 0 };
  for (const limit of [1000, 2000, 3000, 4000, 5000]) {
    const g = await (await fetch(`${url}/api/graph?limit=${limit}`)).json() as { nodes: unknown[] };
    last = { limit, nodes: g.nodes.length };
    if (g.nodes.length >= NODES) break;
  }
  return last;
}

interface Render { ms: number; nodes: number; layoutMs: number; drawMs: number }

/** Applies the network form and waits until the canvas shows the new graph. */
async function applyAndWait(page: Page, change: () => Promise<void>): Promise<Render> {
  const canvas = page.locator('[data-testid=network-canvas]');
  const before = await canvas.getAttribute('data-rendered');
  await change();
  const t = performance.now();
  await page.locator('form.filters button[type=submit]').click();
  await page.waitForFunction((prev) => {
    const c = document.querySelector('[data-testid=network-canvas]');
    return c && c.getAttribute('data-rendered') !== prev;
  }, before, { timeout: 60_000, polling: 'raf' });
  const ms = performance.now() - t;
  const attr = async (n: string): Promise<number> => Number(await canvas.getAttribute(n));
  return { ms, nodes: await attr('data-nodes'), layoutMs: await attr('data-layout-ms'), drawMs: await attr('data-draw-ms') };
}

/** A deterministic synthetic graph: n nodes in clusters of 25, about 2.5 edges a node. */
function syntheticGraph(n: number, quad: string): string {
  let seed = 12345 + quad.length;
  const rnd = (): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const nodes = Array.from({ length: n }, (_, i) => ({ code: `X${String(i).padStart(4, '0')}`, name: `actor ${i}`, country: null, events: 1 + Math.floor(rnd() * 500) }));
  const edges = [];
  for (let i = 0; i < n; i++) {
    const k = 2 + Math.floor(rnd() * 2);
    for (let j = 0; j < k; j++) {
      const other = rnd() < 0.85 ? Math.floor(i / 25) * 25 + Math.floor(rnd() * 25) : Math.floor(rnd() * n);
      if (other === i || other >= n) continue;
      const events = 1 + Math.floor(rnd() * 200);
      edges.push({ source: nodes[i].code, target: nodes[other].code, events, goldsteinMean: rnd() * 20 - 10, q1: events, q2: 0, q3: 0, q4: 0 });
    }
  }
  return JSON.stringify({ nodes, edges });
}

/** The network view on a synthetic 2,000-node graph served in place of /api/graph. */
async function syntheticNetwork(page: Page, url: string): Promise<Render[]> {
  await page.route('**/api/graph?*', (route) => {
    const quad = new URL(route.request().url()).searchParams.get('quad') ?? '';
    return route.fulfill({ status: 200, contentType: 'application/json', body: syntheticGraph(NODES, quad) });
  });
  await page.goto('about:blank');
  await page.goto(`${url}/#/network`);
  await page.locator('[data-testid=network-canvas][data-rendered]').waitFor({ timeout: 60_000 });
  const canvas = page.locator('[data-testid=network-canvas]');
  const first = { ms: NaN, nodes: Number(await canvas.getAttribute('data-nodes')), layoutMs: Number(await canvas.getAttribute('data-layout-ms')), drawMs: Number(await canvas.getAttribute('data-draw-ms')) };
  const filtered = await applyAndWait(page, () => page.getByLabel('Verbal conflict').check());
  await page.unroute('**/api/graph?*');
  return [first, filtered];
}

export async function benchDashboard(): Promise<string> {
  if (!existsSync(FILE)) return `skipped: ${FILE} is missing (build it with \`npm run bench server\`)`;
  if (!existsSync(CHROMIUM)) return `skipped: ${CHROMIUM} is absent`;
  const server = await serve(FILE, {}, 120_000);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const overview: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto('about:blank');
      overview.push(await overviewMs(page, server.url));
    }
    const { limit, nodes } = await edgeLimit(server.url);
    await page.goto(`${server.url}/#/network`);
    await page.locator('[data-testid=network-canvas][data-rendered]').waitFor({ timeout: 60_000 });
    const big = await applyAndWait(page, () => page.getByLabel('Max dyads').fill(String(limit)));
    const filtered = await applyAndWait(page, () => page.getByLabel('Verbal conflict').check());
    const back = await applyAndWait(page, () => page.getByLabel('Verbal conflict').uncheck());
    const fmt = (r: Render): string => `${r.ms.toFixed(0)} ms (${r.nodes} nodes; layout ${r.layoutMs.toFixed(0)} ms, draw ${r.drawMs.toFixed(0)} ms)`;
    const [synth, synthFiltered] = await syntheticNetwork(page, server.url);
    return [
      `synthetic ${synth.nodes}-node graph: layout ${synth.layoutMs.toFixed(0)} ms, draw ${synth.drawMs.toFixed(0)} ms; filter change re-rendered in ${fmt(synthFiltered)}`,
      `overview chart drawn: first ${overview[0].toFixed(0)} ms, median of 5 ${median(overview).toFixed(0)} ms (target < 2000)`,
      `network limit=${limit} edges (${nodes} nodes in the API answer): ${fmt(big)}`,
      `filter QuadClass 3: ${fmt(filtered)}; filter cleared: ${fmt(back)}`,
    ].join('; ');
  } finally {
    await browser.close();
    await server.stop();
  }
}
