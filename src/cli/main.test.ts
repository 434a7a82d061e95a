import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from './main.js';
import { memoryIo } from './command.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

test('dyad --help lists the commands and exits 0', async () => {
  const io = memoryIo();
  assert.equal(await main(['--help'], io), 0);
  assert.match(io.stdout, /usage: dyad <command>/);
  assert.match(io.stdout, /\n {2}code {5}/);
});

test('an unknown command is a usage error with exit 1', async () => {
  const io = memoryIo();
  assert.equal(await main(['frobnicate'], io), 1);
  assert.match(io.stderr, /E_USAGE: unknown command "frobnicate"/);
});

test('a DyadError from a command becomes its code, message and exit status', async () => {
  const io = memoryIo();
  assert.equal(await main(['eval', 'nonsense'], io), 1);
  assert.match(io.stderr, /^dyad: E_USAGE: dyad eval </);
});

test('the program runs when called through a symlink, as npx, npm link and a global install call its bin', () => {
  // It compared the link's path with its own URL and, called through npx, printed nothing.
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bin-'));
  try {
    const link = join(dir, 'dyad');
    symlinkSync(fileURLToPath(new URL('./main.js', import.meta.url)), link);
    const out = execFileSync(process.execPath, [link, '--help'], { encoding: 'utf8' });
    assert.match(out, /usage: dyad <command>/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
