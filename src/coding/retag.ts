/**
 * A second parse for a sentence the tagger left without its verb: in "Albania on Friday denounced as
 * an ugly crime Serbia's suppression of ..." the tagger calls "denounced" a noun, and in "The
 * Palestinians reject proposed Israeli changes ..., their negotiator said" it calls "reject" one;
 * the parser then finds no predicate and the coder no event. When a sentence has no predicate with a
 * subject of its own (reporting verbs aside) and a lower-case word tagged noun, adjective or X is a
 * verb form the CAMEO verb dictionary lists, right after a nominal (or after an auxiliary and
 * adverbs: "did not even ever clash"; after a nominal and adverbs: "forces reportedly shelled"; or
 * after an aside set off by commas: "Greece, like most other members, plans")
 * and with no determiner, possessive or preposition of its own, the word is tagged a verb and the
 * sentence parsed again. The new parse is kept only when the parser, with that tag, gives the word
 * a subject: the parser still decides.
 * A relative clause's verb does not count as that predicate ("police detained dozens of protesters
 * who rallied ..., a leader said": "rallied" has "who" for subject, "detained" none).
 * Headlines (no closing punctuation) are left alone. A past participle the parser hung on the next
 * noun ("forces arrested dozens") is first tried as the past tense (pastParticipleAfterSubject).
 *
 * The reverse slip, a noun tagged a verb: in "North Korea fired two artillery shells near a vessel"
 * the tagger calls "shells" a verb, with "two" its nummod and "artillery" its subject. A numeral or
 * determiner modifies nominals only, so an -s verb with one opening its phrase (and another verb in
 * the sentence to be the predicate) is tagged a plural noun and the sentence parsed again (retagNominal).
 * So is one that adjectives lead to from a preposition or determiner ("after bloody tribal clashes"),
 * and one opening a clause whose modal verb has no subject ("that talks with Iran would resume"),
 * when the new parse gives that verb the noun as subject, or right after a past verb ("dismissed
 * reports that ..."), when it gives that verb the noun as object.
 * A that-clause's bare verb tagged a noun ("demanded that the United States lift sanctions") is
 * retag-subjunctive.ts.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { isReportingWord } from './events/attribution.js';

export interface Reparser {
  parse(words: string[], upos: string[], xpos: string[]): { head: Int32Array; deprel: string[] };
}

const SUBJECT_BEFORE = new Set(['NOUN', 'PROPN', 'PRON']);

/** "did not even ever clash": an auxiliary, then only adverbs and "not", right before word k. */
function afterAuxiliary(s: ParsedSentence, k: number): boolean {
  let w = k - 1;
  while (w >= 0 && (s.upos[w] === 'ADV' || s.upos[w] === 'PART')) w--;
  return w >= 0 && w < k - 1 && s.upos[w] === 'AUX';
}
/** "Serbian forces reportedly shelled ...": a nominal, then only adverbs, right before word k. */
function afterAdverbs(s: ParsedSentence, k: number): boolean {
  let w = k - 1;
  while (w >= 0 && s.upos[w] === 'ADV') w--;
  return w >= 0 && w < k - 1 && SUBJECT_BEFORE.has(s.upos[w]);
}
/** "Greece, like most other members, plans to ...": a comma closing an aside that a comma after a nominal opened. */
function afterParenthetical(s: ParsedSentence, k: number): boolean {
  if (s.words[k - 1] !== ',') return false;
  for (let j = 1; j < k - 1; j++) if (s.words[j] === ',' && SUBJECT_BEFORE.has(s.upos[j - 1])) return true;
  return false;
}
const NOUN_MARKS = /^(det|nmod:poss|nummod)$/;

