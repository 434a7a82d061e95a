import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairParse } from './repair.js';
import type { ParsedSentence } from '../syntax/types.js';

function sentence(rows: ([string, number, string] | [string, number, string, string])[]): ParsedSentence {
  const n = rows.length;
  return {
    words: rows.map((r) => r[0]), start: new Int32Array(n).fill(-1), end: new Int32Array(n).fill(-1),
    upos: rows.map((r) => r[3] ?? 'X'), xpos: rows.map(() => 'X'),
    head: Int32Array.from(rows.map((r) => r[1])), deprel: rows.map((r) => r[2]),
  };
}

test('two subjects joined by a cc on the verb become one coordinated subject', () => {
  // The parse the shipped model gives "the United States and China agreed last week to resume talks".
  const s = repairParse(sentence([
    ['the', 3, 'det'], ['United', 3, 'amod'], ['States', 6, 'nsubj'], ['and', 6, 'cc'], ['China', 6, 'nsubj'], ['agreed', 0, 'root'],
  ]));
  assert.deepEqual([...s.head], [3, 3, 6, 5, 3, 0]);
  assert.deepEqual(s.deprel, ['det', 'amod', 'nsubj', 'cc', 'conj', 'root']);
});

test('a well-formed tree and two subjects without a conjunction are left alone', () => {
  const good = sentence([['Japan', 4, 'nsubj'], ['and', 3, 'cc'], ['China', 1, 'conj'], ['agreed', 0, 'root']]);
  assert.deepEqual([...repairParse(good).head], [4, 3, 1, 0]);
  const noCc = sentence([['Japan', 3, 'nsubj'], ['China', 3, 'nsubj'], ['agreed', 0, 'root']]);
  assert.deepEqual(repairParse(noCc).deprel, ['nsubj', 'nsubj', 'root']);
});

test('a relative clause parsed as the main clause: the conjoined verb becomes the root, the name its subject', () => {
  // The parse the shipped model gives "Turkey, which brokered a deal, offered to host talks."
  const s = repairParse(sentence([
    ['Turkey', 4, 'vocative', 'PROPN'], [',', 1, 'punct'], ['which', 4, 'nsubj'], ['brokered', 0, 'root'], ['a', 6, 'det'], ['deal', 4, 'obj'],
    [',', 8, 'punct'], ['offered', 4, 'conj', 'VERB'], ['to', 10, 'mark'], ['host', 8, 'xcomp'], ['talks', 10, 'obj'], ['.', 4, 'punct'],
  ]));
  assert.deepEqual([...s.head], [8, 1, 4, 1, 6, 4, 8, 0, 10, 8, 10, 8]);
  assert.deepEqual([s.deprel[0], s.deprel[3], s.deprel[7]], ['nsubj', 'acl:relcl', 'root']);
});

test('a clause marked by "that" alone under a verb is a complement, "so that" stays adverbial', () => {
  const rows = (mark: [string, number, string][]): ([string, number, string] | [string, number, string, string])[] => [
    ['Mao', 2, 'nsubj', 'PROPN'], ['stated', 0, 'root', 'VERB'], ...mark, ['China', 6, 'nsubj', 'PROPN'], ['opposes', 2, 'advcl', 'VERB'],
  ];
  assert.equal(repairParse(sentence(rows([['that', 5, 'mark']]))).deprel[4], 'ccomp');
  const soThat = repairParse(sentence(rows([['so', 6, 'mark'], ['that', 6, 'mark']])));
  assert.equal(soThat.deprel[5], 'advcl');
});

test('a that-clause read as an open complement (xcomp) is a complement (ccomp)', () => {
  // The shipped model's parse of "Arnor demanded that Gondor renounce its campaign."
  const s = repairParse(sentence([
    ['Arnor', 2, 'nsubj', 'PROPN'], ['demanded', 0, 'root', 'VERB'], ['that', 5, 'mark', 'SCONJ'], ['Gondor', 5, 'nsubj', 'PROPN'],
    ['renounce', 2, 'xcomp', 'VERB'], ['its', 7, 'nmod:poss', 'PRON'], ['campaign', 5, 'obj', 'NOUN'],
  ]));
  assert.equal(s.deprel[4], 'ccomp');
  // "Arnor agreed to renounce its campaign": a real xcomp stays.
  const xcomp = repairParse(sentence([
    ['Arnor', 2, 'nsubj', 'PROPN'], ['agreed', 0, 'root', 'VERB'], ['to', 4, 'mark', 'PART'], ['renounce', 2, 'xcomp', 'VERB'], ['campaign', 4, 'obj', 'NOUN'],
  ]));
  assert.equal(xcomp.deprel[3], 'xcomp');
});

