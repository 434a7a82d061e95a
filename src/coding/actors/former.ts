/**
 * A role held in the past: "former security officials", "ex-defence ministers". CAMEO codes former
 * officials as elites (ELI), not as the government, army or police they served in; the body they
 * served keeps its place in the code ("former White House officials" USAGOVELI, "former Japanese
 * police officers" JPNELI).
 */
import type { SentenceView } from './units.js';

const PAST = new Set(['former', 'ex']);

/** True when the agent noun at `head` has "former" (or "ex") as an adjectival modifier. */
export function heldFormerly(v: SentenceView, head: number): boolean {
  return v.children[head].some((c) => v.s.deprel[c] === 'amod' && PAST.has(v.s.words[c].toLowerCase()));
}

/** The agent code of a former holder: a country's elite (~ELI), or ELI after a body's own code. */
export const FORMER_AGENT = '~ELI';

export function formerCode(owner: string): string {
  return owner.endsWith('ELI') ? owner : owner + 'ELI';
}
