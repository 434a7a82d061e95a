/**
 * An inverted closing reporting tag read with its speaker as object: "Israel will leave the
 * settlements in mid-August, said a spokesman for the prime minister." with "spokesman" the `obj`
 * of "said" and "said" a conjunct of "leave". A reporting verb right after a comma, whose phrase
 * ends the sentence, with no subject, conjunction or subordinator of its own and a nominal object,
 * is the tag (`parataxis`, which is how attribution finds the speaker) and the nominal its subject.
 * closingReportingTag (repair-predicate.ts) handles "..., an official confirmed." read as a conjunct.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { isReportingWord } from './events/attribution.js';
import { DAY, kidsOf, phraseStart, under } from './repair-predicate.js';

const TAG_RELATIONS = new Set(['advcl', 'conj', 'parataxis']);
/**
 * Reporting verbs that open an inverted tag ("..., said the ministry"; in translated copy also
 * "..., warned the minister", "..., noted Lavrov", "..., informed the press service"); not
 * participles ("saying").
 */
const INVERTED = /^(said|says|added|adds|stated|states|announced|reported|confirmed|warned|noted|stressed|underlined|emphasi[sz]ed|informed|declared|explained|insisted)$/;

export function invertedReportingTag(s: ParsedSentence): void {
  const n = s.words.length;
  let end = n - 1;
  while (end > 0 && s.upos[end] === 'PUNCT') end--;
  for (let v = 1; v < n; v++) {
    const lower = s.words[v].toLowerCase();
    if (s.upos[v] !== 'VERB' || !TAG_RELATIONS.has(s.deprel[v]) || !isReportingWord(lower) || !under(s, end, v)) continue;
    const kids: number[] = [];
    for (let k = 0; k < n; k++) if (s.head[k] === v + 1) kids.push(k);
    if (kids.some((c) => s.deprel[c] === 'cc' || s.deprel[c] === 'mark')) continue;
    const first = phraseStart(s, v);
    if (s.words[first - 1] !== ',' || s.head[v] - 1 >= first) continue;
    if (kids.some((c) => s.deprel[c].startsWith('nsubj'))) continue;
    const obj = kids.find((c) => s.deprel[c] === 'obj' && (s.upos[c] === 'NOUN' || s.upos[c] === 'PROPN'));
    if (first !== v || !INVERTED.test(lower) || obj === undefined) continue;
    s.deprel[obj] = 'nsubj';
    s.deprel[v] = 'parataxis';
    return;
  }
}

/**
 * A closing tag's speaker read as an apposition of the word before its comma: "Germany will not
 * send missiles to Ukraine, Chancellor Olaf Scholz said on Wednesday." with "Chancellor" an `appos`
 * of "Ukraine", "Olaf Scholz" `flat` on "Ukraine" too, and "said" a subjectless `advcl`. The
 * names between the comma and a reporting verb with no subject, hung on a word before the comma,
 * are the verb's subject (headed by the apposition), and the verb is the tag. Likewise a speaker
 * read as conjuncts of that word ("..., Prime Minister Kishida said." with "Minister" and "Kishida"
 * conjuncts of the object before the comma and "said" the root).
 */
export function speakerReadAsApposition(s: ParsedSentence): void {
  const n = s.words.length;
  let end = n - 1;
  while (end > 0 && s.upos[end] === 'PUNCT') end--;
  for (let v = 2; v < n; v++) {
    const root = s.deprel[v] === 'root';
    if (s.upos[v] !== 'VERB' || !(root || TAG_RELATIONS.has(s.deprel[v])) || !isReportingWord(s.words[v].toLowerCase())) continue;
    if (s.head.some((h, c) => h === v + 1 && /^(nsubj|csubj|expl)(:|$)|^(cc|mark)$/.test(s.deprel[c]))) continue;
    for (let k = v + 1; k <= end; k++) if (!under(s, k, v)) return;
    const comma = s.words.lastIndexOf(',', v - 1);
    if (comma < 1 || comma >= v - 1) return;
    const phrase: number[] = [];
    for (let k = comma + 1; k < v; k++) phrase.push(k);
    const head = phrase.find((k) => /^(appos|conj)$/.test(s.deprel[k]) && s.head[k] - 1 < comma);
    if (head === undefined || !phrase.every((k) => /^(PROPN|NOUN|ADJ|DET)$/.test(s.upos[k]))) return;
    const owner = s.head[head] - 1;
    for (const k of phrase) {
      if (k === head || s.head[k] - 1 !== owner) continue;
      s.head[k] = head + 1;
      if (s.deprel[k] === 'conj') s.deprel[k] = 'flat';
    }
    if (!phrase.every((k) => k === head || under(s, k, head))) return;
    s.head[head] = v + 1;
    s.deprel[head] = 'nsubj';
    if (!root) s.deprel[v] = 'parataxis';
    s.head[comma] = v + 1;
    return;
  }
}

