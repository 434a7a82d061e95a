/**
 * An "as" the tagger reads as a preposition where it opens a clause: "..., even as Russian drones
 * struck energy facilities overnight", "Kyiv warned of more attacks as Russian drones hit power
 * plants". The tagger then reads the clause's verb as a participle or an adjective ("drones struck
 * energy facilities" as struck facilities), the parser hangs the clause on a noun, and the event in
 * it is lost. When "as" is followed by a noun phrase and then a past form with no auxiliary before
 * it, the clause (up to the next comma, dash or the sentence's end) is parsed as a sentence of its
 * own, with that form a past-tense verb, and grafted back: its verb an adverbial clause of the verb
 * the phrase hung under (after a comma, of the main clause's, or of a reporting tag's right before it), "as" (and an "even" or "just" before it) its mark. Only that span changes,
 * so a reporting tag parsed apart before (reparse-tag.ts) keeps its structure. Kept when the
 * clause's verb is its root and has a subject.
 * Left alone: "such as", "as well as", comparisons ("as many as", "as big as Russia"), and "as"
 * before a noun phrase only ("served as foreign minister").
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { Reparser } from './retag.js';
import { placePart } from './graft.js';
import type { WordParser } from './reparse-inverted.js';

/** Tags a noun phrase between "as" and its clause's verb may hold. */
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const HEAD = new Set(['NOUN', 'PROPN']);
const SUBJECT_PRONOUN = /^(he|she|it|they|we|i|you)$/i;
const NOT_CLAUSE_BEFORE = /^(such|well|so|same|twice|much|many|far|long|soon)$/i;
const CLAUSE_END = /^(,|;|:|--|—|–)$/;

export function retagClauseAs(s: ParsedSentence, syntax: WordParser & { parser: Reparser }, isVerbForm: (w: string) => boolean): ParsedSentence {
  for (let k = 1; k < s.words.length - 2; k++) {
    if (s.words[k].toLowerCase() !== 'as' || s.upos[k] !== 'ADP') continue;
    if (NOT_CLAUSE_BEFORE.test(s.words[k - 1]) || comparison(s, k)) continue;
    const v = clauseVerb(s, k, isVerbForm);
    if (v < 0) continue;
    const grafted = graftClause(s, k, v, syntax);
    if (grafted) return grafted;
  }
  return s;
}

/** The clause "as" opens, parsed alone and hung on the verb the "as" phrase hung under; null if it does not parse as one. */
function graftClause(s: ParsedSentence, k: number, v: number, syntax: WordParser & { parser: Reparser }): ParsedSentence | null {
  const n = s.words.length;
  let end = v + 1;
  while (end < n && !CLAUSE_END.test(s.words[end])) end++;
  if (end === n && s.upos[n - 1] === 'PUNCT') end = n - 1;
  const sub = clauseParse(s.words.slice(k, end), v - k, syntax);
  if (!sub) return null;
  const even = k > 0 && /^(even|just)$/i.test(s.words[k - 1]) ? k - 1 : k;
  // After a comma ("..., even as ...") the clause goes with the sentence's main clause; after a
  // reporting tag ("..., officials said, even as ...") with the tag, outside what it reports.
  const tag = even - 2;
  const afterComma = even > 0 && s.words[even - 1] === ',';
  const governor = !afterComma ? governorOutside(s, even, end) : tag >= 0 && s.upos[tag] === 'VERB' && s.deprel[tag] === 'parataxis' ? tag : s.head.indexOf(0);
  if (governor === null || (governor >= even && governor < end)) return null;
  const into = { head: s.head.slice(), upos: s.upos.slice(), xpos: s.xpos.slice(), deprel: s.deprel.slice() };
  placePart(into, sub, end - k, (j) => k + j, governor + 1, 'advcl');
  const { head, upos, xpos, deprel } = into;
  if (even < k) [head[even], deprel[even]] = [v + 1, 'advmod'];
  // Words outside the span that hung inside it (a comma, a later phrase) go to the governor.
  for (let w = 0; w < n; w++) if ((w < even || w >= end) && head[w] - 1 >= even && head[w] - 1 < end) head[w] = governor + 1;
  return { ...s, upos, xpos, head, deprel };
}

