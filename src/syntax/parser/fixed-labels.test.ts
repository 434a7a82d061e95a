import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../../util/errors.js';
import { exampleArcs, FIXED_LABELS_FILE, fixedLabel, FixedLabels, type LabelledArc } from './fixed-labels.js';
import { fixtureExamples } from './fixtures.js';
import { Parser, trainParser } from './index.js';
import { collectLabels } from './train.js';

const LABELS = ['root', 'det', 'obj', 'punct', 'nsubj'];

function arcs(n: number, arc: LabelledArc): LabelledArc[] {
  return Array.from({ length: n }, () => arc);
}

/** Determiners before their noun: many det arcs, and "that" split between det and obj. */
const TRAINING: LabelledArc[] = [
  ...arcs(600, { form: 'the', xpos: 'DT', headUpos: 'NOUN', headFirst: false, label: 'det' }),
  ...arcs(400, { form: 'a', xpos: 'DT', headUpos: 'NOUN', headFirst: false, label: 'det' }),
  ...arcs(3, { form: 'That', xpos: 'DT', headUpos: 'NOUN', headFirst: false, label: 'det' }),
  ...arcs(3, { form: 'that', xpos: 'DT', headUpos: 'NOUN', headFirst: false, label: 'obj' }),
  // After its head the same tag is not settled: too few arcs.
  ...arcs(5, { form: 'the', xpos: 'DT', headUpos: 'NOUN', headFirst: true, label: 'det' }),
  ...arcs(30, { form: ',', xpos: ',', headUpos: 'VERB', headFirst: true, label: 'punct' }),
];

/** The label the table gives a dependent (form, xpos) under a head of `headUpos`, head first or not. */
function lookup(t: FixedLabels, form: string, xpos: string, headUpos: string, headFirst: boolean): string | null {
  // Node 1 is the head, node 2 the dependent (or the other way round).
  const forms = headFirst ? ['head', form] : [form, 'head'];
  const xp = headFirst ? ['NN', xpos] : [xpos, 'NN'];
  const up = headFirst ? [headUpos, 'X'] : ['X', headUpos];
  const l = fixedLabel(t.view(forms, up, xp), headFirst ? 1 : 2, headFirst ? 2 : 1);
  return l < 0 ? null : LABELS[l];
}

test('the treebank settles a kind of arc seen often enough with one label, by form or by tag alone', () => {
  const t = FixedLabels.derive(TRAINING, LABELS);
  assert.equal(lookup(t, 'the', 'DT', 'NOUN', false), 'det');
  // A determiner the training arcs never saw takes its tag's label.
  assert.equal(lookup(t, 'this', 'DT', 'NOUN', false), 'det');
  // "that" splits between det and obj (in any case): the label model decides, not the tag's row.
  assert.equal(lookup(t, 'that', 'DT', 'NOUN', false), null);
  assert.equal(lookup(t, 'THAT', 'DT', 'NOUN', false), null);
  // Too few arcs after the head, another head tag, and a tag never seen: nothing settled.
  assert.equal(lookup(t, 'the', 'DT', 'NOUN', true), null);
  assert.equal(lookup(t, 'the', 'DT', 'VERB', false), null);
  assert.equal(lookup(t, 'the', 'PDT', 'NOUN', false), null);
  assert.equal(lookup(t, ',', ',', 'VERB', true), 'punct');
});

test('a form row is kept only where it differs from its tag alone', () => {
  const t = FixedLabels.derive(TRAINING, LABELS);
  const dir = mkdtempSync(join(tmpdir(), 'dyad-fixed-labels-'));
  try {
    t.write(dir);
    const lines = readFileSync(join(dir, FIXED_LABELS_FILE), 'utf8').split('\n').filter((l) => l !== '');
    assert.deepEqual(lines, ['\t,\tVERB\t<\tpunct', '\tDT\tNOUN\t>\tdet', 'that\tDT\tNOUN\t>\t*']);
    const back = FixedLabels.read(dir, LABELS)!;
    for (const form of ['the', 'this', 'that']) assert.equal(lookup(back, form, 'DT', 'NOUN', false), lookup(t, form, 'DT', 'NOUN', false));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a folder without the table has none; a malformed table names the file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-fixed-labels-'));
  try {
    assert.equal(FixedLabels.read(dir, LABELS), null);
    writeFileSync(join(dir, FIXED_LABELS_FILE), '\tDT\tNOUN\t>\tdet\nthe\tDT\tNOUN\t>\tamod\n');
    assert.throws(() => FixedLabels.read(dir, LABELS), (e: unknown) =>
      e instanceof DyadError && e.code === 'E_MODEL' && /line 2/.test(e.message) && String(e.file).endsWith(FIXED_LABELS_FILE));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a loaded parser takes the labels its table settles and scores the rest', () => {
  const examples = fixtureExamples();
  const parser = trainParser(examples, { epochs: 2, seed: 5, rowBits: 16, labelRowBits: 14 });
  const dir = mkdtempSync(join(tmpdir(), 'dyad-fixed-labels-'));
  try {
    parser.save(dir);
    const labels = collectLabels(examples);
    const table = FixedLabels.derive(exampleArcs(examples), parser.labels);
    assert.deepEqual([...parser.labels].sort(), [...labels].sort());
    assert.ok(table.size > 0);
    table.write(dir);
    const loaded = Parser.load(dir);
    assert.ok(loaded.fixedLabels);
    let settled = 0;
    for (const ex of examples) {
      const r = loaded.parse(ex.words, ex.upos, ex.xpos);
      const view = table.view(ex.words, ex.upos, ex.xpos);
      for (let i = 0; i < ex.words.length; i++) {
        const h = r.head[i];
        if (h === 0) continue;
        const l = fixedLabel(view, h, i + 1);
        if (l < 0) continue;
        settled++;
        assert.equal(r.deprel[i], parser.labels[l], `${ex.words.join(' ')}: word ${i + 1}`);
      }
    }
    assert.ok(settled > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
