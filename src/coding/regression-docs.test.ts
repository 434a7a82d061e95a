/**
 * Regression suite from commentary-style news documents (an ally reacting to its patron's turn to
 * a rival, often machine-translated; and one wire story): each text in our own words with the exact
 * events it must give (regression-cases.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cases, codeText } from './regression-cases.js';

cases('an inverted "Should" condition whose verb the tagger read as a noun after its subject ("Should the talks collapse") still conditions the main clause', [
  ['Should the negotiations collapse, Britain will impose sanctions on Iran.', ['GBR IRN 163 hypothetical author 2026-03-05']],
  ['Should Caracas shelter the rebels, Bogota would close the border with Venezuela.', ['VEN VENREB 075 hypothetical author 2026-03-05', 'COL VEN 172 hypothetical author 2026-03-05']],
]);

test('an "as the country\'s ..." role with no state subject just before is the state its holder names as a subject, not one named sentences back', () => {
  const doc = codeText('The UN envoy will visit Accra next week. She spoke to reporters on Monday. As the country\'s energy minister, Okoro Tunde said Nigeria would sign the deal with Ghana.');
  const okoro = doc.actors.find((a) => a.text.startsWith('Okoro'));
  assert.equal(okoro?.code, 'NGAGOV');
  const said = doc.events.filter((e) => e.sentence === 2);
  assert.ok(said.length > 0 && said.every((e) => e.attribution.speaker?.code === 'NGAGOV'), said.map((e) => e.attribution.speaker?.code).join());
});
