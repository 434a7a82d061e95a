/**
 * Regression suite on the shipped model and dictionaries (continued from regression.test.ts):
 * each text in our own words with the exact events it must give (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('a state\'s own forces it sends or deploys are no target: where they go is, if a coded actor names it, else none', [
  ['Britain sent warships to the Red Sea.', ['GBR - 0332 actual author 2026-03-05']],
  ['Britain sent warships to Yemen.', ['GBR YEM 0332 actual author 2026-03-05']],
  ['Russia sent troops.', ['RUS - 062 actual author 2026-03-05']],
]);
