/**
 * Regression suite on the shipped model and dictionaries (continued from regression.test.ts):
 * general behaviours found on the PLOVER gold's dev half, each text (our own words) with the exact
 * events it must give (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('a partitive object stands for its of-phrase: capturing "part of a stronghold" is taking the stronghold (192), not TAKE\'s "take part" (030)', [
  ['Sudanese troops captured part of a rebel stronghold near the border.', ['SDNMIL - 192 actual author 2026-03-05']],
  ['Russian forces have taken parts of the city of Bakhmut.', ['RUSMIL - 192 actual author 2026-03-05']],
]);

cases('"the Emirates" is the United Arab Emirates (a bare "Emirates" stays unknown: the airline)', [
  ['Oman hosted talks between the Emirates and Qatar.', ['OMN ARE 039 actual author 2026-03-05', 'OMN QAT 039 actual author 2026-03-05']],
]);
