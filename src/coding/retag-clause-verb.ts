/**
 * A subordinate clause the tagger left without a verb: "if the fighting spreads", "if the US
 * sanctions Chinese banks", "if Hezbollah fires rockets". Its present-tense verb, right after the
 * subject, was read as a plural noun ("spreads", "sanctions", "fires"), so the parser hung the
 * clause's words on the main verb as obliques and the condition (and its event) was lost. When a
 * subordinator marks a noun, the first "-s" noun after a noun or name that the verb dictionary
 * knows as a verb form is tagged a present-tense verb and the sentence parsed again; the new parse
 * is kept when the subordinator marks that verb and it has a subject.
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { Reparser } from './retag.js';

const SUBORDINATORS = /^(if|unless|because|although|though|once|until|after|before|while|whenever|since)$/i;
const SUBJECT = new Set(['NOUN', 'PROPN']);

export function retagClauseVerb(s: ParsedSentence, parser: Reparser, isVerbForm: (w: string) => boolean): ParsedSentence {
  for (let k = 0; k < s.words.length - 2; k++) {
    if (s.upos[k] !== 'SCONJ' || !SUBORDINATORS.test(s.words[k]) || s.deprel[k] !== 'mark') continue;
    const marked = s.head[k] - 1;
    if (marked <= k || !SUBJECT.has(s.upos[marked])) continue;
    const v = presentVerb(s, k, marked, isVerbForm);
    if (v < 0) continue;
    const r = asPresentVerb(s, v, parser);
    if (r.head[k] === v + 1 && r.deprel[k] === 'mark' && hasSubject(r, v)) return r;
  }
  return s;
}

/** A plural noun that reads as a present-tense verb: "-s", and a verb form the verb dictionary knows ("fires", "sanctions"). */
export function pluralNounVerb(s: ParsedSentence, j: number, isVerbForm: (w: string) => boolean): boolean {
  return s.upos[j] === 'NOUN' && s.xpos[j] === 'NNS' && /^[a-z]{3,}s$/.test(s.words[j]) && isVerbForm(s.words[j].toUpperCase());
}

/** The sentence with word v tagged a present-tense verb, parsed again. */
export function asPresentVerb(s: ParsedSentence, v: number, parser: Reparser): ParsedSentence {
  const upos = s.upos.slice(), xpos = s.xpos.slice();
  upos[v] = 'VERB';
  xpos[v] = 'VBZ';
  return { ...s, upos, xpos, ...parser.parse(s.words, upos, xpos) };
}

/** Word v has a subject. */
export function hasSubject(s: { head: ArrayLike<number>; deprel: readonly string[] }, v: number): boolean {
  for (let w = 0; w < s.deprel.length; w++) if (s.head[w] === v + 1 && s.deprel[w].startsWith('nsubj')) return true;
  return false;
}

/** The first "-s" noun after k (up to the noun the subordinator marks) that follows a noun or name and is a verb form; else -1. */
function presentVerb(s: ParsedSentence, k: number, marked: number, isVerbForm: (w: string) => boolean): number {
  for (let j = k + 2; j <= marked; j++) {
    if (!SUBJECT.has(s.upos[j - 1])) continue;
    if (pluralNounVerb(s, j, isVerbForm)) return j;
  }
  return -1;
}