/**
 * "Israeli tanks fired shells at Jericho, witnesses said" parsed with "fired" an `acl` of "tanks"
 * and "tanks" a first subject of "said" beside "witnesses". A reporting verb with two subjects, the
 * first modified by a verb that governs an object or oblique of its own and ends before a comma
 * that opens the second subject, heads a closing tag: the modifier is the reported clause
 * (`ccomp`) and the first subject its subject. A passive modifier ("tanks hit by missiles") stays.
 */
export function reportedClauseReadAsModifier(s: ParsedSentence): void {
  const n = s.words.length;
  for (let v = 2; v < n; v++) {
    if (s.upos[v] !== 'VERB' || !isReportingWord(s.words[v].toLowerCase())) continue;
    const subjects: number[] = [];
    for (let k = 0; k < v; k++) if (s.head[k] === v + 1 && s.deprel[k] === 'nsubj') subjects.push(k);
    if (subjects.length !== 2 || s.words[subjects[1] - 1] === undefined) continue;
    const [k, second] = subjects;
    const a = s.head.findIndex((h, c) => h === k + 1 && c > k && s.deprel[c] === 'acl' && s.upos[c] === 'VERB');
    if (a < 0 || !s.words.slice(a, second).includes(',')) continue;
    let complement = false, passive = false;
    for (let c = 0; c < n; c++) {
      if (s.head[c] !== a + 1) continue;
      if (/^(obj|obl)/.test(s.deprel[c]) && c < second) complement = true;
      if (s.deprel[c] === 'obl:agent' || s.deprel[c].startsWith('aux') || s.deprel[c] === 'mark' || s.deprel[c].startsWith('nsubj')) passive = true;
      if (s.deprel[c] === 'obl' && s.head.some((h, b) => h === c + 1 && s.deprel[b] === 'case' && s.words[b].toLowerCase() === 'by')) passive = true;
    }
    if (!complement || passive) continue;
    s.head[a] = v + 1;
    s.deprel[a] = 'ccomp';
    s.head[k] = a + 1;
    s.deprel[k] = 'nsubj';
  }
}

/**
 * "North Korea fired a missile on Sunday, South Korea's military said" parsed with "fired" an
 * `advcl` of "said". A clause with a subject of its own and no subordinator, before the comma that
 * opens a reporting verb's subject, is what the verb reports (`ccomp`), not a circumstance of it.
 */
export function reportedClauseReadAsAdverbial(s: ParsedSentence): void {
  const n = s.words.length;
  for (let v = 2; v < n; v++) {
    if (s.upos[v] !== 'VERB' || !isReportingWord(s.words[v].toLowerCase())) continue;
    const subj = s.head.findIndex((h, c) => h === v + 1 && c < v && s.deprel[c].startsWith('nsubj'));
    if (subj < 1) continue;
    const first = phraseStart(s, subj);
    if (s.words[first - 1] !== ',') continue;
    for (let a = 0; a < first; a++) {
      if (s.head[a] !== v + 1 || s.deprel[a] !== 'advcl' || s.upos[a] !== 'VERB') continue;
      const kids = kidsOf(s, a);
      if (kids.some((c) => s.deprel[c] === 'mark') || !kids.some((c) => c < a && s.deprel[c].startsWith('nsubj'))) continue;
      s.deprel[a] = 'ccomp';
    }
  }
}

/**
 * "In a surprise move, Iraqi police arrested militants, officials said" parsed with "arrested" a
 * relative clause of "move". A clause with a subject of its own and no relative word, set off from
 * its noun by a comma, relates to nothing: under a closing reporting verb it is what the verb
 * reports (`ccomp`), and the noun phrase before the comma is its oblique.
 */