test('"India plans to visit": the plural noun the tagger saw is the verb, its compound the subject', () => {
  const s = repairParse(sentence([
    ['India', 2, 'compound', 'PROPN'], ['plans', 4, 'nsubj', 'NOUN'], ['to', 4, 'mark', 'PART'], ['visit', 0, 'root', 'VERB'], ['Pakistan', 4, 'obj', 'PROPN'],
  ]));
  assert.deepEqual([...s.head], [2, 0, 4, 2, 4]);
  assert.deepEqual(s.deprel, ['nsubj', 'root', 'mark', 'xcomp', 'obj']);
  assert.equal(s.upos[1], 'VERB');
  // "The peace plans to ..." style nouns outside the list are left alone.
  const other = repairParse(sentence([['Peace', 2, 'compound', 'NOUN'], ['talks', 4, 'nsubj', 'NOUN'], ['to', 4, 'mark', 'PART'], ['resume', 0, 'root', 'VERB']]));
  assert.deepEqual([...other.head], [2, 4, 4, 0]);
});

test('a reported clause read as a second subject of "said" becomes its ccomp', () => {
  // "Ethiopia departs from Libya, a senior official said" with "departs" a noun.
  const s = repairParse(sentence([
    ['Ethiopia', 2, 'compound', 'PROPN'], ['departs', 9, 'nsubj', 'NOUN'], ['from', 4, 'case', 'ADP'], ['Libya', 2, 'nmod', 'PROPN'],
    [',', 9, 'punct', 'PUNCT'], ['a', 8, 'det', 'DET'], ['senior', 8, 'amod', 'ADJ'], ['official', 9, 'nsubj', 'NOUN'], ['said', 0, 'root', 'VERB'],
  ]));
  assert.deepEqual(s.deprel.slice(0, 4), ['nsubj', 'ccomp', 'case', 'obl']);
  assert.equal(s.upos[1], 'VERB');
  const plain = sentence([['Libya', 2, 'compound', 'PROPN'], ['talks', 3, 'nsubj', 'NOUN'], ['said', 0, 'root', 'VERB']]);
  assert.deepEqual(repairParse(plain).deprel, ['compound', 'nsubj', 'root']);
});

test('a noun read as nsubj:pass right before the nsubj of an active verb becomes its compound', () => {
  const s = repairParse(sentence([
    ['foes', 3, 'nsubj:pass', 'NOUN'], ['Iran', 3, 'nsubj', 'PROPN'], ['renewed', 0, 'root', 'VERB'], ['ties', 3, 'obj', 'NOUN'],
  ]));
  assert.deepEqual([...s.head], [2, 3, 0, 3]);
  assert.deepEqual(s.deprel, ['compound', 'nsubj', 'root', 'obj']);
  const passive = sentence([['ties', 4, 'nsubj:pass', 'NOUN'], ['Iran', 4, 'nsubj', 'PROPN'], ['were', 4, 'aux:pass', 'AUX'], ['renewed', 0, 'root', 'VERB']]);
  assert.equal(repairParse(passive).deprel[0], 'nsubj:pass');
});

test('a subjectless "to"-infinitive read as advcl of a control verb becomes its xcomp; a purpose clause stays', () => {
  const s = repairParse(sentence([
    ['militia', 2, 'nsubj', 'NOUN'], ['vowed', 0, 'root', 'VERB'], ['to', 4, 'mark', 'PART'], ['wage', 2, 'advcl', 'VERB'], ['war', 4, 'obj', 'NOUN'],
  ]));
  assert.equal(s.deprel[3], 'xcomp');
  const purpose = sentence([
    ['Arnor', 2, 'nsubj', 'PROPN'], ['signed', 0, 'root', 'VERB'], ['accord', 2, 'obj', 'NOUN'], ['to', 5, 'mark', 'PART'], ['supply', 2, 'advcl', 'VERB'],
  ]);
  assert.equal(repairParse(purpose).deprel[4], 'advcl');
});

