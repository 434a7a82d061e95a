import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  adjectiveCutOffItsNoun, appositionReadAsConjunct, conjunctWithoutCoordinator, doubledSubject, objectBeforeSubject, participleAfterDay, participleBetweenNouns, participleInSubject,
  participleWithNounHead, closingReportingTag, reportingTagTakesMainWords, verbReadAsModifier,
} from './repair-predicate.js';
import type { ParsedSentence } from '../syntax/types.js';

function sentence(rows: [string, number, string, string, string?][]): ParsedSentence {
  const n = rows.length;
  return {
    words: rows.map((r) => r[0]), start: new Int32Array(n).fill(-1), end: new Int32Array(n).fill(-1),
    upos: rows.map((r) => r[3]), xpos: rows.map((r) => r[4] ?? 'X'),
    head: Int32Array.from(rows.map((r) => r[1])), deprel: rows.map((r) => r[2]),
  };
}

test('a nominal root with a subject: the verb modifying it is the predicate', () => {
  // The shipped model's parse of "Israeli tanks shelled positions near Rafah."
  const s = sentence([
    ['Israeli', 2, 'amod', 'ADJ'], ['tanks', 4, 'nsubj', 'NOUN'], ['shelled', 4, 'amod', 'VERB', 'VBN'], ['positions', 0, 'root', 'NOUN'],
    ['near', 6, 'case', 'ADP'], ['Rafah', 4, 'nmod', 'PROPN'], ['.', 4, 'punct', 'PUNCT'],
  ]);
  verbReadAsModifier(s);
  assert.deepEqual([...s.head], [2, 3, 0, 3, 6, 4, 3]);
  assert.deepEqual([s.deprel[1], s.deprel[2], s.deprel[3]], ['nsubj', 'root', 'obj']);
});

test('an adjectival modifier with an auxiliary is the predicate; the name before it is its subject', () => {
  // "President Clinton has imposed sanctions ." parsed with the name as root, "sanctions" flat under it.
  const s = sentence([
    ['President', 2, 'nmod:desc', 'PROPN'], ['Clinton', 0, 'root', 'PROPN'], ['has', 4, 'aux', 'AUX'], ['imposed', 5, 'amod', 'VERB', 'VBN'],
    ['sanctions', 2, 'flat', 'NOUN'], ['.', 2, 'punct', 'PUNCT'],
  ]);
  verbReadAsModifier(s);
  assert.deepEqual([...s.head], [2, 4, 4, 0, 4, 4]);
  assert.deepEqual([s.deprel[1], s.deprel[3], s.deprel[4]], ['nsubj', 'root', 'obj']);
});

test('a real noun phrase with a participle modifier is left alone', () => {
  // "the newly elected president" as a fragment: no subject, no auxiliary, participle not VBD.
  const rows: [string, number, string, string, string?][] = [
    ['the', 4, 'det', 'DET'], ['newly', 3, 'advmod', 'ADV'], ['elected', 4, 'amod', 'VERB', 'VBN'], ['president', 0, 'root', 'NOUN'],
  ];
  const s = sentence(rows);
  verbReadAsModifier(s);
  assert.deepEqual([...s.head], rows.map((r) => r[1]));
});

test('two subjects with nothing between: the common noun modifies the name', () => {
  const s = sentence([
    ['rights', 4, 'nsubj', 'NOUN'], ['Amnesty', 3, 'compound', 'PROPN'], ['International', 4, 'nsubj', 'PROPN'], ['accused', 0, 'root', 'VERB'],
  ]);
  doubledSubject(s);
  assert.deepEqual([...s.head], [3, 3, 4, 0]);
  assert.equal(s.deprel[0], 'compound');
  const split = sentence([['tanks', 4, 'nsubj', 'NOUN'], [',', 1, 'punct', 'PUNCT'], ['troops', 4, 'nsubj', 'NOUN'], ['advanced', 0, 'root', 'VERB']]);
  doubledSubject(split);
  assert.deepEqual(split.deprel, ['nsubj', 'punct', 'nsubj', 'root']);
});

