import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Syntax } from '../syntax/pipeline.js';
import { retagReportedThat } from './retag-that.js';

// The shipped tagger and parser: the repair is about what they do.
const syntax = Syntax.load();

test('"reported on November 20 that ...": "that" after a date marks the reported clause', () => {
  const [s] = syntax.parseText('Xinhua reported on November 20 that a Chinese fishing boat had rammed a Philippine vessel.');
  const k = s.words.indexOf('that');
  assert.equal(s.upos[k], 'PRON', 'the shipped tagger still makes this slip (else this test tests nothing)');
  const r = retagReportedThat(s, syntax.parser);
  assert.equal(r.upos[k], 'SCONJ');
  assert.equal(r.deprel[k], 'mark');
  const rammed = s.words.indexOf('rammed');
  assert.equal(r.deprel[rammed], 'ccomp');
  assert.equal(r.head[rammed], s.words.indexOf('reported') + 1);
});

test('a relative "that" after a date with no reporting verb before it stays a pronoun', () => {
  const [s] = syntax.parseText('The fighting began on the night of March 3 that changed everything.');
  assert.equal(retagReportedThat(s, syntax.parser), s);
});

test('"that" before a clause with its own subject and object opens what the reporting verb reports', () => {
  const [s] = syntax.parseText('Lavrov told a news conference after talks with his Turkish counterpart Hakan Fidan that Russia had received certain signals from the US side.');
  const k = s.words.indexOf('that');
  assert.equal(s.upos[k], 'PRON', 'the shipped tagger still makes this slip (else this test tests nothing)');
  const r = retagReportedThat(s, syntax.parser);
  assert.equal(r.upos[k], 'SCONJ');
  assert.equal(r.deprel[k], 'mark');
});

test('a relative "that" filling its clause\'s object gap stays a pronoun', () => {
  const [s] = syntax.parseText('The minister said the deal that Russia signed last year was dead.');
  assert.equal(retagReportedThat(s, syntax.parser), s);
});
