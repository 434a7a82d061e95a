import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture } from './fixtures.js';
import { extendVerbDictionary, isVerbOverlay } from './verb-overlay.js';
import { findVerbs, parseVerbDictionary } from './verbs.js';
import { loadDictionaries } from './index.js';
import { isDyadError } from '../util/errors.js';

const base = () => parseVerbDictionary(fixture('verbs.txt'), 'verbs.txt');

test('an overlay block adds patterns to a verb the base already has, and may use the base synsets', () => {
  const d = extendVerbDictionary(base(), '--- GIVE_MORE [---] ---\nGIVE\n- * MORE &CURRENCY [0711]\n', 'mine.verbs.txt');
  const blocks = findVerbs(d, 'GIVES').map((v) => d.blocks[v.block]);
  assert.deepEqual(blocks.map((b) => `${b.file}:${b.name}`), ['verbs.txt:GRANT', 'mine.verbs.txt:GIVE_MORE']);
  const added = blocks[1].patterns[0];
  assert.equal(added.code.active, '0711');
  assert.equal(added.line, 3);
  assert.equal(d.blocks.length, base().blocks.length + 1);
  // The base dictionary is not changed.
  assert.equal(findVerbs(base(), 'GIVES').length, 1);
});

test('overlay errors name the overlay file and line', () => {
  const bad = [
    ['--- X [---] ---\nX\n- * &NOSUCHSET [010]\n', 3],
    ['&CURRENCY\n+EURO\n', 1],
    ['- * PATTERN [010]\n', 1],
  ] as const;
  for (const [text, line] of bad) {
    assert.throws(() => extendVerbDictionary(base(), text, 'mine.verbs.txt'), (e: unknown) => isDyadError(e) && e.code === 'E_DICTIONARY' && e.file === 'mine.verbs.txt' && e.line === line);
  }
});

test('--overlay FILE.txt is read as a verb overlay, FILE.jsonl as an actor overlay', () => {
  assert.ok(isVerbOverlay('x/my.verbs.txt'));
  assert.ok(!isVerbOverlay('x/actors.jsonl'));
  const dir = mkdtempSync(join(tmpdir(), 'dyad-verb-overlay-'));
  const path = join(dir, 'mine.verbs.txt');
  writeFileSync(path, '--- CHIDE_GENTLY [111] ---\nCHIDE\n');
  const d = loadDictionaries({ overlays: [path] });
  const chide = findVerbs(d.verbs, 'CHIDED').filter((v) => d.verbs.blocks[v.block].file === path);
  assert.equal(chide.length, 1);
  assert.equal(d.verbs.blocks[chide[0].block].code.active, '111');
});
