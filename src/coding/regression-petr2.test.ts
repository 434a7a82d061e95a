/**
 * Regression suite for general behaviours found through PETRARCH's unit tests in a later session
 * (the first session's are in regression-petr.test.ts). Each text is ours, with the exact events it
 * must give, on the PETR.Validate dictionaries where the behaviour needs a pattern the shipped ones
 * do not have.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateForm } from './regression-cases.js';

test('a pattern\'s `^` skips the next noun phrase with its preposition ("TABASKI ^ $": "Tabaski with Rohan at X" binds X)', () => {
  assert.deepEqual(validateForm('Eriador will be hosting Rohan to celebrate Tabaski with Bree next year at Cirith Ungol.'), ['MORMIL|ERI|042']);
  assert.deepEqual(validateForm('Arnor is hosting Gondor to celebrate Tabaski with Rohan this week at Cirith Ungol.'), ['MORMIL|ARN|042']);
  // A noun phrase right after the pattern word is skipped as before ("EID AT ^ WITH +").
  assert.deepEqual(validateForm('Rohan celebrated Eid at Osgiliath with Gondor.'), ['ROH|GON|043']);
});
