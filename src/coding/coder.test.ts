import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCameo } from '../cameo/index.js';
import { emptyMeta } from '../ingest/readers/types.js';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParserEnsemble } from '../syntax/parser/ensemble.js';
import { Parser } from '../syntax/parser/index.js';
import { defaultSyntaxModelDir } from '../syntax/pipeline.js';
import { Coder } from './coder.js';
import { fingerprint } from './fingerprint.js';
import { fixtureDictionaries, tree } from './fixtures/trees.js';

const coder = new Coder(fixtureDictionaries(), loadCameo(), null);

function doc(text: string, published: string | null = '2026-03-05') {
  return { text, meta: { ...emptyMeta('text', null), published } };
}

const GAVE = `
  Arnor PROPN 2 nsubj
  gave VERB 0 root
  military ADJ 4 amod
  sanctions NOUN 2 obj
  to ADP 6 case
  Gondor PROPN 2 obl
  on ADP 8 case
  Tuesday PROPN 2 obl`;

test('the pipeline resolves actors, codes the event and fills every field of the contract', () => {
  const { text, sentence } = tree(GAVE);
  const out = coder.codeParsed(doc(text), [sentence]);
  assert.equal(out.events.length, 1);
  const e = out.events[0];
  assert.deepEqual([e.source?.code, e.target?.code, e.cameo, e.root, e.quadClass], ['ARN', 'GON', '070', '07', 2]);
  assert.equal(e.goldstein, 7);
  assert.deepEqual(e.plover, { type: 'AID', mode: null });
  assert.equal(e.date, '2026-03-03'); // the Tuesday on or before Thursday 5 March 2026
  assert.deepEqual(e.issues, ['SANCTIONS']);
  assert.equal(e.evidence.text, text.slice(e.evidence.span[0], e.evidence.span[1]));
  assert.equal(e.evidence.text, text);
  assert.match(e.rule, /^verbs\.txt:\d+$/);
  assert.equal(e.source?.text, 'Arnor');
  assert.equal(out.document.id.length, 64);
  assert.ok(out.actors.some((a) => a.code === 'ARN') && out.actors.some((a) => a.code === 'GON'));
});

test('event ids are stable across runs and differ between events', () => {
  const { text, sentence } = tree(GAVE);
  const a = coder.codeParsed(doc(text), [sentence]).events[0].id;
  const b = coder.codeParsed(doc(text), [sentence]).events[0].id;
  assert.equal(a, b);
  const other = tree(GAVE.replace('Arnor', 'Mordor'));
  assert.notEqual(coder.codeParsed(doc(other.text), [other.sentence]).events[0].id, a);
});

test('a story discard phrase anywhere suppresses every event; a sentence discard only its sentence', () => {
  const story = tree(`${GAVE}\n  typhoon NOUN 2 obj`);
  assert.equal(coder.codeParsed(doc(story.text), [story.sentence]).events.length, 0);
  const sentence = tree(`${GAVE}\n  baseball NOUN 2 obj`);
  assert.equal(coder.codeParsed(doc(sentence.text), [sentence.sentence]).events.length, 0);
});

test('a non-English document is refused with E_LANGUAGE naming the language', () => {
  assert.throws(() => coder.code(doc('日本政府は本日、中国との首脳会談を来月開催すると発表した。関係者によると、両国は経済協力について協議する。')),
    (e: Error & { code?: string }) => e.code === 'E_LANGUAGE' && /ja|zh/.test(e.message));
});

test('the fingerprint follows the files a coder is loaded from, by content', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-fp-'));
  const a = join(dir, 'a.jsonl');
  writeFileSync(a, '{"names":["Example Person"],"code":"JPNGOV"}\n');
  const before = fingerprint([a]);
  assert.match(before, /^[0-9a-f]{12}$/);
  assert.equal(fingerprint([a]), before);
  writeFileSync(a, '{"names":["Example Person"],"code":"JPNMIL"}\n');
  assert.notEqual(fingerprint([a]), before);
});

test('editing the documentation beside the models changes no fingerprint; editing a model does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-fp-models-'));
  try {
    cpSync(defaultSyntaxModelDir(), dir, { recursive: true });
    const before = Coder.load({ modelDir: dir }).fingerprint;
    appendFileSync(join(dir, 'README.md'), '\nAn edited note.\n');
    appendFileSync(join(dir, 'LICENSE'), '\n');
    assert.equal(Coder.load({ modelDir: dir }).fingerprint, before);
    appendFileSync(join(dir, 'parser', 'meta.json'), ' ');
    assert.notEqual(Coder.load({ modelDir: dir }).fingerprint, before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the accurate (beam) parser codes the same article, under a fingerprint of its own', () => {
  const greedy = Coder.load();
  const accurate = Coder.load({ parser: 'beam' });
  assert.ok(accurate.syntax.parser instanceof ParserEnsemble);
  assert.ok(accurate.syntax.parser.members.some((m) => m.parser instanceof Parser && m.parser.beamWidth === 8));
  assert.ok(greedy.syntax.parser instanceof Parser && greedy.syntax.parser.beamWidth === 1);
  assert.notEqual(accurate.fingerprint, greedy.fingerprint);
  const text = 'Japan condemned the missile launch by North Korea on Tuesday.';
  const events = (c: Coder) => c.code(doc(text)).events.map((e) => `${e.source?.code} ${e.target?.code} ${e.cameo}`);
  assert.deepEqual(events(accurate), ['JPN PRK 111']);
  assert.deepEqual(events(greedy), events(accurate));
});

test('codings write an unknown actor as its noun phrase under PETRARCH\'s new_actor_length, if short enough', () => {
  const { text, sentence } = tree(`
    Arnor PROPN 2 nsubj
    met VERB 0 root
    the DET 4 det
    Ministry PROPN 2 obj
    of ADP 6 case
    Magic PROPN 4 nmod`);
  const at = (n: number) => coder.codings(text, [sentence], null, { newActorLength: n }).map((c) => `${c.source}|${c.target}|${c.code}`);
  assert.deepEqual(at(4), ['ARN|"THE MINISTRY OF MAGIC"|040']);
  assert.deepEqual(at(3), ['ARN|---|040']);
  assert.deepEqual(at(0), ['ARN|---|040']);
});
