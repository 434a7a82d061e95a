import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveActors } from './index.js';
import { doc, fixtureIndex, tree } from './fixtures.js';
import { ActorIndex } from './actor-index.js';
import { PhraseIndex } from '../../dict/phrase-index.js';
import type { ActorMention, ResolvedActors } from './types.js';

const index = fixtureIndex();

function run(text: string, specs: string[], date: string | null = '2026-03-01'): ResolvedActors {
  return resolveActors(doc(text, specs), text, { index, date });
}

/** The mention covering word w of sentence s. */
function at(r: ResolvedActors, s: number, w: number): ActorMention {
  const m = r.bySentence[s].find((x) => x.first <= w && w <= x.last);
  assert.ok(m, `no mention at sentence ${s} word ${w}: ${JSON.stringify(r.bySentence[s])}`);
  return m;
}

function actorOf(r: ResolvedActors, m: ActorMention) {
  const a = r.actors.find((x) => x.id === m.actor);
  assert.ok(a);
  return a;
}

test('dictionary: longest match, case-insensitive, UTF-16 spans', () => {
  const text = 'The UNITED STATES and china talked.';
  const r = run(text, ['The/DET/2/det UNITED/PROPN/5/nsubj STATES/PROPN/2/flat and/CCONJ/4/cc china/PROPN/2/conj talked/VERB/0/root ./PUNCT/5/punct']);
  const m = at(r, 0, 1);
  assert.equal(m.members?.length, 2);
  const [us, cn] = m.members ?? [];
  assert.equal(us.code, 'USA');
  assert.equal(us.first, 1);
  assert.equal(us.last, 2);
  assert.equal(cn.code, 'CHN');
  assert.match(us.rule, /^fixture\.actors\.txt:\d+$/);
  const usa = actorOf(r, us);
  assert.deepEqual(usa.mentions, [[4, 17]]);
  assert.equal(text.slice(4, 17), 'UNITED STATES');
  assert.equal(usa.kind, 'state');
  assert.equal(usa.country, 'USA');
  assert.equal(usa.sector, null);
});

test('dated roles: the same name codes differently in 2022 and 2026', () => {
  const text = 'Lee Jae-myung criticised the plan.';
  const spec = 'Lee/PROPN/5/nsubj Jae/PROPN/1/flat -/PUNCT/4/punct myung/PROPN/2/flat criticised/VERB/0/root the/DET/7/det plan/NOUN/5/obj ./PUNCT/5/punct';
  const old = run(text, [spec], '2023-01-15');
  const now = run(text, [spec], '2026-01-15');
  assert.equal(at(old, 0, 0).code, 'KOROPP');
  assert.equal(at(now, 0, 0).code, 'KORGOV');
  assert.equal(at(now, 0, 0).last, 3);
  assert.match(at(now, 0, 0).rule, /fixture-overlay\.jsonl:\d+ \(dated\)/);
  // Abe: a dated term, then the undated default.
  const t2 = 'Shinzo Abe spoke.';
  const s2 = 'Shinzo/PROPN/2/nsubj Abe/PROPN/3/flat spoke/VERB/0/root ./PUNCT/3/punct';
  assert.equal(at(run(t2, ['Shinzo/PROPN/3/nsubj Abe/PROPN/1/flat spoke/VERB/0/root ./PUNCT/3/punct'], '2007-05-01'), 0, 0).code, 'JPNGOV');
  assert.equal(at(run(t2, [s2], '2022-05-01'), 0, 0).code, 'JPNELI');
});

