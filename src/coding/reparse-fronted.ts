/**
 * A condition after a fronted phrase ("In the author's view, if Tokyo follows Washington, China will
 * impose sanctions on Japan"; "Moreover, should talks fail, ...") is read badly far more often than
 * the same sentence without the phrase: the parser makes the condition the main verb's subject, or
 * the root, and the main clause's subject an apposition inside it. So the words from the
 * subordinator on are parsed as a sentence of their own (with the inverted-condition reparse,
 * reparse-inverted.ts, when they open with "Should", "Had" or "Were"), and the fronted phrase keeps
 * its own parse, its head now hung on that sentence's root with the relation it had. So is the
 * clause after an opening "According to ..." phrase, which the parser likewise reads into it.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { reparseInvertedCondition, type WordParser } from './reparse-inverted.js';
import type { Reparser } from './retag.js';

const OPENERS = /^(if|unless|should|had|were)$/i;
/** The longest fronted phrase taken (words before its comma). */
const MAX_FRONTED = 8;
/** The longest "according to" phrase taken. */
const MAX_ACCORDING = 16;

export function reparseFronted(s: ParsedSentence, syntax: WordParser, parser: Reparser): ParsedSentence {
  const n = s.words.length;
  // "According to a report by Japan's NHK on the 21st, Foreign Minister Motegi will visit ...": the
  // source phrase took the subject ("report" the subject, the minister an apposition of "21st").
  const according = s.words[0] === 'According' && s.words[1] === 'to';
  const k = according ? s.words.indexOf(',') + 1
    : s.words.findIndex((w, i) => i >= 2 && i <= MAX_FRONTED + 1 && s.words[i - 1] === ',' && OPENERS.test(w));
  if (k < 3 || k > MAX_ACCORDING + 1 || n - k < 5) return s;
  // Only a phrase, not a clause: no verb and no other comma before the subordinator.
  for (let i = according ? 2 : 0; i < k - 1; i++) if (s.upos[i] === 'VERB' || s.upos[i] === 'AUX' || s.words[i] === ',') return s;
  // The phrase's own head: the one word of it whose head lies outside it.
  const tops = [];
  for (let i = 0; i < k - 1; i++) if (s.head[i] === 0 || s.head[i] > k - 1) tops.push(i);
  if (tops.length !== 1) return s;
  // Parsed as a sentence of its own, so opened by a capital ("If Tokyo follows ...").
  const rest = s.words.slice(k).map((w, i) => (i === 0 ? capitalise(w) : w));
  const tail = reparseInvertedCondition(syntax.parseWords(rest), syntax, parser);
  const root = tail.head.indexOf(0);
  if (root < 0) return s;
  const head = new Int32Array(n);
  const upos = s.upos.slice(), xpos = s.xpos.slice(), deprel = s.deprel.slice();
  for (let i = 0; i < k; i++) head[i] = s.head[i];
  head[tops[0]] = k + root + 1;
  // A phrase is an adjunct of the clause, whatever the first parse took it for.
  if (!/^(obl|advmod|advcl|nmod)/.test(deprel[tops[0]])) deprel[tops[0]] = 'obl';
  head[k - 1] = k + root + 1;
  deprel[k - 1] = 'punct';
  for (let i = 0; i < rest.length; i++) {
    head[k + i] = tail.head[i] === 0 ? 0 : tail.head[i] + k;
    upos[k + i] = tail.upos[i];
    xpos[k + i] = tail.xpos[i];
    deprel[k + i] = tail.deprel[i];
  }
  const why = according ? 'the clause after an opening "According to ..." phrase' : 'a condition after a fronted phrase';
  return { ...s, upos, xpos, head, deprel, reparsed: `${why}, parsed as a sentence of its own${tail.reparsed ? ` (${tail.reparsed})` : ''}` };
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