test('an -ed modifier between a subject and a numeral opens a clause under the reporting verb', () => {
  // The shipped model's parse of "Guerrillas wounded two soldiers on Thursday , police said ."
  const s = sentence([
    ['Guerrillas', 9, 'nsubj', 'NOUN'], ['wounded', 4, 'amod', 'ADJ', 'JJ'], ['two', 4, 'nummod', 'NUM'], ['soldiers', 1, 'nmod', 'NOUN'],
    ['on', 6, 'case', 'ADP'], ['Thursday', 1, 'nmod', 'PROPN'], [',', 9, 'punct', 'PUNCT'], ['police', 9, 'nsubj', 'NOUN'], ['said', 0, 'root', 'VERB'],
  ]);
  participleBetweenNouns(s);
  assert.deepEqual([...s.head], [2, 9, 4, 2, 6, 2, 9, 9, 0]);
  assert.deepEqual([s.deprel[0], s.deprel[1], s.deprel[3], s.deprel[5]], ['nsubj', 'ccomp', 'obj', 'obl']);
  assert.equal(s.upos[1], 'VERB');
  // "the wounded soldiers": no noun before the modifier, nothing to repair.
  const np = sentence([['The', 3, 'det', 'DET'], ['wounded', 3, 'amod', 'ADJ'], ['soldiers', 0, 'root', 'NOUN']]);
  participleBetweenNouns(np);
  assert.deepEqual(np.deprel, ['det', 'amod', 'root']);
});

test('a closing reporting tag parsed as a conjunct becomes parataxis; a real coordination stays', () => {
  const tag = sentence([
    ['Jordan', 2, 'nsubj', 'PROPN'], ['agreed', 0, 'root', 'VERB'], [',', 6, 'punct', 'PUNCT'], ['an', 5, 'det', 'DET'],
    ['official', 6, 'nsubj', 'NOUN'], ['confirmed', 2, 'conj', 'VERB'], ['.', 2, 'punct', 'PUNCT'],
  ]);
  closingReportingTag(tag);
  assert.equal(tag.deprel[5], 'parataxis');
  const coordinated = sentence([
    ['Jordan', 2, 'nsubj', 'PROPN'], ['agreed', 0, 'root', 'VERB'], ['and', 5, 'cc', 'CCONJ'], ['Britain', 5, 'nsubj', 'PROPN'],
    ['confirmed', 2, 'conj', 'VERB'], ['.', 2, 'punct', 'PUNCT'],
  ]);
  closingReportingTag(coordinated);
  assert.equal(coordinated.deprel[4], 'conj');
});

test('a closing reporting tag parsed as a complement or a relative clause becomes parataxis of the main verb; a "that" complement stays', () => {
  // "Gondor agreed upon a pact, the palace announced Tuesday." with "announced" a ccomp of "agreed".
  const rows = (rel: string, head: number): [string, number, string, string, string?][] => [
    ['Gondor', 2, 'nsubj', 'PROPN'], ['agreed', 0, 'root', 'VERB'], ['upon', 5, 'case', 'ADP'], ['a', 5, 'det', 'DET'], ['pact', 2, 'obl', 'NOUN'],
    [',', 9, 'punct', 'PUNCT'], ['the', 8, 'det', 'DET'], ['palace', 9, 'nsubj', 'NOUN'], ['announced', head, rel, 'VERB'],
    ['Tuesday', 9, 'obl:unmarked', 'PROPN'], ['.', 2, 'punct', 'PUNCT'],
  ];
  for (const [rel, head] of [['ccomp', 2], ['xcomp', 2], ['acl:relcl', 5]] as const) {
    const s = sentence(rows(rel, head));
    closingReportingTag(s);
    assert.deepEqual([s.head[8], s.deprel[8]], [2, 'parataxis'], rel);
  }
  // "Gondor agreed, officials announced that talks would resume": a complement with its own "that".
  const said = sentence([
    ['Gondor', 2, 'nsubj', 'PROPN'], ['agreed', 0, 'root', 'VERB'], [',', 5, 'punct', 'PUNCT'], ['officials', 5, 'nsubj', 'NOUN'],
    ['announced', 2, 'ccomp', 'VERB'], ['that', 9, 'mark', 'SCONJ'], ['talks', 9, 'nsubj', 'NOUN'], ['would', 9, 'aux', 'AUX'],
    ['resume', 5, 'ccomp', 'VERB'], ['.', 2, 'punct', 'PUNCT'],
  ]);
  closingReportingTag(said);
  assert.equal(said.deprel[4], 'ccomp');
});

