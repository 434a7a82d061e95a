/**
 * "China, which has backed Pakistan for decades, praised Islamabad's restraint" parsed with "China"
 * the root, the relative clause on it, and the main verb after the clause's closing comma read as a
 * part of that clause (an `acl` of "decades", a `conj` of "backed"). A sentence whose root is a noun
 * opening it, with a non-restrictive relative clause ("X, which|who ...,") and after that clause's
 * closing comma a finite verb (or one the tagger took for a participle) with no subject of its own hanging inside it, has that verb as its
 * main verb: the verb becomes the root and the noun its subject, keeping its relative clause.
 * (mainClauseFromRelative, repair.ts, handles the relative clause's verb read as the root.)
 */
import type { ParsedSentence } from '../syntax/types.js';

const RELATIVE = /^(which|who)$/i;
const FINITE = /^(VBD|VBZ|VBP|VBN)$/;

export function mainVerbInRelative(s: ParsedSentence): void {
  const name = s.head.indexOf(0);
  if (name < 0 || !/^(NOUN|PROPN)$/.test(s.upos[name]) || s.words[name + 1] !== ',') return;
  const rel = name + 2;
  if (!RELATIVE.test(s.words[rel] ?? '')) return;
  const verb = s.head[rel] - 1;
  if (verb <= rel || s.deprel[verb] !== 'acl:relcl' || s.head[verb] - 1 !== name) return;
  const close = s.words.indexOf(',', verb + 1);
  const main = close + 1;
  if (close < 0 || main >= s.words.length || s.upos[main] !== 'VERB' || !FINITE.test(s.xpos[main])) return;
  if (!within(s, main, verb) || s.head.some((h, k) => h === main + 1 && s.deprel[k].startsWith('nsubj'))) return;
  s.head[main] = 0;
  s.deprel[main] = 'root';
  s.head[close] = main + 1;
  s.head[name] = main + 1;
  s.deprel[name] = 'nsubj';
  // What hung on the old root after the main verb (the final stop) is the main clause's.
  for (let k = main + 1; k < s.words.length; k++) if (s.head[k] === name + 1) s.head[k] = main + 1;
}

/** True when word w lies in the subtree of word h (w itself excluded). */
function within(s: ParsedSentence, w: number, h: number): boolean {
  for (let k = s.head[w] - 1, g = 0; k >= 0 && g < s.words.length; g++, k = s.head[k] - 1) if (k === h) return true;
  return false;
}
