import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Syntax } from '../syntax/pipeline.js';
import { retagFalseAuxiliary } from './retag-auxiliary.js';

// The shipped tagger and parser: the repair is about what they do.
const syntax = Syntax.load();

test('an unseen plural the tagger calls an auxiliary is a noun, and the verb after it gets its subject', () => {
  const [s] = syntax.parseText('NATO warplanes bombed Serb positions around Sarajevo.');
  const k = s.words.indexOf('warplanes');
  assert.equal(s.upos[k], 'AUX', 'the shipped tagger still makes this slip (else this test tests nothing)');
  const r = retagFalseAuxiliary(s, syntax.parser);
  assert.equal(r.upos[k], 'NOUN');
  assert.equal(r.xpos[k], 'NNS');
  const bombed = s.words.indexOf('bombed');
  assert.equal(r.head[k], bombed + 1);
  assert.equal(r.deprel[k], 'nsubj');
});

test('real auxiliaries and a sentence without a false one are left as they are', () => {
  const [s] = syntax.parseText('Israel has not been able to reach the border, and it would not say why.');
  assert.equal(retagFalseAuxiliary(s, syntax.parser), s);
});

test('a capitalised name the tagger calls an auxiliary ("ECOWAS", read as "was") is a proper noun and the subject', () => {
  const [s] = syntax.parseText('ECOWAS called for calm and urged all parties to resolve the dispute.');
  assert.equal(s.upos[0], 'AUX', 'the shipped tagger still makes this slip (else this test tests nothing)');
  const r = retagFalseAuxiliary(s, syntax.parser);
  assert.equal(r.upos[0], 'PROPN');
  assert.equal(r.deprel[0], 'nsubj');
});
