import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCitedSources, citationMatcher } from './cited.js';
import { loadOutlets, buildOutletTable } from './outlets.js';

const matcher = citationMatcher(loadOutlets());
const PUB = '2026-02-05'; // a Thursday

const commentary = `Japan's Prime Minister Takahashi Kenji said on Tuesday that Tokyo would "stand firm", Kyodo News reported on March 3.
According to a Reuters report on Feb. 2, talks with Beijing had stalled. Yonhap said on Tuesday that Seoul would send an envoy.
Citing the Financial Times, the paper said sanctions were likely. A Xinhua report dated January 30 struck a calmer tone.
On Monday, the Asahi Shimbun reported that the cabinet was divided. The Kyiv Post reported on the 5th that shelling resumed.
Original: https://example.com/news/2026/02/05/1234/`;

test('known outlets with dates resolved against publication', () => {
  const got = findCitedSources(commentary, PUB, matcher).map((c) => [c.name, c.date]);
  assert.deepEqual(got, [
    ['Kyodo News', '2025-03-03'],
    ['Reuters', '2026-02-02'],
    ['Yonhap', '2026-02-03'],
    ['Financial Times', null],
    ['Xinhua', '2026-01-30'],
    ['Asahi Shimbun', '2026-02-02'],
    ['Kyiv Post', '2026-02-05'],
  ]);
});

test('spans cover the citation and its date; the name span covers the name', () => {
  const [kyodo, reuters] = findCitedSources(commentary, PUB, matcher);
  assert.equal(commentary.slice(...kyodo.span), 'Kyodo News reported on March 3');
  assert.equal(commentary.slice(...kyodo.nameSpan), 'Kyodo News');
  assert.equal(kyodo.dateText, 'on March 3');
  assert.equal(commentary.slice(...reuters.span), 'According to a Reuters report on Feb. 2');
  assert.equal(reuters.known, true);
});

test('unknown outlets: publication-like names, or names the text calls the author of a report', () => {
  const text = 'According to a report by Example Monitor Group, prices rose. The Manila Standard reported the deal. ' +
    'Prime Minister Kishida said on Monday the deal was done. Economists said growth slowed. He told CNN that.';
  const got = findCitedSources(text, PUB, matcher);
  assert.deepEqual(got.map((c) => [c.name, c.known]), [['Example Monitor Group', false], ['Manila Standard', false], ['CNN', true]]);
});

test('wire credits and aliases map to canonical names; no date without a publication date', () => {
  const got = findCitedSources('GENEVA (Reuters) - Talks resumed. AP reported on Tuesday that the People’s Daily said so.', null, matcher);
  assert.deepEqual(got.map((c) => [c.name, c.date]), [['Reuters', null], ['Associated Press', null], ["People's Daily", null]]);
});

test('works with a custom outlet table', () => {
  const m = citationMatcher(buildOutletTable([{ name: 'Ledger', kind: 'newspaper', country: null, aliases: ['The Daily Ledger'] }]));
  const got = findCitedSources('The Daily Ledger reported on Tuesday that the border was closed.', PUB, m);
  assert.deepEqual(got.map((c) => [c.name, c.date]), [['Ledger', '2026-02-03']]);
});

test('an outlet name inside a longer name is no citation', () => {
  const found = (t: string) => findCitedSources(t, PUB, matcher).map((c) => c.name);
  assert.deepEqual(found('The Philippine Department of Foreign Affairs said on Monday that talks would resume.'), []);
  assert.deepEqual(found('Foreign Affairs reported on Monday that talks would resume.'), ['Foreign Affairs']);
});

test('an unknown outlet the text calls a report\'s author ("according to an X report on the 1st") is cited, with the report\'s date', () => {
  const text = 'According to an Addis Standard Online report on the 1st, the dam was full. According to a Nile Monitor report on Monday, talks stalled.';
  assert.deepEqual(findCitedSources(text, PUB, matcher).map((c) => [c.name, c.date]), [
    ['Addis Standard Online', '2026-02-01'], ['Nile Monitor', '2026-02-02'],
  ]);
});
