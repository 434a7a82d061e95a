import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Syntax } from '../syntax/pipeline.js';
import { retagNominal, retagPredicate } from './retag.js';

// The shipped tagger and parser: the repair is about what they do.
const syntax = Syntax.load();
const verbForms = new Set(['DENOUNCED', 'REJECT', 'TALKS', 'PROTESTS', 'CLASH', 'FORCES']);
const isVerbForm = (w: string) => verbForms.has(w);

function retagged(text: string): { upos: string[]; head: number[]; deprel: string[]; words: string[] } {
  const [s] = syntax.parseText(text);
  const r = retagPredicate(s, syntax.parser, isVerbForm);
  return { words: r.words, upos: r.upos, head: [...r.head], deprel: r.deprel };
}

test('a verb the tagger called a noun is tagged a verb and the sentence parsed again', () => {
  const r = retagged("Albania on Friday denounced as an ugly crime Serbia's suppression of the unrest.");
  const k = r.words.indexOf('denounced');
  assert.equal(r.upos[k], 'VERB');
  assert.ok(r.deprel.some((d, c) => d.startsWith('nsubj') && r.head[c] === k + 1), 'the verb has a subject');
});

test('a sentence with a predicate, a noun with a determiner and a headline are left as tagged', () => {
  for (const text of ['Israeli-Palestinian peace talks collapsed on Monday.', 'The reject pile grew.', 'Seoul protests textbook claims']) {
    const [s] = syntax.parseText(text);
    assert.equal(retagPredicate(s, syntax.parser, isVerbForm), s, text);
  }
});

test('a plural noun the tagger called a verb (with a numeral of its own) is tagged a noun and parsed again', () => {
  const [s] = syntax.parseText('North Korea on Thursday fired two artillery shells near a naval vessel from South Korea.');
  const k = s.words.indexOf('shells');
  const r = retagNominal(s, syntax.parser);
  assert.equal(r.upos[k], 'NOUN');
  assert.equal(r.xpos[k], 'NNS');
  assert.equal(r.head[k] - 1, r.words.indexOf('fired'), 'the shells are what was fired');
  // A verb with no numeral or determiner of its own stays.
  const [v] = syntax.parseText('Russia shells Ukrainian towns every night.');
  assert.equal(retagNominal(v, syntax.parser), v);
});

test('a word after an auxiliary and adverbs that the tagger left unknown (X) is tagged a verb', () => {
  const r = retagged('Greek Prime Minister Tsipras most certainly did not even ever clash over the efforts of Turkey.');
  const k = r.words.indexOf('clash');
  assert.equal(r.upos[k], 'VERB');
});

test('an -s verb opening a that-clause whose modal verb has no subject is that verb\'s subject noun', () => {
  const [s] = syntax.parseText('The minister told the BBC that talks with Iran would resume next week.');
  const k = s.words.indexOf('talks');
  assert.equal(s.upos[k], 'VERB', 'the shipped tagger\'s slip this repairs');
  const r = retagNominal(s, syntax.parser);
  const resume = r.words.indexOf('resume');
  assert.deepEqual([r.upos[k], r.head[k] - 1, r.deprel[k]], ['NOUN', resume, 'nsubj']);
  assert.deepEqual([r.upos[k - 1], r.deprel[k - 1]], ['SCONJ', 'mark']);
  assert.equal(r.head[resume] - 1, r.words.indexOf('told'));
});

test('a past participle hung on the next noun after a subject is tried as the past tense first', () => {
  const r = retagged('Pakistani security forces arrested dozens of protesters in Islamabad.');
  const k = r.words.indexOf('arrested');
  assert.equal(r.head[k], 0, 'arrested is the predicate');
  assert.equal(r.upos[r.words.indexOf('forces')], 'NOUN');
  assert.ok(r.deprel.some((d, c) => d === 'nsubj' && r.head[c] === k + 1 && r.words[c] === 'forces'));
});

test('a plural numeral on the nouns before an -s verb, or a verb of letting over it, makes it a noun', () => {
  for (const [text, word, head] of [
    ['France handed over three terror suspects to Belgium.', 'suspects', 'handed'],
    ['Myanmar allowed UN monitors into Rakhine state.', 'monitors', 'allowed'],
  ]) {
    const [s] = syntax.parseText(text);
    const r = retagNominal(s, syntax.parser);
    const k = r.words.indexOf(word);
    assert.equal(r.upos[k], 'NOUN', text);
    assert.equal(r.head[k] - 1, r.words.indexOf(head), text);
  }
  // One is no plural, and a that-clause is a clause: "the government allowed that it fails" stays.
  for (const text of ['The government blames one group.', 'The army allowed that Russia invades.']) {
    const [s] = syntax.parseText(text);
    assert.equal(retagNominal(s, syntax.parser), s, text);
  }
});
