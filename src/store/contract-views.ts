/**
 * The contract of the dashboard views (views.ts), part of the store contract (contract.ts) so both
 * drivers run it. Every view is checked against the same figures recomputed from queryEvents.
 */
import assert from 'node:assert/strict';
import { isDyadError } from '../util/errors.js';
import type { SqlStore } from './core.js';
import { fixtures, syntheticDoc } from './testing/fixtures.js';
import type { EventRow, Store } from './types.js';
import { midpoint } from './views.js';

async function load(s: Store): Promise<EventRow[]> {
  const f = fixtures();
  for (const x of [f.jpnUsa, f.chnUsa, f.usaChn, f.jpnUsaLater]) {
    await s.putDocument(x.doc, { text: x.text, url: x.url, canonicalUrl: x.url, title: x.title, coderVersion: 't' });
  }
  for (let i = 0; i < 12; i++) {
    const d = syntheticDoc(i, 'v');
    await s.putDocument(d.doc, { text: d.text, url: null, canonicalUrl: null, title: null, coderVersion: 't' });
  }
  return (await s.queryEvents({ limit: 10_000 })).filter((e) => e.counted && e.modality === 'actual' && e.effectiveDate && e.source?.code && e.target?.code);
}

const key = (e: EventRow) => `${e.source!.code}>${e.target!.code}`;

export function viewsContract(run: (title: string, fn: (s: SqlStore) => Promise<void>) => void): void {
  run('views: latestDate and timeline count the counted actual events per day', async (s) => {
    assert.equal(await s.latestDate(), null);
    const events = await load(s);
    const dates = events.map((e) => e.effectiveDate!).sort();
    assert.equal(await s.latestDate(), dates[dates.length - 1]);
    const days = await s.timeline({ from: '0001-01-01', to: '9999-12-31' });
    const want = new Map<string, number[]>();
    for (const e of events) {
      const r = want.get(e.effectiveDate!) ?? [0, 0, 0, 0, 0];
      r[0]++; r[e.quadClass]++;
      want.set(e.effectiveDate!, r);
    }
    assert.deepEqual(days.map((d) => [d.date, d.events, d.q1, d.q2, d.q3, d.q4]),
      [...want.entries()].sort().map(([d, r]) => [d, ...r]));
    const one = days[1];
    assert.deepEqual(await s.timeline({ from: one.date, to: one.date }), [one]);
  });

  run('views: graph edges are the window\'s directed dyads, nodes their actors', async (s) => {
    const events = await load(s);
    const g = await s.graph({ from: '0001-01-01', to: '9999-12-31' });
    const want = new Map<string, { n: number; g: number }>();
    for (const e of events) {
      const r = want.get(key(e)) ?? { n: 0, g: 0 };
      r.n++; r.g += e.goldstein;
      want.set(key(e), r);
    }
    assert.equal(g.edges.length, want.size);
    for (const edge of g.edges) {
      const w = want.get(`${edge.source}>${edge.target}`)!;
      assert.equal(edge.events, w.n);
      assert.ok(Math.abs(edge.goldsteinMean - w.g / w.n) < 1e-9);
      assert.equal(edge.q1 + edge.q2 + edge.q3 + edge.q4, w.n);
    }
    const codes = new Set(events.flatMap((e) => [e.source!.code!, e.target!.code!]));
    assert.deepEqual(new Set(g.nodes.map((n) => n.code)), codes);
    const jpn = g.nodes.find((n) => n.code === 'JPN')!;
    assert.equal(jpn.name, 'Japan');
    assert.equal(jpn.events, events.filter((e) => e.source!.code === 'JPN' || e.target!.code === 'JPN').length);
    const onlyChn = await s.graph({ from: '0001-01-01', to: '9999-12-31', actor: 'CHN' });
    assert.ok(onlyChn.edges.length > 0 && onlyChn.edges.every((e) => e.source.startsWith('CHN') || e.target.startsWith('CHN')));
    const top = await s.graph({ from: '0001-01-01', to: '9999-12-31', limit: 1, quad: [1] });
    assert.equal(top.edges.length, 1);
    assert.equal(top.edges[0].q2 + top.edges[0].q3 + top.edges[0].q4, 0);
  });

  run('views: changedDyads compares the Goldstein means of the window\'s halves', async (s) => {
    const events = await load(s);
    // The synthetic documents fill 2024-03-01..12; the fixtures' April events are outside the window.
    const from = '2024-03-01', to = '2024-03-12';
    const mid = midpoint(from, to);
    const halves = new Map<string, { e: [number, number]; g: [number, number] }>();
    for (const e of events.filter((x) => x.effectiveDate! >= from && x.effectiveDate! <= to)) {
      const r = halves.get(key(e)) ?? { e: [0, 0], g: [0, 0] };
      const h = e.effectiveDate! < mid ? 0 : 1;
      r.e[h]++; r.g[h] += e.goldstein;
      halves.set(key(e), r);
    }
    const want = [...halves.entries()].filter(([, r]) => r.e[0] > 0 && r.e[1] > 0)
      .map(([k, r]) => [k, r.g[1] / r.e[1] - r.g[0] / r.e[0]] as const);
    const got = await s.changedDyads({ from, to });
    assert.ok(want.length > 0);
    assert.equal(got.length, want.length);
    for (const d of got) {
      const w = want.find(([k]) => k === `${d.source}>${d.target}`)!;
      assert.ok(Math.abs(d.delta - w[1]) < 1e-9 && Math.abs(d.after - d.before - d.delta) < 1e-9);
    }
    for (let i = 1; i < got.length; i++) assert.ok(Math.abs(got[i - 1].delta) >= Math.abs(got[i].delta));
    const strict = await s.changedDyads({ from, to, minEvents: 3 });
    const wantStrict = [...halves.entries()].filter(([, r]) => r.e[0] >= 3 && r.e[1] >= 3).map(([k]) => k).sort();
    assert.deepEqual(strict.map((d) => `${d.source}>${d.target}`).sort(), wantStrict);
    await assert.rejects(s.changedDyads({ from: to, to: from }), (e) => isDyadError(e) && e.code === 'E_USAGE');
    await assert.rejects(s.timeline({ from: 'May', to: to }), (e) => isDyadError(e) && e.code === 'E_USAGE');
  });
}
