import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixtureExamples, isSingleRootTree } from '../parser/fixtures.js';
import { Arena } from './arena.js';
import { kernels } from './kernels.js';
import { saveNetwork } from './model-file.js';
import type { Network } from './network.js';
import { NeuralParser } from './neural-parser.js';
import { evaluateParser, trainNetwork } from './train.js';

test('neural parser: learns the sample treebank, and its saved file parses the same', () => {
  const sample = fixtureExamples().slice(0, 60);
  const arena = new Arena(1 << 20);
  const logs: string[] = [];
  let best: { net: Network; uas: number } | null = null;
  const dir = mkdtempSync(join(tmpdir(), 'dyad-neural-'));
  const file = join(dir, 'neural.bin');
  try {
    trainNetwork(arena, kernels(arena), sample, sample, {
      dims: { word: 16, suffix: 8, tag: 8, shape: 4, hidden: 32, layers: 1, arc: 32, label: 16, buckets: 256 },
      epochs: 30, batch: 8, lr: 1e-2, dropInput: 0, dropHidden: 0, seed: 3, maxMinutes: 5,
      log: (l) => logs.push(l),
      onBest: (net, vocab, dev) => {
        best = { net, uas: dev.uas };
        saveNetwork(file, net, vocab);
      },
    });
    const first = Number(/loss ([\d.]+)/.exec(logs.find((l) => l.startsWith('epoch 1:'))!)![1]);
    const last = Number(/loss ([\d.]+)/.exec(logs.filter((l) => l.startsWith('epoch')).at(-1)!)![1]);
    assert.ok(last < first / 2, `training loss ${first} -> ${last}`);
    assert.ok(best !== null && (best as { uas: number }).uas > 80, `train-set UAS ${(best as { uas: number } | null)?.uas}`);
    // The int8 file parses the training sentences about as well as the float network did.
    const loaded = NeuralParser.load(file, null);
    const reloaded = evaluateParser(loaded, sample);
    assert.ok(reloaded.uas > (best as { uas: number }).uas - 3, `reloaded UAS ${reloaded.uas}`);
    for (const s of sample.slice(0, 10)) assert.ok(isSingleRootTree(loaded.parse(s.words, s.upos, s.xpos).head));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