export function reportedClauseReadAsRelative(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    const n = s.head[k] - 1;
    if (s.deprel[k] !== 'acl:relcl' || s.upos[k] !== 'VERB' || n < 0 || n > k) continue;
    const h = s.head[n] - 1;
    if (h <= k || s.upos[h] !== 'VERB' || !isReportingWord(s.words[h].toLowerCase())) continue;
    const kids = kidsOf(s, k);
    const subj = kids.find((c) => c < k && s.deprel[c].startsWith('nsubj'));
    if (subj === undefined || kids.some((c) => s.upos[c] === 'PRON' || s.deprel[c] === 'mark')) continue;
    const first = phraseStart(s, subj, n);
    if (!s.words.slice(n + 1, first).includes(',')) continue;
    s.head[k] = h + 1;
    s.deprel[k] = 'ccomp';
    s.head[n] = k + 1;
  }
}

/** Verbs whose indirect object is the one told ("told lawmakers that ..."). */
const TELLING = /^(tell|tells|told|telling|inform|informs|informed|assure|assures|assured|remind|reminds|reminded)$/i;

/**
 * Nouns of the medium a statement is made in, or the audience it is made to ("said in a statement
 * that ...", "told a press conference that ...").
 */
const MEDIUM = /^(statement|statements|interview|speech|letter|message|communique|communiqué|release|briefing|broadcast|address|conference|meeting|session|forum|gathering|audience|summit|rally|parliament)$/i;

/**
 * "The French president said in a statement that France would send troops" parsed with the "that"
 * clause an `acl` of "statement" ("told a press conference that ..." with it an `advcl` of the
 * object "conference"): what is said in a statement is what the verb reports, so the clause
 * becomes the reporting verb's `ccomp` (how attribution and modality find a report).
 */
export function reportedClauseReadAsMediumContent(s: ParsedSentence): void {
  const n = s.words.length;
  for (let c = 0; c < n; c++) {
    const noun = s.head[c] - 1;
    if (!/^(acl|acl:relcl|advcl)$/.test(s.deprel[c]) || s.upos[c] !== 'VERB' || noun < 0 || !/^(obl|obj|iobj)$/.test(s.deprel[noun])) continue;
    const v = s.head[noun] - 1;
    if (v < 0 || s.upos[v] !== 'VERB' || !isReportingWord(s.words[v].toLowerCase())) continue;
    // The medium, or the one told ("told lawmakers on Friday that Seoul would ...").
    const told = s.deprel[noun] === 'iobj' && TELLING.test(s.words[v]);
    if (!MEDIUM.test(s.words[noun]) && !told) continue;
    const kids = kidsOf(s, c);
    // "that" may be read as a relative pronoun right after the noun ("a news conference that Japan
    // would ...") or its time phrase; before the clause's own subject it is the complementiser.
    const subject = kids.find((k) => s.deprel[k].startsWith('nsubj') && s.words[k].toLowerCase() !== 'that');
    const that = kids.find((k) => s.words[k].toLowerCase() === 'that' && (s.deprel[k] === 'mark' || k === noun + 1 || (told && subject !== undefined && k < subject)));
    if (that === undefined || !kids.some((k) => s.deprel[k].startsWith('nsubj'))) continue;
    if (kidsOf(s, v).some((k) => s.deprel[k] === 'ccomp')) continue;
    s.head[c] = v + 1;
    s.deprel[c] = 'ccomp';
    s.deprel[that] = 'mark';
    s.upos[that] = 'SCONJ';
    s.xpos[that] = 'IN';
  }
}

/**
 * "The coast guard said on Wednesday that Chinese vessels fired water cannon at ..." parsed with
 * "that" a relative pronoun on the day, "vessels" its subject and "fired" a modifier of "vessels".
 * After a reporting verb's day, "that" followed by a subject and its verb opens what the verb
 * reports: the verb becomes the reporting verb's `ccomp`, with "that" its complementiser.
 */
