/**
 * Announced intent: when an actor itself says it will do something, the announcement is an event
 * that happened (CAMEO 03x "express intent to ...", 13x "threaten ..."), besides the announced action,
 * which stays `future` and uncounted. Two shapes count as the source's own announcement:
 *   - a commitment word governs the action: "Syria offered to withdraw", "Norway is willing to send",
 *     "Japan pledged to provide aid";
 *   - a future auxiliary ("will", "would") in a clause reported by a speaker of the source's own
 *     state: "Finland will give Tanzania a grant, the Finnish finance ministry said";
 *   - the same in the author's voice in a news report or press release, where "Turkey will allow
 *     refugees to return" reports the actor's announced plan (wire style drops the "said").
 * A condition on the action ("threatened to attack unless ...", "would meet him if ...") leaves the
 * announcement made; an announcement inside a condition ("if Iran agrees to talk, ...") is none.
 * A commentator's or a third party's prediction ("Washington will put its interests first" in an
 * opinion piece, "Russia will attack, analysts said") is none of these.
 */
import type { ActorMention } from '../actors/types.js';
import type { Genre } from '../types.js';
import type { RawAttribution } from './attribution.js';
import type { Mentions } from './mentions.js';
import { chainOf, FUTURE_AUX, isCondition, type ModalityResult } from './modality.js';
import { subjectWord } from './roles.js';
import type { Tree } from './tree.js';

const COMMITMENT = new Set([
  'agree', 'agrees', 'agreed', 'agreeing', 'offer', 'offers', 'offered', 'offering', 'promise', 'promises', 'promised', 'pledge', 'pledges', 'pledged',
  'vow', 'vows', 'vowed', 'commit', 'commits', 'committed', 'willing', 'ready', 'prepared', 'plan', 'plans',
  'planned', 'planning', 'intend', 'intends', 'intended', 'decide', 'decides', 'decided', 'threaten', 'threatens',
  'threatened',
]);
const REPORTING_GENRES = new Set<Genre>(['news', 'press-release']);

/** A verb or adjective committing its subject to what it governs ("agreed to", "offered to"). */
export function isCommitment(t: Tree, k: number): boolean {
  return COMMITMENT.has(t.lower(k));
}

/** Why the event's source announced it itself, or null when the future event is only a prediction. */
export function announcedIntent(
  t: Tree, modalFrom: number, modality: ModalityResult, attribution: RawAttribution, source: ActorMention | null,
  genre: Genre = 'unknown',
): string | null {
  if (!source) return null;
  const chain = chainOf(t, modalFrom);
  const word = governorsOf(t, chain).find((k) => COMMITMENT.has(t.lower(k))) ?? ownPledge(t, chain, attribution, source);
  // A conditional threat or offer is still made: "Iran threatened to attack unless Iraq accepted",
  // "the rebels said they would meet the mediator if ..." (the condition is on the action, and the
  // announcement is no part of any condition).
  const conditional = modality.modality === 'hypothetical' && !insideCondition(t, word ?? modalFrom);
  if (modality.modality !== 'future' && !conditional) return null;
  const on = conditional ? ' (on a condition)' : '';
  if (word !== undefined) return `committed by "${t.s.words[word]}"${on}`;
  const future = chain.some((k) => t.kids[k].some((c) => t.base(c) === 'aux' && (FUTURE_AUX.has(t.lower(c)) || t.lower(c) === 'would')));
  const speaker = attribution.speaker;
  if (future && attribution.voice === 'reported' && speaker && ownSide(t, speaker, source)) return `announced by its own side ("${t.s.words[speaker.head]}")${on}`;
  // The journalist's own voice, or a wire's with no speaker named ("ANKARA (Reuters) - Turkey will ...").
  // Only with "will": "If the sanctions are approved, they would target gas exports" is the writer's
  // own reckoning of what would follow, no plan anyone announced.
  const journalist = attribution.voice === 'author' || (!speaker && attribution.outlet !== null);
  const will = chain.some((k) => t.kids[k].some((c) => t.base(c) === 'aux' && FUTURE_AUX.has(t.lower(c))));
  if (will && journalist && REPORTING_GENRES.has(genre)) return `a plan reported in a ${genre} text${on}`;
  return null;
}

/**
 * Whom a conditional threat or offer is aimed at when its action names no one: the subject of the
 * condition ("Russia threatened to stop the talks if the United States deploys missiles").
 */
export function conditionSubject(t: Tree, modalFrom: number, mentions: Mentions, source: ActorMention | null): ActorMention | undefined {
  const chain = chainOf(t, modalFrom);
  for (const k of [...chain, ...governorsOf(t, chain)]) {
    for (const c of t.kids[k]) {
      if (!isCondition(t, c)) continue;
      const m = mentions.forSubtree(t, subjectWord(t, c).word);
      if (m && m.actor !== source?.actor) return m;
    }
  }
  return undefined;
}