test('agents: possessive, adjective, plural and "of" forms compose country + agent', () => {
  const a = run("Japan's defence minister said so.", ["Japan/PROPN/4/nmod:poss 's/PART/1/case defence/NOUN/4/compound minister/NOUN/5/nsubj said/VERB/0/root so/ADV/5/advmod ./PUNCT/5/punct"]);
  const m = at(a, 0, 3);
  assert.equal(m.code, 'JPNGOVMIL');
  assert.equal(m.first, 0);
  assert.equal(m.via, 'agent');
  assert.equal(m.country, 'JPN');
  assert.equal(m.sector, 'GOV');
  assert.equal(a.bySentence[0].length, 1, 'Japan is part of the agent mention, not a second actor');

  const b = run('The Japanese defense minister arrived.', ['The/DET/4/det Japanese/ADJ/4/amod defense/NOUN/4/compound minister/NOUN/5/nsubj arrived/VERB/0/root ./PUNCT/5/punct']);
  assert.equal(at(b, 0, 3).code, 'JPNGOVMIL');
  assert.match(at(b, 0, 3).rule, /demonym/);

  const c = run('Japanese officials declined.', ['Japanese/ADJ/2/amod officials/NOUN/3/nsubj/NNS declined/VERB/0/root ./PUNCT/3/punct']);
  assert.equal(at(c, 0, 1).code, 'JPNGOV');
  assert.equal(actorOf(c, at(c, 0, 1)).kind, 'group');
  assert.match(at(c, 0, 1).rule, /agent-supplement\.ts:\d+ OFFICIAL/);
  // Without dyad's shipped additions (a caller naming its own dictionaries) the supplement is out.
  const bare = ActorIndex.fromDictionaries({ actors: { entries: index.entries.map((e) => e.src), index: new PhraseIndex() }, agents: { file: 'none', entries: [] }, shipped: false });
  const cText = 'Japanese officials declined.';
  const c2 = resolveActors(doc(cText, ['Japanese/ADJ/2/amod officials/NOUN/3/nsubj/NNS declined/VERB/0/root ./PUNCT/3/punct']), cText, { index: bare, date: '2026-03-01' });
  assert.ok(!c2.bySentence[0].some((m) => m.via === 'agent'), 'no agent from the supplement');

  const d = run('The minister of defence of Japan resigned.', ['The/DET/2/det minister/NOUN/7/nsubj of/ADP/4/case defence/NOUN/2/nmod of/ADP/6/case Japan/PROPN/2/nmod resigned/VERB/0/root ./PUNCT/7/punct']);
  assert.equal(at(d, 0, 1).code, 'JPNGOVMIL');
  assert.equal(at(d, 0, 1).last, 5);
});

test('agents: stems and the longest phrase of a run ("deputy foreign minister" is not police)', () => {
  const r = run("China's deputy foreign minister met reporters.", ["China/PROPN/5/nmod:poss 's/PART/1/case deputy/ADJ/5/amod foreign/ADJ/5/amod minister/NOUN/6/nsubj met/VERB/0/root reporters/NOUN/6/obj/NNS ./PUNCT/6/punct"]);
  assert.equal(at(r, 0, 4).code, 'CHNGOV');
  assert.equal(at(r, 0, 4).first, 0);
});

test('agent without a country takes the dominant country, and says so', () => {
  const text = 'Japan protested to China. Japan wants talks. The army said it was ready.';
  const r = run(text, [
    'Japan/PROPN/2/nsubj protested/VERB/0/root to/ADP/4/case China/PROPN/2/obl ./PUNCT/2/punct',
    'Japan/PROPN/2/nsubj wants/VERB/0/root talks/NOUN/2/obj/NNS ./PUNCT/2/punct',
    'The/DET/2/det army/NOUN/3/nsubj said/VERB/0/root it/PRON/5/nsubj was/AUX/5/cop ready/ADJ/3/ccomp ./PUNCT/3/punct',
  ]);
  const army = at(r, 2, 1);
  assert.equal(army.code, 'JPNMIL');
  assert.match(army.rule, /agent-country:dominant JPN/);
  // With no dominant state, the most recent one.
  const r2 = run('China spoke. The army said so.', [
    'China/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct',
    'The/DET/2/det army/NOUN/3/nsubj said/VERB/0/root so/ADV/3/advmod ./PUNCT/3/punct',
  ]);
  assert.match(at(r2, 1, 1).rule, /agent-country:recent CHN/);
  assert.equal(at(r2, 1, 1).code, 'CHNMIL');
});