test('"was opposed by X" read with a copula becomes a passive; "was ready" stays', () => {
  const s = repairParse(sentence([
    ['Eriador', 3, 'nsubj', 'PROPN'], ['was', 3, 'cop', 'AUX'], ['opposed', 0, 'root', 'VERB'], ['by', 5, 'case', 'ADP'], ['Osgiliath', 3, 'obl', 'PROPN'],
  ]));
  assert.deepEqual(s.deprel, ['nsubj:pass', 'aux:pass', 'root', 'case', 'obl:agent']);
  const adj = sentence([['Eriador', 3, 'nsubj', 'PROPN'], ['was', 3, 'cop', 'AUX'], ['ready', 0, 'root', 'ADJ']]);
  assert.deepEqual(repairParse(adj).deprel, ['nsubj', 'cop', 'root']);
});

test('a subjectless finite verb conjoined to an object becomes the conjunct of the object\'s verb', () => {
  const s = repairParse(sentence([
    ['Kenya', 2, 'nsubj', 'PROPN'], ['condemned', 0, 'root', 'VERB'], ['attack', 2, 'obj', 'NOUN'], ['and', 5, 'cc', 'CCONJ'], ['promised', 3, 'conj', 'VERB'], ['aid', 5, 'obj', 'NOUN'],
  ]));
  assert.equal(s.head[4], 2);
  const withSubject = sentence([
    ['Kenya', 2, 'nsubj', 'PROPN'], ['condemned', 0, 'root', 'VERB'], ['attack', 2, 'obj', 'NOUN'], ['that', 5, 'nsubj', 'PRON'], ['killed', 3, 'conj', 'VERB'],
  ]);
  assert.equal(repairParse(withSubject).head[4], 3);
});

test('a possessor attached to a verb moves to the verb\'s subject after it', () => {
  const s = repairParse(sentence([
    ['Caras', 5, 'nmod:poss', 'PROPN'], ['Galadhon', 1, 'flat', 'PROPN'], ["'s", 1, 'case', 'PART'], ['mayor', 5, 'nsubj', 'NOUN'], ['left', 0, 'root', 'VERB'],
  ]));
  assert.equal(s.head[0], 4);
  const advFirst = sentence([['Lima', 4, 'nmod:poss', 'PROPN'], ["'s", 1, 'case', 'PART'], ['soon', 4, 'advmod', 'ADV'], ['left', 0, 'root', 'VERB']]);
  assert.equal(repairParse(advFirst).head[0], 4);
});

test('a that-clause with a subject hung on a bare time noun becomes the complement of the time noun\'s verb', () => {
  // The parse the shipped model gives "Egypt said Wednesday that the US must be ready".
  const s = repairParse(sentence([
    ['Egypt', 2, 'nsubj', 'PROPN'], ['said', 0, 'root', 'VERB'], ['Wednesday', 2, 'obl:unmarked', 'PROPN'], ['that', 9, 'mark', 'SCONJ'],
    ['the', 6, 'det'], ['US', 9, 'nsubj', 'PROPN'], ['must', 9, 'aux'], ['be', 9, 'cop'], ['ready', 3, 'acl', 'ADJ'],
  ]));
  assert.deepEqual([s.head[8], s.deprel[8]], [2, 'ccomp']);
  // A noun's content clause ("the claim that the US is ready") stays an acl.
  const noun = repairParse(sentence([
    ['Egypt', 2, 'nsubj', 'PROPN'], ['denied', 0, 'root', 'VERB'], ['claims', 2, 'obj', 'NOUN'], ['that', 8, 'mark', 'SCONJ'],
    ['the', 6, 'det'], ['US', 8, 'nsubj', 'PROPN'], ['was', 8, 'cop'], ['ready', 3, 'acl', 'ADJ'],
  ]));
  assert.deepEqual([noun.head[7], noun.deprel[7]], [3, 'acl']);
});

