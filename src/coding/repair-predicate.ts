/**
 * Repairs of sentences the parser left without a verbal predicate or with two subjects (see
 * repair.ts for the rules every repair follows: narrow, only on trees no valid UD analysis has).
 *
 * - Verb read as a modifier: "Israeli tanks shelled positions near Rafah" parsed as one noun phrase,
 *   "positions" its root with "tanks" as `nsubj` and "shelled" an `amod`; likewise "President Bill
 *   Clinton has imposed sanctions ..." with "imposed" (which has its own `aux`!) an `amod` of
 *   "sanctions". A nominal root without a copula cannot have a subject, and an adjectival modifier
 *   cannot have an auxiliary: the verb is the predicate. It becomes the root, the noun it modified
 *   its object, the nominal before it its subject.
 * - Two subjects with no conjunction: "Human rights watchdog Amnesty International accused ..." with
 *   "rights" and "International" both `nsubj` of "accused". When the first is a common noun right
 *   before the second's phrase, it is a modifier of the second (`compound`), as in "rights group
 *   Amnesty".
 *   A number before the subject's noun read as a second subject ("Three US servicemen were killed",
 *   "Three" and "servicemen" both `nsubj:pass`) counts the noun: it becomes its `nummod`.
 * - A past-tense verb read as an adjective between subject and object: "Irish guerrillas wounded two
 *   British soldiers in an attack, police said" with "wounded" an `amod` of "soldiers" and
 *   "soldiers" an `nmod` of "guerrillas", the whole the subject of "said". An "-ed" modifier right
 *   after a noun and right before a determiner or numeral opens a clause: it becomes the verb, the
 *   noun before it its subject, the phrase after it its object, and the clause takes the place the
 *   noun had (root, or the complement of the verb it was the subject of).
 * - A closing reporting tag read as a coordinate clause: "..., a Jordanian official confirmed." with
 *   "confirmed" a `conj` of the main verb, though no conjunction joins them; or as its complement
 *   ("Gondor and Arnor have agreed upon a pact, the palace announced Tuesday" with "announced" a
 *   `ccomp` or `xcomp` of "agreed", its subject then read as the target of the agreement), or as a
 *   relative clause of the noun before its comma ("Ghana accepted the plan, Downing Street said"). A reporting verb with a
 *   subject of its own, after a comma, ending the sentence and joined by no `cc`, is the tag
 *   (`parataxis`), which is how attribution finds the speaker.
 * - A closing reporting tag that took the main clause's words: "Arnor will restore ties with Gondor
 *   five years after crowds burned its embassy, a senior official said" with "years" an `obl` of
 *   "said". A tag set off by a comma before its subject governs nothing before that comma: its
 *   dependents there go back to the nearest verb of the main clause before them.
 * - An object before its subject: "Eriador's death and injury toll has risen" with "death" an `obj`
 *   of "risen" and "toll" its subject. An object standing right before the verb's subject, with
 *   only its own conjuncts between, modifies the subject's head (`compound`).
 * - The first of comma-joined adjectives read as the verb's complement: "restore complete, full
 *   diplomatic ties with Pakistan" with "complete" an `xcomp` of "restore" and "ties" a `conj`
 *   elsewhere. An adjective right after an object-less verb, followed by a comma and adjectives
 *   leading to a noun attached away from the verb, modifies that noun, which is the verb's object.
 * - A name conjoined to the place before its title: "Bree Prime Minister Romendacil won't clash"
 *   with "Romendacil" a `conj` of "Bree" and no conjunction or comma between. A conjunct needs a
 *   coordinator or a comma; a name whose words between are only its own title is the head, and the
 *   name before it its modifier (`compound`).
 * - A past-tense verb after "on <day>" read as an adjective: "Israel on Monday closed border
 *   crossings, officials said" with "closed" an `amod` of "crossings" and the phrase a nominal
 *   clause, or "The UN on Tuesday reduced food aid to ..., officials said" with the whole a second
 *   subject of "said". "on Monday closed crossings" is no noun phrase: the "-ed" word is the verb,
 *   the phrase before "on" its subject, the noun it modified its object, the day its oblique; the
 *   clause takes the noun's place, or is the complement of the verb with two subjects.
 * - An -ed verb read as a modifier of a noun that the parser makes the object of another noun: "In an
 *   unprecedented move, Palestinian police in Jericho confiscated weapons, the army said" with
 *   "police" a conjunct of "move", "weapons" its `obj` and "confiscated" an `amod`. A noun takes no
 *   object: the -ed word is the verb, the noun its object, the phrase before it its subject, and the
 *   noun that had the object an oblique of the new clause.
 * - An -ed verb read as a modifier inside a subject: "The UN on Tuesday reduced food supplies to the
 *   camp because rice was diverted, officials said" with "supplies" an `nmod` of "UN" and "UN" a
 *   second subject of "diverted" (or of "said"). A verb with two subjects has one too many: the -ed
 *   word is the first one's verb, the noun it modified its object; its clause is the complement of
 *   a reporting verb, or takes the place of the other verb, whose marked clause becomes its adverbial.
 * - A subject pronoun read as an apposition: "Japan said on Tuesday it had halted aid" with "it" an
 *   `appos` of "Tuesday". A nominative pronoun is never an apposition: it is the subject of the next
 *   verb that has none.
 * - A past-tense verb read as a passive participle on its subject, its object an agent with no "by":
 *   "The army forced out on Monday 300 villagers from their homes, residents said" with "forced" an
 *   `acl` of "army" and "villagers" its `obl:agent`, so the villagers did the forcing. An English
 *   passive agent has "by": the agent is the object, the verb the predicate and the noun before it
 *   its subject; the clause takes the noun's place (agentWithoutBy).
 */
