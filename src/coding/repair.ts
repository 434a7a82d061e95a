/**
 * Repairs of parser errors that the coder cannot read around, applied to each parsed sentence
 * before actors and events are found (both then see the same tree). Each repair is narrow: it
 * fires only on a tree no valid UD analysis has, and says in its name what it fixes.
 *
 * - Split coordinate subjects: "the United States and China agreed ..." parsed with two `nsubj`
 *   children of "agreed" and the `cc` on the verb (or on a word between them: "Egypt and the evil
 *   awful Sudan" with "evil" a noun conjoined to "Egypt"). UD has one subject with a `conj`: we
 *   re-attach the later subject as `conj` of the earlier and the `cc` to the later one.
 * - Relative clause read as the main clause: "Turkey, which brokered a deal, offered to host talks"
 *   parsed with "brokered" as root, "which" its subject, "offered" its `conj` and "Turkey" dangling.
 *   We make "offered" the root with "Turkey" its subject and "brokered" a relative clause on "Turkey".
 * - That-clause read as an adverbial: "Mao Ning stated that China opposes ..." with "opposes" as
 *   `advcl` marked by "that". A clause marked by "that" alone is a complement (`ccomp`), which is
 *   what reporting verbs govern; "so that" / "now that" clauses keep their `advcl`. Likewise a
 *   that-clause read as an open complement ("demanded that Hamas renounce violence" with "renounce"
 *   an `xcomp`): an xcomp has no subject or "that" of its own, so its words were matched as the
 *   demand's object.
 * - Day read as a second subject: "Kenyan farmers on Tuesday blocked the highway" with "Tuesday" an
 *   nsubj and "on" a mark (dayReadAsSubject, repair-subject.ts).
 * - Reported subject read as a conjunct of the day before it: "said on Tuesday their forces had
 *   completed ..." with "forces" a conj of "Tuesday" (subjectConjoinedToDay, repair-subject.ts).
 * - A clause's subject read as a conjunct of the day before it, the clause holding the day read as an
 *   adverbial: "Russia attacked Kyiv on Monday and Ukraine retaliated" (clauseConjoinedToDay, repair-subject.ts).
 * - A main clause's subject read as a conjunct of the object before its comma: "If Russia attacks
 *   Moldova, NATO will send troops" with "NATO" a conj of "Moldova" (subjectReadAsConjunct, repair-subject.ts).
 * - Inverted condition read as the main clause: "Should the sanctions be eased, Japanese firms could
 *   resume exports" with "eased" the root (invertedConditionAsRoot, repair-subject.ts), or the main
 *   verb's subject (invertedConditionAsSubject).
 * - A main clause's subject read as an apposition or conjunct inside the adverbial clause before it:
 *   "If Washington continues to arm Manila, Beijing could impose sanctions" with "Beijing" an
 *   apposition of "Manila" (subjectTakenByClause, repair-subject.ts).
 * - Main verb read as an apposition of the name before it: "Kenzo Oshima, the UN relief
 *   coordinator, demanded ..." with the name the root (verbReadAsApposition, repair-subject.ts).
 * - Subject read as a bare adjunct: "The Japanese side expressed \"serious concern\"" with "side" an
 *   obl:unmarked of a verb that has no subject (subjectReadAsAdjunct, repair-subject.ts).
 * - A conjunct's name split at its first word: "Japan and South Korea agreed" with "South" the
 *   conjunct and "Korea" a second subject (nameSplitAtConjunct, repair-subject.ts).
 * - Conjoined modifiers read as a subject beside their noun: "Ethiopian and Eritrean troops clashed"
 *   with "Ethiopian" and "troops" two subjects (modifiersReadAsSubject, repair-subject.ts).
 * - A passive subject of a verb with an object and no passive auxiliary: "North Korea test-fired two
 *   missiles" with "Korea" an nsubj:pass (passiveSubjectWithoutAuxiliary, repair-subject.ts).
 * - "According to" phrase read as the subject: "According to KCNA, Kim Jong Un inspected ..." with
 *   "KCNA" the subject and "Kim Jong Un" its conjunct (accordingPhraseReadAsSubject, repair-subject.ts).
 * - Subject read as the object of a subordinator: "clashed with police after parliament passed a
 *   law" with "after parliament" an oblique (subjectReadAsPrepositionObject, repair-subject.ts); likewise
 *   an opening "After talks collapsed, Israel resumed ..." with "collapsed" a clause on "talks"
 *   (subordinateClauseReadAsNounModifier, repair-subject.ts).
 * - Reported subject read as the saying verb's object: "It said Tehran must stop enriching uranium"
 *   with "Tehran" the object of "said" (reportedSubjectReadAsObject, repair-subject.ts); likewise
 *   "said its forces shot down three drones" with "shot" a clause on the object (reportedClauseReadAsObjectModifier).
 * - A condition read as a complement: "could collapse if Hamas refuses ..." with "refuses" a ccomp
 *   (conditionReadAsComplement).
 * - That-clause hung on a time noun: "said Wednesday that ..." or "said on Tuesday that ..." with
 *   the clause an `acl` of the day (see thatClauseOnTimeNoun); with no "that", a clause opening with
 *   its own subject right after a reporting verb's day ("said on Sunday they had fired ...").
 * - Verb read as a plural noun: "India plans to visit Pakistan" with "plans" a NOUN, subject of
 *   "visit", and "India" its compound. A commitment noun-verb ("plans", "vows", "aims" ...) that is
 *   the subject of a "to"-infinitive is the verb: it takes the infinitive as `xcomp` and the
 *   compound as its subject.
 * - A predicate read as a clause on its subject noun ("Colombia and the ELN rebels agreed to ..."
 *   with "agreed" an acl of "rebels"): predicateReadAsNounClause, repair-predicate.ts; likewise one
 *   whose object was read as a passive agent with no "by" ("The army forced out ... 300 villagers"):
 *   agentWithoutBy.
 * - A verb read as a modifier, two subjects with no conjunction, a subject pronoun read as an
 *   apposition, an -ed verb read as an adjective (also after "on Monday"), a closing reporting tag read
 *   as a conjunct or an xcomp or holding the main clause's words, an object before its subject, the first of
 *   comma-joined adjectives read as a complement, a name conjoined with no coordinator, an apposition
 *   read as a conjunct ("X, the Russian minister, said"): repair-predicate.ts.
 * - An adjectival participle read as a clause after a preposition: "met with visiting Russian Foreign
 *   Minister Sergey Lavrov" with "visiting" an advcl (participleAfterPreposition, repair-participle.ts);
 *   a participle after an auxiliary read as its object's modifier: "vessels had fired water cannon"
 *   with "fired" an amod of "cannon" (participleAfterAuxiliary).
 * - Reported clause read as a subject: "Ethiopia departs from Libya, a senior official said" with
 *   "departs" a noun and second subject of "said" (see reportedClauseReadAsSubject).
 * - Descriptor read as a passive subject: "Old foes Gondor and Osgiliath have renewed ties" with
 *   "foes" an nsubj:pass beside the nsubj (see descriptorReadAsPassiveSubject).
 * - Controlled infinitive read as a purpose clause: "vowed on Thursday to wage war" with "wage"
 *   an advcl (see controlledInfinitiveAsAdverbial, repair-control.ts; also an infinitive hung on the controlled object).
 * - Gerund read as a modifier of the object: "was considering restoring ties" with "restoring" an amod of
 *   "ties" (see gerundReadAsModifier, repair-control.ts); an enactment's clause read as a modifier of its
 *   object: "passed a bill banning protests" with "banning" a compound of "protests" (enactmentClauseReadAsModifier).
 * - A place after a preposition read as the possessor of the next phrase: "blocked streets in Hong
 *   Kong in defiance of Beijing" with "Hong Kong" an nmod:poss of "defiance" (phraseReadAsPossessor,
 *   repair-possessor.ts).
 * - A closing tag's verb taking the story's nouns before its comma as more subjects ("struck several
 *   villages in southern Lebanon, Lebanon's state news agency reported"): tagTakesMainNouns, repair-tag.ts.
 * - A coordinate clause read as a complement ("voted against, and China ... abstained" with "abstained"
 *   a ccomp of "voted"): coordinateClauseReadAsComplement, repair-conjunct.ts.
 * - A conjunct of a reported clause whose object pronoun can only be that clause's subject ("said the
 *   rebels had besieged the city and accused them of ...") is the speaker's: repair-bound-pronoun.ts.
 * - Passive read as a copula: "Eriador was opposed by Osgiliath" with "was" a cop (see passiveReadAsCopula).
 * - Verb conjoined to an object: "condemned an attack ... and promised aid" (see verbConjoinedToObject);
 *   or read as the object's modifier holding the "and" (predicateReadAsObjectModifier, repair-coordinated.ts).
 * - Possessor of a verb: "Caras Galadhon's new mayor left" with the possessor on "left" (see possessorOfVerb).
 * - The charge of a passive accusation read as a clause on its agent: "was accused by Ukraine of
 *   shelling" with "shelling" an acl of "Ukraine" (chargeReadAsAgentClause, repair-charge.ts).
 * - An inverted closing reporting tag with its speaker read as object ("..., said a spokesman"), and a
 *   tag's speaker read as an apposition of the word before its comma ("..., Chancellor Olaf Scholz said"): repair-tag.ts.
 * - A reported clause read as a modifier of the first of the tag's two subjects ("Israeli tanks fired
 *   shells at Jericho, witnesses said" with "fired" an acl of "tanks"), or as an adverbial clause of
 *   the tag's verb ("North Korea fired a missile, South Korea's military said"), or as a relative
 *   clause of the noun before its comma ("In a surprise move, police arrested ..., officials said"),
 *   and a reported clause read as the content of "said in a statement that ...": repair-tag.ts.
 * - Conjoined demonyms heading the clause ("Armenian and Azerbaijani forces clashed" with
 *   "clashed" a conjunct of "Armenian"): see modifiersReadAsClause, repair-subject.ts.
 * - A compound on a verb before its subject ("The UN Secretary-General condemned ..." with "UN" on
 *   "condemned"): it is the subject's (see compoundOnVerb, repair-subject.ts); with no subject, the
 *   compound right before the verb is it ("Islamic State attacked ...").
 * - A participle with its phrase on the opening subject read as the main clause ("Rebels armed with
 *   mortars shelled Damascus" with "armed" the root): repair-reduced.ts.
 * - A headline's passive with no auxiliary read as active: "Four soldiers killed as India, Pakistan
 *   trade fire" with the soldiers the killers (headlinePassive, repair-headline-passive.ts).
 */
