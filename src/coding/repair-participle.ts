/**
 * An adjectival participle read as a clause after a preposition: "met with visiting Russian Foreign
 * Minister Sergey Lavrov in Beijing on Tuesday" parsed with "visiting" an adverbial clause marked by
 * "with", Lavrov its object and the place and day its obliques. A participle that works as an
 * adjective ("visiting", "outgoing", ...) right after a preposition modifies the noun after it: the
 * noun is the preposition's object on the clause's head, and the participle's other dependents
 * belong to that head.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { kidsOf } from './repair-predicate.js';

const ADJECTIVAL = new Set(['visiting', 'outgoing', 'incoming', 'ruling', 'governing', 'warring', 'opposing', 'leading', 'neighbouring', 'neighboring']);

export function participleAfterPreposition(s: ParsedSentence): void {
  for (let v = 1; v < s.words.length; v++) {
    if (!ADJECTIVAL.has(s.words[v].toLowerCase()) || s.upos[v] !== 'VERB' || !/^(advcl|acl)$/.test(s.deprel[v])) continue;
    const p = v - 1;
    if (!/^(ADP|SCONJ)$/.test(s.upos[p]) || s.head[p] !== v + 1) continue;
    const obj = kidsOf(s, v).find((k) => k > v && s.deprel[k] === 'obj' && /^(NOUN|PROPN)$/.test(s.upos[k]));
    if (obj === undefined) continue;
    const head = s.head[v];
    const verbal = head > 0 && (s.upos[head - 1] === 'VERB' || s.upos[head - 1] === 'AUX');
    for (const k of kidsOf(s, v)) if (k !== obj && k !== p) s.head[k] = head;
    s.head[obj] = head;
    s.deprel[obj] = head === 0 ? 'root' : verbal ? 'obl' : 'nmod';
    s.head[p] = obj + 1;
    s.deprel[p] = 'case';
    s.upos[p] = 'ADP';
    s.head[v] = obj + 1;
    s.deprel[v] = 'amod';
    s.upos[v] = 'ADJ';
    s.xpos[v] = 'JJ';
  }
}

/**
 * A participle after an auxiliary read as the modifier of its object: "Chinese vessels had fired water
 * cannon at its ships" parsed with "fired" an amod of "cannon", which takes the auxiliary, the subject
 * and the clause's place. A noun with an auxiliary before a verb modifying it is that verb's object:
 * the verb heads the clause, with the auxiliary, the subject and the rest of the noun's dependents
 * outside its own phrase (an nmod after it becomes the verb's oblique).
 */
export function participleAfterAuxiliary(s: ParsedSentence): void {
  for (let n = 2; n < s.words.length; n++) {
    if (!/^(NOUN|PROPN)$/.test(s.upos[n])) continue;
    const kids = kidsOf(s, n);
    const aux = kids.find((k) => k < n && s.deprel[k] === 'aux');
    const v = kids.find((k) => aux !== undefined && k > aux && k < n && s.deprel[k] === 'amod' && s.upos[k] === 'VERB' && /^VB[DN]$/.test(s.xpos[k]));
    // Or the perfect infinitive's auxiliary already on the participle, the noun a complement: "Iran
    // is believed to have supplied drones to Russia" with "drones" an xcomp of "believed".
    // So is one with a subject of its own: "Iran denied that it had supplied missiles to Russia" with
    // "missiles" a fixed part of "that", the object of "denied".
    const perfect = kids.find((k) => k === n - 1 && s.deprel[k] === 'amod' && s.upos[k] === 'VERB' && /^VB[DN]$/.test(s.xpos[k]) &&
      kidsOf(s, k).some((a) => s.deprel[a] === 'aux' && /^(have|has|had|having)$/i.test(s.words[a])) &&
      (/^(xcomp|ccomp)$/.test(s.deprel[n]) || kidsOf(s, k).some((a) => s.deprel[a].startsWith('nsubj'))));
    if (perfect !== undefined) {
      const that = s.head[n] - 1;
      const thatClause = that >= 0 && s.words[that].toLowerCase() === 'that' && s.upos[s.head[that] - 1] === 'VERB' && that < perfect;
      s.head[perfect] = thatClause ? s.head[that] : s.head[n];
      s.deprel[perfect] = thatClause ? 'ccomp' : s.deprel[n];
      if (thatClause) {
        s.head[that] = perfect + 1;
        s.deprel[that] = 'mark';
        s.upos[that] = 'SCONJ';
      }
      s.xpos[perfect] = 'VBN';
      for (const k of kids) if (k !== perfect) s.head[k] = perfect + 1;
      for (const k of kids) if (k > n && s.deprel[k] === 'nmod') s.deprel[k] = 'obl';
      s.head[n] = perfect + 1;
      s.deprel[n] = 'obj';
      continue;
    }
    if (aux === undefined || v === undefined || !kids.some((k) => k < aux && s.deprel[k].startsWith('nsubj'))) continue;
    s.head[v] = s.head[n];
    s.deprel[v] = s.deprel[n];
    s.xpos[v] = 'VBN';
    for (const k of kids) {
      if (k === v) continue;
      if (k < v) s.head[k] = v + 1;
      else if (k > n) {
        s.head[k] = v + 1;
        if (s.deprel[k] === 'nmod') s.deprel[k] = 'obl';
      }
    }
    s.head[n] = v + 1;
    s.deprel[n] = 'obj';
  }
}