export function retagPredicate(s: ParsedSentence, parser: Reparser, isVerbForm: (upper: string) => boolean): ParsedSentence {
  const n = s.words.length;
  // A headline or fragment (no closing punctuation) is left as tagged: its events repeat the body's.
  if (n === 0 || !/^[.!?"”']$/.test(s.words[n - 1])) return s;
  const hasSubject = new Uint8Array(n);
  for (let k = 0; k < n; k++) if (s.deprel[k].startsWith('nsubj') && s.head[k] > 0) hasSubject[s.head[k] - 1] = 1;
  const copula = new Uint8Array(n);
  for (let k = 0; k < n; k++) if (s.deprel[k] === 'cop' && s.head[k] > 0) copula[s.head[k] - 1] = 1;
  for (let v = 0; v < n; v++) {
    const verbal = s.upos[v] === 'VERB' || s.upos[v] === 'AUX' || copula[v] === 1; // "Gollum was in an accord"
    // A reporting verb's clause may hide the predicate; one governing an infinitive ("pledged to
    // lift the ban") is the predicate itself.
    const infinitive = s.deprel.some((d, c) => d === 'xcomp' && s.head[c] === v + 1);
    // A relative clause's verb ("protesters who rallied") has a subject but is not the sentence's predicate.
    const relative = s.deprel[v] === 'acl:relcl';
    if (hasSubject[v] && verbal && !relative && (!isReportingWord(s.words[v].toLowerCase()) || infinitive)) return s;
  }
  const past = pastParticipleAfterSubject(s, parser) ?? samePastAfterSubject(s, parser);
  if (past) return past;
  for (let k = 1; k < n; k++) {
    const w = s.words[k];
    if ((s.upos[k] !== 'NOUN' && s.upos[k] !== 'ADJ' && s.upos[k] !== 'X') || !/^[a-z]{3,}$/.test(w)) continue;
    if (!SUBJECT_BEFORE.has(s.upos[k - 1]) && !afterAuxiliary(s, k) && !afterAdverbs(s, k) && !afterParenthetical(s, k)) continue;
    if (s.upos[k] === 'ADJ' && !w.endsWith('ed')) continue;
    if (!isVerbForm(w.toUpperCase())) continue;
    let nounLike = false;
    for (let c = 0; c < n; c++) if (s.head[c] === k + 1 && NOUN_MARKS.test(s.deprel[c])) nounLike = true;
    if (nounLike) continue;
    const upos = s.upos.slice(), xpos = s.xpos.slice();
    upos[k] = 'VERB';
    xpos[k] = w.endsWith('ed') ? 'VBD' : w.endsWith('s') ? 'VBZ' : 'VBP';
    const { head, deprel } = parser.parse(s.words, upos, xpos);
    let subject = false;
    for (let c = 0; c < n; c++) if (head[c] === k + 1 && deprel[c].startsWith('nsubj')) subject = true;
    if (subject) return { ...s, upos, xpos, head, deprel };
  }
  return s;
}

/**
 * "Pakistani security forces arrested dozens of protesters": the tagger reads "arrested" as a
 * participle (VBN) modifying "dozens", leaving no predicate; in "Ethiopian troops shelled Eritrean
 * positions" the parser hangs the participle and its object on "troops", in "Thousands of people
 * marched in Tbilisi" on "people", the root's of-phrase. A participle right after a nominal, hung on
 * the next noun as its modifier, on that nominal (the root, a closing tag's subject or a saying verb's
 * object) with an object of its own, or on the noun of the root's of-phrase, is
 * tried as the past tense (a demonym tagged a name after it as an adjective); the new parse is kept
 * when it gives the verb a subject. Tried before a noun is made a verb: "forces" is no better predicate.
 */
function pastParticipleAfterSubject(s: ParsedSentence, parser: Reparser): ParsedSentence | null {
  for (let k = 1; k + 1 < s.words.length; k++) {
    if (s.upos[k] !== 'VERB' || s.xpos[k] !== 'VBN') continue;
    // (Or on the noun its compounds lead to: "Japan expanded export controls on ...".)
    const onNext = s.deprel[k] === 'amod' && s.head[k] >= k + 2 && s.words.slice(k + 1, s.head[k] - 1).every((_, j) => s.upos[k + 1 + j] === 'NOUN' && s.deprel[k + 1 + j] === 'compound');
    // "Ethiopian troops shelled Eritrean positions": a participle clause on the noun before it, with an object.
    // (The noun is the root, or the subject the parser gave a closing tag: "..., the military said".)
    // (Or the object the parser gave a saying verb before it: "police said Afghan militants attacked a checkpoint".)
    const noun = k - 1, sayer = s.head[noun] - 1;
    const tagged = sayer >= 0 && isReportingWord(s.words[sayer].toLowerCase()) && (s.deprel[noun] === 'nsubj' || (s.deprel[noun] === 'obj' && sayer < noun));
    const onPrevious = s.deprel[k] === 'acl' && s.head[k] === k && (s.deprel[noun] === 'root' || tagged) && s.deprel.some((d, c) => d === 'obj' && s.head[c] === k + 1);
    // "Thousands of people marched in Tbilisi": on the noun of the root's of-phrase, with or without an object.
    const ofRoot = s.deprel[k] === 'acl' && s.head[k] === k && s.deprel[noun] === 'nmod' && s.head[noun] > 0 && s.deprel[s.head[noun] - 1] === 'root';
    // "Last month, Japan expanded export controls ...": a participle with a subject of its own and no
    // auxiliary, hung on a fronted noun of time, is the past tense.
    // (A relative pronoun's clause, "China, which financed ...", is left as parsed.)
    const ownSubject = /^acl/.test(s.deprel[k]) && s.head[k - 1] === k + 1 && s.deprel[k - 1] === 'nsubj' && /^(NOUN|PROPN)$/.test(s.upos[k - 1])
      && s.head[k] < k && !s.deprel.some((d, c) => d.startsWith('aux') && s.head[c] === k + 1);
    if (!onNext && !onPrevious && !ofRoot && !ownSubject) continue;
    // Modifying the next noun, a participle needs a past-tense look: -ed, a verb whose past tense is
    // its bare form ("The United States cut aid to ..."), or an irregular one whose past tense is its
    // participle ("Israeli warplanes struck targets in ..."; not "taken", never a past tense).
    if (!SUBJECT_BEFORE.has(s.upos[k - 1]) || (!onPrevious && !/ed$/.test(s.words[k]) && !SAME_PAST.test(s.words[k]) && !PAST_IS_PARTICIPLE.test(s.words[k]))) continue;
    const xpos = s.xpos.slice(), upos = s.upos.slice();
    xpos[k] = 'VBD';
    // A demonym before the object is its adjective ("Eritrean positions"), not a name of its own.
    for (let c = k + 1; c < s.words.length && s.upos[c] === 'PROPN' && s.head[c] > c + 1 && /(an|ese|ish|i)$/.test(s.words[c]); c++) {
      upos[c] = 'ADJ';
      xpos[c] = 'JJ';
    }
    // "Russian police today arrested dozens": the day between subject and verb is an adverb of time.
    if (k > 1 && /^(today|yesterday|tonight)$/i.test(s.words[k - 1])) {
      upos[k - 1] = 'ADV';
      xpos[k - 1] = 'RB';
    }
    const { head, deprel } = parser.parse(s.words, upos, xpos);
    if (hasSubjectBefore(head, deprel, k)) return { ...s, upos, xpos, head, deprel };
    // Only a shape the retry made: one the first parse had already is left to repair.ts, which keeps
    // that parse's other attachments ("blocked roads ... to demand": the purpose stays the verb's).
    if (!onPrevious && clauseFromRootAcl(head, deprel, k)) return { ...s, upos, xpos, head, deprel };
  }
  return null;
}

/**
 * "Russia cut gas supplies to Moldova", "Ukraine cut trade ties with Iran": a verb whose past tense
 * is its bare form, right after the subject, read as an adjective ("cut gas") or a modal; the
 * sentence then has no predicate, and a plural noun after it would be made the verb. It is tried as
 * the past tense first, and kept when the parse gives it a subject.
 */
function samePastAfterSubject(s: ParsedSentence, parser: Reparser): ParsedSentence | null {
  for (let k = 1; k + 1 < s.words.length; k++) {
    if ((s.upos[k] !== 'ADJ' && s.upos[k] !== 'AUX') || !SAME_PAST.test(s.words[k]) || !SUBJECT_BEFORE.has(s.upos[k - 1])) continue;
    const upos = s.upos.slice(), xpos = s.xpos.slice();
    upos[k] = 'VERB';
    xpos[k] = 'VBD';
    const { head, deprel } = parser.parse(s.words, upos, xpos);
    if (hasSubjectBefore(head, deprel, k)) return { ...s, upos, xpos, head, deprel };
  }
  return null;
}

/** Some word before k is the subject of word k. */
function hasSubjectBefore(head: Int32Array, deprel: string[], k: number): boolean {
  for (let c = 0; c < k; c++) if (head[c] === k + 1 && deprel[c].startsWith('nsubj')) return true;
  return false;
}

/**
 * The past tense the parser still hangs on the root noun before it, with an object ("Israeli
 * warplanes struck targets in southern Lebanon on Wednesday, in the latest violation of ..." has
 * "warplanes" its root): the clause is built by hand, the verb the root and the noun its subject,
 * the noun's phrases after the verb the verb's (of-phrases as obliques). In place; true if done.
 */
function clauseFromRootAcl(head: Int32Array, deprel: string[], k: number): boolean {
  const noun = k - 1;
  if (deprel[k] !== 'acl' || head[k] !== noun + 1 || deprel[noun] !== 'root' || !deprel.some((d, c) => d === 'obj' && head[c] === k + 1)) return false;
  head[k] = 0;
  deprel[k] = 'root';
  head[noun] = k + 1;
  deprel[noun] = 'nsubj';
  for (let c = k + 1; c < deprel.length; c++) {
    if (head[c] !== noun + 1) continue;
    head[c] = k + 1;
    if (deprel[c] === 'nmod') deprel[c] = 'obl';
  }
  return true;
}

const NOMINAL_ONLY = /^(det|nummod)$/;
/** Verbs whose past tense and participle are the bare form. */
const SAME_PAST = /^(cut|hit|shut|put|set|let|quit|beat|cast|spread)$/;
/** Irregular verbs of news events whose past tense and past participle are one form. */
const PAST_IS_PARTICIPLE = /^(struck|shot|held|sent|fought|caught|led|fled|met|told|sought|brought|built|lost|won|left|kept|found|laid|paid|sold|spent|dealt)$/;

export function retagNominal(s: ParsedSentence, parser: Reparser): ParsedSentence {
  const n = s.words.length;
  for (let k = 0; k < n; k++) {
    // A plural form ("shells", "attacks") the tagger read as a third-person verb.
    if (s.upos[k] !== 'VERB' || s.xpos[k] !== 'VBZ' || !/^[a-z]{3,}s$/.test(s.words[k])) continue;
    // The numeral or determiner opens the word's own phrase: only nouns and adjectives between.
    let marked = false;
    for (let c = k - 1; c >= 0 && !marked; c--) {
      if (s.head[c] === k + 1 && NOMINAL_ONLY.test(s.deprel[c])) marked = true;
      else if (!/^(NOUN|ADJ|PROPN|NUM)$/.test(s.upos[c])) break;
    }
    marked ||= adjectivesAfterPreposition(s, k) || pluralNumeralBefore(s, k);
    const subjectless = marked ? -1 : modalVerbWithoutSubject(s, k);
    // "Russia dismissed reports that ...": a past verb is followed by its object, not by another finite verb.
    const afterPast = !marked && subjectless < 0 ? pastVerbBefore(s, k) : -1;
    const permitter = !marked && subjectless < 0 && afterPast < 0 ? permissionHead(s, k) : -1;
    if ((!marked && subjectless < 0 && afterPast < 0 && permitter < 0) || !s.upos.some((u, v) => v !== k && u === 'VERB')) continue;
    const upos = s.upos.slice(), xpos = s.xpos.slice();
    upos[k] = 'NOUN';
    xpos[k] = s.words[k].endsWith('s') ? 'NNS' : 'NN';
    // The clause's "that" is then its complementiser, not a pronoun subject.
    if (subjectless >= 0 && k > 0 && s.words[k - 1].toLowerCase() === 'that') {
      upos[k - 1] = 'SCONJ';
      xpos[k - 1] = 'IN';
    }
    const { head, deprel } = parser.parse(s.words, upos, xpos);
    // Without a determiner to go by, the parser decides: the verb must take the noun as its subject.
    if (subjectless >= 0 && !(head[k] === subjectless + 1 && deprel[k].startsWith('nsubj'))) continue;
    if (afterPast >= 0 && !(head[k] === afterPast + 1 && deprel[k] === 'obj')) continue;
    if (permitter >= 0 && !(head[k] === permitter + 1 && deprel[k] === 'obj')) continue;
    return { ...s, upos, xpos, head, deprel };
  }
  return s;
}

/**
 * "Russia dismissed reports that ...", "Germany halted arms exports to Turkey": the past verb right
 * before the -s word, or before the common nouns that lead to it (the parser made "arms" the subject
 * of "exports"), or a past verb or gerund before a name's possessive and those nouns ("condemning
 * North Korea's missile launches"); a verb of saying takes a clause after nouns ("said police fires
 * ..."), so not then. Its index, or -1 (the new parse must make the -s word its object).
 */
function pastVerbBefore(s: ParsedSentence, k: number): number {
  let p = k - 1;
  while (p > 0 && s.upos[p] === 'NOUN' && /^[a-z]+$/.test(s.words[p])) p--;
  // "condemning North Korea's missile launches": a possessor before those nouns, after a past verb or a gerund.
  const possessed = p > 1 && p < k - 1 && s.xpos[p] === 'POS';
  if (possessed) {
    p--;
    while (p > 0 && s.upos[p] === 'PROPN') p--;
  }
  if (p < 0 || s.upos[p] !== 'VERB' || !(possessed ? /^VB[DNG]$/ : /^VB[DN]$/).test(s.xpos[p])) return -1;
  return p === k - 1 || !isReportingWord(s.words[p].toLowerCase()) ? p : -1;
}

/**
 * "handed over three terror suspects": a numeral above one on the nouns right before the -s word
 * makes their phrase plural, and a plural phrase is no subject of a third-person singular verb.
 */
function pluralNumeralBefore(s: ParsedSentence, k: number): boolean {
  let c = k - 1;
  while (c >= 0 && /^(NOUN|PROPN)$/.test(s.upos[c])) c--;
  if (c === k - 1 || c < 0 || s.upos[c] !== 'NUM' || /^(one|1)$/i.test(s.words[c])) return false;
  const h = s.head[c] - 1;
  return h > c && h < k;
}

/** Verbs of letting whose complement clause is an infinitive ("allowed monitors to enter"), never a finite verb. */
const PERMISSION = /^(allow|allows|allowed|allowing|permit|permits|permitted|permitting|let|lets|letting|enable|enables|enabled|enabling)$/;

/**
 * "Myanmar allowed UN monitors into Rakhine": the tagger reads "UN monitors" as a clause, "monitors"
 * a verb with "UN" its subject. A verb of letting takes an infinitive, not a finite third-person
 * verb, so the -s word of its complement clause with no "that" is a noun when the parser, with it,
 * makes it the verb's object. The index of that verb, or -1.
 */
function permissionHead(s: ParsedSentence, k: number): number {
  const v = s.head[k] - 1;
  if (s.deprel[k] !== 'ccomp' || v < 0 || !PERMISSION.test(s.words[v].toLowerCase())) return -1;
  return s.head.some((h, c) => h === k + 1 && s.deprel[c] === 'mark') ? -1 : v;
}

/**
 * "after bloody tribal clashes": adjectives right after a preposition or determiner open a noun
 * phrase, so the -s word they lead to is its noun ("after Russia attacks" has a name between: no).
 */
function adjectivesAfterPreposition(s: ParsedSentence, k: number): boolean {
  let c = k - 1;
  while (c >= 0 && s.upos[c] === 'ADJ') c--;
  if (c === k - 1 || c < 0) return false;
  return (s.upos[c] === 'ADP' && s.words[c].toLowerCase() !== 'to') || s.upos[c] === 'DET';
}

/**
 * "... that talks with Iran would resume": the -s word opens a clause ("that", a comma or the
 * start) and a later verb with a modal or auxiliary but no subject follows after only its own
 * phrase (a preposition and nominals). The index of that verb, or -1.
 */
function modalVerbWithoutSubject(s: ParsedSentence, k: number): number {
  const before = k === 0 ? '' : s.words[k - 1].toLowerCase();
  if (k > 0 && before !== 'that' && before !== ',') return -1;
  for (let w = k + 1; w < s.words.length; w++) {
    if (s.upos[w] === 'AUX') {
      const v = s.head[w] - 1;
      if (v <= w || s.upos[v] !== 'VERB') return -1;
      for (let c = 0; c < s.words.length; c++) if (s.head[c] === v + 1 && s.deprel[c].startsWith('nsubj')) return -1;
      return v;
    }
    if (!/^(ADP|DET|ADJ|NOUN|PROPN|NUM)$/.test(s.upos[w])) return -1;
  }
  return -1;
}