import type { ParsedSentence } from '../syntax/types.js';
import {
  adjectiveCutOffItsNoun, appositionReadAsConjunct, conjunctWithoutCoordinator, DAY, doubledSubject, objectBeforeSubject, participleAfterDay, participleBetweenNouns, agentWithoutBy, participleInSubject,
  participleWithNounHead, predicateReadAsNounClause, pronounReadAsApposition, closingReportingTag, reportingTagTakesMainWords, verbReadAsModifier,
} from './repair-predicate.js';
import {
  accordingPhraseReadAsSubject, clauseConjoinedToDay, compoundOnVerb, dayReadAsSubject, modifiersReadAsClause, invertedConditionAsRoot, invertedConditionAsSubject, modifiersReadAsSubject, subjectTakenByClause, nameSplitAtConjunct, passiveSubjectWithoutAuxiliary, reportedClauseReadAsObjectModifier, reportedSubjectReadAsObject, subjectConjoinedToDay, subjectReadAsAdjunct,
  subjectReadAsConjunct, subjectReadAsPrepositionObject, subordinateClauseReadAsNounModifier, verbReadAsApposition,
} from './repair-subject.js';
import { reducedRelativeAsPredicate } from './repair-reduced.js';
import { headlinePassive } from './repair-headline-passive.js';
import { isReportingWord } from './events/attribution.js';
import { accordingPhraseSwallowsSubject, inside } from './repair-according.js';
import { mainVerbAfterParenthetical } from './repair-relative.js';
import { objectReadAsSecondSubject } from './repair-object.js';
import { controlledInfinitiveAsAdverbial, enactmentClauseReadAsModifier, gerundReadAsModifier } from './repair-control.js';
import { participleAfterAuxiliary, participleAfterPreposition } from './repair-participle.js';
import { predicateReadAsObjectModifier } from './repair-coordinated.js';
import { chargeReadAsAgentClause } from './repair-charge.js';
import { phraseReadAsPossessor } from './repair-possessor.js';
import { coordinateClauseReadAsComplement, subjectReadAsObjectConjunct } from './repair-conjunct.js';
import { conjunctOnOwnSubject } from './repair-bound-pronoun.js';
import {
  invertedReportingTag, reportedClauseReadAsAdverbial, reportedClauseReadAsMediumContent, reportedClauseReadAsModifier, reportedClauseReadAsRelative,
  reportedClauseReadAsRelativeOfDay,
  speakerReadAsApposition,
  tagTakesMainNouns,
} from './repair-tag.js';

