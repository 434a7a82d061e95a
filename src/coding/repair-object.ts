/**
 * "He also urged the United States to play a constructive role" parsed with "States" a second
 * subject of "urged", after it. A verb's subject follows it only in inversions, which the verb's own
 * subject before it rules out: a nominal after the verb read as its subject, when the verb already
 * has one before it and the nominal is followed by "to" and a verb (the object of an
 * object-control verb: urge, ask, call on ... X to do), is the verb's object, and that infinitive
 * its open complement.
 */
import type { ParsedSentence } from '../syntax/types.js';

export function objectReadAsSecondSubject(s: ParsedSentence): void {
  for (let v = 0; v < s.words.length; v++) {
    if (s.upos[v] !== 'VERB') continue;
    const subj = s.head.map((h, k) => (h === v + 1 && s.deprel[k] === 'nsubj' ? k : -1)).filter((k) => k >= 0);
    if (subj.length !== 2 || subj[0] > v || subj[1] < v) continue;
    const o = subj[1];
    const to = s.words.findIndex((w, k) => k > o && w.toLowerCase() === 'to' && s.upos[k] === 'PART');
    const inf = to >= 0 ? s.head[to] - 1 : -1;
    // Only the words of the nominal itself between it and "to".
    if (inf !== to + 1 || s.upos[inf] !== 'VERB' || s.words.slice(o + 1, to).some((_, i) => s.head[o + 1 + i] !== o + 1)) continue;
    s.deprel[o] = 'obj';
    if (s.head[inf] === v + 1 || s.head[inf] === o + 1) {
      s.head[inf] = v + 1;
      s.deprel[inf] = 'xcomp';
    }
  }
}
