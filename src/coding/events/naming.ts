/**
 * "Ali called the move a direct threat", "Beijing called the visit unacceptable": CALL with a
 * predicative complement (a nominal or adjectival xcomp) says what the subject calls something, not
 * that it telephoned anyone. CALL's default code is a phone call (041), so such a clause codes
 * nothing unless a pattern names the complement ("called it a powder keg", 012; "called X a partner", 013).
 * So is a free relative's CALL ("in what Kyiv called a war crime"): what is called is "what", the
 * name its object, and no one is telephoned.
 */
import type { VerbMatch } from './match.js';
import type { Tree } from './tree.js';

export function isNamingUse(t: Tree, v: number, m: VerbMatch | null): boolean {
  if (m === null || m.entry.lemma.words.join('_') !== 'CALL' || !/^call/i.test(t.s.words[v])) return false;
  const head = t.s.head[v] - 1;
  if (t.s.deprel[v] === 'acl:relcl' && head >= 0 && t.s.words[head].toLowerCase() === 'what') return true;
  // A pattern on the object alone ("called the visit unacceptable" matching "* VISIT", a call for a
  // visit, 026) is no reading of the name either.
  if (t.kids[v].some((c) => t.base(c) === 'xcomp' && /^(NOUN|PROPN|ADJ|PRON)$/.test(t.upos(c)) && !m.words.includes(c))) return true;
  // "calling it a violation of UN resolutions": the parser may give the name as a second object.
  const objects = t.kids[v].filter((c) => /^(obj|iobj)$/.test(t.base(c)));
  return objects.length >= 2 && !objects.some((c) => m.words.includes(c));
}