export function repairParse(s: ParsedSentence): ParsedSentence {
  compoundOnVerb(s);
  modifiersReadAsClause(s);
  reducedRelativeAsPredicate(s);
  dayReadAsSubject(s);
  subjectConjoinedToDay(s);
  clauseConjoinedToDay(s);
  invertedConditionAsRoot(s);
  invertedConditionAsSubject(s);
  subjectReadAsConjunct(s);
  subjectReadAsAdjunct(s);
  accordingPhraseReadAsSubject(s);
  accordingPhraseSwallowsSubject(s);
  subjectReadAsPrepositionObject(s);
  subordinateClauseReadAsNounModifier(s);
  subjectTakenByClause(s);
  reportedSubjectReadAsObject(s);
  reportedClauseReadAsObjectModifier(s);
  nameSplitAtConjunct(s);
  passiveSubjectWithoutAuxiliary(s);
  modifiersReadAsSubject(s);
  objectReadAsSecondSubject(s);
  splitSubjects(s);
  mainClauseFromRelative(s);
  mainVerbAfterParenthetical(s);
  thatClauses(s);
  conditionReadAsComplement(s);
  thatClauseOnTimeNoun(s);
  verbReadAsNoun(s);
  reportedClauseReadAsSubject(s);
  reportedClauseReadAsModifier(s);
  reportedClauseReadAsAdverbial(s);
  reportedClauseReadAsRelative(s);
  descriptorReadAsPassiveSubject(s);
  passiveReadAsCopula(s);
  verbConjoinedToObject(s);
  predicateReadAsObjectModifier(s);
  possessorOfVerb(s);
  verbReadAsModifier(s);
  predicateReadAsNounClause(s);
  participleBetweenNouns(s);
  agentWithoutBy(s);
  participleAfterPreposition(s);
  participleAfterAuxiliary(s);
  chargeReadAsAgentClause(s);
  phraseReadAsPossessor(s);
  participleAfterDay(s);
  participleWithNounHead(s);
  participleInSubject(s);
  verbReadAsApposition(s);
  // After the main verb is mended ("NAME, the UN coordinator, demanded parties to allow ...").
  controlledInfinitiveAsAdverbial(s);
  gerundReadAsModifier(s);
  enactmentClauseReadAsModifier(s);
  doubledSubject(s);
  objectBeforeSubject(s);
  adjectiveCutOffItsNoun(s);
  conjunctWithoutCoordinator(s);
  subjectReadAsObjectConjunct(s);
  coordinateClauseReadAsComplement(s);
  conjunctOnOwnSubject(s);
  appositionReadAsConjunct(s);
  pronounReadAsApposition(s);
  tagTakesMainNouns(s);
  closingReportingTag(s);
  invertedReportingTag(s);
  speakerReadAsApposition(s);
  reportingTagTakesMainWords(s);
  reportedClauseReadAsMediumContent(s);
  reportedClauseReadAsRelativeOfDay(s);
  headlinePassive(s);
  return s;
}

