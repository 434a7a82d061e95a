/**
 * Releasing an actor is releasing persons (CAMEO 0841): "Venezuela released six American oil
 * executives", "Iran freed a French tourist". CAMEO.2.0.txt's RELEASE block lists the people it
 * knows (hostages, prisoners, activists ...); any other released person fell to the verb's own code
 * (RELEASE 084, FREE 080). An actor mention as the verb's direct object is a person or group, never a
 * statement, report or fund, so it settles the reading when no pattern did.
 */
import type { ActorMention } from '../actors/types.js';
import type { VerbMatch } from './match.js';
import type { Tree } from './tree.js';

const RELEASE_VERBS = new Set(['RELEASE', 'FREE', 'LIBERATE', 'SET_FREE']);

/** '0841' when verb v releases the actor that is its direct object and no pattern coded it; else null. */
export function releasedPersons(t: Tree, v: number, m: VerbMatch | null, target: ActorMention | undefined): string | null {
  if (!m || m.pattern !== null || !target) return null;
  if (!RELEASE_VERBS.has(m.entry.lemma.words.join('_').replace(/^\+/, '')) || t.isPassive(v)) return null;
  // The mention may be only a modifier of the object's head ("six American oil executives": American).
  let k = target.head;
  while (t.head(k) >= 0 && t.head(k) !== v && PRENOMINAL.has(t.rel(k))) k = t.head(k);
  return t.head(k) === v && t.base(k) === 'obj' ? '0841' : null;
}

/** Modifiers inside the object's own noun phrase, not phrases attached to it ("a report on Myanmar"). */
const PRENOMINAL = new Set(['amod', 'compound', 'flat']);