test('metonymy: a capital or seat as actor, but a place after in/at/to', () => {
  const r = run('Tokyo protested, and the Kremlin rejected talks in Beijing.', [
    'Tokyo/PROPN/2/nsubj protested/VERB/0/root ,/PUNCT/7/punct and/CCONJ/7/cc the/DET/6/det Kremlin/PROPN/7/nsubj rejected/VERB/2/conj talks/NOUN/7/obj/NNS in/ADP/10/case Beijing/PROPN/8/nmod ./PUNCT/2/punct',
  ]);
  const tokyo = at(r, 0, 0);
  assert.equal(tokyo.via, 'metonym');
  assert.equal(tokyo.code, 'JPN');
  assert.match(tokyo.rule, /metonyms\.ts#capitals:\d+/);
  const kremlin = at(r, 0, 5);
  assert.equal(kremlin.code, 'RUSGOV');
  assert.equal(kremlin.via, 'metonym');
  assert.equal(kremlin.first, 4, '"the Kremlin" as one phrase');
  const beijing = at(r, 0, 9);
  assert.equal(actorOf(r, beijing).kind, 'location');
  assert.match(beijing.rule, /^locative:in /);
  assert.notEqual(actorOf(r, beijing).id, actorOf(r, tokyo).id);
});

test('demonyms: "Sino-US relations" names China and the US; "U.S.-led" one state', () => {
  const text = 'Sino-US relations worsened under the U.S.-led plan.';
  const r = run(text, ['Sino/PROPN/4/compound -/PUNCT/3/punct US/PROPN/1/compound relations/NOUN/5/nsubj/NNS worsened/VERB/0/root under/ADP/11/case the/DET/11/det U.S./PROPN/10/compound -/PUNCT/8/punct led/VERB/11/amod plan/NOUN/5/obl ./PUNCT/5/punct']);
  const sino = at(r, 0, 0);
  assert.deepEqual(sino.members?.map((m) => m.code), ['CHN', 'USA']);
  assert.equal(sino.via, 'demonym');
  const led = at(r, 0, 7);
  assert.equal(led.code, 'USA');
  assert.equal(led.members, undefined);
});

test('lower-case "us" is a pronoun, not the United States', () => {
  const r = run('They told us nothing.', ['They/PRON/2/nsubj told/VERB/0/root us/PRON/2/iobj nothing/PRON/2/obj ./PUNCT/2/punct']);
  assert.equal(r.bySentence[0].length, 0);
});

test('names: either order, transliteration variants and one-letter misspellings, with fuzzy rules', () => {
  const order = run('Kishida Fumio spoke.', ['Kishida/PROPN/3/nsubj Fumio/PROPN/1/flat spoke/VERB/0/root ./PUNCT/3/punct'], '2023-01-01');
  assert.equal(at(order, 0, 0).code, 'JPNGOV');
  assert.match(at(order, 0, 0).rule, /^name-order /);
  for (const [text, spec] of [
    ['Moon Jae-in spoke.', 'Moon/PROPN/5/nsubj Jae/PROPN/1/flat -/PUNCT/4/punct in/PROPN/2/flat spoke/VERB/0/root ./PUNCT/5/punct'],
    ['Moon Jae In spoke.', 'Moon/PROPN/4/nsubj Jae/PROPN/1/flat In/PROPN/1/flat spoke/VERB/0/root ./PUNCT/4/punct'],
    ['Moon Jaein spoke.', 'Moon/PROPN/3/nsubj Jaein/PROPN/1/flat spoke/VERB/0/root ./PUNCT/3/punct'],
  ] as const) {
    const r = run(text, [spec], '2019-01-01');
    const m = at(r, 0, 0);
    assert.equal(m.code, 'KORGOV', text);
    assert.equal(actorOf(r, m).kind, 'person');
    if (text !== 'Moon Jae In spoke.') assert.match(m.rule, /^fuzzy:translit /, text);
  }
  const typo = run('Fumio Kishda spoke.', ['Fumio/PROPN/3/nsubj Kishda/PROPN/1/flat spoke/VERB/0/root ./PUNCT/3/punct'], '2023-01-01');
  assert.equal(at(typo, 0, 0).code, 'JPNGOV');
  assert.match(at(typo, 0, 0).rule, /^fuzzy:edit1 /);
});

test('names: a surname alone later refers back to the full name', () => {
  const text = 'Fumio Kishida arrived. Kishida said talks went well.';
  const r = run(text, [
    'Fumio/PROPN/3/nsubj Kishida/PROPN/1/flat arrived/VERB/0/root ./PUNCT/3/punct',
    'Kishida/PROPN/2/nsubj said/VERB/0/root talks/NOUN/4/nsubj/NNS went/VERB/2/ccomp well/ADV/4/advmod ./PUNCT/2/punct',
  ], '2023-01-01');
  const first = at(r, 0, 0);
  const again = at(r, 1, 0);
  assert.equal(again.actor, first.actor);
  assert.equal(again.via, 'coref');
  assert.match(again.rule, /coref:name-part KISHIDA/);
  assert.equal(actorOf(r, first).text, 'Fumio Kishida');
  assert.equal(actorOf(r, first).mentions.length, 2);
});

const PARK_CONTEXT = 'South Korea rejected the plan. ';
const PARK_CONTEXT_TREE = 'South/PROPN/3/nsubj Korea/PROPN/1/flat rejected/VERB/0/root the/DET/5/det plan/NOUN/3/obj ./PUNCT/3/punct';

test('roles: four ways of saying who Park Yoon-ju is give a KORGOV person, unresolved', () => {
  const cases: [string, string, number][] = [
    ["As the country's deputy foreign minister, Park Yoon-ju said no.",
      "As/ADP/6/case the/DET/3/det country/NOUN/6/nmod:poss 's/PART/3/case deputy/ADJ/6/amod foreign/ADJ/6/amod minister/NOUN/13/obl ,/PUNCT/6/punct Park/PROPN/13/nsubj Yoon/PROPN/9/flat -/PUNCT/12/punct ju/PROPN/10/flat said/VERB/0/root no/INTJ/13/obj ./PUNCT/13/punct", 8],
    ["South Korea's deputy foreign minister Park Yoon-ju said no.",
      "South/PROPN/7/nmod:poss Korea/PROPN/1/flat 's/PART/1/case deputy/ADJ/7/amod foreign/ADJ/7/amod minister/NOUN/7/compound Park/PROPN/11/nsubj Yoon/PROPN/7/flat -/PUNCT/10/punct ju/PROPN/8/flat said/VERB/0/root no/INTJ/11/obj ./PUNCT/11/punct", 6],
    ["Park Yoon-ju, South Korea's deputy foreign minister, said no.",
      "Park/PROPN/13/nsubj Yoon/PROPN/1/flat -/PUNCT/4/punct ju/PROPN/2/flat ,/PUNCT/11/punct South/PROPN/11/nmod:poss Korea/PROPN/6/flat 's/PART/6/case deputy/ADJ/11/amod foreign/ADJ/11/amod minister/NOUN/1/appos ,/PUNCT/11/punct said/VERB/0/root no/INTJ/13/obj ./PUNCT/13/punct", 0],
    ['Deputy Foreign Minister Park Yoon-ju of South Korea said no.',
      'Deputy/PROPN/3/compound Foreign/PROPN/3/compound Minister/PROPN/4/compound Park/PROPN/11/nsubj Yoon/PROPN/4/flat -/PUNCT/7/punct ju/PROPN/5/flat of/ADP/9/case South/PROPN/4/nmod Korea/PROPN/9/flat said/VERB/0/root no/INTJ/11/obj ./PUNCT/11/punct', 3],
  ];
  for (const [sentence, spec, parkWord] of cases) {
    const text = PARK_CONTEXT + sentence;
    const r = run(text, [PARK_CONTEXT_TREE, spec]);
    const m = at(r, 1, parkWord);
    const a = actorOf(r, m);
    assert.equal(m.code, 'KORGOV', sentence);
    assert.equal(m.via, 'role', sentence);
    assert.match(m.rule, /^role:(title|appos|as) /, sentence);
    assert.equal(a.kind, 'person', sentence);
    assert.equal(a.resolved, false, sentence);
    assert.equal(a.code, 'KORGOV', sentence);
    assert.equal(a.text.replace(/^.*?(Park Yoon-ju).*$/, '$1'), 'Park Yoon-ju', sentence);
  }
});

test('unknown names are listed with code null and a kind guess', () => {
  const r = run('Tanaka Hiroshi met the Global Relief Council.', [
    'Tanaka/PROPN/3/nsubj Hiroshi/PROPN/1/flat met/VERB/0/root the/DET/7/det Global/PROPN/7/compound Relief/PROPN/7/compound Council/PROPN/3/obj ./PUNCT/3/punct',
  ]);
  const p = at(r, 0, 0);
  assert.equal(p.via, 'unknown');
  assert.equal(p.code, null);
  assert.equal(actorOf(r, p).kind, 'person');
  assert.equal(actorOf(r, at(r, 0, 5)).kind, 'organization');
  assert.equal(actorOf(r, at(r, 0, 5)).resolved, false);
});

test('coreference: he / it / they / the minister / the country / both sides', () => {
  const text = "Fumio Kishida met Australia's defence minister. He praised Australia. The minister said it would help. Both sides signed. They left.";
  const r = run(text, [
    "Fumio/PROPN/3/nsubj Kishida/PROPN/1/flat met/VERB/0/root Australia/PROPN/7/nmod:poss 's/PART/4/case defence/NOUN/7/compound minister/NOUN/3/obj ./PUNCT/3/punct",
    'He/PRON/2/nsubj praised/VERB/0/root Australia/PROPN/2/obj ./PUNCT/2/punct',
    'The/DET/2/det minister/NOUN/3/nsubj said/VERB/0/root it/PRON/6/nsubj would/AUX/6/aux help/VERB/3/ccomp ./PUNCT/3/punct',
    'Both/DET/2/det sides/NOUN/3/nsubj/NNS signed/VERB/0/root ./PUNCT/3/punct',
    'They/PRON/2/nsubj left/VERB/0/root ./PUNCT/2/punct',
  ], '2023-01-01');
  const kishida = at(r, 0, 0);
  const minister = at(r, 0, 6);
  assert.equal(minister.code, 'AUSGOVMIL');
  const he = at(r, 1, 0);
  assert.equal(he.actor, kishida.actor);
  assert.match(he.rule, /^coref:pronoun-person/);
  const theMinister = at(r, 2, 1);
  assert.equal(theMinister.actor, minister.actor);
  assert.match(theMinister.rule, /^coref:definite-agent/);
  assert.equal(theMinister.first, 0);
  const it = at(r, 2, 3);
  assert.equal(it.code, 'AUS');
  assert.match(it.rule, /^coref:pronoun-it/);
  const both = at(r, 3, 0);
  assert.equal(both.members?.length, 2);
  assert.match(both.rule, /^coref:both-sides/);
  const they = at(r, 4, 0);
  assert.equal(they.actor, both.actor);
  assert.equal(they.members?.length, 2);
});

test('coreference: "the country" takes the last state and can own an agent', () => {
  const text = "South Korea objected. The country's army moved.";
  const r = run(text, [
    'South/PROPN/3/nsubj Korea/PROPN/1/flat objected/VERB/0/root ./PUNCT/3/punct',
    "The/DET/2/det country/NOUN/4/nmod:poss 's/PART/2/case army/NOUN/5/nsubj moved/VERB/0/root ./PUNCT/5/punct",
  ]);
  const army = at(r, 1, 3);
  assert.equal(army.code, 'KORMIL');
  assert.equal(army.first, 0);
  assert.match(army.rule, /coref:coref:the-country|coref:the-country/);
});

test('an expletive "it" refers to nothing', () => {
  const r = run('Japan spoke. It is clear that talks failed.', [
    'Japan/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct',
    'It/PRON/3/expl is/AUX/3/cop clear/ADJ/0/root that/SCONJ/6/mark talks/NOUN/6/nsubj/NNS failed/VERB/3/csubj ./PUNCT/3/punct',
  ]);
  assert.equal(r.bySentence[1].length, 0);
});

test('compound actors from conj: one mention with members, in order', () => {
  const text = 'Japan, South Korea and the United States condemned the launch.';
  const r = run(text, [
    'Japan/PROPN/9/nsubj ,/PUNCT/3/punct South/PROPN/1/conj Korea/PROPN/3/flat and/CCONJ/7/cc the/DET/7/det United/PROPN/1/conj States/PROPN/7/flat condemned/VERB/0/root the/DET/11/det launch/NOUN/9/obj ./PUNCT/9/punct',
  ]);
  assert.equal(r.bySentence[0].length, 1);
  const g = r.bySentence[0][0];
  assert.deepEqual(g.members?.map((m) => m.code), ['JPN', 'KOR', 'USA']);
  assert.equal(g.first, 0);
  assert.equal(g.last, 7);
  assert.equal(g.code, null);
  const group = actorOf(r, g);
  assert.equal(group.kind, 'group');
  // Members are actors of their own, listed before the group.
  assert.deepEqual(r.actors.map((a) => a.code), ['JPN', 'KOR', 'USA', null]);
  assert.deepEqual(r.actors.map((a) => a.id), ['a1', 'a2', 'a3', 'a4']);
});

test('compound actors from a chained conj list keep the last member', () => {
  // The parser may hang the last conjunct under the one before it ("South Korea and the United States").
  const text = 'Japan, South Korea and the United States condemned the launch.';
  const r = run(text, [
    'Japan/PROPN/9/nsubj ,/PUNCT/3/punct South/PROPN/1/conj Korea/PROPN/3/flat and/CCONJ/7/cc the/DET/7/det United/PROPN/3/conj States/PROPN/7/flat condemned/VERB/0/root the/DET/11/det launch/NOUN/9/obj ./PUNCT/9/punct',
  ]);
  assert.equal(r.bySentence[0].length, 1);
  assert.deepEqual(r.bySentence[0][0].members?.map((m) => m.code), ['JPN', 'KOR', 'USA']);
});

test('an agent "in" conjoined states is one agent per state', () => {
  const text = 'Troops in Japan and Russia withdrew.';
  const r = run(text, [
    'Troops/NOUN/6/nsubj/NNS in/ADP/3/case Japan/PROPN/1/nmod and/CCONJ/5/cc Russia/PROPN/3/conj withdrew/VERB/0/root ./PUNCT/6/punct',
  ]);
  assert.equal(r.bySentence[0].length, 1);
  assert.deepEqual(r.bySentence[0][0].members?.map((m) => m.code), ['JPNMIL', 'RUSMIL']);
});

test('a compound dictionary entry expands to its members, also inside a conj list', () => {
  const alone = run('Benelux condemned the launch.', ['Benelux/PROPN/2/nsubj condemned/VERB/0/root the/DET/4/det launch/NOUN/2/obj ./PUNCT/2/punct']);
  assert.deepEqual(alone.bySentence[0][0].members?.map((m) => m.code), ['BEL', 'NLD', 'LUX']);
  const text = 'Japan and Benelux condemned the launch.';
  const r = run(text, ['Japan/PROPN/4/nsubj and/CCONJ/3/cc Benelux/PROPN/1/conj condemned/VERB/0/root the/DET/6/det launch/NOUN/4/obj ./PUNCT/4/punct']);
  assert.equal(r.bySentence[0].length, 1);
  assert.deepEqual(r.bySentence[0][0].members?.map((m) => m.code), ['JPN', 'BEL', 'NLD', 'LUX']);
});

test('a role phrase beats an undated default role of a known person', () => {
  // SHINZO_ABE_ has dated JPNGOV roles and an undated JPNELI default; none is dated to these documents.
  const text = 'Prime Minister Shinzo Abe said so.';
  const spec = ['Prime/PROPN/2/compound Minister/PROPN/3/compound Shinzo/PROPN/5/nsubj Abe/PROPN/3/flat said/VERB/0/root so/ADV/5/advmod ./PUNCT/5/punct'];
  for (const date of [null, '2026-03-01']) {
    const r = run(text, spec, date);
    const m = at(r, 0, 2);
    assert.equal(m.code, 'JPNGOV', `date ${date}: ${JSON.stringify(m)}`);
  }
});

test('conjoined owners before an agent are one agent per state', () => {
  const text = 'Japanese and Russian troops withdrew.';
  const r = run(text, ['Japanese/ADJ/4/amod and/CCONJ/3/cc Russian/ADJ/1/conj troops/NOUN/5/nsubj/NNS withdrew/VERB/0/root ./PUNCT/5/punct']);
  assert.equal(r.bySentence[0].length, 1);
  assert.deepEqual(r.bySentence[0][0].members?.map((m) => m.code), ['JPNMIL', 'RUSMIL']);
});

test('an owned role before a known name: coordinated adjectives bridge, the owner gives the code', () => {
  // As in PETRARCH, the first actor of the phrase wins over the name's own dictionary code.
  const text = "Russia's awful and evil foreign minister Shinzo Abe said so.";
  const r = run(text, [
    "Russia/PROPN/9/nmod:poss 's/PART/1/case awful/ADJ/8/amod and/CCONJ/5/cc evil/ADJ/3/conj foreign/ADJ/8/amod minister/NOUN/9/nmod:desc Shinzo/PROPN/11/nsubj Abe/PROPN/9/flat said/VERB/0/root so/ADV/11/advmod ./PUNCT/11/punct",
  ]);
  assert.equal(r.bySentence[0].length, 1);
  const m = r.bySentence[0][0];
  assert.equal(m.code, 'RUSGOV');
  assert.equal(m.first, 0);
  assert.equal(m.last, 8);
});

test('mentions are sorted by first word and every actor id is unique', () => {
  const text = 'China and Australia met in Tokyo. Beijing said the UN should help.';
  const r = run(text, [
    'China/PROPN/4/nsubj and/CCONJ/3/cc Australia/PROPN/1/conj met/VERB/0/root in/ADP/6/case Tokyo/PROPN/4/obl ./PUNCT/4/punct',
    'Beijing/PROPN/2/nsubj said/VERB/0/root the/DET/4/det UN/PROPN/6/nsubj should/AUX/6/aux help/VERB/2/ccomp ./PUNCT/2/punct',
  ]);
  for (const ms of r.bySentence) for (let i = 1; i < ms.length; i++) assert.ok(ms[i - 1].first <= ms[i].first);
  const ids = r.actors.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length);
  const beijing = at(r, 1, 0);
  const china = at(r, 0, 0).members?.[0];
  assert.equal(beijing.actor, china?.actor, 'Beijing (metonym) and China are one state actor');
  const un = at(r, 1, 3);
  assert.equal(un.code, 'IGOUNO');
  assert.equal(un.country, null);
  assert.equal(actorOf(r, at(r, 0, 5)).kind, 'location');
});