/**
 * "Caras Galadhon's new mayor left" parsed with the possessor an `nmod:poss` of "left". A
 * possessor belongs to a noun: the nominal after it that is the same verb's dependent owns it.
 */
function possessorOfVerb(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    const v = s.head[k] - 1;
    if (s.deprel[k] !== 'nmod:poss' || v <= k || s.upos[v] !== 'VERB') continue;
    for (let n = k + 1; n < v; n++) {
      if (s.head[n] !== v + 1) continue;
      if ((s.upos[n] === 'NOUN' || s.upos[n] === 'PROPN') && /^(nsubj|obj)/.test(s.deprel[n])) s.head[k] = n + 1;
      break;
    }
  }
}

/**
 * "condemned an attack by X on Thursday and promised aid to Y" parsed with "promised" a `conj`
 * of the noun "attack". A finite verb with no subject conjoined to a verb's object or oblique
 * is the verb's conjunct.
 */
function verbConjoinedToObject(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    const h = s.head[k] - 1;
    if (s.deprel[k] !== 'conj' || s.upos[k] !== 'VERB' || h < 0 || s.upos[h] !== 'NOUN') continue;
    if (!/^(obj|obl)$/.test(s.deprel[h].split(':')[0]) || s.upos[s.head[h] - 1] !== 'VERB') continue;
    if (!/^VB[DZP]$/.test(s.xpos[k]) && !/ed$/.test(s.words[k].toLowerCase())) continue;
    if (s.deprel.some((r, c) => s.head[c] === k + 1 && r.startsWith('nsubj'))) continue;
    s.head[k] = s.head[h];
  }
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * "Eriador was fiercely opposed by Osgiliath" parsed with "was" a `cop` of the verb "opposed".
 * A participle with a form of "be" as copula, a subject and a "by" phrase is a passive.
 */
