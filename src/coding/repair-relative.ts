/**
 * "China, which has backed Pakistan for decades, praised Islamabad's restraint", "Australia and
 * Canada, two other big exporters, also expressed concern": a subject set off by a parenthetical
 * (a non-restrictive relative clause, an apposition or a participle clause: "X, speaking for the
 * African members, called on ...") and the parser makes the subject the root,
 * reads the apposition as one more conjunct, and hangs the main verb after the closing comma inside
 * the parenthetical (an `acl` of "decades" or "exporters", a `conj` of "backed"). A sentence whose
 * root is a noun opening it, with a parenthetical opened by a comma ("X, which|who ...,", "X,
 * <nominal>,") and after its closing comma a finite verb (or one the tagger took for a participle)
 * with no subject of its own hanging under the root, has that verb as its main verb: the verb
 * becomes the root, the noun its subject, and a conjunct with no coordinator after the opening
 * comma the noun's apposition. (mainClauseFromRelative, repair.ts, handles the relative clause's
 * verb read as the root.)
 */
import type { ParsedSentence } from '../syntax/types.js';

const RELATIVE = /^(which|who)$/i;
const FINITE = /^(VBD|VBZ|VBP|VBN)$/;

export function mainVerbAfterParenthetical(s: ParsedSentence): void {
  const root = s.head.indexOf(0);
  if (root < 0 || !/^(NOUN|PROPN)$/.test(s.upos[root])) return;
  const open = s.words.indexOf(',', root + 1);
  if (open < 0 || open + 2 >= s.words.length) return;
  const appos = s.head[open + 1] === 0 ? -1 : apposition(s, root, open);
  // ("The representative of Algeria, speaking for the African members, called on ...": a participle aside.)
  const participle = s.upos[open + 1] === 'VERB' && s.xpos[open + 1] === 'VBG' && s.head[open + 1] === root + 1;
  if (!RELATIVE.test(s.words[open + 1]) && appos < 0 && !participle) return;
  const close = s.words.indexOf(',', open + 2);
  let main = close + 1;
  while (main < s.words.length && s.upos[main] === 'ADV') main++;
  if (close < 0 || main >= s.words.length || s.upos[main] !== 'VERB' || !FINITE.test(s.xpos[main])) return;
  if (!within(s, main, root) || s.head.some((h, k) => h === main + 1 && s.deprel[k].startsWith('nsubj'))) return;
  // Everything before the closing comma is the subject's phrase.
  if (s.head.some((h, k) => k < close && k !== root && !within(s, k, root))) return;
  s.head[main] = 0;
  s.deprel[main] = 'root';
  s.head[close] = main + 1;
  s.head[root] = main + 1;
  s.deprel[root] = 'nsubj';
  if (appos >= 0) s.deprel[appos] = 'appos';
  // What hung on the old root after the main verb (the final stop) is the main clause's.
  for (let k = main + 1; k < s.words.length; k++) if (s.head[k] === root + 1) s.head[k] = main + 1;
}

/**
 * A nominal after the opening comma read as the root's conjunct with no coordinator, or -1. Only
 * after a coordinated subject ("Australia and Canada, two exporters,"): its apposition is what the
 * parser takes for one more conjunct; a single noun's it reads as an apposition.
 */
function apposition(s: ParsedSentence, root: number, open: number): number {
  const coordinated = s.head.some((h, k) => k < open && h === root + 1 && s.deprel[k] === 'conj' && s.head.some((hh, c) => hh === k + 1 && s.deprel[c] === 'cc'));
  if (!coordinated) return -1;
  for (let k = open + 1; k < s.words.length && s.words[k] !== ','; k++) {
    if (s.head[k] - 1 !== root || !/^(conj|appos)$/.test(s.deprel[k]) || !/^(NOUN|PROPN)$/.test(s.upos[k])) continue;
    return s.head.some((h, c) => h === k + 1 && s.deprel[c] === 'cc') ? -1 : k;
  }
  return -1;
}

/** True when word w lies in the subtree of word h (w itself excluded). */
function within(s: ParsedSentence, w: number, h: number): boolean {
  for (let k = s.head[w] - 1, g = 0; k >= 0 && g < s.words.length; g++, k = s.head[k] - 1) if (k === h) return true;
  return false;
}
