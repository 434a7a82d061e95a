/**
 * Who does what to whom around one predicate: the subject (or the passive's agent) is the source,
 * the object, indirect object or an oblique's object is the target. Subjects the clause leaves
 * out are recovered from the tree: the controller of an xcomp ("Arnor agreed to meet"), the first
 * conjunct's subject ("Arnor met and thanked Gondor"), the clause's subject for a purpose infinitive
 * or a bare participle adverbial ("..., accusing him of"), the noun a relative clause modifies.
 */
import type { ActorMention } from '../actors/types.js';
import { isReportingWord } from './attribution.js';
import { isArmedGroupCode } from '../actors/codes.js';
import type { Mentions } from './mentions.js';
import type { Tree } from './tree.js';

/** Obliques that never name a target: the agent of a passive, time and place adjuncts. */
const NOT_TARGET_CASE = new Set(['by', 'during', 'since', 'until', 'after', 'before', 'despite', 'amid', 'in', 'at', 'on', 'within', 'throughout', 'via', 'of', 'according', 'according to']);
const TARGET_FIRST = ['obj', 'iobj'];
/** Nouns of enactments, whose -ing clause says what they do ("a bill banning protests"): the enacting body does it. */
export const ENACTMENT = /^(law|laws|bill|bills|decree|decrees|resolution|resolutions|legislation|measure|measures|motion|ordinance|amendment)$/;
/** Nouns whose infinitive is what someone is asked to do ("a UN demand to withdraw its troops"). */
export const DIRECTIVE_NOUNS = /^(demands?|calls?|requests?|appeals?|orders?|ultimatums?|ultimata|pleas?|urging)$/;

/**
 * The directive noun whose content clause k is, or -1: "demands that he step down" (the clause the
 * noun's acl) or "rejected demands that he step down" (the parser's ccomp of the verb whose object
 * the noun is).
 */
export function directiveOf(t: Tree, k: number): number {
  const h = t.head(k);
  if (h < 0) return -1;
  if (t.rel(k) === 'acl' && t.upos(h) === 'NOUN' && DIRECTIVE_NOUNS.test(t.lower(h))) return h;
  if (t.base(k) !== 'ccomp') return -1;
  return t.kids[h].find((c) => t.base(c) === 'obj' && c < k && DIRECTIVE_NOUNS.test(t.lower(c))) ?? -1;
}

export interface Roles {
  source?: ActorMention;
  target?: ActorMention;
  /** Where the source came from, for --explain. */
  how: string;
}

/** The case marker of a nominal (its first `case` child), lower-cased, or ''. */
export function caseOf(t: Tree, n: number): string {
  const c = t.child(n, 'case');
  if (c < 0) return '';
  const fixed = t.child(c, 'fixed');
  return fixed >= 0 ? `${t.lower(c)} ${t.lower(fixed)}` : t.lower(c);
}

/** Prepositions of a relation's parties ("tensions between China and Japan", "a split among EU members"). */
export const RELATION_CASE = /^(between|among|amongst)$/;

