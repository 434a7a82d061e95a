import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Syntax } from '../syntax/pipeline.js';
import { chargeReadAsAgentClause } from './repair-charge.js';

// The shipped tagger and parser: the repair is about what they do.
const syntax = Syntax.load();

function repaired(text: string): (w: string) => string {
  const [s] = syntax.parseText(text);
  chargeReadAsAgentClause(s);
  return (w) => {
    const k = s.words.indexOf(w);
    return `${s.deprel[k]}>${s.head[k] === 0 ? 'ROOT' : s.words[s.head[k] - 1]}`;
  };
}

test('an "of"-gerund on the by-phrase of a passive accusation is the accusation\'s clause', () => {
  const r = repaired('Russia was accused by Ukraine of shelling the nuclear plant.');
  assert.equal(r('shelling'), 'advcl>accused');
  assert.equal(r('Ukraine'), 'obl>accused');
});

test('a gerund on a by-phrase of another verb, or of an active accusation, is left alone', () => {
  for (const text of ['The town was alarmed by the prospect of losing its water supply.', 'Ukraine accused Russia of shelling the nuclear plant.']) {
    const [s] = syntax.parseText(text);
    const before = [...s.head].join(), rels = s.deprel.join();
    chargeReadAsAgentClause(s);
    assert.equal([...s.head].join(), before, text);
    assert.equal(s.deprel.join(), rels, text);
  }
});