export function reportedClauseReadAsRelativeOfDay(s: ParsedSentence): void {
  for (let k = 2; k < s.words.length; k++) {
    const day = s.head[k] - 1;
    if (s.words[k].toLowerCase() !== 'that' || day !== k - 1 || !DAY.test(s.words[day])) continue;
    const v = s.head[day] - 1;
    if (v < 0 || s.upos[v] !== 'VERB' || !isReportingWord(s.words[v].toLowerCase())) continue;
    const subj = kidsOf(s, k).find((c) => c > k && s.deprel[c].startsWith('nsubj'));
    const verb = subj === undefined ? undefined : kidsOf(s, subj).find((c) => c > subj && s.upos[c] === 'VERB' && /^acl/.test(s.deprel[c]));
    if (subj === undefined || verb === undefined) continue;
    for (const c of kidsOf(s, k)) if (c !== subj) s.head[c] = verb + 1;
    s.head[verb] = v + 1;
    s.deprel[verb] = 'ccomp';
    s.head[subj] = verb + 1;
    s.head[k] = verb + 1;
    s.deprel[k] = 'mark';
    s.upos[k] = 'SCONJ';
    s.xpos[k] = 'IN';
    if (s.xpos[verb] === 'VBN') s.xpos[verb] = 'VBD';
  }
}

/**
 * "Israeli jets struck several villages in southern Lebanon, Lebanon's state news agency reported"
 * parsed with the closing tag's verb taking the story's nouns before the comma as more subjects
 * ("villages", even "jets" with "struck" its modifier), so the strike had no object or no predicate
 * and the tag no speaker of its own. A reporting verb ending the sentence whose last subject follows
 * a comma and whose other subjects precede it is the tag: a subject before the comma that a verb
 * modifies is that verb's subject (the verb the main one), any other its object, and the tag hangs
 * on the main verb (closingReportingTag then reads it).
 */
export function tagTakesMainNouns(s: ParsedSentence): void {
  const n = s.words.length;
  let end = n - 1;
  while (end > 0 && s.upos[end] === 'PUNCT') end--;
  const v = end;
  if (s.upos[v] !== 'VERB' || !isReportingWord(s.words[v].toLowerCase())) return;
  const subjects = kidsOf(s, v).filter((c) => s.deprel[c] === 'nsubj' && c < v);
  if (subjects.length < 2) return;
  const tagSubject = subjects[subjects.length - 1];
  const comma = phraseStart(s, tagSubject) - 1;
  if (comma < 1 || s.words[comma] !== ',' || !under(s, comma, v)) return;
  const before = subjects.slice(0, -1);
  if (before.some((a) => a > comma)) return;
  // The main verb: a verb before the comma modifying one of those nouns, or governing one.
  const main = before.map((a) => kidsOf(s, a).find((c) => c > a && c < comma && s.upos[c] === 'VERB' && /^acl/.test(s.deprel[c]))).find((c) => c !== undefined);
  const subject = main === undefined ? undefined : s.head[main] - 1;
  if (main !== undefined && subject !== undefined) {
    s.head[main] = s.head[v];
    s.deprel[main] = s.deprel[v];
    s.head[subject] = main + 1;
    s.deprel[subject] = 'nsubj';
    // The main clause's final punctuation and whatever else hung on the tag before the comma is its.
    for (let k = 0; k < n; k++) if (s.head[k] === v + 1 && k !== tagSubject && (k < comma || k > end)) s.head[k] = main + 1;
    for (const a of before) if (a !== subject && a > main && !kidsOf(s, main).some((c) => s.deprel[c] === 'obj')) { s.head[a] = main + 1; s.deprel[a] = 'obj'; }
    s.head[v] = main + 1;
    s.deprel[v] = 'parataxis';
    s.head[comma] = v + 1;
    return;
  }
  // No verb of their own: the nouns are the object of the verb the tag hangs on.
  const h = s.head[v] - 1;
  if (h < 0 || h > before[0] || s.upos[h] !== 'VERB' || kidsOf(s, h).some((c) => s.deprel[c] === 'obj')) return;
  for (const a of before) { s.head[a] = h + 1; s.deprel[a] = 'obj'; }
  for (let k = 0; k < comma; k++) if (s.head[k] === v + 1) s.head[k] = h + 1;
  s.deprel[v] = 'parataxis';
}
