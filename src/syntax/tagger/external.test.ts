import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConlluSentence } from '../conllu.js';
import { ExternalLexicon } from './external.js';
import { Tagger } from './tagger.js';
import { trainTagger } from './train.js';
import { PAD, WordCodes } from './words.js';
import { Lexicon } from './lexicon.js';
import { TagSet } from './tagset.js';

function sentence(words: [string, string, string][]): ConlluSentence {
  return {
    comments: [], extra: [],
    words: words.map(([form, upos, xpos], i) => ({ id: i + 1, form, lemma: '_', upos, xpos, feats: '_', head: 0, deprel: '_', deps: '_', misc: '_' })),
  };
}

// Made-up words, each seen once in training, in the same context ("we X ."), a noun or a verb only
// as the external lexicon says: nothing in the treebank tells them apart.
const syllables = ['ba', 'de', 'ki', 'lo', 'mu', 'ne', 'po', 'ru', 'sa', 'ti'];
const table: Record<string, string[]> = {};
const train: ConlluSentence[] = [];
syllables.forEach((a, i) => syllables.forEach((b, j) => {
  const word = `${a}${b}${a}`;
  const noun = (i + j) % 2 === 0;
  table[word] = [noun ? 'NN' : 'VB'];
  train.push(sentence([['we', 'PRON', 'PRP'], [word, noun ? 'NOUN' : 'VERB', noun ? 'NN' : 'VB'], ['.', 'PUNCT', '.']]));
}));
// Two words never seen in training, in letters no training word has.
table.zyxzyx = ['NN'];
table.qwfqwf = ['VB', 'VBP'];
table['semi-gloss'] = ['JJ|NN'];

test('an unseen word gets the class the external lexicon gives it, and the model file keeps the lexicon', () => {
  const opts = { epochs: 10, seed: 3, rowBits: 16, external: { table, gate: 'rare' as const, source: 'test' } };
  const tagger = trainTagger(train, opts);
  assert.deepEqual(tagger.tag(['we', 'zyxzyx', '.']).upos, ['PRON', 'NOUN', 'PUNCT']);
  assert.deepEqual(tagger.tag(['we', 'qwfqwf', '.']).upos, ['PRON', 'VERB', 'PUNCT']);
  const back = Tagger.fromBuffer(tagger.toBuffer());
  assert.equal(back.lexicon.external?.tags('qwfqwf'), 'VB VBP');
  assert.deepEqual(back.tag(['we', 'qwfqwf', '.']).upos, ['PRON', 'VERB', 'PUNCT']);
  // The 'rare' gate keeps only entries the treebank lexicon lacks ("we" is in both).
  assert.equal(back.lexicon.external?.tags('we'), undefined);
  // The shipped gate, 'both', learns the same from the words seen once.
  const both = trainTagger(train, { ...opts, external: { table, gate: 'both' as const, source: 'test' } });
  assert.deepEqual(both.tag(['we', 'zyxzyx', '.']).upos, ['PRON', 'NOUN', 'PUNCT']);
  assert.deepEqual(both.tag(['we', 'qwfqwf', '.']).upos, ['PRON', 'VERB', 'PUNCT']);
  assert.equal(Tagger.fromBuffer(both.toBuffer()).lexicon.external?.gate, 'both');
});

test('tags are split and normalised; the rare gate silences words the treebank knows', () => {
  const ext = ExternalLexicon.fromTable({ ...table, we: ['PRP'], your: ['PRP$', undefined as unknown as string] }, 'rare', 'test');
  assert.equal(ext.tags('semi-gloss'), 'JJ NN');
  assert.equal(ext.tags('your'), 'PRP$');
  assert.equal(ext.classOf('nonesuch'), 0);
  assert.notEqual(ext.classOf('zyxzyx'), ext.classOf('qwfqwf'));
  const lex = Lexicon.build([...train, ...train], TagSet.fromSentences(train));
  lex.external = ext;
  const codes = new WordCodes();
  codes.load(['We', 'zyxzyx', 'Zyxzyx', 'nonesuch'], lex);
  assert.equal(codes.extForm[PAD], 0, 'known to the treebank: gated off');
  assert.equal(codes.extForm[PAD + 1], ext.classOf('zyxzyx'));
  // A capitalised form the lexicon lacks falls back on its lowercase.
  assert.equal(codes.extForm[PAD + 2], ext.classOf('zyxzyx'));
  assert.equal(codes.extLower[PAD + 2], ext.classOf('zyxzyx'));
  assert.equal(codes.extForm[PAD + 3], 0);
  const all = ExternalLexicon.fromData({ ...ext.toData(), gate: 'all' });
  lex.external = all;
  codes.load(['We', 'zyxzyx'], lex);
  assert.equal(codes.extLower[PAD], all.classOf('we'), "gate 'all': known words too");
  assert.throws(() => ExternalLexicon.fromData({ ...ext.toData(), cls: [99] }), /malformed/);
});
