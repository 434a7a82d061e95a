/**
 * CAMEO's appeal codes (root 02) mirror its intent codes (03) digit for digit: appealing for economic
 * cooperation is 0211 as pledging it is 0311, appealing for the easing of sanctions 0254 as promising
 * it 0354. This maps the action appealed for to the code of appealing for it: "Venezuela urged
 * Washington to lift sanctions" (lifting sanctions, 085) is 0254. Appealing for a mediation is 028
 * (CAMEO's 039 "intent to mediate" has no appeal mirror of the same number). Actions CAMEO has no
 * cooperative appeal for (threats, force, verbal acts) give null.
 */
import { intentCode } from './intent.js';

export function appealCode(code: string): string | null {
  const intent = intentCode(code);
  if (!intent || !intent.startsWith('03')) return null;
  if (intent === '039') return '028';
  // Signing an agreement (057 -> 030) is no more specific than a bare appeal.
  if (intent === '030') return null;
  return `02${intent.slice(2)}`;
}