/** The subject word of predicate v, climbing to controllers and first conjuncts; -1 if none. */
export function subjectWord(t: Tree, v: number): { word: number; how: string } {
  const seen = new Set<number>();
  for (let k = v; k >= 0 && !seen.has(k); ) {
    seen.add(k);
    // A "subject" with a preposition of relation ("Clashes between Israel and Hezbollah intensified"
    // with "Israel" the subject) is a misparse of the parties to the real subject: none.
    const subj = t.kids[k].find((c) => /^nsubj$|^nsubj:(?!pass)|^csubj$/.test(t.rel(c)) && !RELATION_CASE.test(caseOf(t, c)));
    if (subj !== undefined) return { word: subj, how: k === v ? 'nsubj' : `nsubj of ${t.s.words[k]}` };
    const pass = t.child(k, 'nsubj:pass');
    if (pass >= 0 && k !== v) return { word: pass, how: `nsubj:pass of ${t.s.words[k]}` };
    const rel = t.base(k);
    const h = t.head(k);
    if (rel === 'xcomp' && h >= 0) {
      // Object control: "urged Gondor to withdraw", "called on Gondor to withdraw" -> Gondor withdraws.
      const obj = controller(t, h);
      if (obj >= 0 && t.upos(h) === 'VERB') return { word: obj, how: `object of ${t.s.words[h]}` };
      k = h;
    } else if (rel === 'conj' && h >= 0) k = h;
    // A purpose infinitive's subject is its clause's: "Washington might sacrifice ... to improve ties".
    // (After a verb of object control the parser's purpose clause is its complement: repair.ts.)
    else if (isPurpose(t, k) && t.upos(h) === 'VERB') k = h;
    // A bare participle adverbial is its clause's subject's act too: "Venezuela expelled the
    // ambassador, accusing him of plotting a coup". One with a subordinator ("after leaving Eriador")
    // is the time of the main act, as PETRARCH reads it, not an event of its own.
    else if (rel === 'advcl' && t.s.xpos[k] === 'VBG' && h >= 0 && t.upos(h) === 'VERB' && t.child(k, 'mark') < 0) k = h;
    else if (t.rel(k) === 'acl:relcl' && h >= 0) return { word: h, how: 'noun of relative clause' };
    else if (rel === 'acl' && h >= 0 && !t.isPassive(k) && !isReducedPassive(t, k)) {
      // "a delegation to visit Bucharest": the noun is the subject; "a place to visit": its object;
      // "a UN demand to withdraw its troops": the one asked, whom the noun does not name.
      if (isObjectGap(t, k) || DIRECTIVE_NOUNS.test(t.lower(h))) break;
      // "passed a law banning protests": what an enactment does, the body passing or issuing it does.
      if (ENACTMENT.test(t.lower(h)) && t.base(h) === 'obj' && t.head(h) >= 0 && t.upos(t.head(h)) === 'VERB') k = t.head(h);
      else return { word: h, how: 'noun of participle clause' };
    }
    else break;
  }
  return { word: -1, how: 'none' };
}

/** Verbs whose oblique controls their infinitive ("called on X to", "appealed to X to", "prevailed upon X to"). */
const OBLIQUE_CONTROL = /^(call|calls|called|calling|appeal|appeals|appealed|appealing|prevail|prevails|prevailed|prevailing|look|looks|looked|looking|rely|relies|relied|relying|count|counts|counted|counting)$/;

/** The object that controls an xcomp of verb h: its object, or the oblique of "called on X to", "appealed to X to"; -1 if none. */
export function controller(t: Tree, h: number): number {
  const obj = t.child(h, 'obj');
  if (obj >= 0) return obj;
  if (!OBLIQUE_CONTROL.test(t.lower(h))) return -1;
  const xcomp = t.child(h, 'xcomp');
  return t.kids[h].find((c) => t.base(c) === 'obl' && /^(on|upon|to)$/.test(caseOf(t, c)) && (xcomp < 0 || c < xcomp)) ?? -1;
}

/** A purpose clause: a "to"-infinitive adverbial with no subject of its own ("sent troops to secure the border"). */
export function isPurpose(t: Tree, k: number): boolean {
  if (t.base(k) !== 'advcl' || t.head(k) < 0) return false;
  // A passive one ("called on Gondor to be allowed to leave") is said of its patient, not of the clause's subject.
  if (t.isPassive(k)) return false;
  return t.kids[k].some((c) => t.base(c) === 'mark' && t.lower(c) === 'to') && !t.kids[k].some((c) => t.base(c).startsWith('nsubj'));
}

/** A bare infinitive modifying a noun, nothing after it: the noun is its object ("a place to visit"). */
function isObjectGap(t: Tree, k: number): boolean {
  return t.kids[k].some((c) => t.base(c) === 'mark' && t.lower(c) === 'to') && !t.kids[k].some((c) => c > k && t.upos(c) !== 'PUNCT');
}