test('a closing reporting tag governs nothing before its comma; an opening adjunct stays', () => {
  // "Iran resumed talks years after protests , an official said ." with "years" on "said".
  const tag = sentence([
    ['Iran', 2, 'nsubj', 'PROPN'], ['resumed', 0, 'root', 'VERB'], ['talks', 2, 'obj', 'NOUN'], ['years', 10, 'obl:unmarked', 'NOUN'],
    ['after', 6, 'case', 'ADP'], ['protests', 4, 'nmod', 'NOUN'], [',', 9, 'punct', 'PUNCT'], ['an', 9, 'det', 'DET'],
    ['official', 10, 'nsubj', 'NOUN'], ['said', 2, 'parataxis', 'VERB'], ['.', 2, 'punct', 'PUNCT'],
  ]);
  reportingTagTakesMainWords(tag);
  assert.equal(tag.head[3], 2);
  // The tag as root with the clause as its ccomp: the same.
  const root = sentence([
    ['Iran', 2, 'nsubj', 'PROPN'], ['resumed', 10, 'ccomp', 'VERB'], ['talks', 2, 'obj', 'NOUN'], ['years', 10, 'obl:unmarked', 'NOUN'],
    ['after', 6, 'case', 'ADP'], ['protests', 4, 'nmod', 'NOUN'], [',', 9, 'punct', 'PUNCT'], ['an', 9, 'det', 'DET'],
    ['official', 10, 'nsubj', 'NOUN'], ['said', 0, 'root', 'VERB'], ['.', 10, 'punct', 'PUNCT'],
  ]);
  reportingTagTakesMainWords(root);
  assert.deepEqual([root.head[1], root.head[3]], [10, 2]);
  // "After the talks , the minister said that ...": the adjunct opens the sentence and is the tag's own.
  const opening = sentence([
    ['After', 3, 'case', 'ADP'], ['the', 3, 'det', 'DET'], ['talks', 7, 'obl', 'NOUN'], [',', 6, 'punct', 'PUNCT'], ['the', 6, 'det', 'DET'],
    ['minister', 7, 'nsubj', 'NOUN'], ['said', 0, 'root', 'VERB'], ['Iran', 9, 'nsubj', 'PROPN'], ['agreed', 7, 'ccomp', 'VERB'],
  ]);
  reportingTagTakesMainWords(opening);
  assert.equal(opening.head[2], 7);
});

test('an object right before the subject modifies it: "Russia\'s death and injury toll has risen"', () => {
  // The shipped model's parse: "death" the obj of "risen", "toll" its subject.
  const s = sentence([
    ['Russia', 3, 'nmod:poss', 'PROPN'], ["'s", 1, 'case', 'PART'], ['death', 8, 'obj', 'NOUN'], ['and', 5, 'cc', 'CCONJ'],
    ['injury', 3, 'conj', 'NOUN'], ['toll', 8, 'nsubj', 'NOUN'], ['has', 8, 'aux', 'AUX'], ['risen', 0, 'root', 'VERB'], ['.', 8, 'punct', 'PUNCT'],
  ]);
  objectBeforeSubject(s);
  assert.equal(s.head[2], 6);
  assert.equal(s.deprel[2], 'compound');
  // "Aid, the government has sent": a fronted object set off by a comma stays.
  const fronted = sentence([
    ['Aid', 6, 'obj', 'NOUN'], [',', 1, 'punct', 'PUNCT'], ['the', 4, 'det', 'DET'], ['government', 6, 'nsubj', 'NOUN'], ['has', 6, 'aux', 'AUX'], ['sent', 0, 'root', 'VERB'],
  ]);
  objectBeforeSubject(fronted);
  assert.equal(fronted.deprel[0], 'obj');
});

test('an adjective cut off its noun by a comma modifies the noun, which is the verb\'s object', () => {
  // The shipped model's parse of "India is about to restore complete , full ties ."
  const s = sentence([
    ['India', 3, 'nsubj', 'PROPN'], ['is', 3, 'cop', 'AUX'], ['about', 0, 'root', 'ADJ'], ['to', 5, 'mark', 'PART'], ['restore', 3, 'xcomp', 'VERB'],
    ['complete', 5, 'xcomp', 'ADJ'], [',', 9, 'punct', 'PUNCT'], ['full', 9, 'amod', 'ADJ'], ['ties', 3, 'conj', 'NOUN'], ['.', 3, 'punct', 'PUNCT'],
  ]);
  adjectiveCutOffItsNoun(s);
  assert.deepEqual([s.head[5], s.deprel[5], s.head[8], s.deprel[8]], [9, 'amod', 5, 'obj']);
  // "found it hard, officials said": no noun after the adjectives, nothing to repair.
  const tag = sentence([
    ['Iran', 2, 'nsubj', 'PROPN'], ['found', 0, 'root', 'VERB'], ['hard', 2, 'xcomp', 'ADJ'], [',', 5, 'punct', 'PUNCT'], ['officials', 5, 'nsubj', 'NOUN'], ['said', 2, 'parataxis', 'VERB'],
  ]);
  adjectiveCutOffItsNoun(tag);
  assert.deepEqual([tag.head[2], tag.deprel[2]], [2, 'xcomp']);
});