import type { ParsedSentence } from '../syntax/types.js';
import { isReportingWord } from './events/attribution.js';

const NOMINAL = new Set(['NOUN', 'PROPN']);
const SEPARATING = new Set(['PUNCT', 'CCONJ', 'ADP', 'DET', 'SCONJ', 'PRON']);

/** Hangs word k on word h (-1: the root) with relation rel. */
function attach(s: ParsedSentence, k: number, h: number, rel: string): void {
  s.head[k] = h + 1;
  s.deprel[k] = rel;
}

/** The dependents of word h, in word order. */
export const kidsOf = (s: ParsedSentence, h: number): number[] => {
  const out: number[] = [];
  for (let k = 0; k < s.words.length; k++) if (s.head[k] === h + 1) out.push(k);
  return out;
};

export function verbReadAsModifier(s: ParsedSentence): void {
  const root = s.head.indexOf(0);
  if (root < 0 || !NOMINAL.has(s.upos[root])) return;
  const rootKids = kidsOf(s, root);
  if (rootKids.some((c) => s.deprel[c] === 'cop')) return;
  const rootSubj = rootKids.find((c) => s.deprel[c].startsWith('nsubj'));
  for (let v = 0; v < s.words.length; v++) {
    if (s.upos[v] !== 'VERB' || s.deprel[v] !== 'amod') continue;
    const noun = s.head[v] - 1;
    if (noun <= v) continue;
    const hasAux = kidsOf(s, v).some((c) => s.deprel[c].startsWith('aux'));
    // Who is the subject: the root's stray subject before the verb, or a root name before it.
    const subj = rootSubj !== undefined && rootSubj < v ? rootSubj : root < v ? root : -1;
    // Evidence that it predicates: its own auxiliary, a stray subject on the root, a past-tense tag,
    // or a nominal before it in a sentence with no other verb ("Russian tanks shelled positions").
    const onlyVerb = !s.upos.some((u, k) => k !== v && (u === 'VERB' || u === 'AUX') && s.deprel[k] !== 'amod');
    // "Sergei Shoigu, the Russian minister, demanded parties to ...": right after the comma that
    // closes the root name's appositive.
    const afterAppositive = s.words[v - 1] === ',' && root < v && s.upos[root] === 'PROPN';
    if (subj < 0 || (!hasAux && rootSubj === undefined && s.xpos[v] !== 'VBD' && !onlyVerb && !afterAppositive)) continue;
    if (noun !== root && subj !== root) continue;
    const moving = subj === root ? kidsOf(s, root).filter((c) => c > v && c !== noun) : kidsOf(s, root).filter((c) => c > noun && s.deprel[c] === 'punct');
    attach(s, v, -1, 'root');
    attach(s, noun, v, 'obj');
    attach(s, subj, v, 'nsubj');
    for (const c of moving) s.head[c] = v + 1;
    return;
  }
}