test('tree builder keeps offsets of the text', () => {
  const s = tree('Japan  spoke.', 'Japan/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct');
  assert.deepEqual([...s.start], [0, 7, 12]);
});

test('a pronoun is not a co-argument of its own verb; compound members answer "the two countries"', () => {
  const text = 'Tokyo and Seoul agreed. China said the two countries harmed it.';
  const r = run(text, [
    'Tokyo/PROPN/4/nsubj and/CCONJ/3/cc Seoul/PROPN/1/conj agreed/VERB/0/root ./PUNCT/4/punct',
    'China/PROPN/2/nsubj said/VERB/0/root the/DET/5/det two/NUM/5/nummod countries/NOUN/6/nsubj/NNS harmed/VERB/2/ccomp it/PRON/6/obj ./PUNCT/2/punct',
  ]);
  const pair = at(r, 1, 4);
  assert.deepEqual(pair.members?.map((m) => m.code), ['JPN', 'KOR']);
  assert.equal(pair.actor, at(r, 0, 0).actor, 'the same group actor as "Tokyo and Seoul"');
  const it = at(r, 1, 6);
  assert.equal(it.code, 'CHN', '"it" is China, not a member of the subject pair');
});

test('the agent a state absorbed stays an antecedent of "the country"', () => {
  const text = "Japan's army moved. The country's navy followed.";
  const r = run(text, [
    "Japan/PROPN/3/nmod:poss 's/PART/1/case army/NOUN/4/nsubj moved/VERB/0/root ./PUNCT/4/punct",
    "The/DET/2/det country/NOUN/4/nmod:poss 's/PART/2/case navy/NOUN/5/nsubj followed/VERB/0/root ./PUNCT/5/punct",
  ]);
  assert.equal(at(r, 0, 2).code, 'JPNMIL');
  // NAVY is not in the fixture agents: "the country" itself is the mention, coded JPN.
  assert.equal(at(r, 1, 1).code, 'JPN');
  assert.match(at(r, 1, 1).rule, /^coref:the-country/);
});

test('agents: an agent written before its state ([NGO~]) owns the state right after it', () => {
  const a = run('Amnesty Japan protested.', ['Amnesty/PROPN/2/compound Japan/PROPN/3/nsubj protested/VERB/0/root ./PUNCT/3/punct']);
  assert.equal(at(a, 0, 1).code, 'NGOJPN');
  assert.equal(at(a, 0, 1).first, 0);
});