test('a name conjoined with no coordinator to the place before its title heads the phrase', () => {
  // The shipped model's parse of "Bree Prime Minister Romendacil certainly won't clash ." (after the retag).
  const s = sentence([
    ['Bree', 8, 'nsubj', 'PROPN'], ['Prime', 3, 'amod', 'ADJ'], ['Minister', 4, 'nmod:desc', 'PROPN'], ['Romendacil', 1, 'conj', 'PROPN'],
    ['certainly', 4, 'advmod', 'ADV'], ['wo', 8, 'aux', 'AUX'], ["n't", 8, 'advmod', 'PART'], ['clash', 0, 'root', 'VERB'], ['.', 8, 'punct', 'PUNCT'],
  ]);
  conjunctWithoutCoordinator(s);
  assert.deepEqual([s.head[3], s.deprel[3], s.head[0], s.deprel[0]], [8, 'nsubj', 4, 'compound']);
  // "Gondor and Osgiliath": a real coordination stays.
  const co = sentence([['Gondor', 4, 'nsubj', 'PROPN'], ['and', 3, 'cc', 'CCONJ'], ['Osgiliath', 1, 'conj', 'PROPN'], ['met', 0, 'root', 'VERB']]);
  conjunctWithoutCoordinator(co);
  assert.deepEqual(co.deprel, ['nsubj', 'cc', 'conj', 'root']);
});

test('an -ed modifier right after "on <day>" is the verb; a modifier of a subject noun is left alone', () => {
  // The shipped model's parse of "Israel on Monday closed border crossings into Gaza, officials said."
  const s = sentence([
    ['Israel', 6, 'nsubj', 'PROPN'], ['on', 3, 'case', 'ADP'], ['Monday', 1, 'nmod', 'PROPN'], ['closed', 6, 'amod', 'VERB', 'VBN'],
    ['border', 6, 'compound', 'NOUN'], ['crossings', 11, 'ccomp', 'NOUN'], ['into', 8, 'case', 'ADP'], ['Gaza', 6, 'nmod', 'PROPN'],
    [',', 6, 'punct', 'PUNCT'], ['officials', 11, 'nsubj', 'NOUN'], ['said', 0, 'root', 'VERB'], ['.', 11, 'punct', 'PUNCT'],
  ]);
  participleAfterDay(s);
  assert.deepEqual([s.head[3], s.deprel[3]], [11, 'ccomp']);
  assert.deepEqual([s.head[0], s.deprel[0], s.head[5], s.deprel[5], s.head[2], s.deprel[2], s.head[1]], [4, 'nsubj', 4, 'obj', 4, 'obl', 3]);
  // "Egypt on Sunday reduced gas supplies ..." with "gas" the subject of "supplies": no clause to find.
  const t = sentence([
    ['Egypt', 6, 'nsubj', 'PROPN'], ['on', 3, 'case', 'ADP'], ['Sunday', 5, 'compound', 'PROPN'], ['reduced', 5, 'amod', 'VERB', 'VBN'],
    ['gas', 6, 'nsubj', 'NOUN'], ['supplies', 0, 'root', 'VERB'],
  ]);
  participleAfterDay(t);
  assert.deepEqual([...t.head], [6, 3, 5, 5, 6, 0]);
});

test('a number read as a second subject before the subject noun becomes its nummod', () => {
  // The shipped model's parse of "Three US servicemen were killed by a bomb".
  const s = sentence([
    ['Three', 5, 'nsubj:pass', 'NUM'], ['US', 3, 'compound', 'PROPN'], ['servicemen', 5, 'nsubj:pass', 'NOUN'], ['were', 5, 'aux:pass', 'AUX'],
    ['killed', 0, 'root', 'VERB'], ['by', 8, 'case', 'ADP'], ['a', 8, 'det', 'DET'], ['bomb', 5, 'obl', 'NOUN'],
  ]);
  doubledSubject(s);
  assert.deepEqual([s.head[0], s.deprel[0], s.deprel[2]], [3, 'nummod', 'nsubj:pass']);
  // A number that is a subject of its own ("Three of them and the soldiers ..." aside): different relations stay.
  const t = sentence([['Two', 3, 'nsubj', 'NUM'], ['soldiers', 3, 'nsubj:pass', 'NOUN'], ['died', 0, 'root', 'VERB']]);
  doubledSubject(t);
  assert.deepEqual(t.deprel, ['nsubj', 'nsubj:pass', 'root']);
});