const SUBORDINATING = /^(as|while|when|after|before|because|since|until|once)$/i;

/** The first word of k's subtree. */
function firstWordOf(s: ParsedSentence, k: number): number {
  let first = k;
  for (let w = 0; w < k; w++) {
    let h = w;
    for (let g = 0; h >= 0 && h !== k && g < s.words.length; g++) h = s.head[h] - 1;
    if (h === k) { first = w; break; }
  }
  return first;
}

export function doubledSubject(s: ParsedSentence): void {
  for (let v = 0; v < s.words.length; v++) {
    const subjects = kidsOf(s, v).filter((c) => s.deprel[c].startsWith('nsubj') && c < v);
    if (subjects.length !== 2 || s.deprel[subjects[0]] !== s.deprel[subjects[1]]) continue;
    const [a, b] = subjects;
    // "Three US servicemen were killed" with "Three" a second subject: the number counts the noun.
    if (s.upos[a] === 'NUM' && NOMINAL.has(s.upos[b]) && s.words.slice(a + 1, b).every((_, i) => s.head[a + 1 + i] === b + 1 && !SEPARATING.has(s.upos[a + 1 + i]))) {
      attach(s, a, b, 'nummod');
      continue;
    }
    // "A US national has been put under investigation" with "national" an adjective and a second
    // subject: an adjective is no subject; right after the name it is the noun the name modifies.
    if (b === a + 1 && s.upos[b] === 'ADJ' && /^(NOUN|PROPN)$/.test(s.upos[a])) {
      s.upos[b] = 'NOUN';
      for (const c of kidsOf(s, a)) if (c < a) s.head[c] = b + 1;
      attach(s, a, b, 'compound');
      continue;
    }
    // "Russia's Africa Corps attacked ..." with "Russia" a second subject: a name marked by "'s"
    // right before the other subject possesses it.
    if (kidsOf(s, a).some((c) => c === a + 1 && /^['’]s?$/i.test(s.words[c])) && firstWordOf(s, b) === a + 2) {
      attach(s, a, b, 'nmod:poss');
      continue;
    }
    if (s.deprel[a] !== 'nsubj') continue;
    // "Seoul's Quiet Anxiety as Washington Reaches Out to Pyongyang" (a headline: a noun phrase and
    // a clause about it) with "as" a case of "Washington": the subordinator marks the clause, whose
    // subject is the nearer noun, and the clause is an adverbial of the first noun, the root.
    const sub = kidsOf(s, b).find((k) => k < b && s.deprel[k] === 'case' && SUBORDINATING.test(s.words[k]));
    if (sub !== undefined && s.head[v] === 0) {
      attach(s, sub, v, 'mark');
      s.upos[sub] = 'SCONJ';
      attach(s, a, -1, 'root');
      attach(s, v, a, 'advcl');
      continue;
    }
    if (s.upos[a] !== 'NOUN' || !NOMINAL.has(s.upos[b])) continue;
    // Nothing but name and descriptor words between them: no punctuation, conjunction, preposition,
    // determiner ("the centre of a row between X the Brown") or other clause word.
    let clean = true;
    for (let k = a + 1; k < b; k++) if (SEPARATING.has(s.upos[k]) || s.head[k] === v + 1) clean = false;
    if (!clean) continue;
    attach(s, a, b, 'compound');
  }
}

const NOMINATIVE = new Set(['it', 'he', 'she', 'they', 'we', 'i']);

export function pronounReadAsApposition(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    if (s.deprel[k] !== 'appos' || s.upos[k] !== 'PRON' || !NOMINATIVE.has(s.words[k].toLowerCase())) continue;
    for (let v = k + 1; v < s.words.length; v++) {
      if (s.upos[v] !== 'VERB' && s.upos[v] !== 'ADJ' && s.upos[v] !== 'NOUN') continue;
      if (s.upos[v] !== 'VERB' && !kidsOf(s, v).some((c) => s.deprel[c] === 'cop')) continue;
      if (kidsOf(s, v).some((c) => s.deprel[c].startsWith('nsubj'))) break;
      attach(s, k, v, 'nsubj');
      break;
    }
  }
}

const NP_START = new Set(['DET', 'NUM']);

export function participleBetweenNouns(s: ParsedSentence): void {
  for (let k = 1; k + 1 < s.words.length; k++) {
    if (s.deprel[k] !== 'amod' || !/ed$/i.test(s.words[k]) || (s.upos[k] !== 'ADJ' && s.upos[k] !== 'VERB')) continue;
    const subj = k - 1, obj = s.head[k] - 1;
    if (!NOMINAL.has(s.upos[subj]) || obj <= k || s.head[obj] !== subj + 1) continue;
    if (!NP_START.has(s.upos[k + 1]) && !(s.upos[k + 1] === 'PRON' && s.deprel[k + 1] === 'nmod:poss')) continue;
    const up = s.head[subj], rel = s.deprel[subj];
    if (rel !== 'root' && !(rel.startsWith('nsubj') && up > 0 && s.upos[up - 1] === 'VERB')) continue;
    s.upos[k] = 'VERB';
    s.xpos[k] = 'VBD';
    attach(s, k, up - 1, rel === 'root' ? 'root' : 'ccomp');
    attach(s, subj, k, 'nsubj');
    attach(s, obj, k, 'obj');
    moveTrailingKids(s, subj, k, k);
    return;
  }
}

export function agentWithoutBy(s: ParsedSentence): void {
  for (let v = 1; v < s.words.length; v++) {
    if (s.upos[v] !== 'VERB' || s.deprel[v] !== 'acl' || !/^VB[DN]$/.test(s.xpos[v])) continue;
    const kids = kidsOf(s, v);
    const agents = kids.filter((c) => s.deprel[c] === 'obl:agent' && !kidsOf(s, c).some((k) => s.deprel[k] === 'case'));
    if (!agents.length || kids.some((c) => /^(nsubj|aux|mark|obj)/.test(s.deprel[c]))) continue;
    const subj = s.head[v] - 1;
    if (subj !== v - 1 || !NOMINAL.has(s.upos[subj])) continue;
    const up = s.head[subj], rel = s.deprel[subj];
    // The noun phrase is the root, a reporting verb's subject beside the tag's own, or its complement.
    if (rel !== 'root' && !(/^(nsubj|ccomp)/.test(rel) && up > 0 && s.upos[up - 1] === 'VERB')) continue;
    attach(s, v, up - 1, rel === 'root' ? 'root' : 'ccomp');
    attach(s, subj, v, 'nsubj');
    for (const a of agents) s.deprel[a] = 'obj';
    moveTrailingKids(s, subj, v, v);
    return;
  }
}

export function closingReportingTag(s: ParsedSentence): void {
  const n = s.words.length;
  let end = n - 1;
  while (end > 0 && s.upos[end] === 'PUNCT') end--;
  // The tag's verb: the last verb, with only its own dependents after it ("announced Tuesday").
  let v = end;
  while (v > 0 && s.upos[v] !== 'VERB') v--;
  for (let k = v + 1; k <= end; k++) if (!under(s, k, v)) return;
  const rel = s.deprel[v];
  if (!/^(conj|ccomp|xcomp|advcl|acl:relcl|parataxis)$/.test(rel) || s.head[v] - 1 > v || s.upos[v] !== 'VERB' || !isReportingWord(s.words[v].toLowerCase())) return;
  const kids = kidsOf(s, v);
  // A tag read as such but hung on a clause that modifies a noun ("... gave him 48 hours to leave
  // the country, state television reported" on "leave") tags the whole sentence: the root.
  if (rel === 'parataxis') {
    const root = s.head.indexOf(0);
    if (root < 0 || !/^acl/.test(s.deprel[s.head[v] - 1]) || kids.some((c) => /^(mark|obj|ccomp|xcomp)$/.test(s.deprel[c]))) return;
    if (!kids.some((c) => s.deprel[c].startsWith('nsubj')) || s.words[phraseStart(s, v) - 1] !== ',') return;
    attach(s, v, root, 'parataxis');
    return;
  }
  if (kids.some((c) => s.deprel[c] === 'cc') || !kids.some((c) => s.deprel[c].startsWith('nsubj'))) return;
  // As a complement or relative clause it would say something: a tag has no "that", relative
  // pronoun, object or clause of its own.
  if (rel !== 'conj' && kids.some((c) => /^(mark|obj|ccomp|xcomp)$/.test(s.deprel[c]) || s.upos[c] === 'PRON')) return;
  // A relative clause's tag belongs to the verb whose clause holds the noun.
  let main = s.head[v] - 1;
  while (rel === 'acl:relcl' && main >= 0 && s.upos[main] !== 'VERB') main = s.head[main] - 1;
  if (main < 0) return;
  // The tag's first word: the leftmost word under the verb, punctuation aside.
  const first = phraseStart(s, v);
  if (s.words[first - 1] !== ',') return;
  // A clause modifying a noun is not what the tag reports: the sentence is (as above).
  const root = s.head.indexOf(0);
  attach(s, v, /^acl/.test(s.deprel[main]) && root >= 0 ? root : main, 'parataxis');
}

/** The leftmost word of w's phrase, punctuation aside, looking no further left than past `floor`. */
export function phraseStart(s: ParsedSentence, w: number, floor = -1): number {
  let first = w;
  for (let k = w - 1; k > floor; k--) if (s.upos[k] !== 'PUNCT' && under(s, k, w)) first = k;
  return first;
}

/** True when word k is in the subtree of word v. */
export function under(s: ParsedSentence, k: number, v: number): boolean {
  for (let h = k, guard = 0; h >= 0 && guard <= s.words.length; h = s.head[h] - 1, guard++) if (h === v) return true;
  return false;
}

export function reportingTagTakesMainWords(s: ParsedSentence): void {
  for (let v = 0; v < s.words.length; v++) {
    if (s.upos[v] !== 'VERB' || !isReportingWord(s.words[v].toLowerCase())) continue;
    const kids = kidsOf(s, v);
    const subj = kids.find((c) => s.deprel[c] === 'nsubj' && c < v);
    if (subj === undefined) continue;
    // The tag's first word: the leftmost word of the subject's phrase, which a comma must precede.
    const comma = phraseStart(s, subj) - 1;
    if (comma < 1 || s.words[comma] !== ',' || under(s, s.head[v] - 1, v)) continue;
    // A closing tag: it hangs on the clause before the comma, or (as the root) governs it as ccomp.
    if (s.head[v] === 0 ? !kids.some((c) => c < comma && s.deprel[c] === 'ccomp') : s.head[v] - 1 >= comma) continue;
    for (const d of kids) {
      // The reported clause itself (a ccomp when the tag is the root) stays.
      if (d >= comma || s.deprel[d] === 'punct' || s.deprel[d] === 'ccomp') continue;
      let host = -1;
      for (let k = d - 1; k >= 0 && host < 0; k--) if (s.upos[k] === 'VERB' && !under(s, k, d)) host = k;
      if (host >= 0) s.head[d] = host + 1;
    }
  }
}

export function objectBeforeSubject(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    const v = s.head[k] - 1;
    if (s.deprel[k] !== 'obj' || v <= k || !NOMINAL.has(s.upos[k])) continue;
    const subj = kidsOf(s, v).find((c) => s.deprel[c] === 'nsubj' && c > k && c < v);
    if (subj === undefined || s.upos[subj] !== 'NOUN') continue;
    // Between them only the object's own dependents ("and injury"), and the subject's left modifiers.
    let clean = true;
    for (let w = k + 1; w < subj; w++) if (s.upos[w] === 'PUNCT' || (!under(s, w, k) && !under(s, w, subj))) clean = false;
    if (!clean || kidsOf(s, subj).some((c) => c < k)) continue;
    attach(s, k, subj, 'compound');
  }
}

