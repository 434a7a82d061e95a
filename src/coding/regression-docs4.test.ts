/**
 * Regression suite from whole documents coded end to end in session 14 (a translated Chinese
 * commentary on Japan, a UN Security Council meeting summary, a live blog with time-stamped entries,
 * an India-Pakistan border-clash report, a Latin American election-crisis story and a ministry press
 * release), each text in our own words with the exact events it must give (regression-cases.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cases, codeText } from './regression-cases.js';

cases('a live blog\'s time stamp opening a line ("08:15 GMT -", "2:05 p.m. ET:") is a segment of its own, no actor', [
  // "GMT" was an unknown organisation, the source of the entry's event.
  ['08:15 GMT - Israeli jets struck several villages in southern Lebanon overnight.\n\n09:40 GMT - Lebanese Prime Minister Nawaf Salam condemned the Israeli attacks.', [
    'ISR LBNCVL 195 actual author 2026-03-05', 'LBNGOV ISR 111 actual author 2026-03-05']],
  ['2:05 p.m. ET: The Pentagon said it had sent more troops to Poland.', ['USAMIL POL 062 actual reported 2026-03-05']],
]);

test('a live blog\'s time stamps give no actor', () => {
  const doc = codeText('Thursday, March 5\n\n08:15 GMT - Israeli jets struck villages in southern Lebanon.\n\n09:02 GMT - Hezbollah fired rockets at Israel.');
  assert.deepEqual(doc.actors.filter((a) => /GMT|08|09/.test(a.text)), []);
  assert.equal(doc.sentences.length, 5);
});

cases('a subject\'s conjunct is no side of "both sides" ("China and the United States urged both sides")', [
  ['India and Pakistan exchanged fire. Indian Defence Minister Rajnath Singh warned Pakistan. China and the United States urged both sides to exercise restraint.', [
    'IND PAK 193 actual author 2026-03-05', 'PAK IND 193 actual author 2026-03-05', 'INDGOVMIL PAK 130 actual author 2026-03-05',
    'CHN IND 0256 actual author 2026-03-05', 'CHN PAK 0256 actual author 2026-03-05', 'USA IND 0256 actual author 2026-03-05', 'USA PAK 0256 actual author 2026-03-05']],
]);

cases('"deputy" before a role ranks it: a deputy ambassador is government, not police (Phoenix\'s DEPUTY)', [
  ['Russia\'s deputy ambassador Dmitry Polyanskiy said the draft was unbalanced.', ['RUSGOV - 010 actual author 2026-03-05']],
  ['The deputy commander of the Russian army met Chinese officials.', ['RUSMIL CHNGOV 040 actual author 2026-03-05']],
]);

cases('"the representative of France" is France\'s government, and "her country" is hers', [
  ['The representative of France said her country would send aid to Sudan.', ['FRAGOV SDN 033 actual reported 2026-03-05', 'FRAGOV SDN 070 future reported 2026-03-05']],
]);

cases('a conjunct of a reported clause whose object pronoun can only be that clause\'s subject is the speaker\'s act', [
  // The RSF accused themselves.
  ['The representative of the United Kingdom said the Rapid Support Forces had besieged the city and accused them of targeting hospitals.', [
    'GBRGOV SDNREB 1123 actual author 2026-03-05', 'SDNREB - 191 actual reported 2026-03-05']],
  ['The representative of the United Kingdom said the Rapid Support Forces had besieged the city for months and accused them of targeting hospitals.', [
    'GBRGOV SDNREB 1123 actual author 2026-03-05', 'SDNREB - 191 actual reported 2026-03-05']],
  // "them" has another antecedent in the clause (the villages): the conjunct stays the army's.
  ['The spokesman said the army shelled the villages and burned them.', ['- - 194 actual reported 2026-03-05']],
]);

cases('a part of a named day ("early on Wednesday", "on Monday night") is that day', [
  ['Pakistani troops opened fire on Indian posts early on Wednesday.', ['PAKMIL IND 193 actual author 2026-03-04']],
  ['Israel struck Gaza on Monday night.', ['ISR PSEGZA 190 actual author 2026-03-02']],
]);

cases('export controls expanded or imposed are sanctions (163); the participle before a compound is the past tense', [
  // "expanded" was read as a participle of "export controls", "controls" the verb (030).
  ['Japan expanded export controls on chips to China.', ['JPN CHN 163 actual author 2026-03-05']],
  // A past month: the event has no day.
  ['Last month, Japan expanded export controls on semiconductor equipment to China.', ['JPN CHN 163 actual author ']],
]);

cases('contributing to a tension is no aid (070); contributing to peacekeeping still is', [
  ['Japan itself has contributed to the tension.', []],
  ['Japan contributed to the peacekeeping mission.', ['JPN - 074 actual author 2026-03-05']],
]);

cases('humanitarian aid promised is an intent to give it (0333)', [
  ['France promised humanitarian aid to Lebanon.', ['FRA LBN 0333 actual author 2026-03-05']],
]);

cases('a participle clause with no subject of its own happened when its verb did ("annulled ... on Wednesday, citing ...")', [
  ['Bolivia\'s Supreme Electoral Tribunal annulled the results on Wednesday, citing irregularities in polling stations.', ['BOLJUD - 010 actual author 2026-03-04']],
  ['Israeli forces shelled villages on Monday, killing two civilians.', ['ISRMIL ISRCVL 194 actual author 2026-03-02', 'ISRMIL ISRCVL 202 actual author 2026-03-02']],
]);

cases('a place inside what is discussed is no party to the talk ("discussed the crisis in Sudan")', [
  ['Wang Yi and Marco Rubio discussed the crisis in Sudan.', ['CHNGOV USAGOV 040 actual author 2026-03-05', 'USAGOV CHNGOV 040 actual author 2026-03-05']],
  ['The Indonesian foreign minister discussed the situation in Myanmar.', ['IDNGOV - 046 actual author 2026-03-05']],
  ['Indonesia discussed the situation in Myanmar with Vietnam.', ['IDN VNM 046 actual author 2026-03-05', 'VNM IDN 046 actual author 2026-03-05']],
]);

cases('a clause after ", and" with a subject of its own is a coordinate clause, not the complement of the verb before', [
  // Russia "voted" China and Algeria (030): "abstained" was a ccomp of "voted", the stranded "against" China's.
  ['Eleven members voted in favour, Russia voted against, and China, Pakistan and Algeria abstained.', ['RUS - 110 actual author 2026-03-05']],
]);

cases('a participle aside after the subject ("X, speaking on behalf of ..., called on ...") leaves the main verb the main verb', [
  ['The envoy, speaking on behalf of the African members, urged Sudan to accept a ceasefire.', ['- SDN 0256 actual author 2026-03-05']],
  ['The minister, speaking to reporters in Cairo, accused Ethiopia of violating the agreement.', ['- ETH 112 actual author 2026-03-05']],
]);

cases('a closing tag\'s verb that took the story\'s nouns before its comma as more subjects gives them back: the story is reported', [
  // The strike had no object ("villages" a subject of "reported") or no predicate ("struck" a modifier of "jets").
  ['Israeli jets struck several villages in southern Lebanon overnight, Lebanon\'s state news agency NNA reported.', ['ISR LBNCVL 195 actual reported 2026-03-05']],
  ['Israeli jets struck several villages in southern Lebanon, Lebanon\'s state news agency reported.', ['ISR LBNCVL 195 actual reported 2026-03-05']],
]);

test('the agency of a closing tag is the strike\'s speaker', () => {
  const doc = codeText('Israeli jets struck several villages in southern Lebanon, Lebanon\'s state news agency reported.');
  assert.equal(doc.events[0]?.attribution.speaker?.code, 'LBNGOVMED', 'a state news agency');
});
