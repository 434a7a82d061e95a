import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSendingVerb } from './sending.js';

test('sending verbs: the forms of moving forces, in any case, and nothing else', () => {
  for (const w of ['sent', 'Deployed', 'redeploying', 'despatched', 'stationed', 'mobilised', 'mobilizing', 'airlifts', 'contributed']) {
    assert.equal(isSendingVerb(w), true, w);
  }
  for (const w of ['sentence', 'deployment', 'station-master', 'attacked', 'contribution']) assert.equal(isSendingVerb(w), false, w);
});
