/**
 * An "as" the tagger reads as a preposition where it opens a clause: "..., even as Russian drones
 * struck energy facilities overnight", "Kyiv warned of more attacks as Russian drones hit power
 * plants". The tagger then reads the clause's verb as a participle or an adjective ("drones struck
 * energy facilities" as struck facilities), the parser hangs the clause on a noun, and the event in
 * it is lost. When "as" is followed by a noun phrase and then a past form with no auxiliary before
 * it, "as" is tagged a subordinator and that form a past-tense verb, and the sentence parsed again;
 * the new parse is kept when "as" marks a clause whose verb has a subject.
 * Left alone: "such as", "as well as", comparisons ("as many as", "as big as Russia"), and "as"
 * before a noun phrase only ("served as foreign minister").
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { Reparser } from './retag.js';

/** Tags a noun phrase between "as" and its clause's verb may hold. */
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const HEAD = new Set(['NOUN', 'PROPN']);
const SUBJECT_PRONOUN = /^(he|she|it|they|we|i|you)$/i;
const NOT_CLAUSE_BEFORE = /^(such|well|so|same|twice|much|many|far|long|soon)$/i;

export function retagClauseAs(s: ParsedSentence, parser: Reparser, isVerbForm: (w: string) => boolean): ParsedSentence {
  for (let k = 1; k < s.words.length - 2; k++) {
    if (s.words[k].toLowerCase() !== 'as' || s.upos[k] !== 'ADP') continue;
    if (NOT_CLAUSE_BEFORE.test(s.words[k - 1]) || comparison(s, k)) continue;
    const v = clauseVerb(s, k, isVerbForm);
    if (v < 0) continue;
    const upos = s.upos.slice(), xpos = s.xpos.slice();
    upos[k] = 'SCONJ';
    upos[v] = 'VERB';
    xpos[v] = 'VBD';
    const { head, deprel } = parser.parse(s.words, upos, xpos);
    const hasSubject = head.some((h, w) => h === v + 1 && deprel[w].startsWith('nsubj'));
    if (!hasSubject) continue;
    if (deprel[k] === 'mark' && head[k] === v + 1) return { ...s, upos, xpos, head, deprel };
    // The parser may still hang "as" (and an "even" before it) on the subject noun it precedes.
    if (head[k] - 1 > k && head[k] - 1 < v) return { ...s, upos, xpos, ...markClause(head, deprel, k, v) };
  }
  return s;
}

/** "as" (and "even"/"just" on it) made the mark of the clause headed by v, the clause an adverbial one. */
function markClause(head0: Int32Array, deprel0: string[], k: number, v: number): { head: Int32Array; deprel: string[] } {
  const head = head0.slice(), deprel = deprel0.slice();
  head[k] = v + 1;
  deprel[k] = 'mark';
  if (k > 0 && deprel[k - 1] === 'advmod' && head[k - 1] - 1 > k - 1 && head[k - 1] - 1 < v) head[k - 1] = v + 1;
  if (/^(parataxis|conj|list|dep)$/.test(deprel[v])) deprel[v] = 'advcl';
  return { head, deprel };
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