/** Source and target of predicate v before pattern slots are applied. */
export function rolesOf(t: Tree, v: number, mentions: Mentions): Roles {
  if (isReducedPassive(t, v)) return reducedPassiveRoles(t, v, mentions);
  if (t.isPassive(v) && !isStative(t, v)) return passiveRoles(t, v, mentions);
  if (t.isPassive(v)) {
    const source = mentions.forSubtree(t, t.child(v, 'nsubj:pass'));
    return { source, target: targetOf(t, v, mentions, source), how: 'stative passive: subject is source' };
  }
  const subj = subjectWord(t, v);
  let source = mentions.forSubtree(t, subj.word);
  const aimed = subj.word >= 0 ? aimedPhrases(t, subj.word) : [];
  if (source && aimed.some((a) => isWithin(t, source!.head, a))) source = mentions.forSubtreeSkipping(t, subj.word, aimed);
  // "Israeli airstrikes on Gaza resumed": with no complement naming one, whom the subject is aimed at is the target.
  const target = targetOf(t, v, mentions, source) ?? aimed.map((a) => mentions.forSubtree(t, a)).find((m) => m && m.actor !== source?.actor);
  return { source, target, how: subj.how };
}

/**
 * Phrases of a subject noun that name whom it is aimed at: "the embargo against Cuba would fail",
 * "attacks on Israel increased". Their actor is the one acted on, never the subject's own (a
 * "US embargo against Cuba" is still the US's).
 */
function aimedPhrases(t: Tree, n: number): number[] {
  return t.kids[n].filter((c) => t.base(c) === 'nmod'
    && (caseOf(t, c) === 'against' || (/^(on|upon)$/.test(caseOf(t, c)) && ON_TARGET_NOUN.test(t.lower(n)))));
}

/** True when word w is a (possibly indirect) dependent of a, or a itself. */
function isWithin(t: Tree, w: number, a: number): boolean {
  for (let k = w, guard = 0; k >= 0 && guard <= t.n; k = t.head(k), guard++) if (k === a) return true;
  return false;
}

/**
 * A past participle with no auxiliary or subject of its own is a passive on the noun it modifies,
 * which is acted on, not the actor (a by-phrase is): right after that noun, inside a clause, with no
 * object ("two diplomats accused of spying", "a journalist detained in Tehran"), or on the subject
 * of a later verb with no object or complement ("militants linked to Iran fired rockets", "rebels
 * armed with mortars shelled the city", "a delegation led by the foreign minister arrived"). A
 * participle with an object is a past tense the tagger missed ("Israeli tanks fired shells ...");
 * a belief about the noun is no act done to it ("a woman believed linked to Al-Qaeda").
 */
const EPISTEMIC = /^(believed|thought|said|reported|considered|known|seen|expected|presumed|rumou?red)$/;

function isReducedPassive(t: Tree, v: number): boolean {
  if (t.s.xpos[v] !== 'VBN' || t.rel(v) !== 'acl' || EPISTEMIC.test(t.lower(v))) return false;
  return afterItsNoun(t, v) || onLaterSubject(t, v);
}

function afterItsNoun(t: Tree, v: number): boolean {
  const n = t.head(v);
  if (n !== v - 1 || t.upos(n) !== 'NOUN') return false;
  const conjuncts = [v, ...t.children(v, 'conj')];
  if (conjuncts.some((k) => t.kids[k].some((c) => t.base(c) === 'aux' || t.base(c).startsWith('nsubj') || t.base(c) === 'obj'))) return false;
  // A sentence with no verb above the noun has the participle for its predicate ("Doctors from two aid groups donated ...").
  for (let k = t.head(n); k >= 0; k = t.head(k)) if (t.upos(k) === 'VERB') return true;
  return false;
}

function onLaterSubject(t: Tree, v: number): boolean {
  const n = t.head(v);
  if (n < 0 || !/^nsubj/.test(t.rel(n)) || t.head(n) <= v) return false;
  return !t.kids[v].some((c) => /^(nsubj|aux|csubj|mark|cop|obj|xcomp|ccomp)/.test(t.rel(c)));
}