export function adjectiveCutOffItsNoun(s: ParsedSentence): void {
  for (let k = 1; k + 2 < s.words.length; k++) {
    const v = s.head[k] - 1;
    if (s.upos[k] !== 'ADJ' || v !== k - 1 || s.upos[v] !== 'VERB' || s.words[k + 1] !== ',') continue;
    if (!/^(xcomp|obj|advmod)$/.test(s.deprel[k]) || kidsOf(s, v).some((c) => s.deprel[c] === 'obj')) continue;
    let n = k + 2;
    while (n < s.words.length && s.upos[n] === 'ADJ') n++;
    while (n + 1 < s.words.length && s.upos[n] === 'NOUN' && s.deprel[n] === 'compound' && s.head[n] - 1 > n) n++;
    if (n === k + 2 || s.upos[n] !== 'NOUN' || s.head[n] - 1 === v || under(s, v, n)) continue;
    if (kidsOf(s, k).length > 0) continue;
    attach(s, n, v, 'obj');
    attach(s, k, n, 'amod');
    attach(s, k + 1, n, 'punct');
  }
}

export function conjunctWithoutCoordinator(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    const h = s.head[k] - 1;
    if (s.deprel[k] !== 'conj' || h < 0 || h >= k || s.upos[k] !== 'PROPN' || s.upos[h] !== 'PROPN') continue;
    let clean = true;
    for (let w = h + 1; w < k; w++) if (s.upos[w] === 'PUNCT' || s.upos[w] === 'CCONJ' || !under(s, w, k)) clean = false;
    if (!clean || kidsOf(s, k).some((c) => s.deprel[c] === 'cc')) continue;
    attach(s, k, s.head[h] - 1, s.deprel[h]);
    attach(s, h, k, 'compound');
  }
}

