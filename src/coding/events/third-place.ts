/**
 * A meeting in a third country is CAMEO 044 ("meet at a third location"), not the bare 040: "The
 * Chinese and Australian foreign ministers met in Singapore", "Putin met Erdogan in Tehran". The
 * place is a locative of the meeting verb itself whose country is known and is none of the parties'.
 * Every party's country must be known: a party of unknown country may be at home there.
 */
import type { ActorMention } from '../actors/types.js';
import { type Mentions, membersOf } from './mentions.js';
import type { Tree } from './tree.js';

/** '044' when meeting verb v (code 040) names a place in a country none of its parties is from; else null. */
export function thirdPlaceCode(t: Tree, v: number, code: string | null, mentions: Mentions, source: ActorMention | undefined, target: ActorMention | undefined): string | null {
  if (code !== '040' || !source || !target) return null;
  const parties = [...membersOf(source), ...membersOf(target)];
  if (parties.some((p) => !p.country)) return null;
  for (const k of t.kids[v]) {
    if (t.base(k) !== 'obl') continue;
    const place = mentions.at(k);
    if (!place?.place || !place.country) continue;
    if (parties.every((p) => p.country !== place.country)) return '044';
  }
  return null;
}