function passiveReadAsCopula(s: ParsedSentence): void {
  // One pass: each participle with a "be" copula, and each "by" phrase's head.
  const cop = new Map<number, number>();
  const byHeads = new Set<number>();
  for (let c = 0; c < s.words.length; c++) {
    const w = s.words[c].toLowerCase();
    if (s.deprel[c] === 'cop' && BE.has(w)) cop.set(s.head[c] - 1, c);
    if (s.deprel[c] === 'case' && w === 'by') byHeads.add(s.head[c] - 1);
  }
  for (const [v, c] of cop) {
    if (v < 0 || s.upos[v] !== 'VERB' || !/(ed|en|wn|ld|ht|ne|un)$/.test(s.words[v].toLowerCase())) continue;
    let subj = -1, by = -1;
    for (let k = 0; k < s.words.length; k++) {
      if (s.head[k] !== v + 1) continue;
      if (s.deprel[k] === 'nsubj') subj = k;
      if (k > v && s.deprel[k] === 'obl' && byHeads.has(k) && by < 0) by = k;
    }
    if (subj < 0 || by < 0) continue;
    s.deprel[c] = 'aux:pass';
    s.deprel[subj] = 'nsubj:pass';
    s.deprel[by] = 'obl:agent';
  }
}

/**
 * "Old foes Gondor and Osgiliath have renewed ties" parsed with "foes" an `nsubj:pass` and
 * "Gondor" an `nsubj` of the same active verb. A noun right before the subject of a verb with no
 * passive auxiliary describes the subject: it becomes its compound.
 */
function descriptorReadAsPassiveSubject(s: ParsedSentence): void {
  for (let k = 0; k + 1 < s.words.length; k++) {
    if (s.deprel[k] !== 'nsubj:pass' || s.upos[k] !== 'NOUN' || s.deprel[k + 1] !== 'nsubj' || s.head[k + 1] !== s.head[k]) continue;
    const v = s.head[k];
    if (s.deprel.some((r, c) => r === 'aux:pass' && s.head[c] === v)) continue;
    s.head[k] = k + 2;
    s.deprel[k] = 'compound';
  }
}

