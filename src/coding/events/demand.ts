/**
 * A reported obligation is a demand: in "Britain said Libya must hand over the suspects" the speaker
 * demands something of the clause's subject, and that demand happened (CAMEO 10x, see
 * src/cameo/demand.ts), while the handing over stays unrealised (its own event is `speculative`).
 * Obligation is "must", "should", "ought to", "has to", "needs to" on the reported clause; the
 * speaker must be an actor other than the subject ("Japan said it must act" is a statement of its
 * own intent, not a demand).
 */
import type { ActorMention } from '../actors/types.js';
import type { RawAttribution } from './attribution.js';
import { chainOf } from './modality.js';
import type { Tree } from './tree.js';

const OBLIGATION_AUX = new Set(['must', 'should', 'ought']);
const OBLIGATION_VERBS = new Set(['have', 'has', 'had', 'need', 'needs', 'needed']);

/** The speaker who demands the event of its source, or null. */
export function demandedBy(t: Tree, modalFrom: number, attribution: RawAttribution, source: ActorMention | null): ActorMention | null {
  const speaker = attribution.speaker;
  if (!source || attribution.voice !== 'reported' || !speaker || speaker.code === null) return null;
  if (speaker.actor === source.actor) return null;
  return isObligation(t, modalFrom) ? speaker : null;
}

/** True when verb v's clause chain carries an obligation ("must reach", "should stop", "has to leave"). */
export function isObligation(t: Tree, v: number): boolean {
  const chain = chainOf(t, v);
  const aux = chain.some((k) => t.kids[k].some((c) => t.base(c) === 'aux' && OBLIGATION_AUX.has(t.lower(c))));
  if (aux || chain.some((k, i) => i > 0 && OBLIGATION_VERBS.has(t.lower(k)) && t.base(chain[i - 1]) === 'xcomp')) return true;
  // The reported clause headed by the obligation verb itself: "said China has to explain ...".
  return OBLIGATION_VERBS.has(t.lower(v)) && t.kids[v].some((c) => t.base(c) === 'xcomp' && t.kids[c].some((m) => t.base(m) === 'mark' && t.lower(m) === 'to'));
}
