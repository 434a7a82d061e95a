import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCameo } from '../cameo/index.js';
import { emptyMeta } from '../ingest/readers/types.js';
import { Coder } from './coder.js';
import { fixtureDictionaries, tree } from './fixtures/trees.js';
import { gdeltLines, jsonlLines, tsvLines } from './formats.js';

const coder = new Coder(fixtureDictionaries(), loadCameo(), null);

function coded() {
  const a = tree(`
    Arnor PROPN 2 nsubj
    attacked VERB 0 root
    Gondor PROPN 2 obj`);
  const b = tree(`
    Mordor PROPN 3 nsubj
    may AUX 3 aux
    attack VERB 0 root
    Arnor PROPN 3 obj`, a.text.length + 1);
  const text = `${a.text} ${b.text}`;
  return coder.codeParsed({ text, meta: { ...emptyMeta('text', null), published: '2026-03-05' } }, [a.sentence, b.sentence]);
}

test('gdelt: 61 tab-separated columns, only actual events, CAMEO fields in their places', () => {
  const doc = coded();
  assert.equal(doc.events.length, 2);
  const lines = gdeltLines(doc, 'https://example.com/a');
  assert.equal(lines.length, 1);
  const f = lines[0].split('\t');
  assert.equal(f.length, 61);
  assert.deepEqual([f[1], f[5], f[15], f[26], f[28], f[29], f[30], f[60]], ['20260305', 'ARN', 'GON', '190', '19', '4', '-10', 'https://example.com/a']);
});

test('tsv and jsonl: one line per event with the document id', () => {
  const doc = coded();
  const tsv = tsvLines(doc, 'file.txt').map((l) => l.split('\t'));
  assert.deepEqual(tsv.map((r) => r.slice(0, 4)), [['20260305', 'ARN', 'GON', '190'], ['20260305', 'MOR', 'ARN', '190']]);
  const jl = jsonlLines(doc).map((l) => JSON.parse(l) as { documentId: string; modality: string });
  assert.deepEqual(jl.map((e) => [e.documentId, e.modality]), [[doc.document.id, 'actual'], [doc.document.id, 'speculative']]);
});