const SAID = new Set(['said', 'says', 'say', 'told', 'added', 'reported', 'stated', 'announced']);

/**
 * "Ethiopia departs from Libya, a senior official said" parsed with "departs" a NOUN, "Ethiopia"
 * its compound and the whole phrase a second `nsubj` of "said". A reporting verb with two
 * subjects, the first a noun right after a name and followed by a preposition, has read the
 * reported clause as a subject: the noun is its verb (ccomp of "said"), the name its subject and
 * its nominal modifiers obliques.
 */
function reportedClauseReadAsSubject(s: ParsedSentence): void {
  for (let v = 0; v < s.words.length; v++) {
    if (s.upos[v] !== 'VERB' || !SAID.has(s.words[v].toLowerCase())) continue;
    const subjects: number[] = [];
    for (let k = 0; k < v; k++) if (s.head[k] === v + 1 && s.deprel[k] === 'nsubj') subjects.push(k);
    if (subjects.length !== 2) continue;
    const k = subjects[0];
    const name = k - 1;
    if (s.upos[k] !== 'NOUN' || name < 0 || s.upos[name] !== 'PROPN' || s.head[name] !== k + 1 || s.deprel[name] !== 'compound') continue;
    if (s.upos[k + 1] !== 'ADP' || !s.words.slice(k + 1, subjects[1]).includes(',')) continue;
    s.upos[k] = 'VERB';
    s.xpos[k] = s.words[k].toLowerCase().endsWith('s') ? 'VBZ' : 'VBP';
    s.deprel[k] = 'ccomp';
    s.deprel[name] = 'nsubj';
    for (let c = k + 1; c < s.words.length; c++) if (s.head[c] === k + 1 && s.deprel[c].startsWith('nmod')) s.deprel[c] = 'obl';
  }
}

const NOUN_VERBS = new Set(['plans', 'aims', 'vows', 'pledges', 'hopes', 'seeks', 'wants', 'intends', 'threatens', 'promises', 'offers', 'agrees', 'needs']);

function verbReadAsNoun(s: ParsedSentence): void {
  for (let k = 1; k < s.words.length; k++) {
    if (s.upos[k] !== 'NOUN' || !NOUN_VERBS.has(s.words[k].toLowerCase()) || s.deprel[k] !== 'nsubj') continue;
    const v = s.head[k] - 1;
    if (v <= k || s.upos[v] !== 'VERB' || s.words[k + 1]?.toLowerCase() !== 'to' || s.head[k + 1] !== v + 1) continue;
    const subj = k - 1;
    if (s.head[subj] !== k + 1 || s.deprel[subj] !== 'compound') continue;
    s.upos[k] = 'VERB';
    s.xpos[k] = 'VBZ';
    s.head[k] = s.head[v];
    s.deprel[k] = s.deprel[v];
    s.head[v] = k + 1;
    s.deprel[v] = 'xcomp';
    s.deprel[subj] = 'nsubj';
    // The subject's own dependents ("The US") stay; the verb's other dependents before it move up.
    for (let c = 0; c < k; c++) if (c !== subj && s.head[c] === v + 1) s.head[c] = k + 1;
  }
}

/**
 * "Mubarak said Wednesday that the US must be ready to mediate" parsed with the that-clause an
 * `acl` of "Wednesday" (or an `advcl` of it: "said on Friday that sanctions would not work"). A bare time noun ("Wednesday", obl:unmarked or obl:tmod of a verb), or a
 * day after "on" ("said on Tuesday that Tokyo would not accept ..."), takes no clause with its own
 * subject: the clause is that verb's complement. The parser may also read "that" as a relative
 * pronoun (the clause an `acl:relcl`, "that" its object); right after the day, it is the clause's
 * complementiser. A content noun before the day keeps the clause: "reiterated its demand today
 * that Israel ease restrictions" is the demand's content, not what was reiterated.
 */
