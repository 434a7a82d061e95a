/**
 * Regression suite on the shipped model and dictionaries: a coverage sweep over the cooperative CAMEO
 * roots (02 appeal to 09 investigate), each text with the exact events it must give (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('a reporting verb with no reported clause ("declared a ceasefire") is read as its own act, not searched for an obligation', [
  ['Israel and Hezbollah declared a ceasefire on Wednesday.', ['ISR LBNREB 0871 actual author 2026-03-04', 'LBNREB ISR 0871 actual author 2026-03-04']],
]);

cases('freeing or releasing people is releasing persons (0841); returning seized or looted things is returning property (0842)', [
  ['Russia freed an American journalist.', ['RUS USAMED 0841 actual author 2026-03-05']],
  ['The rebels released three Turkish workers on Sunday.', ['- TURLAB 0841 actual author 2026-03-01']],
  ['Britain returned the looted bronzes to Nigeria.', ['GBR NGA 0842 actual author 2026-03-05']],
  ['North Korea handed back the remains of US soldiers.', ['PRK USAMIL 0841 actual author 2026-03-05']],
  ['Syrian refugees returned to Syria.', []],
  ['Iran released a statement on Syria.', ['IRN SYR 010 actual author 2026-03-05']],
]);
