/**
 * Regression suite on the shipped model and dictionaries: constructions met in commentary and wire
 * documents of session 12, each text in our own words with the exact events it must give
 * (regression-cases.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cases, codeText } from './regression-cases.js';

cases('a possessive pronoun finds the nearest fitting subject in word order, not an earlier pronoun that borrowed a subject', [
  // The second "its" was the first one's United States, which became the target of South Korea's spending.
  ['If the United States withdraws part of its troops, South Korea may be forced to expand its own military spending.', ['KOR - 154 hypothetical author 2026-03-05', 'USA - 0874 hypothetical author 2026-03-05']],
]);

test('the second possessive of a sentence refers to the subject of its own clause', () => {
  const doc = codeText('If the United States withdraws part of its troops, South Korea may be forced to expand its own military spending.');
  const korea = doc.actors.find((a) => a.code === 'KOR');
  assert.ok(korea);
  assert.equal(korea.mentions.length, 2, 'South Korea and the second "its"');
});

cases('the forces a state withdraws, pulls out or recalls are its own, no target of the retreat', [
  ['The United States withdrew its troops.', ['USA - 0874 actual author 2026-03-05']],
  ['If the United States withdraws its troops, Seoul will protest.', ['KOR - 140 hypothetical author 2026-03-05', 'USA - 0874 hypothetical author 2026-03-05']],
  ['Mali withdrew troops from the border.', ['MLI - 0874 actual author 2026-03-05']],
  // Where they leave is the target.
  ['France pulled its soldiers out of Mali last year.', ['FRA MLI 0874 actual author ']],
]);

test('outlets and vessels named by agent nouns are organisations, not persons', () => {
  const doc = codeText("North Korea's state media criticised Seoul. Iran's state television said Tehran had seized a tanker.");
  const kinds = Object.fromEntries(doc.actors.map((a) => [a.text, a.kind]));
  assert.equal(kinds["North Korea's state media"], 'organization');
  assert.equal(kinds["Iran's state television"], 'organization');
  assert.equal(kinds['tanker'], 'organization');
});

cases('"reported on November 20 that ...": the clause after a date is what the agency reported, and a named state\'s coast guard vessel is its coast guard', [
  // November 20 on or before the 2026-03-05 publication date is in 2025.
  ['Xinhua reported on November 20 that a Chinese coast guard vessel had expelled a Philippine supply boat.', ['CHNMIL PHL 174 actual reported 2025-11-20']],
  ['The Tamil Tigers attacked a Sri Lankan navy ship.', ['LKAREB LKAMIL 190 actual author 2026-03-05']],
]);

cases('a pattern naming a phrase\'s preposition beats one naming its noun bare ("called on its partners" appeals; it does not call them partners)', [
  ['Kyiv called on its Western partners to supply more air defence systems.', ['UKR - 021 actual author 2026-03-05']],
  ['Poland\'s foreign ministry called the United States a reliable partner.', ['POLGOV USA 013 actual author 2026-03-05']],
]);

cases('victims of a state\'s forces are the people of the other state the sentence names, not the attacker\'s', [
  ['Ukraine accused Russian forces of shelling the city of Kherson overnight, killing two civilians.', [
    'RUSMIL UKR 194 speculative author 2026-03-05', 'RUSMIL UKRCVL 194 speculative author 2026-03-05', 'UKR RUSMIL 111 actual author 2026-03-05',
  ]],
  // With no other state named, a state's forces may kill its own civilians.
  ['Syrian forces shelled the town, killing ten civilians.', ['SYRMIL - 194 actual author 2026-03-05', 'SYRMIL SYRCVL 202 actual author 2026-03-05']],
]);

cases('what is received from an actor is no visit by it; aid received is the giver\'s act', [
  ['Russia had received certain signals from the US side.', []],
  ['Jordan\'s King Abdullah received the Iraqi foreign minister in Amman.', ['JORGOV IRQGOV 043 actual author 2026-03-05']],
  ['Ukraine received weapons from Germany.', ['DEU UKR 072 actual author 2026-03-05']],
]);

cases('a reported clause after a news conference and talks with a counterpart is what the speaker told', [
  ['Lavrov told a news conference after talks with his Turkish counterpart Hakan Fidan that Russia had received military aid from China.', [
    'CHN RUS 072 actual reported 2026-03-05',
  ]],
]);

cases('a capitalised name the tagger reads as an auxiliary ("ECOWAS", as if "-WAS") is the subject', [
  ['ECOWAS called for calm and urged all parties to resolve the dispute through dialogue.', ['IGOWAFWAS - 020 actual author 2026-03-05', 'IGOWAFWAS - 020 actual author 2026-03-05']],
]);

cases('an aside naming a claim its subject disputes ("a charge France has denied") is no reporting tag', [
  ['Mali\'s junta accused Paris of interfering, a charge France has repeatedly denied.', ['FRA - 070 speculative author 2026-03-05', 'MLIGOV FRA 112 actual author 2026-03-05']],
]);

cases('forces named in the overlay: the Philippine Coast Guard is a body ("its ships"), Russia\'s Africa Corps its military; a group\'s camp in a state is that state\'s group', [
  ['The Philippine Coast Guard said Chinese vessels had rammed its ships.', ['CHN PHLMIL 190 actual reported 2026-03-05']],
  ['The Africa Corps attacked a rebel camp in northern Mali.', ['RUSMIL MLIREB 190 actual author 2026-03-05']],
  // "Russia" was a second subject of "attacked" and gave the source: a name marked by "'s" possesses the subject after it.
  ['Russia\'s Africa Corps attacked a rebel camp in northern Mali.', ['RUSMIL MLIREB 190 actual author 2026-03-05']],
]);

cases('a state\'s soldiers an armed group of that state kills are its target, not the group\'s own instrument', [
  ['BAMAKO, Nov 26 (Reuters) - Suspected jihadists killed at least 12 soldiers in an attack on an army post near the border with Burkina Faso, two security sources told Reuters.', ['MLIUAFMUS MLIMIL 190 actual reported 2025-11-26']],
]);

cases('a place the dictionaries leave uncoded is no actor to patterns: missiles fired "into the East Sea" are fired into the sea (150)', [
  ['North Korea fired two ballistic missiles into the East Sea on Monday.', ['PRK - 150 actual author 2026-03-02']],
]);

cases('leaders outside the G20 that wire copy names often are known office holders (officeholders.jsonl)', [
  ['Kenyan President William Ruto met Tinubu in Abuja on Monday.', ['KENGOV NGAGOV 040 actual author 2026-03-02']],
  ['Goita received Tchiani in Bamako.', ['MLIGOV NERGOV 043 actual author 2026-03-05']],
]);
