/**
 * A verb the tagger read as an adjective or noun right after a modal: in "Hamas said it would free
 * the hostages" it calls "free" an adjective, and the parser then makes "hostages" its subject and
 * codes no release. A modal ("would", "will", "could" ...) is followed by a verb or a copula: a
 * lower-case word right after one (or after its negation: "would not free"), or the head of a
 * dictionary verb written in two words ("will not wire tap"), which the verb dictionary lists and which a
 * determiner, possessive, pronoun or noun follows (its object), is tagged a base-form verb and the
 * sentence parsed again. So is one after the "to" of a word that takes an infinitive ("was ready to
 * free Israeli hostages"). The new parse is kept only when the word keeps no subject of its own after
 * it and heads a clause (the parser still decides).
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { Reparser } from './retag.js';

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);
const OBJECT_START = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM']);
/**
 * Words whose "to" is an infinitive's: "was ready to free Israeli hostages" (the tagger calls "free"
 * an adjective there too, and "to" a preposition). After these, an adjective may open the object.
 */
const CONTROL = /^(ready|willing|prepared|able|unable|agree[sd]?|decided?|vow(s|ed)?|pledged?|promised?|offer(s|ed)?|refuse[sd]?|threaten(s|ed)?|plan(s|ned)?|want(s|ed)?|hope[sd]?|move[sd]?)$/;

/** Negations that may stand between a modal and its verb ("would not free", "will never free"). */
const NEGATIONS = new Set(['not', "n't", 'never']);

/** What the tokenizer leaves of a modal before "n't" ("wo n't", "ca n't", "sha n't"). */
const CONTRACTED = new Set(['wo', 'ca', 'sha']);

/** The modal before word k, skipping one negation ("would not free", "won't free"): its index, or -1. */
function modalBefore(s: ParsedSentence, k: number): number {
  let j = k - 1;
  const negated = j > 0 && NEGATIONS.has(s.words[j].toLowerCase());
  if (negated) j--;
  const w = s.words[j].toLowerCase();
  return MODALS.has(w) || (negated && s.words[j + 1].toLowerCase() === "n't" && CONTRACTED.has(w)) ? j : -1;
}

/**
 * "would free", "would not free", or "ready to free": the word before the verb (starting at k, its
 * head word at v) that calls for a verb, with what starts its object after it.
 */
function callsForVerb(s: ParsedSentence, k: number, v = k): boolean {
  if (modalBefore(s, k) >= 0) return OBJECT_START.has(s.upos[v + 1]);
  return k > 1 && s.words[k - 1].toLowerCase() === 'to' && CONTROL.test(s.words[k - 2].toLowerCase()) && (OBJECT_START.has(s.upos[v + 1]) || s.upos[v + 1] === 'ADJ');
}

/**
 * `leadsCompound(head, before)`: some dictionary verb is written with `before` just ahead of its
 * head word `head` (WIRE_+TAP), so "will not wire tap the lines" calls for "tap" as that verb.
 */
export function retagAfterModal(
  s: ParsedSentence, parser: Reparser, isVerbForm: (upper: string) => boolean,
  leadsCompound: (head: string, before: string) => boolean = () => false,
): ParsedSentence {
  let out = s;
  for (let k = 1; k + 1 < out.words.length; k++) {
    const w = out.words[k];
    // The word's own context first (cheap): only then the verb dictionary.
    if (!nominal(out, k) || !(callsForVerb(out, k, k) || (k > 1 && nominal(out, k - 1) && callsForVerb(out, k - 1, k)))) continue;
    if (!isVerbForm(w.toUpperCase())) continue;
    const compound = k > 1 && nominal(out, k - 1) && leadsCompound(w.toUpperCase(), out.words[k - 1].toUpperCase());
    if (!callsForVerb(out, compound ? k - 1 : k, k)) continue;
    const upos = out.upos.slice(), xpos = out.xpos.slice();
    upos[k] = 'VERB';
    xpos[k] = 'VB';
    // The compound's lead word is read as modifying its head ("wire" in "wire tap"): as a noun the
    // parser makes it the clause's head or a subject.
    if (compound) [upos[k - 1], xpos[k - 1]] = ['ADV', 'RB'];
    const { head, deprel } = parser.parse(out.words, upos, xpos);
    const subjectAfter = deprel.some((d, c) => c > k && head[c] === k + 1 && d.startsWith('nsubj'));
    if (!subjectAfter && /^(root|ccomp|xcomp|advcl|conj|parataxis|acl:relcl)$/.test(deprel[k])) out = { ...out, upos, xpos, head, deprel };
  }
  return out;
}

/** A lower-case word the tagger read as an adjective or noun. */
function nominal(s: ParsedSentence, k: number): boolean {
  return (s.upos[k] === 'ADJ' || s.upos[k] === 'NOUN') && /^[a-z]{3,}$/.test(s.words[k]);
}