test('a relative clause on "on <day>" whose "that" follows the day is the day\'s verb\'s complement, unless a content noun precedes', () => {
  // "said on Tuesday that Tokyo would not accept demands", "that" read as the clause's object.
  const s = repairParse(sentence([
    ['Japan', 2, 'nsubj', 'PROPN'], ['said', 0, 'root', 'VERB'], ['on', 4, 'case', 'ADP'], ['Tuesday', 2, 'obl', 'PROPN'], ['that', 9, 'obj', 'PRON'],
    ['Tokyo', 9, 'nsubj', 'PROPN'], ['would', 9, 'aux'], ['not', 9, 'advmod'], ['accept', 4, 'acl:relcl', 'VERB'], ['demands', 9, 'obj', 'NOUN'],
  ]));
  assert.deepEqual([s.head[8], s.deprel[8], s.deprel[4], s.upos[4]], [2, 'ccomp', 'mark', 'SCONJ']);
  // "that" not next to the day is a relative pronoun: "on the Tuesday before, that ..." is left alone.
  const apart = repairParse(sentence([
    ['Japan', 2, 'nsubj', 'PROPN'], ['said', 0, 'root', 'VERB'], ['on', 4, 'case', 'ADP'], ['Tuesday', 2, 'obl', 'PROPN'], [',', 7, 'punct', 'PUNCT'],
    ['that', 7, 'obj', 'PRON'], ['Tokyo', 8, 'nsubj', 'PROPN'], ['accept', 4, 'acl:relcl', 'VERB'],
  ]));
  assert.deepEqual([apart.head[7], apart.deprel[7]], [4, 'acl:relcl']);
  // "repeated its demand on Monday that Israel lift the closure": the clause is the demand's.
  const noun = repairParse(sentence([
    ['ILO', 2, 'nsubj', 'PROPN'], ['repeated', 0, 'root', 'VERB'], ['its', 4, 'nmod:poss', 'PRON'], ['demand', 2, 'obj', 'NOUN'], ['on', 6, 'case', 'ADP'],
    ['Monday', 2, 'obl', 'PROPN'], ['that', 9, 'mark', 'SCONJ'], ['Israel', 9, 'nsubj', 'PROPN'], ['lift', 6, 'acl', 'VERB'],
  ]));
  assert.deepEqual([noun.head[8], noun.deprel[8]], [6, 'acl']);
});

test('an inverted condition parsed as the root gives the root to the clause after its comma', () => {
  // "Should the sanctions be eased, firms could resume exports." as the shipped model parses it.
  const rows: [string, number, string, string][] = [
    ['Should', 5, 'aux', 'AUX'], ['the', 3, 'det', 'DET'], ['sanctions', 5, 'nsubj:pass', 'NOUN'], ['be', 5, 'aux:pass', 'AUX'], ['eased', 0, 'root', 'VERB'],
    [',', 9, 'punct', 'PUNCT'], ['firms', 9, 'nsubj', 'NOUN'], ['could', 9, 'aux', 'AUX'], ['resume', 5, 'parataxis', 'VERB'], ['exports', 9, 'obj', 'NOUN'],
    ['.', 5, 'punct', 'PUNCT'],
  ];
  const s = repairParse(sentence(rows));
  assert.deepEqual([s.head[8], s.deprel[8], s.head[4], s.deprel[4], s.head[10]], [0, 'root', 9, 'advcl', 9]);
  // "Should" not first, or no subject after it ("Should we?" questions aside): left alone.
  const question = repairParse(sentence([
    ['Should', 2, 'aux', 'AUX'], ['eased', 0, 'root', 'VERB'], [',', 5, 'punct', 'PUNCT'], ['firms', 5, 'nsubj', 'NOUN'], ['resume', 2, 'parataxis', 'VERB'],
  ]));
  assert.deepEqual([question.head[1], question.deprel[1]], [0, 'root']);
});

