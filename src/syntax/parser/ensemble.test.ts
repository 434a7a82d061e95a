import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineTrees, ParserEnsemble } from './ensemble.js';
import { fixtureExamples, isSingleRootTree } from './fixtures.js';
import { trainParser } from './index.js';
import { isProjective } from './oracle.js';

const tree = (head: number[], deprel: string[]) => ({ head: Int32Array.from(head), deprel });

test('the majority tree wins, with the majority label of its arcs', () => {
  // "She saw him": two parsers agree on saw -> him (obj), one says iobj.
  const a = tree([2, 0, 2], ['nsubj', 'root', 'obj']);
  const b = tree([2, 0, 2], ['nsubj', 'root', 'iobj']);
  const c = tree([0, 1, 2], ['root', 'acl', 'obj']);
  assert.deepEqual(combineTrees([a, b, c], [1, 1, 1]), a);
  // A heavy enough parser outvotes the other two.
  assert.deepEqual(combineTrees([a, b, c], [1, 1, 2.5]), c);
  // A label tie goes to the heavier parser.
  assert.deepEqual(combineTrees([a, b], [1, 1.5]).deprel, ['nsubj', 'root', 'iobj']);
});

test('votes that form a cycle or two roots still give one tree', () => {
  // Word by word majority: 1 <- 2, 2 <- 1 (a cycle), 3 <- 0: arcs chosen one by one are no tree.
  const t1 = tree([2, 1, 0], ['a', 'b', 'root']);
  const t2 = tree([2, 0, 2], ['a', 'root', 'c']);
  const t3 = tree([0, 1, 1], ['root', 'b', 'd']);
  for (const decoder of ['cle', 'eisner'] as const) {
    const out = combineTrees([t1, t2, t3], [1, 1, 1], decoder);
    assert.ok(isSingleRootTree(out.head), `${decoder}: ${[...out.head]}`);
    assert.equal(out.deprel.filter((l) => l === 'root').length, 1);
    out.head.forEach((h, d) => assert.equal(out.deprel[d] === 'root', h === 0));
  }
});

test('an ensemble of trained parsers gives well-formed trees, projective with Eisner', () => {
  const examples = fixtureExamples();
  const train = examples.slice(40);
  const opts = { epochs: 4, seed: 3, rowBits: 16, labelRowBits: 14 };
  const ltr = trainParser(train, opts);
  const rtl = trainParser(train, { ...opts, reverse: true });
  const other = trainParser(train, { ...opts, seed: 5 });
  for (const decoder of ['cle', 'eisner'] as const) {
    const ens = new ParserEnsemble([{ parser: ltr, weight: 1 }, { parser: rtl, weight: 0.9 }, { parser: other, weight: 0.8 }], decoder);
    for (const e of examples.slice(0, 40)) {
      const out = ens.parse(e.words, e.upos, e.xpos);
      assert.equal(out.head.length, e.words.length);
      assert.ok(isSingleRootTree(out.head));
      out.head.forEach((h, d) => assert.equal(out.deprel[d] === 'root', h === 0));
      if (decoder === 'eisner') assert.ok(isProjective(Int32Array.from([0, ...out.head])));
    }
  }
  assert.deepEqual(new ParserEnsemble([{ parser: ltr, weight: 1 }]).parse([], [], []), { head: new Int32Array(0), deprel: [] });
});
