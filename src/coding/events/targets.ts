/**
 * Where a clause's parties come from when its subject and object do not name them: the first actor
 * among the verb's complements (PETRARCH's rule), a purpose infinitive's object, a reported clause's
 * subject, the subject of a governing verb a pattern names; and the parties of a relation noun
 * ("tensions between China and Japan"), which its verb does not act on.
 */
import type { ActorMention } from '../actors/types.js';
import { complementWords } from './match.js';
import type { Mentions } from './mentions.js';
import { caseOf, RELATION_CASE, rolesOf, TALK_ABOUT } from './roles.js';
import { movesForces } from './sending.js';
import { isReportingWord } from './attribution.js';
import type { Tree } from './tree.js';

/** The noun whose between/among phrase holds word w ("tensions" for "China" in "tensions between China and Japan"), or -1. */
export function relationNoun(t: Tree, w: number): number {
  for (let k = w, guard = 0; k >= 0 && guard < t.n; k = t.head(k), guard++) {
    if (t.base(k) === 'nmod' && RELATION_CASE.test(caseOf(t, k))) return t.head(k);
    if (t.base(k) !== 'conj' && t.base(k) !== 'nmod' && k !== w) return -1;
  }
  return -1;
}

/** The subject of a verb governing v (through ccomp, xcomp or conj) that the pattern's words include. */
export function upperSource(t: Tree, v: number, words: readonly number[], mentions: Mentions): ActorMention | undefined {
  for (let k = v, guard = 0; t.head(k) >= 0 && /^(xcomp|ccomp|conj)$/.test(t.base(k)) && guard < t.n; guard++) {
    k = t.head(k);
    if (words.includes(k)) return rolesOf(t, k, mentions).source;
  }
  return undefined;
}

/** PETRARCH's target rule when no object or oblique names one: the first actor after the verb in its complements. */
export function firstComplementActor(t: Tree, v: number, mentions: Mentions, source?: ActorMention, skip?: ActorMention): ActorMention | undefined {
  // "..., according to local residents" names who reports the clause (attribution.ts), not whom it is aimed at.
  const reporter = new Set(t.kids[v].filter((c) => caseOf(t, c).startsWith('according')).flatMap((c) => t.subtreeWords(c)));
  // Whom a speaker tells is the told phrase's head ("told the Turkish minister"), not an actor inside
  // it ("told a news conference after talks with his Turkish counterpart").
  if (isReportingWord(t.lower(v))) {
    for (const c of t.children(v, 'iobj')) for (const w of t.subtreeWords(c)) if (mentions.at(w) !== mentions.at(c)) reporter.add(w);
  }
  let imposer: ActorMention | undefined, place: ActorMention | undefined;
  for (const w of complementWords(t, v)) {
    if (reporter.has(w)) continue;
    const m = mentions.at(w);
    if (!m || !(m.code !== null || (m.members?.length ?? 0) > 1) || m.actor === source?.actor || m.actor === skip?.actor) continue;
    // "Iran gave assurances that its militias would not attack": the source's own agents, acting in a
    // clause of their own, are what it answers for, not whom it acts on.
    if (source && m.rule.includes('agent-country:possessor') && m.country === source.country && inClauseBelow(t, w, v)) continue;
    // "restore UN sanctions on Iran": the actor naming whose sanctions they are is not whom they hit,
    // when another actor follows; with none, it is the only party named.
    if (!imposer && namesMeasure(t, w)) imposer = m;
    // "protested in Tehran in defiance of the Iranian government": where the act happens is its
    // target only when no actor follows it.
    else if (m.place === true && !place) place = m;
    else if (m.actor !== imposer?.actor && m.actor !== place?.actor && !(place && inClauseBelow(t, w, v))) return m;
  }
  // "The ministers discussed the situation in Myanmar": what is talked about is no party to the talk.
  return (place && !TALK_ABOUT.test(t.lower(v)) ? place : undefined) ?? imposer;
}


/** Word w hangs on verb v through a clause of its own ("departs from Libya after crowds trashed ..."). */
function inClauseBelow(t: Tree, w: number, v: number): boolean {
  for (let k = w, guard = 0; k >= 0 && k !== v && guard < t.n; k = t.head(k), guard++) {
    if (/^(advcl|acl|ccomp|xcomp|csubj|parataxis)$/.test(t.base(k))) return true;
  }
  return false;
}

const MEASURE = /^(sanctions?|embargo(es)?|tariffs?|restrictions?|curbs?)$/i;

/** Word w modifies a sanctions-like noun as a compound or adjective ("UN sanctions", "EU tariffs"). */
function namesMeasure(t: Tree, w: number): boolean {
  let k = w;
  for (let g = 0; g < 4 && /^(flat|compound)$/.test(t.base(k)) && !MEASURE.test(t.s.words[t.head(k)] ?? ''); g++) k = t.head(k);
  return /^(compound|amod|nmod:poss)$/.test(t.base(k)) && MEASURE.test(t.s.words[t.head(k)] ?? '');
}