/**
 * "Sergei Shoigu, the Russian Emergency Situations Minister, demanded ..." parsed with "Minister" a
 * `conj` of the name: one actor read as two. A conjunct with no coordinator, set off by commas on
 * both sides and opened by a determiner, that is its head's only conjunct, is an apposition.
 */
export function appositionReadAsConjunct(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    const h = s.head[k] - 1;
    if (s.deprel[k] !== 'conj' || h < 0 || h >= k || !NOMINAL.has(s.upos[k]) || !NOMINAL.has(s.upos[h])) continue;
    if (kidsOf(s, h).some((c) => c !== k && (s.deprel[c] === 'conj' || s.deprel[c] === 'cc'))) continue;
    if (kidsOf(s, k).some((c) => s.deprel[c] === 'cc' || s.deprel[c] === 'conj')) continue;
    let first = k, last = k;
    for (let w = 0; w < s.words.length; w++) {
      if (w === k || !under(s, w, k) || s.upos[w] === 'PUNCT') continue;
      first = Math.min(first, w);
      last = Math.max(last, w);
    }
    if (first < 1 || s.words[first - 1] !== ',' || s.words[last + 1] !== ',' || !/^(the|a|an)$/i.test(s.words[first])) continue;
    s.deprel[k] = 'appos';
  }
}