test('a bare nominal adjunct before a verb with no subject is its subject, unless it names a time', () => {
  const finite = (x: ParsedSentence, v: number, tag = 'VBD') => { x.xpos[v] = tag; return repairParse(x); };
  const s = finite(sentence([
    ['The', 3, 'det', 'DET'], ['Japanese', 3, 'amod', 'ADJ'], ['side', 4, 'obl:unmarked', 'NOUN'], ['expressed', 0, 'root', 'VERB'], ['concern', 4, 'obj', 'NOUN'],
  ]), 3, 'VBN');
  assert.equal(s.deprel[2], 'nsubj');
  const time = finite(sentence([['Last', 2, 'amod', 'ADJ'], ['week', 3, 'obl:unmarked', 'NOUN'], ['expressed', 0, 'root', 'VERB'], ['concern', 3, 'obj', 'NOUN']]), 2);
  assert.equal(time.deprel[1], 'obl:unmarked');
  const withSubject = finite(sentence([
    ['Tuesday', 3, 'obl:unmarked', 'PROPN'], ['Japan', 3, 'nsubj', 'PROPN'], ['expressed', 0, 'root', 'VERB'], ['concern', 3, 'obj', 'NOUN'],
  ]), 2);
  assert.equal(withSubject.deprel[0], 'obl:unmarked');
});

test('a saying verb\'s object right before a reported clause without a subject is that clause\'s subject', () => {
  // "It said Tehran must stop enriching uranium."
  const s = repairParse(sentence([
    ['It', 2, 'nsubj', 'PRON'], ['said', 0, 'root', 'VERB'], ['Tehran', 2, 'obj', 'PROPN'], ['must', 5, 'aux', 'AUX'], ['stop', 2, 'ccomp', 'VERB'],
  ]));
  assert.deepEqual([s.head[2], s.deprel[2]], [5, 'nsubj']);
  // "told" takes a party as object: "Russia told Ukraine it must withdraw" keeps it.
  const told = repairParse(sentence([
    ['Russia', 2, 'nsubj', 'PROPN'], ['told', 0, 'root', 'VERB'], ['Ukraine', 2, 'obj', 'PROPN'], ['must', 5, 'aux', 'AUX'], ['withdraw', 2, 'ccomp', 'VERB'],
  ]));
  assert.deepEqual([told.head[2], told.deprel[2]], [2, 'obj']);
});

test('a main verb hung on the name before its appositive: the verb becomes the root, the name its subject', () => {
  // The parse "Kenzo Oshima, the relief coordinator, demanded ..." reaches the last repairs with.
  const s = sentence([
    ['Kenzo', 0, 'root', 'PROPN'], ['Oshima', 1, 'flat', 'PROPN'], [',', 6, 'punct', 'PUNCT'], ['the', 6, 'det', 'DET'],
    ['relief', 6, 'compound', 'NOUN'], ['coordinator', 8, 'obl', 'NOUN'], [',', 8, 'punct', 'PUNCT'], ['demanded', 1, 'appos', 'VERB'],
    ['talks', 8, 'obj', 'NOUN'], ['.', 1, 'punct', 'PUNCT'],
  ]);
  s.xpos[7] = 'VBD';
  repairParse(s);
  assert.deepEqual([...s.head], [8, 1, 6, 6, 6, 1, 8, 0, 8, 8]);
  assert.deepEqual([s.deprel[0], s.deprel[5], s.deprel[7]], ['nsubj', 'appos', 'root']);
});

test('a subordinator read as the case of the subject after it: the subject is the verb\'s, the verb an adverbial clause', () => {
  // The shipped model's parse of "Protesters clashed with police after parliament passed a law."
  const s = sentence([
    ['Protesters', 2, 'nsubj', 'NOUN'], ['clashed', 0, 'root', 'VERB'], ['with', 4, 'case', 'ADP'], ['police', 2, 'obl', 'NOUN'],
    ['after', 6, 'case', 'ADP'], ['parliament', 7, 'obl', 'NOUN'], ['passed', 2, 'conj', 'VERB'], ['a', 9, 'det', 'DET'], ['law', 7, 'obj', 'NOUN'],
  ]);
  s.xpos[6] = 'VBD';
  repairParse(s);
  assert.deepEqual([...s.head], [2, 0, 4, 2, 7, 7, 2, 9, 7]);
  assert.deepEqual([s.deprel[4], s.deprel[5], s.deprel[6]], ['mark', 'nsubj', 'advcl']);
});
