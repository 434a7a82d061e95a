import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from './main.js';
import { memoryIo } from './command.js';

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
