import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from '../command.js';
import { main } from '../main.js';
import { parseConllu } from '../../syntax/conllu.js';
import { fixtureExamples, fixturePath } from '../../syntax/parser/fixtures.js';
import { trainParser } from '../../syntax/parser/index.js';
import { trainTagger } from '../../syntax/tagger/index.js';

/** A tiny tagger + parser trained on the parser's EWT fixture, saved as a models/syntax folder. */
function tinyModel(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-syntax-'));
  const sents = parseConllu(readFileSync(fixturePath(), 'utf8'));
  trainTagger(sents, { epochs: 3, seed: 1, rowBits: 14 }).save(dir);
  trainParser(fixtureExamples(), { epochs: 3, seed: 1, rowBits: 14, labelRowBits: 12 }).save(join(dir, 'parser'));
  return dir;
}

test('dyad parse --pretokenized prints valid CoNLL-U, one sentence per line, one root each', async () => {
  const dir = tinyModel();
  try {
    const input = 'The cat sat on the mat .\n\nI do n\'t know , she said .\n';
    const io = memoryIo(input);
    assert.equal(await main(['parse', '--pretokenized', '--model', dir, '-'], io), 0, io.stderr);
    const sents = parseConllu(io.stdout, '<stdout>');
    assert.equal(sents.length, 2);
    assert.deepEqual(sents.map((s) => s.words.map((w) => w.form).join(' ')), ['The cat sat on the mat .', "I do n't know , she said ."]);
    sents.forEach((s, i) => {
      assert.ok(s.comments.includes(`# sent_id = ${i + 1}`));
      assert.ok(s.comments.some((c) => c.startsWith('# text = ')));
      assert.equal(s.words.filter((w) => w.head === 0).length, 1);
      assert.equal(s.words.filter((w) => w.deprel === 'root').length, 1);
      for (const w of s.words) assert.ok(w.head >= 0 && w.head <= s.words.length && w.head !== w.id);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dyad parse of raw text keeps offsets as SpaceAfter=No; empty input prints nothing', async () => {
  const dir = tinyModel();
  try {
    const io = memoryIo('Hello, world. It works!');
    assert.equal(await main(['parse', '--model', dir], io), 0, io.stderr);
    const sents = parseConllu(io.stdout);
    assert.ok(sents.length >= 1);
    assert.equal(sents[0].words[0].form, 'Hello');
    assert.equal(sents[0].words[0].misc, 'SpaceAfter=No');
    const empty = memoryIo('');
    assert.equal(await main(['parse', '--model', dir, '-'], empty), 0, empty.stderr);
    assert.equal(empty.stdout, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dyad parse names a missing model folder', async () => {
  const io = memoryIo('x');
  assert.equal(await main(['parse', '--model', join(tmpdir(), 'no-such-dyad-model'), '-'], io), 2);
  assert.match(io.stderr, /E_MODEL/);
});

test('dyad parse --accurate parses with the shipped beam parser; a model folder without one is named', async () => {
  const sentence = 'The minister said on Tuesday that the talks would resume next week .\n';
  const greedy = memoryIo(sentence);
  assert.equal(await main(['parse', '--pretokenized', '-'], greedy), 0, greedy.stderr);
  const io = memoryIo(sentence);
  assert.equal(await main(['parse', '--pretokenized', '--accurate', '-'], io), 0, io.stderr);
  const [s] = parseConllu(io.stdout, '<stdout>');
  assert.equal(s.words.length, 13);
  assert.equal(s.words.filter((w) => w.head === 0).length, 1);
  const said = s.words.find((w) => w.form === 'said');
  assert.equal(said?.deprel, 'root');
  assert.equal(s.words.find((w) => w.form === 'minister')?.head, said?.id);
  // The tags come from the same tagger either way.
  assert.deepEqual(s.words.map((w) => w.upos), parseConllu(greedy.stdout)[0].words.map((w) => w.upos));

  const dir = tinyModel();
  try {
    const missing = memoryIo(sentence);
    assert.equal(await main(['parse', '--pretokenized', '--accurate', '--model', dir, '-'], missing), 2);
    assert.match(missing.stderr, /E_MODEL/);
    assert.match(missing.stderr, /parser-beam/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