/** A day named relative to the text's date or by its weekday. */
export const DAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i;

export function participleAfterDay(s: ParsedSentence): void {
  for (let v = 2; v < s.words.length; v++) {
    if (s.upos[v] !== 'VERB' || s.deprel[v] !== 'amod' || !/ed$/i.test(s.words[v])) continue;
    const day = v - 1, on = v - 2;
    const obj = s.head[v] - 1;
    if (!DAY.test(s.words[day]) || s.words[on].toLowerCase() !== 'on' || obj <= v || !NOMINAL.has(s.upos[obj]) || s.deprel[obj].startsWith('nsubj')) continue;
    // The subject: the head of the phrase that ends right before "on".
    let subj = on - 1;
    for (let g = 0; subj >= 0 && s.head[subj] > 0 && s.head[subj] - 1 < on && g < s.words.length; g++) subj = s.head[subj] - 1;
    if (subj < 0 || !NOMINAL.has(s.upos[subj])) continue;
    const up = s.head[subj] - 1;
    let place: [number, string];
    if (s.deprel[subj] === 'root') place = [-1, 'root'];
    else if (up === obj) place = [s.head[obj] - 1, s.deprel[obj]];
    else if (s.deprel[subj] === 'nsubj' && isReportingWord(s.words[up].toLowerCase()) && kidsOf(s, up).some((c) => c !== subj && s.deprel[c] === 'nsubj')) place = [up, 'ccomp'];
    else continue;
    s.xpos[v] = 'VBD';
    attach(s, v, place[0], place[1]);
    attach(s, subj, v, 'nsubj');
    attach(s, obj, v, 'obj');
    attach(s, day, v, 'obl');
    attach(s, on, day, 'case');
    moveTrailingKids(s, subj, subj, v);
    return;
  }
}

