/**
 * A subject name with an appositive between commas before its verb: "China, the North's main ally,
 * called on all parties to exercise restraint". The parser may read the appositive's possessive as
 * the start of a new clause (the name the root, "ally" its conjunct, the verb a clause on "ally"),
 * and the sentence loses its subject. When the name is no subject in the first parse, the sentence
 * without the appositive is parsed as a sentence of its own and the appositive as a phrase of its
 * own, hung on the name as `appos`. Kept when the name is then the subject of the verb after it.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { placePart } from './graft.js';
import type { WordParser } from './reparse-inverted.js';

/** The longest name and appositive taken, in words. */
const MAX_NAME = 5;
const MAX_APPOSITIVE = 10;

export function reparseSubjectAppositive(s: ParsedSentence, syntax: WordParser): ParsedSentence {
  if (s.reparsed) return s;
  const n = s.words.length;
  const open = s.words.indexOf(',');
  if (open < 1 || open > MAX_NAME) return s;
  for (let i = 0; i < open; i++) if (s.upos[i] !== 'PROPN' && !(i === 0 && s.upos[i] === 'DET')) return s;
  const close = s.words.indexOf(',', open + 1);
  if (close < open + 3 || close - open - 1 > MAX_APPOSITIVE || close + 2 >= n) return s;
  if (!/^(the|a|an)$/i.test(s.words[open + 1])) return s;
  for (let i = open + 1; i < close; i++) if (s.upos[i] === 'VERB' || s.upos[i] === 'AUX') return s;
  const nameHead = open - 1;
  if (s.deprel[nameHead].startsWith('nsubj')) return s;
  const rest = [...s.words.slice(0, open), ...s.words.slice(close + 1)];
  const main = syntax.parseWords(rest);
  const verb = main.head[nameHead] - 1;
  if (!main.deprel[nameHead].startsWith('nsubj') || verb < open || main.upos[verb] !== 'VERB') return s;
  const phraseWords = [...s.words.slice(open + 1, close), '.'];
  phraseWords[0] = phraseWords[0].charAt(0).toUpperCase() + phraseWords[0].slice(1);
  const phrase = syntax.parseWords(phraseWords);
  const top = phrase.head.indexOf(0);
  if (top < 0 || top >= close - open - 1) return s;
  const outside = (j: number) => (j < open ? j : j + (close - open + 1));
  const into = { head: new Int32Array(n), upos: s.upos.slice(), xpos: s.xpos.slice(), deprel: s.deprel.slice() };
  placePart(into, main, rest.length, outside, 0);
  placePart(into, phrase, close - open - 1, (j) => open + 1 + j, nameHead + 1, 'appos');
  const { head, upos, xpos, deprel } = into;
  // (Words of the phrase keep the phrase's lower-case tags: its first word was capitalised to parse it.)
  upos[open + 1] = s.upos[open + 1];
  xpos[open + 1] = s.xpos[open + 1];
  head[open] = head[close] = open + 1 + top + 1;
  deprel[open] = deprel[close] = 'punct';
  return { ...s, upos, xpos, head, deprel, reparsed: 'an appositive between a subject name and its verb, parsed apart' };
}
