import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DyadError } from '../../util/errors.js';
import { Arena } from './arena.js';
import { kernels } from './kernels.js';
import { NEURAL_FORMAT, readNetworkFile, saveNetwork } from './model-file.js';
import { Network, type Dims } from './network.js';
import { NeuralParser } from './neural-parser.js';
import { mulberry32 } from '../tagger/train.js';

const DIMS: Dims = { word: 8, suffix: 4, tag: 4, shape: 4, hidden: 8, layers: 1, arc: 8, label: 4, buckets: 32 };
const VOCAB = { words: ['minister', 'said', 'the'], upos: ['DET', 'NOUN', 'VERB'], xpos: ['DT', 'NN', 'VBD'], labels: ['det', 'nsubj', 'root'] };

function withFile(body: (file: string, net: Network) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-neural-file-'));
  try {
    const arena = new Arena(1 << 16);
    const net = new Network(arena, kernels(arena), DIMS, { words: 3, upos: 3, xpos: 3, labels: 3 }, mulberry32(5));
    const file = join(dir, 'neural.bin');
    saveNetwork(file, net, VOCAB);
    body(file, net);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('model file: int8 rows come back within a 127th of each row\'s largest weight', () => {
  withFile((file, net) => {
    const { header, fill } = readNetworkFile(file);
    assert.equal(header.format, NEURAL_FORMAT);
    assert.deepEqual(header.vocab, VOCAB);
    const arena = new Arena(1 << 16);
    const copy = new Network(arena, kernels(arena), header.dims, { words: 3, upos: 3, xpos: 3, labels: 3 }, mulberry32(99), false);
    fill(copy);
    for (const p of net.params.list) {
      const q = copy.params.get(p.name);
      for (let r = 0; r < p.rows; r++) {
        const row = net.arena.f32.subarray(p.w + r * p.cols, p.w + (r + 1) * p.cols);
        const max = Math.max(...Array.from(row, Math.abs));
        for (let j = 0; j < p.cols; j++) assert.ok(Math.abs(arena.f32[q.w + r * p.cols + j] - row[j]) <= max / 254 + 1e-7, `${p.name}[${r},${j}]`);
      }
    }
    assert.equal(NeuralParser.load(file, null).parse(['The', 'minister', 'said'], ['DET', 'NOUN', 'VERB'], ['DT', 'NN', 'VBD']).head.length, 3);
  });
});

test('model file: a truncated or foreign file is an E_MODEL error naming the file', () => {
  withFile((file) => {
    const bytes = readFileSync(file);
    const isModelError = (e: unknown) => e instanceof DyadError && e.code === 'E_MODEL' && e.file === file;
    writeFileSync(file, bytes.subarray(0, bytes.length - 10));
    assert.throws(() => NeuralParser.load(file, null), (e) => isModelError(e) && /truncated/.test((e as Error).message));
    writeFileSync(file, 'not a model');
    assert.throws(() => NeuralParser.load(file, null), isModelError);
  });
});
