/**
 * Inverted conditions ("Should Israel strike Iran, Tehran would retaliate", "Had China invaded
 * Taiwan, Japan would have imposed sanctions", "Were Russia to attack Estonia, NATO would defend
 * it") are rare in the treebank, and the parser reads them in many wrong ways: the condition as the
 * root, its subject as the main clause's, "Were" as the root with the main clause under it. The
 * same sentence opened by "If" it reads well. So a sentence opened by "Should", "Had" or "Were" with
 * a comma after its subject is tagged and parsed again as "If ..." ("Were X to V" as "If X should V",
 * which keeps one word per word), and that parse is kept when it makes the opening clause, with
 * its own subject, an adverbial clause of the main verb or the root. The words keep their own forms; the
 * inverted auxiliary becomes the condition's `aux` (modality.ts reads that as a condition) and the
 * "to" its `mark`.
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { Reparser } from './retag.js';

export interface WordParser {
  parseWords(words: string[]): ParsedSentence;
}

const INVERTED = /^(Should|Had|Were|SHOULD|HAD|WERE)$/;
/** How far the condition's comma may be from the start. */
const MAX_CONDITION = 25;

export function reparseInvertedCondition(s: ParsedSentence, syntax: WordParser, parser: Reparser): ParsedSentence {
  const n = s.words.length;
  if (n < 5 || !INVERTED.test(s.words[0]) || s.words[n - 1] === '?') return s;
  const comma = s.words.indexOf(',');
  if (comma < 3 || comma > MAX_CONDITION) return s;
  const aux = s.words[0].toLowerCase();
  const words = s.words.slice();
  words[0] = 'If';
  // "Were Russia to attack": the infinitive's "to" after the subject reads as "should".
  const to = aux === 'were' ? words.findIndex((w, k) => k > 1 && k < comma - 1 && w.toLowerCase() === 'to') : -1;
  if (to > 0) words[to] = 'should';
  // The sentence's own tags with the two words changed first (tagged again, "If Israel strike Iran"
  // makes "strike" a name), then the new words tagged afresh.
  const upos = s.upos.slice(), xpos = s.xpos.slice();
  [upos[0], xpos[0]] = ['SCONJ', 'IN'];
  if (to > 0) [upos[to], xpos[to]] = ['AUX', 'MD'];
  if (aux === 'should') verbAfterSubject(s, comma, upos, xpos);
  const own = { ...parser.parse(words, upos, xpos), upos, xpos };
  const p = conditionFirst(own, comma) ? own : syntax.parseWords(words);
  if (!conditionFirst(p, comma)) return s;
  const u = p.upos.slice(), x = p.xpos.slice(), deprel = p.deprel.slice();
  u[0] = 'AUX';
  x[0] = aux === 'should' ? 'MD' : 'VBD';
  deprel[0] = 'aux';
  if (to > 0) {
    u[to] = 'PART';
    x[to] = 'TO';
    deprel[to] = 'mark';
  }
  return { ...s, upos: u, xpos: x, head: p.head, deprel, reparsed: `an inverted condition, parsed as "If ..."` };
}

/**
 * "Should the talks collapse, ...", "Should Islamabad shelter militants, ...": after a subject the
 * tagger often reads an ambiguous base-form verb as a noun ("talks collapse" a compound), and the
 * condition then has no verb to be one. A condition opened by "Should" has a base-form verb after
 * its subject, so when none of its words is tagged a verb, the first lower-case noun or adjective
 * after a noun or name that is no plural ("talks") is tagged one; conditionFirst still decides.
 */
function verbAfterSubject(s: ParsedSentence, comma: number, upos: string[], xpos: string[]): void {
  if (s.upos.slice(1, comma).some((u) => u === 'VERB' || u === 'AUX')) return;
  for (let k = 2; k < comma; k++) {
    const w = s.words[k];
    if (!/^[a-z]{3,}$/.test(w) || (w.endsWith('s') && !w.endsWith('ss'))) continue;
    if ((s.upos[k] === 'NOUN' || s.upos[k] === 'ADJ') && /^(NOUN|PROPN)$/.test(s.upos[k - 1])) {
      [upos[k], xpos[k]] = ['VERB', 'VB'];
      return;
    }
  }
}

/**
 * The parse makes "If" mark a clause before the comma, with a subject: an adverbial of the main
 * verb, or the root with the main clause under it, which repairParse's invertedConditionAsRoot
 * turns round as it does for any inverted condition read as the root.
 */
function conditionFirst(p: { head: Int32Array; deprel: string[] }, comma: number): boolean {
  const v = p.head[0] - 1;
  if (v < 1 || v >= comma || p.deprel[0] !== 'mark') return false;
  if (!(p.deprel[v] === 'advcl' && p.head[v] !== 0) && p.head[v] !== 0) return false;
  return p.head.some((h, c) => h === v + 1 && c > 0 && c < v && p.deprel[c].startsWith('nsubj'));
}
