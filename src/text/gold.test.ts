import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from '../syntax/conllu.js';
import { goldDocuments } from './gold.js';
import { boundaryCounts, prf, spanCounts } from './score.js';

const CONLLU = `# newdoc id = d1
# newpar id = p1
# text = I don't know.
1	I	I	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# text = Yes.
1	Yes	yes	INTJ	UH	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_

# newpar id = p2
# text = Bye
1	Bye	bye	INTJ	UH	_	0	root	_	_

# newdoc id = d2
# text = Next doc
1	Next	next	ADJ	JJ	_	2	amod	_	_
2	doc	doc	NOUN	NN	_	0	root	_	_
`;

test('gold documents rebuild running text with paragraph breaks and word spans', () => {
  const docs = goldDocuments(parseConllu(CONLLU));
  assert.equal(docs.length, 2);
  const d = docs[0];
  assert.equal(d.text, "I don't know. Yes.\n\nBye");
  assert.deepEqual(d.sentenceEnd, [13, 18, 23]);
  const words = d.wordStart.map((s, i) => d.text.slice(s, d.wordEnd[i]));
  assert.deepEqual(words, ['I', 'do', "n't", 'know', '.', 'Yes', '.', 'Bye']);
  assert.equal(docs[1].text, 'Next doc');
});

test('boundary scores ignore the document end and trailing whitespace', () => {
  const text = 'A b. C d. E f.';
  const c = boundaryCounts(text, [4, 10, 14], [4, 9, 14]);
  assert.deepEqual(c, { tp: 2, predicted: 2, gold: 2 });
  const miss = boundaryCounts(text, [14], [4, 9, 14]);
  assert.deepEqual(prf(miss), { p: 0, r: 0, f: 0 });
});

test('token scores count exact span matches', () => {
  const c = spanCounts([0, 2, 5], [1, 5, 6], [0, 2, 4, 5], [1, 4, 5, 6]);
  assert.deepEqual(c, { tp: 2, predicted: 3, gold: 4 });
});
