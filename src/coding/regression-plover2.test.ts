/**
 * Regression suite on the shipped model and dictionaries (continued from regression-plover.test.ts):
 * general causes behind failures on the PLOVER gold's dev half, each checked on paraphrases in our
 * own words (other actors, tenses and word orders) with the exact events they must give
 * (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('going back on one\'s own commitment (renege, backtrack, go back on a promise, pledge, deal or agreement) is a rejection, 120 (PLOVER REJECT)', [
  ["Kenya's president has reneged on his commitment to the Kenyan people.", ['KENGOV KENPPL 120 actual author 2026-03-05']],
  ["Ghana's ruling party has gone back on its agreement with the opposition.", ['GHAGOV - 120 actual author 2026-03-05']],
  ['The Nigerian government backtracked on its pledge to cut fuel prices.', ['NGAGOV - 120 actual author 2026-03-05']],
  ['Pakistan went back on its promise to India.', ['PAK IND 120 actual author 2026-03-05']],
]);
