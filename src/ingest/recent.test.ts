import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minhash } from '../store/index.js';
import { RecentSignatures } from './recent.js';

const STORY = 'Japanese Prime Minister Shinzo Abe met US President Barack Obama in Tokyo on Monday to discuss trade, '
  + 'security in the East China Sea and the stalled Pacific trade pact, officials from both governments said after the talks.';

test('a re-run of an earlier story in the batch is found; an unrelated one, or the same id, is not', () => {
  const r = new RecentSignatures();
  r.add('a', minhash(STORY));
  r.add('b', minhash('Russian forces attacked Ukrainian troops near Donetsk on Tuesday, killing three soldiers, the army said.'));
  r.add('c', minhash(STORY + ' Reuters'));
  assert.equal(r.find('x', minhash(`TOKYO (wire) - ${STORY}`), 0.8), 'a', 'the earliest similar one');
  assert.equal(r.find('a', minhash(STORY), 1), null, 'itself is not its own duplicate, and c is not identical');
  assert.equal(r.find('x', minhash('China criticized Japan over its defence budget on Tuesday, the foreign ministry in Beijing said.'), 0.8), null);
  r.clear();
  assert.equal(r.find('x', minhash(STORY), 0.8), null);
});
