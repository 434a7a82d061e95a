import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseVerbDictionary } from '../../dict/verbs.js';
import { ownership } from './pattern-owner.js';

const DICT = `
---  SEND   [---]  ---
SEND
DEPLOY
DISPATCH
- * TROOPS                                            [062]         # SEND
- * TROOPS                                            [072]         # SEND , DEPLOY
- * TROOPS                                            [154]         # DEPLOY
- * POLICE                                            [153]         # OY 11 Mar 2006
- * AID                                               [070]
`;

test('a pattern noted for the verb alone ranks over one shared, one unnoted and another verb\'s', () => {
  const dict = parseVerbDictionary(DICT, 'test.verbs.txt');
  const block = dict.blocks[0];
  const [send, deploy, dispatch] = block.verbs;
  const [sendOnly, shared, deployOnly, dated, unnoted] = block.patterns;
  assert.deepEqual([sendOnly, shared, deployOnly, dated, unnoted].map((p) => ownership(block, deploy, p)), [0, 2, 3, 1, 1]);
  assert.deepEqual([sendOnly, shared, deployOnly].map((p) => ownership(block, send, p)), [3, 2, 0]);
  assert.deepEqual([sendOnly, shared, deployOnly].map((p) => ownership(block, dispatch, p)), [0, 0, 0]);
});