export function participleWithNounHead(s: ParsedSentence): void {
  for (let o = 1; o < s.words.length; o++) {
    const n0 = s.head[o] - 1;
    if (s.deprel[o] !== 'obj' || n0 < 0 || n0 >= o || !NOMINAL.has(s.upos[n0])) continue;
    const v = kidsOf(s, o).find((c) => c < o && s.deprel[c] === 'amod' && s.upos[c] === 'VERB' && /ed$/i.test(s.words[c]));
    if (v === undefined || v - 1 <= n0) continue;
    // The subject: the phrase that ends right before the verb, climbed up to just below the noun head.
    let subj = v - 1;
    for (let g = 0; s.head[subj] - 1 !== n0 && s.head[subj] > 0 && g < s.words.length; g++) subj = s.head[subj] - 1;
    if (s.head[subj] - 1 !== n0 || !NOMINAL.has(s.upos[subj]) || kidsOf(s, subj).some((c) => s.deprel[c] === 'case')) continue;
    const up = s.head[n0] - 1;
    s.xpos[v] = 'VBD';
    attach(s, v, up, up >= 0 && isReportingWord(s.words[up].toLowerCase()) ? 'ccomp' : s.deprel[n0]);
    attach(s, n0, v, 'obl');
    attach(s, subj, v, 'nsubj');
    attach(s, o, v, 'obj');
    for (const c of kidsOf(s, n0)) if (c > v) s.head[c] = v + 1;
    return;
  }
}

