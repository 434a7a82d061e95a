import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testServer, type TestServer } from './testing/harness.js';

describe('dashboard static files', () => {
  let s: TestServer;
  let bare: TestServer;
  const web = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  before(async () => {
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>dyad dashboard</title>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(tmpdir(), 'dyad-secret.txt'), 'secret');
    s = await testServer({ webDir: web });
    bare = await testServer();
  });
  after(async () => {
    await s.close(); await bare.close();
    rmSync(web, { recursive: true, force: true }); rmSync(join(tmpdir(), 'dyad-secret.txt'), { force: true });
  });

  test('files are served with their type; other non-API paths get index.html with a CSP', async () => {
    const js = await fetch(`${s.url}/assets/app.js`);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await js.text(), 'console.log(1)');
    for (const path of ['/', '/dyads/JPN/USA', '/..%2f..%2fdyad-secret.txt', '/assets/../../dyad-secret.txt']) {
      const r = await fetch(s.url + path);
      assert.equal(r.status, 200, path);
      assert.match(await r.text(), /dyad dashboard/, path);
      assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    }
    const api = await s.get('/api/unknown');
    assert.equal(api.status, 404);
  });

  test('without a built dashboard a plain page says so', async () => {
    const r = await fetch(`${bare.url}/anything`);
    assert.equal(r.status, 200);
    assert.match(await r.text(), /dashboard is not built/);
  });
});
