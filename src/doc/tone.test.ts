import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileToneLexicon, documentTone, toneDetail } from './tone.js';

const lex = compileToneLexicon();

test('hostile text scores strongly negative, cooperative text positive, neutral text zero', () => {
  const hostile = 'Carthia condemned the missile attack and threatened retaliation, accusing Delmar of provocation. ' +
    'Shelling killed twelve people as tensions escalated into open conflict.';
  const friendly = 'The two ministers agreed to deepen cooperation, welcomed the peace treaty and praised the constructive dialogue.';
  const neutral = 'The ministers met in Geneva on Thursday. The meeting lasted three hours.';
  assert.ok(documentTone(hostile, lex) < -80, String(documentTone(hostile, lex)));
  assert.ok(documentTone(friendly, lex) > 60, String(documentTone(friendly, lex)));
  assert.equal(documentTone(neutral, lex), 0);
  assert.equal(documentTone('', lex), 0);
});

test('negation flips a word at half strength', () => {
  const d = toneDetail('Benvia did not condemn the agreement.', lex);
  assert.equal(d.positive, 1 + 2); // "not condemn" (+1) and "agreement" (+2)
  assert.equal(d.negative, 0);
  assert.ok(toneDetail("They won't cooperate.", lex).negative > 0);
});

test('tone stays within -100..100 and is deterministic', () => {
  const t = documentTone('war '.repeat(10000), lex);
  assert.ok(t >= -100 && t < -99);
  assert.equal(documentTone('Peace talks stalled.', lex), documentTone('Peace talks stalled.', lex));
});

test('longest stem wins: de-escalation is positive although escalat* is negative', () => {
  assert.ok(documentTone('Both sides called for de-escalation.', lex) > 0);
});