export function participleInSubject(s: ParsedSentence): void {
  for (let v = 1; v < s.words.length; v++) {
    if (s.upos[v] !== 'VERB' || s.deprel[v] !== 'amod' || !/ed$/i.test(s.words[v])) continue;
    const n = s.head[v] - 1;
    const subj = s.head[n] - 1;
    if (n <= v || subj < 0 || subj >= v || !s.deprel[n].startsWith('nmod') || !NOMINAL.has(s.upos[subj])) continue;
    const V = s.head[subj] - 1;
    if (!s.deprel[subj].startsWith('nsubj') || V <= n || s.upos[V] !== 'VERB') continue;
    const other = kidsOf(s, V).find((c) => c > n && c !== subj && s.deprel[c].startsWith('nsubj'));
    if (other === undefined) continue;
    const mark = kidsOf(s, V).find((c) => c > n && c < other && s.deprel[c] === 'mark');
    const reporting = isReportingWord(s.words[V].toLowerCase());
    if (!reporting && (mark === undefined || s.head[V] === 0)) continue;
    s.xpos[v] = 'VBD';
    if (reporting) attach(s, v, V, 'ccomp');
    else {
      // "X reduced aid because rice was diverted, officials said": the marked clause is the new verb's.
      attach(s, v, s.head[V] - 1, s.deprel[V]);
      attach(s, V, v, 'advcl');
    }
    attach(s, subj, v, 'nsubj');
    attach(s, n, v, 'obj');
    moveTrailingKids(s, subj, v, v);
    // "on Tuesday" the parser put inside the object phrase, before the verb, is the verb's.
    for (const c of kidsOf(s, n)) {
      if (c >= v || !NOMINAL.has(s.upos[c])) continue;
      attach(s, c, v, 'obl');
      for (const k of kidsOf(s, n)) if (k < c && s.deprel[k] === 'case') attach(s, k, c, 'case');
    }
    return;
  }
}

/** Hangs the dependents of `from` after word `after` on the verb `to`, a noun's modifiers turned obliques. */
function moveTrailingKids(s: ParsedSentence, from: number, after: number, to: number): void {
  for (const c of kidsOf(s, from)) {
    if (c <= after) continue;
    s.head[c] = to + 1;
    if (s.deprel[c].startsWith('nmod')) s.deprel[c] = 'obl';
  }
}

/** Verbs of a crowd coming together that take no object, so are never passive participles. */
const GATHERING = /^(gathered|rallied|marched|demonstrated|protested|assembled|converged|flocked|poured|streamed|rioted)$/i;

/**
 * "Colombia and the ELN rebels agreed to extend their ceasefire" parsed with "agreed" an `acl` of
 * "rebels" and the name the root: a sentence with no verbal root whose subject phrase is followed at
 * once by a verb that governs a complement of its own (its infinitive or object) has that verb for
 * its predicate, and the root nominal for its subject. So does one of a crowd's verbs that take no
 * object ("Thousands gathered in central Tbilisi to protest", GATHERING), which no passive reads.
 */
export function predicateReadAsNounClause(s: ParsedSentence): void {
  const root = s.head.indexOf(0);
  if (root < 0 || !NOMINAL.has(s.upos[root]) || kidsOf(s, root).some((c) => s.deprel[c] === 'cop')) return;
  for (let v = root + 1; v < s.words.length; v++) {
    if (s.upos[v] !== 'VERB' || s.deprel[v] !== 'acl' || !/^VB[DN]$/.test(s.xpos[v])) continue;
    const noun = s.head[v] - 1;
    if (noun !== v - 1 || (noun !== root && !(s.deprel[noun] === 'conj' && s.head[noun] === root + 1))) continue;
    const kids = kidsOf(s, v);
    const complement = kids.some((c) => /^(xcomp|obj|ccomp)$/.test(s.deprel[c])) || GATHERING.test(s.words[v]);
    if (!complement || kids.some((c) => /^(nsubj|aux|mark)/.test(s.deprel[c]))) continue;
    const moving = kidsOf(s, root).filter((c) => c > v);
    attach(s, v, -1, 'root');
    attach(s, root, v, 'nsubj');
    for (const c of moving) s.head[c] = v + 1;
    // The passive reading's "agent" with another preposition ("in central Tbilisi") is a plain oblique.
    for (const c of kids) if (s.deprel[c] === 'obl:agent' && !kidsOf(s, c).some((k) => s.words[k].toLowerCase() === 'by')) s.deprel[c] = 'obl';
    return;
  }
}
