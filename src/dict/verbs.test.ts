import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseVerbDictionary, findVerbs, verbCode } from './verbs.js';
import { fixture } from './fixtures.js';
import type { DictWarning } from './source.js';
import { isDyadError } from '../util/errors.js';

const dict = parseVerbDictionary(fixture('verbs.txt'), 'verbs.txt');

test('verb blocks, verbs, listed and regular forms, compound verbs', () => {
  assert.equal(dict.blocks.length, 2);
  const grant = dict.blocks[0];
  assert.equal(grant.name, 'GRANT');
  assert.deepEqual(grant.code, { active: '070', passive: null, raw: '070' });
  assert.equal(dict.blocks[1].code.active, null);
  assert.deepEqual(findVerbs(dict, 'grants').map((v) => v.lemma.words), [['GRANT']]);
  assert.deepEqual(findVerbs(dict, 'GAVE')[0].lemma.words, ['GIVE']);
  assert.equal(findVerbs(dict, 'GIVED').length, 0, 'listed forms replace the regular ones');
  const hand = findVerbs(dict, 'HANDED')[0];
  assert.deepEqual(hand.lemma, { words: ['HAND', 'OVER'], head: 0 });
  assert.equal(verbCode(dict, hand).active, '071');
  assert.equal(verbCode(dict, findVerbs(dict, 'GIVE')[0]).active, '070', 'block code is the default');
  const tap = findVerbs(dict, 'TAPS')[0];
  assert.deepEqual(tap.forms.find((f) => f.words[1] === 'TAPS'), { words: ['WIRE', 'TAPS'], head: 1 });
});

test('patterns become ordered elements with slots, prepositions, phrases and codes', () => {
  const [cur, aid, slots, compound] = dict.blocks[0].patterns;
  assert.deepEqual(cur.elements, [{ kind: 'verb' }, { kind: 'synset', name: 'CURRENCY' }]);
  assert.equal(cur.comment, 'GIVE');
  assert.deepEqual(aid.elements, [
    { kind: 'verb' },
    { kind: 'word', word: 'AID' },
    { kind: 'prep', prep: { kind: 'word', word: 'TO' }, objects: [{ kind: 'source' }] },
    { kind: 'prep', prep: { kind: 'word', word: 'FOR' }, objects: [{ kind: 'phrase', terms: [{ kind: 'word', word: 'FLOOD' }, { kind: 'word', word: 'VICTIMS' }] }] },
  ]);
  assert.equal(aid.line, 23);
  assert.deepEqual(slots.elements, [{ kind: 'target' }, { kind: 'verb' }, { kind: 'word', word: 'IN' }, { kind: 'skip', adjacent: true }, { kind: 'source' }]);
  assert.equal(slots.verbIndex, 1);
  assert.deepEqual(slots.code, { active: '042', passive: '043', raw: '042:043' });
  assert.deepEqual(compound.elements.map((e) => e.kind), ['compound', 'synset', 'verb']);
  assert.deepEqual(compound.code, { active: null, passive: '173', raw: ':173' });
});

test('synsets expand plurals, no-plural marks and nested sets', () => {
  assert.deepEqual(dict.synsets.get('CURRENCY')?.phrases, [['DOLLAR'], ['DOLLARS'], ['CASH'], ['SWISS', 'FRANC'], ['SWISS', 'FRANCS']]);
  assert.deepEqual(dict.synsets.get('AUXVERB')?.phrases, [['WILL'], ['WOULD']]);
  assert.equal(dict.synsets.get('MONEYLIKE')?.phrases.length, 6);
});

test('transformations', () => {
  assert.deepEqual(dict.transformations[0], {
    source: 'a', verb: ['VISIT'], inner: { source: 'a', target: 'b', verb: ['GRANT'] },
    result: { source: 'a', target: 'b', code: '043' }, line: 30,
  });
});

test('a malformed pattern names file and line; lenient mode skips it with a warning', () => {
  assert.throws(() => parseVerbDictionary(fixture('verbs-bad.txt'), 'verbs-bad.txt'), (e: unknown) => {
    assert.ok(isDyadError(e));
    assert.equal(e.code, 'E_DICTIONARY');
    assert.equal(e.file, 'verbs-bad.txt');
    assert.equal(e.line, 3);
    return true;
  });
  const warnings: DictWarning[] = [];
  const d = parseVerbDictionary(fixture('verbs-bad.txt'), 'verbs-bad.txt', warnings, { strict: false });
  assert.equal(d.blocks[0].patterns.length, 0);
  assert.equal(warnings[0].line, 3);
});

test('an undefined synset skips the pattern with a warning, as PETRARCH does', () => {
  const warnings: DictWarning[] = [];
  const d = parseVerbDictionary('--- X [010] ---\nX\n- * &NOPE [011]\n- * THING [012]\n', 'x.txt', warnings);
  assert.equal(d.blocks[0].patterns.length, 1);
  assert.match(warnings[0].problem, /undefined synset &NOPE/);
});

test('verb outside a block and malformed codes are errors', () => {
  assert.throws(() => parseVerbDictionary('STRAY\n', 'x.txt'), /x\.txt:1: verb 'STRAY' outside a verb block/);
  assert.throws(() => parseVerbDictionary('--- X [1:2:3] ---\n', 'x.txt'), /x\.txt:1: code \[1:2:3\]/);
});