/**
 * "As <clause>" parsed as a sentence, "as" a subordinator and the verb (at `verb`) a past tense
 * (the tagger reads "Russian drones struck energy facilities" alone as a noun phrase too); kept
 * when "as" marks the verb, the root, and the verb has a subject. Its words, without the stop added.
 */
function clauseParse(words: string[], verb: number, syntax: WordParser & { parser: Reparser }): { head: Int32Array; deprel: string[]; upos: string[]; xpos: string[] } | null {
  const sentence = ['As', ...words.slice(1), '.'];
  const tagged = syntax.parseWords(sentence);
  const upos = tagged.upos.slice(), xpos = tagged.xpos.slice();
  [upos[0], xpos[0], upos[verb], xpos[verb]] = ['SCONJ', 'IN', 'VERB', 'VBD'];
  const p = syntax.parser.parse(sentence, upos, xpos);
  const subject = p.deprel.some((d, j) => d.startsWith('nsubj') && p.head[j] === verb + 1);
  if (p.head[verb] !== 0 || p.head[0] !== verb + 1 || p.deprel[0] !== 'mark' || !subject) return null;
  const cut = words.length;
  return { head: p.head.slice(0, cut), deprel: p.deprel.slice(0, cut), upos: upos.slice(0, cut), xpos: xpos.slice(0, cut) };
}

/**
 * The verb the span [from, end) hung under: up from the span's first word to the first word outside
 * it, then up to a verb (the sentence's root if none); null when that chain runs back into the span.
 */
function governorOutside(s: ParsedSentence, from: number, end: number): number | null {
  const inside = (w: number) => w >= from && w < end;
  let g = s.head[from] - 1;
  for (let steps = 0; g >= 0 && inside(g) && steps < s.words.length; steps++) g = s.head[g] - 1;
  for (let steps = 0; g >= 0 && s.upos[g] !== 'VERB' && steps < s.words.length; steps++) {
    g = s.head[g] - 1;
    if (g >= 0 && inside(g)) return null;
  }
  if (g < 0) g = s.head.indexOf(0);
  return g < 0 || inside(g) ? null : g;
}

/** "as many as", "as big as": an "as" after an adjective or adverb that follows another "as". */
function comparison(s: ParsedSentence, k: number): boolean {
  if (s.upos[k + 1] === 'ADJ' && s.upos[k + 2] === 'ADP' && s.words[k + 2].toLowerCase() === 'as') return true;
  for (let j = Math.max(0, k - 4); j < k - 1; j++) if (s.words[j].toLowerCase() === 'as' && /^(ADJ|ADV)$/.test(s.upos[j + 1])) return true;
  return false;
}

/**
 * The verb of the clause "as" opens: after a subject pronoun, or a noun phrase ending in a noun, the
 * next word when it is a past form (tagged VBD or VBN, or an "-ed" adjective the verb dictionary
 * knows) not followed by "by" (a reduced passive: "as drones launched by Russia ..."); else -1.
 */
function clauseVerb(s: ParsedSentence, k: number, isVerbForm: (w: string) => boolean): number {
  let j = k + 1;
  if (SUBJECT_PRONOUN.test(s.words[j]) && s.upos[j] === 'PRON') j++;
  else {
    while (j < s.words.length && PHRASE.has(s.upos[j]) && !(j > k + 1 && HEAD.has(s.upos[j - 1]) && pastForm(s, j, isVerbForm))) j++;
    if (j === k + 1 || !HEAD.has(s.upos[j - 1])) return -1;
  }
  if (j >= s.words.length || !pastForm(s, j, isVerbForm)) return -1;
  return s.words[j + 1]?.toLowerCase() === 'by' ? -1 : j;
}

function pastForm(s: ParsedSentence, j: number, isVerbForm: (w: string) => boolean): boolean {
  if (s.xpos[j] === 'VBD' || s.xpos[j] === 'VBN') return true;
  return s.upos[j] === 'ADJ' && /ed$/i.test(s.words[j]) && isVerbForm(s.words[j].toUpperCase());
}
