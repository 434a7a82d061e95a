/**
 * A closing aside that names a claim and who disputes or makes it: "Saudi officials accused Iran of
 * arming the Houthis, a charge Tehran denies", "..., an allegation Moscow rejects". The parser reads
 * the aside's subject as the sentence's subject ("Iran ... denies" the root, the accusation an
 * adverbial clause of it), and the accusation loses its object. So the clause before the comma is
 * parsed as a sentence of its own, and the aside as another ("A charge Tehran denies."), its head
 * hung on the clause's root as `parataxis` (attribution.ts's claimAside reads such an aside as no
 * report of the clause). Kept when the clause has a verb for its root.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { CLAIM_NOUNS } from './events/attribution.js';
import { placePart } from './graft.js';
import type { WordParser } from './reparse-inverted.js';

/** Attribution's claim nouns, and what an aside may call a characterisation ("an assessment Moscow rejects"). */
const ASIDE_NOUNS = /^(assessments?|characteri[sz]ations?|descriptions?)$/;
const claimNoun = (w: string) => CLAIM_NOUNS.test(w.toLowerCase()) || ASIDE_NOUNS.test(w.toLowerCase());
/** The longest aside taken (words after its comma, before the stop). */
const MAX_ASIDE = 12;

export function reparseClaimAside(s: ParsedSentence, syntax: WordParser): ParsedSentence {
  if (s.reparsed) return s;
  const n = s.words.length;
  const end = s.upos[n - 1] === 'PUNCT' ? n - 1 : n;
  const comma = s.words.lastIndexOf(',', end - 1);
  if (comma < 3 || end - comma - 1 > MAX_ASIDE || end - comma - 1 < 3) return s;
  if (!/^(a|an|the)$/i.test(s.words[comma + 1]) || !claimNoun(s.words[comma + 2])) return s;
  // The aside is a clause: a verb after the claim noun and its subject.
  if (!s.upos.slice(comma + 3, end).some((u) => u === 'VERB')) return s;
  const clause = syntax.parseWords([...s.words.slice(0, comma), '.']);
  const root = clause.head.indexOf(0);
  if (root < 0 || clause.upos[root] !== 'VERB') return s;
  const asideWords = s.words.slice(comma + 1, end);
  asideWords[0] = asideWords[0].charAt(0).toUpperCase() + asideWords[0].slice(1);
  const aside = syntax.parseWords([...asideWords, '.']);
  const top = aside.head.indexOf(0);
  if (top < 0 || top >= asideWords.length) return s;
  const into = { head: new Int32Array(n), upos: s.upos.slice(), xpos: s.xpos.slice(), deprel: s.deprel.slice() };
  placePart(into, clause, comma, (j) => j, 0);
  placePart(into, aside, asideWords.length, (j) => comma + 1 + j, root + 1, 'parataxis');
  const { head, upos, xpos, deprel } = into;
  head[comma] = comma + 1 + top + 1;
  deprel[comma] = 'punct';
  for (let w = end; w < n; w++) [head[w], deprel[w]] = [root + 1, 'punct'];
  return { ...s, upos, xpos, head, deprel, reparsed: 'a closing aside on a claim (", a charge X denies"), parsed apart from the clause' };
}
