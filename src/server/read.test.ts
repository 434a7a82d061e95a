import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testServer, type TestServer } from './testing/harness.js';

describe('read API over real HTTP', () => {
  let s: TestServer;
  before(async () => { s = await testServer(); });
  after(() => s.close());

  test('stats are the store\'s, with the default window of 90 days ending at the latest event', async () => {
    const r = await s.get('/api/stats');
    assert.equal(r.status, 200);
    const st = await s.store.stats();
    assert.equal(r.body.events, st.events);
    assert.equal(r.body.documents, st.documents);
    const latest = await s.store.latestDate();
    assert.deepEqual(r.body.window, { from: new Date(Date.parse(`${latest}T00:00:00Z`) - 89 * 86_400_000).toISOString().slice(0, 10), to: latest });
  });

  test('events filter like the store and page with a capped size', async () => {
    const r = await s.get('/api/events?dyad=JPN-USA&both=1&modality=actual&limit=3&offset=1');
    assert.equal(r.status, 200);
    const want = await s.store.queryEvents({ dyad: ['JPN', 'USA'], both: true, modalities: ['actual'], limit: 3, offset: 1, order: '-date' });
    assert.deepEqual(r.body.events.map((e: { id: string }) => e.id), want.map((e) => e.id));
    assert.equal(r.body.limit, 3);
    assert.equal(r.body.offset, 1);
    const quad = await s.get('/api/events?quad=3,4&limit=500');
    assert.ok(quad.body.events.length > 0 && quad.body.events.every((e: { quadClass: number }) => e.quadClass >= 3));
    assert.equal((await s.get('/api/events?limit=501')).status, 400);
  });

  test('top dyads, a series with its biggest change, timeline and graph agree with the store', async () => {
    const w = 'from=2024-01-01&to=2024-12-31';
    const top = await s.get(`/api/dyads/top?${w}&limit=5`);
    assert.deepEqual(top.body.dyads, await s.store.topDyads({ from: '2024-01-01', to: '2024-12-31', limit: 5 }));
    const series = await s.get(`/api/dyads/JPN/USA/series?by=day&both=1&${w}`);
    const rows = await s.store.dyadSeries('JPN', 'USA', { by: 'day', both: true, from: '2024-01-01', to: '2024-12-31' });
    assert.deepEqual(series.body.rows, rows);
    assert.ok(rows.length > 1);
    const deltas = rows.slice(1).map((r, i) => Math.abs(r.goldsteinMean - rows[i].goldsteinMean));
    assert.equal(Math.abs(series.body.change.delta), Math.max(...deltas));
    const days = await s.get(`/api/timeline?${w}`);
    assert.deepEqual(days.body.days, await s.store.timeline({ from: '2024-01-01', to: '2024-12-31' }));
    const graph = await s.get(`/api/graph?${w}&actor=JPN`);
    assert.ok(graph.body.edges.length > 0);
    assert.ok(graph.body.edges.every((e: { source: string; target: string }) => e.source.startsWith('JPN') || e.target.startsWith('JPN')));
    const changed = await s.get(`/api/dyads/changed?from=2024-03-01&to=2024-03-10&minEvents=1`);
    assert.ok(changed.body.dyads.length > 0);
    assert.deepEqual(changed.body.dyads, await s.store.changedDyads({ from: '2024-03-01', to: '2024-03-10' }));
    const strict = await s.get(`/api/dyads/changed?from=2024-03-01&to=2024-03-10`);
    assert.deepEqual(strict.body.dyads, await s.store.changedDyads({ from: '2024-03-01', to: '2024-03-10', minEvents: 3 }));
  });

  test('a document comes with its text and coding; documents page by id; search finds text', async () => {
    const page = await s.get('/api/documents?limit=2');
    assert.equal(page.body.documents.length, 2);
    const next = await s.get(`/api/documents?limit=100&after=${page.body.next}`);
    assert.ok(next.body.documents.every((d: { id: string }) => d.id > page.body.next));
    assert.equal(next.body.next, null);
    const id = page.body.documents[0].id;
    const doc = await s.get(`/api/documents/${id}`);
    const stored = (await s.store.getDocument(id))!;
    assert.equal(doc.body.text, stored.text);
    assert.deepEqual(doc.body.coded, stored.coded);
    assert.equal((await s.get('/api/documents/nope')).status, 404);
    const hits = await s.get('/api/search?q=semiconductors');
    assert.ok(hits.body.hits.length > 0);
    assert.equal((await s.get('/api/actors')).body.actors[0].code, (await s.store.actors())[0].code);
    assert.ok(Array.isArray((await s.get('/api/actors/unresolved')).body.unresolved));
  });

  test('malformed queries are 400 E_USAGE, never 500; unknown paths 404 JSON', async () => {
    const bad = [
      '/api/events?limit=abc', '/api/events?limit=-1', '/api/events?from=2024-13-45', '/api/events?dyad=JPN', '/api/events?dyad=J%20N-USA',
      '/api/events?modality=maybe', '/api/events?voice=x', '/api/events?both=yes', '/api/events?cameo=%27%3B--', '/api/events?root=xx',
      '/api/events?text=%22unbalanced', '/api/events?actor=%00', '/api/events?bogus=1', '/api/events?limit=1&limit=2',
      '/api/dyads/top?limit=201', '/api/dyads/top?from=2024-05-01&to=2024-01-01', '/api/dyads/changed?to=x',
      '/api/dyads/J!N/USA/series', '/api/dyads/JPN/USA/series?by=year', '/api/graph?quad=0', '/api/graph?limit=5001',
      '/api/graph?country=JAPAN', '/api/graph?minEvents=0', '/api/search', '/api/search?q=%22', '/api/search?q=%2A%2A',
      '/api/timeline?from=yesterday', '/api/events?offset=10001', '/api/events?actor=U', '/api/graph?actor=US', '/api/actors/unresolved?limit=0', '/api/stats?x=1', '/api/documents?limit=1000',
    ];
    for (const path of bad) {
      const r = await s.get(path);
      assert.equal(r.status, 400, `${path}: ${JSON.stringify(r.body)}`);
      assert.equal(r.body.error.code, 'E_USAGE', path);
      assert.equal(typeof r.body.error.message, 'string');
    }
    const missing = await s.get('/api/nothing/here');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'E_NOT_FOUND');
  });
});
