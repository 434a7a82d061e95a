import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { memoryIo } from '../command.js';
import { main } from '../main.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-serve-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const MAIN = fileURLToPath(new URL('../main.js', import.meta.url));

test('dyad serve refuses a non-loopback address without DYAD_TOKEN', async () => {
  const saved = process.env.DYAD_TOKEN;
  delete process.env.DYAD_TOKEN;
  try {
    const io = memoryIo();
    assert.equal(await main(['serve', '--db', join(dir, 'a.db'), '--host', '0.0.0.0', '--port', '0'], io), 1);
    assert.match(io.stderr, /E_USAGE: refusing to listen on 0\.0\.0\.0/);
    const bad = memoryIo();
    assert.equal(await main(['serve', '--port', 'x'], bad), 1);
  } finally {
    if (saved !== undefined) process.env.DYAD_TOKEN = saved;
  }
});

test('dyad serve answers the API, then stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [MAIN, 'serve', '--db', join(dir, 'b.db'), '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DYAD_TOKEN: '' } });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += d;
      const m = /serving (http:\/\/\S+)/.exec(stderr);
      if (m) resolve(m[1]);
    });
    child.on('exit', () => reject(new Error(stderr)));
  });
  const r = await fetch(`${url}/api/stats`);
  assert.equal(r.status, 200);
  assert.equal(((await r.json()) as { documents: number }).documents, 0);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
  assert.match(stderr, /read-only/);
});
