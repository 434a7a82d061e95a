import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { startServer } from './serve.js';
import { testServer, type TestServer } from './testing/harness.js';

const TOKEN = 'test-token-5f1c2a';
const TEXT = 'TOKYO, 2 May 2026 -- Japan and the United States signed a security agreement on Friday. ' +
  'Haruto Quillfeather criticized China over the patrols.';

describe('write API over real HTTP', () => {
  let s: TestServer;
  before(async () => { s = await testServer({ token: TOKEN, maxBodyBytes: 4096 }); });
  after(() => s.close());

  test('writes need the bearer token: 401 without, 403 wrong; the token is never logged', async () => {
    const none = await s.post('/api/documents', { text: TEXT });
    assert.equal(none.status, 401);
    assert.equal(none.body.error.code, 'E_UNAUTHORIZED');
    const wrong = await s.post('/api/documents', { text: TEXT }, 'not-the-token');
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.error.code, 'E_FORBIDDEN');
    const prefix = await s.post('/api/documents', { text: TEXT }, TOKEN.slice(0, -1));
    assert.equal(prefix.status, 403);
    assert.ok(!s.log.join('\n').includes(TOKEN.slice(0, 8)));
  });

  test('a posted text is coded and stored; posting it again inserts nothing', async () => {
    const jpnEvents = async () => ((await s.get('/api/actors')).body.actors as { code: string; events: number }[]).find((a) => a.code === 'JPN')?.events ?? 0;
    const before = await jpnEvents();
    const r = await s.post('/api/documents', { text: TEXT, title: 'Test post', date: '2026-05-02' }, TOKEN);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.inserted, true);
    assert.ok(r.body.events >= 1);
    const doc = await s.get(`/api/documents/${r.body.id}`);
    assert.equal(doc.body.text, TEXT);
    assert.equal(doc.body.title, 'Test post');
    assert.equal(doc.body.coded.events.length, r.body.events);
    const again = await s.post('/api/documents', { text: TEXT, title: 'Test post', date: '2026-05-02' }, TOKEN);
    assert.equal(again.status, 201);
    assert.equal(again.body.inserted, false);
    assert.equal(again.body.id, r.body.id);
    assert.ok(await jpnEvents() > before, 'the actor list (cached) follows the new document');
    assert.ok(!s.log.join('\n').includes(TOKEN));
  });

  test('bad bodies: 400 for shape, 413 over the size cap', async () => {
    for (const body of ['{', '[1]', JSON.stringify({ text: 5 }), JSON.stringify({ txt: 'x' }), JSON.stringify({ text: 'x', date: 'May' }), JSON.stringify({ url: 'ftp://x' }), JSON.stringify({})]) {
      const r = await s.post('/api/documents', body, TOKEN);
      assert.equal(r.status, 400, body);
      assert.equal(r.body.error.code, 'E_USAGE', body);
    }
    const big = await s.post('/api/documents', { text: 'word '.repeat(2000) }, TOKEN);
    assert.equal(big.status, 413);
    assert.equal(big.body.error.code, 'E_TOO_LARGE');
    const url = await s.post('/api/documents', { url: 'http://127.0.0.1:9/private' }, TOKEN);
    assert.equal(url.status, 400);
    assert.equal(url.body.error.code, 'E_FETCH');
  });

  test('an overlay record is appended, the coder reloaded and the documents naming it recoded', async () => {
    const before = await s.get('/api/events?actor=JPNGOV&limit=500');
    const bad = await s.post('/api/overlay', { names: ['Haruto Quillfeather'], code: 'jpn' }, TOKEN);
    assert.equal(bad.status, 400);
    const r = await s.post('/api/overlay', { names: ['Haruto Quillfeather'], code: 'JPNGOV', country: 'JPN', kind: 'person' }, TOKEN);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.recoded, 1);
    assert.match(readFileSync(s.overlayFile, 'utf8'), /Haruto Quillfeather/);
    const after = await s.get('/api/events?actor=JPNGOV&limit=500');
    assert.ok(after.body.events.length > before.body.events.length, 'the new name codes as JPNGOV');
    assert.ok(after.body.events.some((e: { source: { text: string } | null }) => e.source?.text.includes('Quillfeather')));
  });

  test('the server refuses a non-loopback address without a token', async () => {
    assert.throws(() => startServer({ store: s.store, overlayFile: s.overlayFile, webDir: null, loadCoder: () => { throw new Error('unused'); }, coderVersion: () => 'x' }, '0.0.0.0', 0), /without a token/);
  });
});
