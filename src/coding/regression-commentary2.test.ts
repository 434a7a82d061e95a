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
