/**
 * CAMEO's demand codes (root 10) mirror its appeal (02) and intent (03) codes: demanding that
 * someone provide aid is 103 as offering aid is 033 and appealing for it 023. This maps the demanded
 * action's code to the code of demanding it: "Britain said Libya must hand over the suspects"
 * (handing over persons, 0842 "return, release persons") is 1053 "demand release of persons".
 * Actions CAMEO has no demand for (threats, force) give the bare 100.
 */
import { intentCode } from './intent.js';

/** Intent (03x) or appeal (02x) suffix -> demand (10x) suffix; CAMEO numbers them alike but for 038/039. */
function fromIntent(intent: string): string {
  if (intent === '039' || intent === '038') return '108';
  return `10${intent.slice(2)}`;
}

export function demandCode(code: string): string {
  if (code.startsWith('02')) return code === '028' ? '108' : `10${code.slice(2)}`;
  if (code.startsWith('03')) return fromIntent(code);
  const intent = intentCode(code);
  return intent && intent.startsWith('03') ? fromIntent(intent) : '100';
}