/**
 * "Arnor signed an accord to supply Gondor with wheat": a verb with an object but no actor after
 * it takes the object of its purpose infinitive (an advcl marked "to", no subject of its own).
 */
export function purposeObject(t: Tree, v: number, mentions: Mentions, source?: ActorMention): ActorMention | undefined {
  if (t.child(v, 'obj') < 0) return undefined;
  for (const c of t.kids[v]) {
    if (t.base(c) !== 'advcl' || c < v || t.child(c, 'nsubj') >= 0 || !t.kids[c].some((k) => t.base(k) === 'mark' && t.lower(k) === 'to')) continue;
    const m = mentions.forSubtree(t, t.child(c, 'iobj') >= 0 ? t.child(c, 'iobj') : t.child(c, 'obj'));
    if (m && m.code !== null && m.actor !== source?.actor) return m;
  }
  return undefined;
}

/**
 * "Arnor believes Dagolath can cope": with no event in the reported clause, its subject is the
 * target; when that subject is the source itself ("Arnor doubts it can cope with Dagolath"), the
 * first actor among the clause's complements.
 */
export function reportedSubject(t: Tree, v: number, mentions: Mentions, source?: ActorMention): ActorMention | undefined {
  const cc = t.child(v, 'ccomp');
  if (cc < 0) return undefined;
  const m = mentions.forSubtree(t, t.child(cc, 'nsubj'));
  if (m && source && m.actor === source.actor) return firstComplementActor(t, cc, mentions, source);
  return m && m.actor !== source?.actor ? m : undefined;
}

/**
 * "Police fired tear gas as protesters gathered", "Troops opened fire when demonstrators tried to
 * storm the palace", "Thousands rallied in Tbilisi as parliament passed the law": an act with no
 * target of its own is aimed at those acting in the clause beside it, the subject of an adverbial
 * clause opened by "as" (any act: read as a preposition, "as" used to give that subject to the act
 * as its complement, before its clause was parsed as one), or by "while", "when" or "after" (a
 * conflictual act only, roots 10-20). Not the source itself, nor an actor with the source's code.
 */
export function simultaneousSubject(t: Tree, v: number, mentions: Mentions, code: string, source?: ActorMention): ActorMention | undefined {
  const conflict = code >= '10' && code < '21';
  for (const c of t.children(v, 'advcl')) {
    // ("when" is the clause's advmod in UD, the others its mark.)
    const opener = (k: number) => /^(mark|advmod)$/.test(t.base(k)) && k < c;
    if (!t.kids[c].some((k) => opener(k) && (t.lower(k) === 'as' || (conflict && /^(while|when|after)$/.test(t.lower(k)))))) continue;
    const m = mentions.forSubtree(t, t.child(c, 'nsubj'));
    if (m && m.code !== null && m.actor !== source?.actor && m.code !== source?.code) return m;
  }
  return undefined;
}

/** Two coded actors of one state ("IRNGOV" and "IRN"). */
export function sameState(a: ActorMention | undefined, b: ActorMention): boolean {
  return !!a && a.code !== null && b.code !== null && a.code.length >= 3 && a.code.slice(0, 3) === b.code.slice(0, 3) && !b.members;
}

/**
 * "Doctors donated and delivered medicine to Gondor": a verb with nothing after it before its
 * conjunct (no object or oblique of its own, the two sharing the subject) shares that conjunct's
 * complements, and takes its first actor as target.
 */
export function sharedComplementActor(t: Tree, v: number, mentions: Mentions, source?: ActorMention): ActorMention | undefined {
  const c = t.children(v, 'conj').find((k) => t.upos(k) === 'VERB' && !t.kids[k].some((x) => t.base(x).startsWith('nsubj')));
  if (c === undefined) return undefined;
  for (let k = v + 1; k < c; k++) if (t.head(k) === v && !/^(cc|advmod|punct|conj)$/.test(t.base(k)) && t.upos(k) !== 'ADV') return undefined;
  for (let k = v + 1; k < c; k++) if (t.head(k) !== v && t.head(k) !== c && !(t.head(k) > v && t.head(k) < c)) return undefined;
  return firstComplementActor(t, c, mentions, source);
}

/**
 * "Britain sent warships to the Red Sea", "Russia deployed troops": the state's own forces or
 * agents that it sends or deploys are what it moves, not whom it acts on; the target is where
 * they go if a coded actor names it, else there is none.
 */
export function sentOwn(t: Tree, v: number, source: ActorMention | undefined, target: ActorMention | undefined): boolean {
  return !!target && t.upos(v) === 'VERB' && movesForces(t.lower(v), target.code) && sameState(source, target) && target.actor !== source?.actor &&
    inObject(t, v, target.head);
}

/** Word w lies in v's direct object ("sent part of its troops"), not an oblique ("withdraw from Darfur"). */
function inObject(t: Tree, v: number, w: number): boolean {
  let k = w;
  for (let guard = 0; k >= 0 && t.head(k) !== v && guard < t.n; guard++) k = t.head(k);
  return k >= 0 && t.head(k) === v && t.base(k) === 'obj';
}