function reducedPassiveRoles(t: Tree, v: number, mentions: Mentions): Roles {
  const agent = t.kids[v].find((c) => t.rel(c) === 'obl:agent' || (t.base(c) === 'obl' && caseOf(t, c) === 'by'));
  const source = agent === undefined ? undefined : mentions.forSubtree(t, agent);
  const patient = mentions.at(t.head(v));
  return { source, target: patient && patient.actor !== source?.actor ? patient : undefined, how: 'reduced passive: the noun is the target, a by-phrase the source' };
}

/** Participles that state a stance when passive with a "to" phrase and no agent: "Israel is opposed to French mediation". */
const STATIVE = /^(opposed|committed|dedicated|devoted)$/;
/**
 * Participles that state what their subject is doing when passive with an "in" phrase and no
 * agent: "Serb forces were engaged in ethnic cleansing", "the army is involved in the fighting",
 * "rebels locked in battle with troops": the subject does it, no one does it to the subject.
 */
const STATIVE_IN = /^(engaged|involved|embroiled|locked)$/;

function isStative(t: Tree, v: number): boolean {
  const to = STATIVE.test(t.lower(v));
  if (!to && !STATIVE_IN.test(t.lower(v))) return false;
  const prep = to ? 'to' : 'in';
  const obliques = t.kids[v].filter((c) => t.base(c) === 'obl');
  // The parser may label the "in" phrase itself, or "according to", an agent: only "by" names one.
  const agent = obliques.some((c) => caseOf(t, c) === 'by' || (t.rel(c) === 'obl:agent' && caseOf(t, c) !== prep && !caseOf(t, c).startsWith('according')));
  return obliques.some((c) => caseOf(t, c) === prep) && !agent;
}

function passiveRoles(t: Tree, v: number, mentions: Mentions): Roles {
  const patient = t.child(v, 'nsubj:pass');
  // PETRARCH also takes a passive's source from "from" and "in" phrases ("was shot dead in Osgiliath").
  // "..., according to the US government" parsed as obl:agent names the source of the report, not the agent.
  const agent = t.kids[v].find((c) => (t.rel(c) === 'obl:agent' && !caseOf(t, c).startsWith('according')) || (t.base(c) === 'obl' && caseOf(t, c) === 'by'))
    ?? agentInGerund(t, v, mentions)
    ?? t.kids[v].find((c) => t.base(c) === 'obl' && (caseOf(t, c) === 'from' || caseOf(t, c) === 'in') && mentions.forSubtree(t, c));
  return {
    source: agent === undefined ? undefined : mentions.forSubtree(t, agent),
    target: mentions.forSubtree(t, patient),
    how: 'passive: agent is source, subject is target',
  };
}

/**
 * "X was accused of stealing funds by Haitian officials": the parser hangs the passive's by-phrase
 * on the gerund of its clause ("accused of", "arrested for", "charged with"), where a nominal
 * by-phrase makes no sense (an active gerund's "by" is a means: "by doing"). The nominal by-phrase
 * of such a clause is the passive's agent.
 */
function agentInGerund(t: Tree, v: number, mentions: Mentions): number | undefined {
  for (const g of t.kids[v]) {
    if (t.base(g) !== 'advcl' || t.s.xpos[g] !== 'VBG' || t.isPassive(g) || !t.kids[g].some((c) => t.base(c) === 'mark' && /^(of|for|with)$/.test(t.lower(c)))) continue;
    const by = t.kids[g].find((c) => t.base(c) === 'obl' && caseOf(t, c) === 'by' && /^(NOUN|PROPN)$/.test(t.upos(c)) && mentions.forSubtree(t, c));
    if (by !== undefined) return by;
  }
  return undefined;
}

