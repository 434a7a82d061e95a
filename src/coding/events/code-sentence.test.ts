import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compound, fixtureVerbs, mention, tree } from '../fixtures/trees.js';
import type { ActorMention } from '../actors/types.js';
import { codeSentence } from './code-sentence.js';
import { Tree } from './tree.js';
import { VerbIndex } from './verb-index.js';

const verbs = new VerbIndex(fixtureVerbs());

function code(spec: string, mentions: ActorMention[]) {
  const { text, sentence } = tree(spec);
  const { events } = codeSentence({ t: new Tree(sentence), mentions, verbs, cited: [], span: [0, text.length] });
  return events.map((e) => ({
    s: e.source?.code ?? '---', t: e.target?.code ?? '---', code: e.code, modality: e.modality.modality,
    voice: e.attribution.voice, speaker: e.attribution.speaker?.code ?? null, rule: e.rule,
  }));
}

test('a noun phrase pattern picks the specific code and the PP object is the target', () => {
  const ev = code(`
    Arnor PROPN 2 nsubj
    restored VERB 0 root
    diplomatic ADJ 4 amod
    ties NOUN 2 obj
    with ADP 6 case
    Gondor PROPN 2 obl`, [mention(0, 0, 'ARN'), mention(5, 5, 'GON')]);
  assert.equal(ev.length, 1);
  assert.deepEqual([ev[0].s, ev[0].t, ev[0].code, ev[0].modality, ev[0].voice], ['ARN', 'GON', '064', 'actual', 'author']);
  assert.match(ev[0].rule, /^verbs\.txt:\d+$/);
});

test('{MILITARY &AIDTYPE} beats the bare synset; the to-phrase gives the target', () => {
  const ev = code(`
    Arnor PROPN 2 nsubj
    gave VERB 0 root
    military ADJ 4 amod
    assistance NOUN 2 obj
    to ADP 6 case
    Gondor PROPN 2 obl`, [mention(0, 0, 'ARN'), mention(5, 5, 'GON')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code]), [['ARN', 'GON', '072']]);
});

test('a pattern marked [+++] (TABARI\'s complex event) is passed over: the next pattern codes the clause', () => {
  const ev = code(`
    Arnor PROPN 2 nsubj
    restored VERB 0 root
    full ADJ 5 amod
    diplomatic ADJ 5 amod
    ties NOUN 2 obj
    with ADP 7 case
    Gondor PROPN 2 obl`, [mention(0, 0, 'ARN'), mention(6, 6, 'GON')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code]), [['ARN', 'GON', '064']]);
});

test('a phrase must end on its head: "military aid convoy" is not {MILITARY AID}', () => {
  const ev = code(`
    Arnor PROPN 2 nsubj
    gave VERB 0 root
    military ADJ 5 amod
    aid NOUN 5 compound
    convoys NOUN 2 obj
    to ADP 7 case
    Gondor PROPN 2 obl`, [mention(0, 0, 'ARN'), mention(6, 6, 'GON')]);
  assert.deepEqual(ev.map((e) => e.code), ['070']);
});

test('"did not meet" is negated', () => {
  const ev = code(`
    Arnor PROPN 4 nsubj
    did AUX 4 aux
    not PART 4 advmod
    meet VERB 0 root
    Gondor PROPN 4 obj`, [mention(0, 0, 'ARN'), mention(4, 4, 'GON')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code, e.modality]), [['ARN', 'GON', '040', 'negated']]);
});

test('"refused to cooperate with" combines into reject material cooperation (121), actual', () => {
  const ev = code(`
    Arnor PROPN 2 nsubj
    refused VERB 0 root
    to PART 4 mark
    cooperate VERB 2 xcomp
    with ADP 6 case
    Gondor PROPN 4 obl`, [mention(0, 0, 'ARN'), mention(5, 5, 'GON')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code, e.modality]), [['ARN', 'GON', '121', 'actual']]);
});

test('"failed to meet": an uncoded upper verb passes its subject down; the meeting is negated', () => {
  const ev = code(`
    Arnor PROPN 2 nsubj
    failed VERB 0 root
    to PART 4 mark
    meet VERB 2 xcomp
    Gondor PROPN 4 obj`, [mention(0, 0, 'ARN'), mention(4, 4, 'GON')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code, e.modality]), [['ARN', 'GON', '040', 'negated']]);
});

test('"plans to visit": the visit is future, the plan an announced intent to meet (036) that happened', () => {
  const ev = code(`
    Arnor PROPN 2 nsubj
    plans VERB 0 root
    to PART 4 mark
    visit VERB 2 xcomp
    Gondor PROPN 4 obj`, [mention(0, 0, 'ARN'), mention(4, 4, 'GON')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code, e.modality]), [['ARN', 'GON', '036', 'actual'], ['ARN', 'GON', '042', 'future']]);
});

test('passive: the by-agent is the source and the subject the target', () => {
  const ev = code(`
    Gondor PROPN 3 nsubj:pass
    was AUX 3 aux:pass
    attacked VERB 0 root
    by ADP 5 case
    Arnor PROPN 3 obl:agent`, [mention(0, 0, 'GON'), mention(4, 4, 'ARN')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code]), [['ARN', 'GON', '190']]);
});

