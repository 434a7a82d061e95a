import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { NeuralParser } from './neural/neural-parser.js';
import { ParserEnsemble } from './parser/ensemble.js';
import { Parser } from './parser/index.js';
import { defaultSyntaxModelDir, ENSEMBLE_FILE, Syntax, unusedModelPaths } from './pipeline.js';
import { BACKWARD_FILE, Tagger, TAGGER_FILE } from './tagger/index.js';

// On the shipped files: the default (greedy) mode must ignore tagger-rtl.bin, which ships beside
// tagger.bin for the accurate mode only.
const dir = defaultSyntaxModelDir();
const greedy = Syntax.load(dir, 'greedy');
const accurate = Syntax.load(dir, 'beam');
const ltr = Tagger.loadFile(join(dir, TAGGER_FILE));
// The left-to-right model alone calls "after" a preposition; the pair reads the clause after it.
const words = 'Ethiopia departs almost five years after crowds trashed its embassy .'.split(' ');

test('tagger-rtl.bin ships beside tagger.bin', () => {
  assert.ok(existsSync(join(dir, BACKWARD_FILE)));
});

test('the default mode tags with tagger.bin alone, although tagger-rtl.bin is there', () => {
  assert.equal(greedy.tagger.backward, null);
  assert.deepEqual(greedy.tagger.tag(words), ltr.tag(words));
  assert.equal(greedy.parseWords(words).upos[5], 'ADP');
});

test('the accurate mode pairs tagger.bin with tagger-rtl.bin', () => {
  assert.equal(accurate.tagger.backward?.reverse, true);
  assert.equal(accurate.tagger.reverse, false);
  const s = accurate.parseWords(words);
  assert.equal(s.upos[5], 'SCONJ');
  assert.deepEqual(s.upos.filter((_, i) => i !== 5), ltr.tag(words).upos.filter((_, i) => i !== 5));
});

test('the default mode neither reads nor fingerprints the accurate mode files', () => {
  const g = unusedModelPaths(dir, 'greedy');
  assert.deepEqual(g, [
    ...['parser-beam', 'parser-beam-rtl'].map((d) => join(dir, d) + sep), join(dir, 'parser-neural.bin'), join(dir, 'parser-rtl') + sep,
    join(dir, BACKWARD_FILE), join(dir, ENSEMBLE_FILE),
  ]);
  assert.ok(greedy.parser instanceof Parser && greedy.parser.beamWidth === 1 && !greedy.parser.reverse);
});

test('the accurate mode parses with the ensemble of parser-ensemble.json: three transition parsers and the neural parser', () => {
  assert.deepEqual(unusedModelPaths(dir, 'beam'), []);
  assert.ok(accurate.parser instanceof ParserEnsemble);
  const members = accurate.parser.members.slice(0, 3).map((m) => m.parser as Parser);
  assert.deepEqual(members.map((p) => [p.beamWidth, p.reverse]), [[8, false], [8, true], [1, false]]);
  assert.ok(accurate.parser.members[3].parser instanceof NeuralParser);
  assert.deepEqual(accurate.parser.members.map((m) => m.weight), [1, 0.8, 0.6, 2]);
  // parser-beam/ shares parser/'s vocabulary, label model and fixed labels on disk, so they share one
  // copy in memory; parser-beam-rtl/ reads parser-rtl/'s, a folder without an action table of its own.
  assert.equal(members[0].labelWeights, members[2].labelWeights);
  assert.equal(members[0].vocab, members[2].vocab);
  assert.ok(members[2].fixedLabels);
  assert.equal(members[0].fixedLabels, members[2].fixedLabels);
  assert.notEqual(members[0].actions, members[2].actions);
  assert.ok(members[1].fixedLabels && members[1].fixedLabels !== members[0].fixedLabels);
  assert.ok(!existsSync(join(dir, 'parser-rtl', 'actions.bin')));
  const s = accurate.parseWords('The talks between Israel and Hamas collapsed on Tuesday after a week .'.split(' '));
  assert.equal(s.head.filter((h) => h === 0).length, 1);
  assert.equal(s.deprel[s.head.indexOf(0)], 'root');
  assert.equal(s.words[s.head.indexOf(0)], 'collapsed');
});

test('a model folder without parser-ensemble.json parses the accurate mode with parser-beam alone', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dyad-acc-'));
  try {
    for (const f of readdirSync(dir)) if (f !== ENSEMBLE_FILE) cpSync(join(dir, f), join(tmp, f), { recursive: true });
    const alone = Syntax.load(tmp, 'beam');
    assert.ok(alone.parser instanceof Parser && alone.parser.beamWidth === 8 && !alone.parser.reverse);
    // parser-beam/ reads its vocabulary and label model from parser/ (meta.json "shared").
    assert.deepEqual(unusedModelPaths(tmp, 'beam'), [join(tmp, 'parser-beam-rtl') + sep, join(tmp, 'parser-neural.bin'), join(tmp, 'parser-rtl') + sep]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