/** True when word k is in a condition clause ("if Iran agrees to talk, ..."), at any depth. */
function insideCondition(t: Tree, k: number): boolean {
  for (let h = k, guard = 0; h >= 0 && guard <= t.n; h = t.head(h), guard++) if (isCondition(t, h)) return true;
  return false;
}

/**
 * The speaker is of the source's side: the same actor, or of its state by what the text says of
 * the speaker ("the Finnish finance ministry", "a spokesman for the Japanese government", "the
 * country's deputy foreign minister"). A bare "a senior official" or "officials", given the country
 * of the clause it reports, is no evidence that the source announced it.
 */
function ownSide(t: Tree, speaker: ActorMention, source: ActorMention): boolean {
  if (speaker.actor === source.actor) return true;
  if (speaker.country === null || speaker.country !== source.country) return false;
  const bare = speaker.rule.includes('agent-country:reported-subject') &&
    !t.kids[speaker.head].some((c) => /^(nmod|appos|flat)/.test(t.rel(c)) || (t.base(c) === 'det' && t.lower(c) === 'the'));
  return !bare;
}

/** Verbs of threatening; warning that one will act is threatening to (CAMEO's WARN default is 130). */
const THREAT = new Set(['threaten', 'threatens', 'threatened', 'threatening', 'warn', 'warns', 'warned', 'warning']);

/**
 * An own side's announcement that it will not do something (a future auxiliary under the negation:
 * "police will no longer tolerate rallies", the security chief warned; "Israel will not free the
 * prisoners", its minister said) is a refusal made now, announced as announcedIntent says; null
 * when the negated act is no announcement of the source's own side.
 */
export function announcedRefusal(
  t: Tree, modalFrom: number, modality: ModalityResult, attribution: RawAttribution, source: ActorMention | null,
  genre: Genre = 'unknown',
): string | null {
  if (modality.modality !== 'negated') return null;
  const chain = chainOf(t, modalFrom);
  const future = chain.some((k) => t.kids[k].some((c) => t.base(c) === 'aux' && (FUTURE_AUX.has(t.lower(c)) || t.lower(c) === 'would')));
  return future ? announcedIntent(t, modalFrom, { ...modality, modality: 'future' }, attribution, source, genre) : null;
}

/** True when a threat verb governs the action ("threatened to halt talks"): its announcement is a threat. */
export function isThreatened(t: Tree, modalFrom: number): boolean {
  const chain = chainOf(t, modalFrom);
  const top = chain[chain.length - 1];
  // "Iran threatened that it would attack": a threat's that-clause too.
  const said = t.base(top) === 'ccomp' && t.head(top) >= 0 ? [t.head(top)] : [];
  return [...governorsOf(t, chain), ...said].some((k) => THREAT.has(t.lower(k)));
}

const REFUSAL = new Set(['refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined', 'declining', 'reject', 'rejects', 'rejected', 'rejecting']);

/** True when v is a refusal verb ("refused", "declined"). */
export function isRefusal(t: Tree, v: number): boolean {
  return REFUSAL.has(t.lower(v));
}

/** The refusal verb governing the action ("refused to meet", "declined to lift"), or -1. */
export function refusedBy(t: Tree, modalFrom: number): number {
  return governorsOf(t, chainOf(t, modalFrom)).find((k) => REFUSAL.has(t.lower(k))) ?? -1;
}

/**
 * The words governing an action: the verbs above it in its clause chain (chainOf, the action first)
 * and, when the chain's top is an xcomp, the word it completes ("is willing to send").
 */
function governorsOf(t: Tree, chain: readonly number[]): number[] {
  const top = chain[chain.length - 1];
  return [...chain.slice(1), ...(t.head(top) >= 0 && t.base(top) === 'xcomp' ? [t.head(top)] : [])];
}

const PLEDGE = /^(vow|pledg|promis|threaten)(s|es|ed|d|ing|e)?$/;

/**
 * "Japan vowed that it would retaliate": a vow, pledge, promise or threat whose that-clause says what its
 * speaker itself will do commits the speaker as "vowed to retaliate" does. Returns the pledge verb, if any.
 */
function ownPledge(t: Tree, chain: readonly number[], attribution: RawAttribution, source: ActorMention): number | undefined {
  const top = chain[chain.length - 1];
  const h = t.head(top);
  if (h < 0 || t.base(top) !== 'ccomp' || !PLEDGE.test(t.lower(h)) || attribution.speaker?.actor !== source.actor) return undefined;
  return h;
}
