/**
 * Regression suite from commentary-style news documents (an ally reacting to its patron's turn to
 * a rival, often machine-translated; and one wire story): each text in our own words with the exact
 * events it must give (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('an inverted "Should" condition whose verb the tagger read as a noun after its subject ("Should the talks collapse") still conditions the main clause', [
  ['Should the negotiations collapse, Britain will impose sanctions on Iran.', ['GBR IRN 163 hypothetical author 2026-03-05']],
  ['Should Caracas shelter the rebels, Bogota would close the border with Venezuela.', ['VEN VENREB 075 hypothetical author 2026-03-05', 'COL VEN 172 hypothetical author 2026-03-05']],
]);