test('a compound subject gives one event per member', () => {
  const arn = mention(0, 0, 'ARN'), gon = mention(2, 2, 'GON');
  const ev = code(`
    Arnor PROPN 4 nsubj
    and CCONJ 3 cc
    Gondor PROPN 1 conj
    attacked VERB 0 root
    Mordor PROPN 4 obj`, [compound(0, 2, 0, [arn, gon]), mention(4, 4, 'MOR')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code]), [['ARN', 'MOR', '190'], ['GON', 'MOR', '190']]);
});

test('a reported event carries the speaker; the bare speech act is not coded again', () => {
  const ev = code(`
    Hayashi PROPN 2 nsubj
    said VERB 0 root
    Arnor PROPN 5 nsubj
    would AUX 5 aux
    attack VERB 2 ccomp
    Gondor PROPN 5 obj`, [mention(0, 0, 'JPNGOV'), mention(2, 2, 'ARN'), mention(5, 5, 'GON')]);
  assert.deepEqual(ev, [{ s: 'ARN', t: 'GON', code: '190', modality: 'future', voice: 'reported', speaker: 'JPNGOV', rule: ev[0].rule }]);
});

test('with no reported event, the speech act itself is coded (010)', () => {
  const ev = code(`
    Arnor PROPN 2 nsubj
    told VERB 0 root
    Gondor PROPN 2 obj
    nothing PRON 2 obj`, [mention(0, 0, 'ARN'), mention(2, 2, 'GON')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code, e.voice]), [['ARN', 'GON', '010', 'author']]);
});

test('both sides of a conditional are hypothetical, including "should" inversion', () => {
  const ev = code(`
    Should AUX 4 aux
    Arnor PROPN 4 nsubj
    be AUX 4 aux:pass
    attacked VERB 8 advcl
    , PUNCT 4 punct
    Gondor PROPN 8 nsubj
    will AUX 8 aux
    send VERB 0 root
    troops NOUN 8 obj
    to ADP 11 case
    Arnor PROPN 8 obl`, [mention(1, 1, 'ARN', { actor: 'arn' }), mention(5, 5, 'GON'), mention(10, 10, 'ARN', { actor: 'arn' })]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code, e.modality]), [['GON', 'ARN', '0874', 'hypothetical']]);
});

test('"might" is speculative; a pattern + slot names the target', () => {
  const ev = code(`
    Arnor PROPN 3 nsubj
    might AUX 3 aux
    send VERB 0 root
    Gondor PROPN 3 iobj
    troops NOUN 3 obj`, [mention(0, 0, 'ARN'), mention(3, 3, 'GON')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code, e.modality]), [['ARN', 'GON', '0874', 'speculative']]);
});

test('an actor is never its own target and a verb without a source codes nothing', () => {
  assert.deepEqual(code(`
    attacked VERB 0 root
    Gondor PROPN 1 obj`, [mention(1, 1, 'GON')]), []);
});

test('an event noun with an actor on each side is coded with its verb\'s default code', () => {
  const ev = code(`
    Arnor PROPN 3 nmod:poss
    's PART 1 case
    visit NOUN 0 root
    to ADP 5 case
    Gondor PROPN 3 nmod`, [mention(0, 0, 'ARN'), mention(4, 4, 'GON')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code, e.modality]), [['ARN', 'GON', '042', 'actual']]);
  assert.match(ev[0].rule, /event noun/);
});

test('"according to" a named speaker makes the event reported', () => {
  const ev = code(`
    According VERB 3 case
    to ADP 1 fixed
    Mordor PROPN 7 obl
    , PUNCT 3 punct
    Arnor PROPN 7 nsubj
    will AUX 7 aux
    visit VERB 0 root
    Gondor PROPN 7 obj`, [mention(2, 2, 'MOR'), mention(4, 4, 'ARN'), mention(7, 7, 'GON')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code, e.modality, e.voice, e.speaker]), [['ARN', 'GON', '042', 'future', 'reported', 'MOR']]);
});

test('"is likely to" is speculative and "should X be" outside a condition is not hypothetical', () => {
  const ev = code(`
    Arnor PROPN 3 nsubj
    is AUX 3 cop
    likely ADJ 0 root
    to PART 5 mark
    attack VERB 3 xcomp
    Gondor PROPN 5 obj`, [mention(0, 0, 'ARN'), mention(5, 5, 'GON')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code, e.modality]), [['ARN', 'GON', '190', 'speculative']]);
});

test('^ skips the noun phrase after AT, so + binds the actor after it', () => {
  const ev = code(`
    Arnor PROPN 2 nsubj
    warned VERB 0 root
    at ADP 4 case
    Gondor PROPN 2 obl
    of ADP 7 case
    the DET 7 det
    envoy NOUN 4 nmod
    of ADP 9 case
    Rohan PROPN 7 nmod`, [mention(0, 0, 'ARN'), mention(3, 3, 'GON'), mention(6, 8, 'ROH')]);
  assert.deepEqual(ev.map((e) => `${e.s}|${e.t}|${e.code}`), ['ARN|ROH|162']);
});

test('a pattern naming the governing verb ("- NOTED + *") binds the clause subject as target and the upper subject as source', () => {
  const ev = code(`
    Arnor PROPN 2 nsubj
    noted VERB 0 root
    that SCONJ 5 mark
    Gondor PROPN 5 nsubj
    regretted VERB 2 ccomp
    the DET 7 det
    decision NOUN 5 obj`, [mention(0, 0, 'ARN'), mention(3, 3, 'GON')]);
  assert.deepEqual(ev.map((e) => [e.s, e.t, e.code]), [['ARN', 'GON', '115']]);
});
