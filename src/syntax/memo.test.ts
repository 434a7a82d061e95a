/**
 * The per-form memos of the tagger's word codes and the parser's word ids (speed only) give what
 * computing them afresh gives, with the shipped models: a sentence read after others, whose words
 * come from the memo, has the codes a fresh reader gives it. So does a title-case headline parsed
 * once with its reworded forms (Syntax.parseTextAs) against parsing those forms on their own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSyntaxModelDir, Syntax } from './pipeline.js';
import { Parser } from './parser/parser.js';
import { WordCodes } from './tagger/words.js';

const syntax = Syntax.load(defaultSyntaxModelDir(), 'greedy');
const first = ['The', 'ministry', 'said', 'on', 'Tuesday', 'that', 'talks', 'with', 'Tokyo', 'would', 'resume', '.'];
const later = ['TOKYO', 'said', 'the', 'talks', 'would', 'resume', 'on', 'Tuesday', ',', 'the', 'ministry', 'said', '.'];
const shouted = ['THE', 'MINISTRY', 'SAID', 'TALKS', 'WOULD', 'RESUME', '.'];

function codesOf(codes: WordCodes): number[][] {
  const n = codes.n + 4;
  return [codes.form, codes.lower, codes.shape, codes.flags, codes.ambForm, codes.ambLower, codes.extForm, codes.extLower, codes.fixed]
    .map((a) => [...a.subarray(0, n)])
    .concat([[...codes.prefix], [...codes.suffix]].map((a) => a.filter((_, i) => i % codes.cap < n)));
}

test('word codes from the memo are the codes computed afresh, position flags included', () => {
  const lex = syntax.tagger.lexicon;
  const reused = new WordCodes();
  for (const words of [first, later, shouted, first]) reused.load(words, lex);
  for (const words of [later, shouted, first]) {
    reused.load(words, lex);
    const fresh = new WordCodes();
    fresh.load(words, lex);
    assert.equal(reused.cap, fresh.cap);
    assert.deepEqual(codesOf(reused), codesOf(fresh), words.join(' '));
  }
});

test('parser word ids from the memo are the ids computed afresh', () => {
  const vocab = (syntax.parser as Parser).vocab;
  const ids = (words: string[]) => {
    const w = new Uint32Array(words.length + 2), c = new Uint32Array(words.length + 2);
    vocab.encode(words, w, c, 2);
    return [[...w], [...c]];
  };
  const before = ids(later);
  ids(first);
  assert.deepEqual(ids(later), before);
  // A word spelt differently is another word: "TOKYO" and "Tokyo" share a normalised form, not a shape.
  assert.notDeepEqual(ids(['TOKYO'])[1], ids(['Tokyo'])[1]);
});

test('a sentence parsed by other forms keeps its words and offsets, with the parse of those forms', () => {
  const text = 'Japan Worries Again As Patron Warms To Rival';
  const lower = (words: readonly string[]) => words.map((w, i) => (i > 0 && w !== 'Japan' ? w.toLowerCase() : w));
  const [s] = syntax.parseTextAs(text, lower);
  const own = syntax.parseWords(lower(s.words));
  assert.deepEqual(s.words, text.split(' '));
  assert.equal(s.start[1], text.indexOf('Worries'));
  assert.deepEqual([s.upos, s.xpos, [...s.head], s.deprel], [own.upos, own.xpos, [...own.head], own.deprel]);
  assert.notDeepEqual(s.upos, syntax.parseText(text)[0].upos, 'the reworded forms are read as common words');
});