/** The first actor among the object, indirect object, then obliques in word order. */
export function targetOf(t: Tree, v: number, mentions: Mentions, source?: ActorMention): ActorMention | undefined {
  const ok = (m: ActorMention | undefined) => m && m.actor !== source?.actor ? m : undefined;
  // "Syria will withdraw its troops from Lebanon": the source's own forces are its instrument, and
  // the target is found further on; they are the target only when nothing else is.
  let own: ActorMention | undefined;
  const onTarget = t.children(v, 'obj').some((o) => ON_TARGET_NOUN.test(t.lower(o)));
  const obliques = t.kids[v].filter((c) => {
    if (t.base(c) !== 'obl' || t.rel(c) === 'obl:tmod') return false;
    const cs = caseOf(t, c);
    return !NOT_TARGET_CASE.has(cs) || (cs === 'on' && onTarget);
  });
  // Objects first, then obliques ("contribute up to 4,000 troops to a force in Liberia" parses the
  // troops as an oblique): the first actor that is not the source's own instrument.
  // "NATO sent troops to Kosovo": a role noun no one in the text owns (no code) is no better a target
  // than where it goes; it is the target only when nothing else is.
  let vague: ActorMention | undefined;
  // "departs from Libya five years after crowds trashed its consulate": a span of time the parser
  // made the object is no party, nor is anyone in the phrase dating it.
  const complements = [...TARGET_FIRST.flatMap((rel) => t.children(v, rel)).filter((o) => !isTimeSpan(t, o)), ...obliques];
  // Whom a speaker tells is the told phrase's own head ("told the Turkish minister"), not an actor
  // further inside it ("told a news conference after talks with his Turkish counterpart"; also
  // firstComplementActor).
  const speech = isReportingWord(t.lower(v));
  const topic = TALK_ABOUT.test(t.lower(v));
  for (const [i, c] of complements.entries()) {
    const m = ok(speech && t.base(c) === 'iobj' ? mentions.at(c) : mentions.forSubtree(t, c));
    // "discussed the situation in Myanmar": a place inside the topic is where the matter is, no party.
    if (m && topic && m.place === true && mentions.at(c) !== m) continue;
    const codedLater = () => complements.slice(i + 1).some((d) => ok(mentions.forSubtree(t, d))?.code);
    if (m && source && ownedBySource(t, c, mentions, source)) own ??= whereOwn(t, c, mentions, source) ?? whereOwn(t, v, mentions, source, 'obl') ?? m;
    else if (m && m.code === null && m.via === 'agent' && !m.members && source && mentions.at(c) === m) vague ??= whereOwn(t, c, mentions, source) ?? m;
    else if (m && borrowedState(m) && m.via === 'agent' && !m.members && source && mentions.at(c) === m) {
      const aimed = aimedAt(t, c, mentions, source);
      if (aimed) return aimed;
      if (codedLater()) vague ??= m;
      else return m;
    }
    else if (m) return m;
  }
  return own ?? vague;
}

/** Verbs whose object is a topic: a place in it is where the matter is, not a party. */
export const TALK_ABOUT = /^(discuss|discussed|discusses|discussing|debate|debated|debates|debating|review|reviewed|reviews|reviewing)$/;

/**
 * An agent whose state the text does not give but the document lends ("launched artillery fire
 * against rebel camps near the Thai border, Thai sources said": the artillery is THAMIL only as the
 * most mentioned state's): a coded actor it is aimed at, or after it, is the better target.
 */
function borrowedState(m: ActorMention): boolean {
  return /agent-country:(dominant|recent)\b/.test(m.rule);
}

/** The coded actor of an against/at phrase on nominal n ("artillery fire against rebel bases"), if any. */
function aimedAt(t: Tree, n: number, mentions: Mentions, source: ActorMention): ActorMention | undefined {
  for (const c of t.kids[n]) {
    if (t.base(c) !== 'nmod' || !/^(against|at)$/.test(caseOf(t, c))) continue;
    const m = mentions.forSubtree(t, c);
    if (m && m.actor !== source.actor && m.code !== null) return m;
  }
  return undefined;
}

/**
 * Object nouns whose "on" phrase names whom they fall on: "imposed sanctions on Russia" with the
 * on-phrase read as the verb's oblique (so not ruled out as a time or place, as "on Monday" is).
 */