test('an -ed modifier of a noun that another noun takes as object is the verb of a clause', () => {
  // The shipped model's parse of "In a surprise move, Iraqi police in Basra arrested militants and smugglers, officials said."
  const s = sentence([
    ['In', 4, 'case', 'ADP'], ['a', 4, 'det', 'DET'], ['surprise', 4, 'compound', 'NOUN'], ['move', 16, 'obl', 'NOUN'], [',', 7, 'punct', 'PUNCT'],
    ['Iraqi', 7, 'amod', 'ADJ'], ['police', 4, 'conj', 'NOUN'], ['in', 9, 'case', 'ADP'], ['Basra', 7, 'nmod', 'PROPN'],
    ['arrested', 11, 'amod', 'VERB', 'VBN'], ['militants', 4, 'obj', 'NOUN'], ['and', 13, 'cc', 'CCONJ'], ['smugglers', 11, 'conj', 'NOUN'],
    [',', 4, 'punct', 'PUNCT'], ['officials', 16, 'nsubj', 'NOUN'], ['said', 0, 'root', 'VERB'], ['.', 16, 'punct', 'PUNCT'],
  ]);
  participleWithNounHead(s);
  assert.deepEqual([s.head[9], s.deprel[9]], [16, 'ccomp']);
  assert.deepEqual([s.head[6], s.deprel[6], s.head[10], s.deprel[10], s.head[3], s.deprel[3]], [10, 'nsubj', 10, 'obj', 10, 'obl']);
  // "the banned Movement" as an object of a verb: nothing to repair.
  const t = sentence([['jailed', 0, 'root', 'VERB'], ['the', 4, 'det', 'DET'], ['banned', 4, 'amod', 'VERB', 'VBN'], ['Movement', 1, 'obj', 'PROPN']]);
  participleWithNounHead(t);
  assert.deepEqual([...t.head], [0, 4, 4, 1]);
});

test('an -ed modifier inside a second subject is that subject\'s verb; the other verb\'s marked clause becomes its adverbial', () => {
  // The shipped model's parse of "The UN on Tuesday reduced food aid because grain was stolen, officials said."
  const s = sentence([
    ['The', 2, 'det', 'DET'], ['UN', 10, 'nsubj:pass', 'PROPN'], ['on', 6, 'case', 'ADP'], ['Tuesday', 6, 'compound', 'PROPN'],
    ['reduced', 6, 'amod', 'VERB', 'VBN'], ['aid', 2, 'nmod', 'NOUN'], ['because', 10, 'mark', 'SCONJ'], ['grain', 10, 'nsubj:pass', 'NOUN'],
    ['was', 10, 'aux:pass', 'AUX'], ['stolen', 13, 'ccomp', 'VERB'], [',', 13, 'punct', 'PUNCT'], ['officials', 13, 'nsubj', 'NOUN'],
    ['said', 0, 'root', 'VERB'],
  ]);
  participleInSubject(s);
  assert.deepEqual([s.head[4], s.deprel[4]], [13, 'ccomp']);
  assert.deepEqual([s.head[9], s.deprel[9], s.head[1], s.deprel[1], s.head[5], s.deprel[5]], [5, 'advcl', 5, 'nsubj', 5, 'obj']);
  assert.deepEqual([s.head[3], s.deprel[3], s.head[2], s.deprel[2]], [5, 'obl', 4, 'case']);
});

test('an apposition read as a conjunct: set off by commas, opened by "the", the only conjunct', () => {
  // The shipped model's parse of "Sergei Shoigu, the Russian minister, demanded talks."
  const rows = (): [string, number, string, string][] => [
    ['Sergei', 8, 'nsubj', 'PROPN'], ['Shoigu', 1, 'flat', 'PROPN'], [',', 6, 'punct', 'PUNCT'], ['the', 6, 'det', 'DET'],
    ['Russian', 6, 'amod', 'ADJ'], ['minister', 1, 'conj', 'NOUN'], [',', 1, 'punct', 'PUNCT'], ['demanded', 0, 'root', 'VERB'],
    ['talks', 8, 'obj', 'NOUN'],
  ];
  const s = sentence(rows());
  appositionReadAsConjunct(s);
  assert.equal(s.deprel[5], 'appos');
  // "France, the UK and Germany": a list with a coordinator keeps its conjuncts.
  const list = sentence([
    ['France', 7, 'nsubj', 'PROPN'], [',', 4, 'punct', 'PUNCT'], ['the', 4, 'det', 'DET'], ['UK', 1, 'conj', 'PROPN'],
    ['and', 6, 'cc', 'CCONJ'], ['Germany', 1, 'conj', 'PROPN'], ['condemned', 0, 'root', 'VERB'],
  ]);
  appositionReadAsConjunct(list);
  assert.deepEqual([list.deprel[3], list.deprel[5]], ['conj', 'conj']);
});
