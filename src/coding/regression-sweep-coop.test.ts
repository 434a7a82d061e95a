/**
 * Regression suite on the shipped model and dictionaries: a coverage sweep over the cooperative CAMEO
 * roots (02 appeal to 09 investigate), each text with the exact events it must give (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('a reporting verb with no reported clause ("declared a ceasefire") is read as its own act, not searched for an obligation', [
  ['Israel and Hezbollah declared a ceasefire on Wednesday.', ['ISR LBNREB 0871 actual author 2026-03-04', 'LBNREB ISR 0871 actual author 2026-03-04']],
]);