const TIME_UNIT = /^(years?|months?|weeks?|days?|hours?|decades?)$/i;

/** A counted span of time ("five years", "two weeks"). */
function isTimeSpan(t: Tree, o: number): boolean {
  return TIME_UNIT.test(t.s.words[o] ?? '') && t.kids[o].some((k) => t.base(k) === 'nummod');
}

const ON_TARGET_NOUN = /^(sanctions?|embargo(es)?|bans?|restrictions?|curbs?|tariffs?|duties|levies|penalt(y|ies)|fines?|pressure|attacks?|strikes?|airstrikes?|raids?|assaults?|offensives?|war|blockades?|crackdowns?|limits?|blame|demands?)$/;

/**
 * "strengthened its forces in Lebanon", "withdraw its troops from Lebanon": where the source's own
 * instrument is, comes from or goes to (a phrase of the noun or of the verb `n`), the actor acted on.
 */
function whereOwn(t: Tree, n: number, mentions: Mentions, source: ActorMention, rel = 'nmod'): ActorMention | undefined {
  for (const c of t.kids[n]) {
    if (t.base(c) !== rel || !/^(in|into|inside|from|to|for|against)$/.test(caseOf(t, c))) continue;
    const m = mentions.forSubtree(t, c);
    if (m && m.actor !== source.actor && m.code !== null && !ownedBySource(t, c, mentions, source)) return m;
  }
  return undefined;
}

/** The state's own instruments: its forces, police, agents and officials. */
const INSTRUMENT_SECTORS = new Set(['MIL', 'COP', 'SPY', 'GOV']);

/**
 * True when nominal n is the source's own instrument: possessed by the source ("its troops",
 * "Syria's own forces"), or the source state's own forces or officials ("France is ready to
 * contribute 4,000 French troops to the force in Liberia").
 */
function ownedBySource(t: Tree, n: number, mentions: Mentions, source: ActorMention): boolean {
  const m = mentions.forSubtree(t, n);
  // "met his South Korean counterpart": a noun the source's pronoun owns but of another state is
  // the other side, not the source's own.
  if (m && m.country !== null && source.country !== null && m.country !== source.country) return false;
  // "Jihadists killed 12 soldiers": a state's forces are no instrument of an armed group of that state.
  if (isArmedGroupCode(source.code) && !(m && isArmedGroupCode(m.code))) return false;
  const poss = t.kids[n].find((c) => t.rel(c) === 'nmod:poss');
  if (poss !== undefined && mentions.at(poss)?.actor === source.actor) return true;
  return !!m && m.country !== null && m.country === source.country && m.sector !== null && INSTRUMENT_SECTORS.has(m.sector);
}

const NOMINAL_SOURCE_CASE = new Set(['by', 'from']);
const NOMINAL_TARGET_CASE = new Set(['to', 'with', 'against', 'on', 'toward', 'towards', 'into', 'for', 'between']);

/**
 * Roles of an event noun ("Japan's visit to China", "the attack by Arnor on Gondor"): the
 * possessor or by-phrase is the source, a to/with/against/on phrase the target. Null unless both
 * are actors: a bare "the attack" or "the visit" is too vague to code.
 */
export function nominalRoles(t: Tree, n: number, mentions: Mentions): Roles | null {
  let source: ActorMention | undefined, target: ActorMention | undefined;
  for (const c of t.kids[n]) {
    const rel = t.rel(c), cs = caseOf(t, c);
    if (!source && (rel === 'nmod:poss' || (t.base(c) === 'nmod' && NOMINAL_SOURCE_CASE.has(cs)))) source = mentions.forSubtree(t, c);
    else if (!target && t.base(c) === 'nmod' && NOMINAL_TARGET_CASE.has(cs)) target = mentions.forSubtree(t, c);
    else if (!source && rel === 'amod' && mentions.at(c)) source = mentions.at(c); // "the Japanese visit to China"
  }
  if (!source || !target || source.actor === target.actor) return null;
  return { source, target, how: 'event noun: possessor/by-phrase and to/with/against-phrase' };
}