function thatClauseOnTimeNoun(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    const t = s.head[k] - 1;
    if (!/^(acl|acl:relcl|advcl)$/.test(s.deprel[k]) || t < 0 || t > k || !isTimeAdjunct(s, t)) continue;
    let v = s.head[t] - 1;
    // "said at a regular press conference on Thursday that ...": the day on the verb's oblique.
    // Or on the one told ("told lawmakers on Friday that ...").
    if (s.deprel[t] === 'nmod' && v >= 0 && /^(obl|iobj)$/.test(s.deprel[v])) v = s.head[v] - 1;
    if (v < 0 || s.upos[v] !== 'VERB' || contentNounBefore(s, v, t)) continue;
    let that = -1, subj = -1;
    for (let c = 0; c < s.words.length; c++) {
      if (s.head[c] !== k + 1) continue;
      const isThat = c < k && s.words[c].toLowerCase() === 'that';
      if (isThat && (s.deprel[c] === 'mark' || c === t + 1)) that = c;
      else if (s.deprel[c].startsWith('nsubj')) subj = c;
    }
    if (subj < 0 || (that < 0 && !zeroThat(s, v, t, subj))) continue;
    s.head[k] = v + 1;
    s.deprel[k] = 'ccomp';
    if (that < 0) continue;
    s.deprel[that] = 'mark';
    s.upos[that] = 'SCONJ';
    s.xpos[that] = 'IN';
  }
}

/**
 * "The rebels said on Sunday they had fired missiles": with no "that", a clause after the day of a
 * reporting verb is its report when the clause opens with its own subject, a personal pronoun or a
 * noun (not a relative word: "on the day which ..."), right after the day.
 */
function zeroThat(s: ParsedSentence, v: number, t: number, subj: number): boolean {
  if (!isReportingWord(s.words[v].toLowerCase()) || !DAY.test(s.words[t])) return false;
  let first = subj;
  for (let c = 0; c < subj; c++) if (s.upos[c] !== 'PUNCT' && inside(s, c, subj)) first = Math.min(first, c);
  return first === t + 1 && !/^(which|that|who|whom|whose|when|where)$/i.test(s.words[subj]) && s.upos[subj] !== 'DET';
}

/** Nouns whose content a that-clause can state ("the demand that ...", "a warning that ..."). */
const CONTENT_NOUN = /^(demand|call|claim|warning|assurance|promise|pledge|hope|belief|view|statement|report|reminder|insistence|proposal|request|suggestion|threat|charge|allegation|accusation|announcement|news|message|fear|concern)s?$/i;

/** Verb v has an object before position t headed by a content noun. */
function contentNounBefore(s: ParsedSentence, v: number, t: number): boolean {
  for (let c = v + 1; c < t; c++) if (s.head[c] === v + 1 && s.deprel[c] === 'obj' && CONTENT_NOUN.test(s.words[c])) return true;
  return false;
}

/**
 * A bare time noun (obl:unmarked, obl:tmod) or a day name after "on" ("on Tuesday"), a verb's
 * adjunct or a modifier of the verb's oblique ("at a press conference on Thursday") or indirect
 * object ("told lawmakers on Friday").
 */
function isTimeAdjunct(s: ParsedSentence, t: number): boolean {
  if (/^obl:(unmarked|tmod)$/.test(s.deprel[t])) return true;
  const onDay = DAY.test(s.words[t]) && t > 0 && s.head[t - 1] === t + 1 && s.words[t - 1].toLowerCase() === 'on';
  return onDay && (s.deprel[t] === 'obl' || (s.deprel[t] === 'nmod' && /^(obl|iobj)$/.test(s.deprel[s.head[t] - 1])));
}

function thatClauses(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    if ((s.deprel[k] !== 'advcl' && s.deprel[k] !== 'xcomp') || s.upos[s.head[k] - 1] !== 'VERB') continue;
    const marks = [];
    for (let c = 0; c < k; c++) if (s.head[c] === k + 1 && s.deprel[c] === 'mark') marks.push(c);
    if (marks.length !== 1 || s.words[marks[0]].toLowerCase() !== 'that') continue;
    const before = s.words[marks[0] - 1]?.toLowerCase();
    if (before === 'so' || before === 'now' || before === 'such') continue;
    s.deprel[k] = 'ccomp';
  }
}

