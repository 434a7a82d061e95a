/**
 * Repairs of parser errors that the coder cannot read around, applied to each parsed sentence
 * before actors and events are found (both then see the same tree). Each repair is narrow: it
 * fires only on a tree no valid UD analysis has, and says in its name what it fixes.
 *
 * - Split coordinate subjects: "the United States and China agreed ..." parsed with two `nsubj`
 *   children of "agreed" and the `cc` on the verb. UD has one subject with a `conj`: we re-attach
 *   the later subject as `conj` of the earlier and the `cc` to the later one.
 */
import type { ParsedSentence } from '../syntax/types.js';

export function repairParse(s: ParsedSentence): ParsedSentence {
  splitSubjects(s);
  return s;
}

function splitSubjects(s: ParsedSentence): void {
  const n = s.words.length;
  for (let v = 0; v < n; v++) {
    const subjects: number[] = [];
    for (let k = 0; k < n; k++) if (s.head[k] === v + 1 && s.deprel[k] === 'nsubj') subjects.push(k);
    if (subjects.length < 2) continue;
    const [first, second] = subjects;
    if (first > v || second > v) continue; // both before the verb: "X and Y <verb>"
    const cc = findCc(s, v, first, second);
    if (cc < 0) continue;
    s.head[second] = first + 1;
    s.deprel[second] = 'conj';
    s.head[cc] = second + 1;
  }
}

/** A `cc` child of the verb standing between the two subjects, or -1. */
function findCc(s: ParsedSentence, v: number, first: number, second: number): number {
  for (let k = first + 1; k < second; k++) if (s.head[k] === v + 1 && s.deprel[k] === 'cc') return k;
  return -1;
}