/** Verbs whose complement "if" opens is a question ("asked if", "did not say if"), not a condition. */
const ASKING = /^(ask|wonder|know|see|check|decide|determine|doubt|question|say|tell|learn|find|clarify|confirm|establish|investigate|examine|consider|discuss|debate|unclear|sure|certain)/i;

/**
 * A condition read as a complement: "The talks could collapse if Hamas refuses ..." with "refuses"
 * a `ccomp` of "collapse" marked by "if". A clause marked by "unless", or by "if" under a verb that
 * asks no question, is an adverbial clause, which is how modality.ts finds conditions.
 */
function conditionReadAsComplement(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    if (s.deprel[k] !== 'ccomp' || s.head[k] === 0) continue;
    const mark = s.words.findIndex((w, c) => c < k && s.head[c] === k + 1 && s.deprel[c] === 'mark' && /^(if|unless)$/i.test(w));
    if (mark < 0) continue;
    if (s.words[mark].toLowerCase() === 'if' && ASKING.test(s.words[s.head[k] - 1])) continue;
    s.deprel[k] = 'advcl';
  }
}

const RELATIVE = new Set(['which', 'who', 'that']);

function mainClauseFromRelative(s: ParsedSentence): void {
  const n = s.words.length;
  const root = s.head.indexOf(0);
  if (root < 0) return;
  // "<Name> , which|who <root> ... , <verb: conj of root>"
  const rel = s.words.findIndex((w, k) => RELATIVE.has(w.toLowerCase()) && s.head[k] === root + 1 && s.deprel[k].startsWith('nsubj'));
  if (rel < 2 || s.words[rel - 1] !== ',' || rel > root) return;
  const name = rel - 2;
  if (s.upos[name] !== 'PROPN' && s.upos[name] !== 'NOUN') return;
  if (s.head[name] !== root + 1 || s.deprel[name].startsWith('nsubj')) return;
  let main = -1;
  for (let k = root + 1; k < n; k++) if (s.head[k] === root + 1 && s.deprel[k] === 'conj' && s.upos[k] === 'VERB') { main = k; break; }
  if (main < 0) return;
  s.head[main] = 0;
  s.deprel[main] = 'root';
  s.head[name] = main + 1;
  s.deprel[name] = 'nsubj';
  s.head[root] = name + 1;
  s.deprel[root] = 'acl:relcl';
  // Everything else that hung on the old root after the main verb belongs to the main clause.
  for (let k = main + 1; k < n; k++) if (s.head[k] === root + 1) s.head[k] = main + 1;
}

function splitSubjects(s: ParsedSentence): void {
  const n = s.words.length;
  for (let v = 0; v < n; v++) {
    const subjects: number[] = [];
    for (let k = 0; k < n; k++) if (s.head[k] === v + 1 && s.deprel[k] === 'nsubj') subjects.push(k);
    if (subjects.length < 2) continue;
    const [first, ...later] = subjects;
    // Subjects before the verb: "X and Y <verb>"; each later one joins the first ("X, Y and the evil Z").
    for (const second of later) {
      if (second > v) break;
      const cc = findCc(s, v, first, second);
      if (cc < 0) continue;
      s.head[second] = first + 1;
      s.deprel[second] = 'conj';
      s.head[cc] = second + 1;
    }
  }
}

/**
 * A `cc` between the two subjects, or -1: on the verb, already on the second subject ("Colombia and
 * the ELN rebels"), or on a word between them ("Fornost and the evil awful Gondor" with "evil" read as
 * the noun conjoined to "Fornost", and "and" on it).
 */
function findCc(s: ParsedSentence, v: number, first: number, second: number): number {
  for (let k = first + 1; k < second; k++) {
    const h = s.head[k] - 1;
    if (s.deprel[k] === 'cc' && (h === v || (h > first && h <= second))) return k;
  }
  return -1;
}
