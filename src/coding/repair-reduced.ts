/**
 * A reduced relative clause on the subject read as the main clause: in "Syrian rebels armed with
 * mortars shelled Damascus" the parser makes "armed" the predicate (rebels arm Damascus) and
 * "shelled" a modifier of "mortars"; in "Iraqi militants linked to Iran fired rockets at a U.S.
 * base" it makes "fired" a modifier of "rockets"; in "Some 500,000 workers affiliated with the
 * union stopped work" it makes "affiliated" the root and "stopped" its conjunct. A sentence that
 * opens with a noun phrase, then an -ed participle with a prepositional phrase right after it
 * (no commas), then a finite verb, is that noun's participial modifier and the verb's subject:
 * the verb becomes the predicate, the participle an `acl` of the noun with its phrase, and the
 * words after the verb that hung on the subject's words are the verb's (the first bare nominal
 * its object).
 */
import type { ParsedSentence } from '../syntax/types.js';
import { isReportingWord } from './events/attribution.js';

const PHRASE = /^(DET|ADJ|NUM|NOUN|PROPN)$/;
const NOMINAL = /^(NOUN|PROPN)$/;

function attach(s: ParsedSentence, k: number, h: number, rel: string): void {
  s.head[k] = h + 1;
  s.deprel[k] = rel;
}

/** The end (exclusive) of a noun phrase and bracketed asides from word w on. */
function phraseEnd(s: ParsedSentence, w: number): number {
  let depth = 0;
  for (; w < s.words.length; w++) {
    const word = s.words[w];
    if (word === '(') depth++;
    else if (word === ')' && depth > 0) depth--;
    else if (depth === 0 && !PHRASE.test(s.upos[w]) && word !== '-' && word !== "'" && word !== "'s" && word !== '’s') break;
  }
  return w;
}

function isFinite(s: ParsedSentence, v: number): boolean {
  return s.upos[v] === 'VERB' && (/^VB[DZP]$/.test(s.xpos[v]) || (s.xpos[v] === 'VBN' && /ed$/i.test(s.words[v])));
}

export function reducedRelativeAsPredicate(s: ParsedSentence): void {
  const n = s.words.length;
  let k = 0;
  // The subject's words; an -ed word before a preposition ends them ("pirates armed with").
  while (k < n && (PHRASE.test(s.upos[k]) || s.words[k] === '-') && !(k > 0 && /ed$/i.test(s.words[k]) && s.upos[k + 1] === 'ADP')) k++;
  const N = k - 1, v1 = k;
  if (N < 0 || !NOMINAL.test(s.upos[N]) || v1 + 2 >= n) return;
  if (!(s.upos[v1] === 'VERB' || s.upos[v1] === 'ADJ') || !/ed$/i.test(s.words[v1]) || s.upos[v1 + 1] !== 'ADP') return;
  const v2 = phraseEnd(s, v1 + 2);
  if (v2 >= n || v2 === v1 + 2 || !isFinite(s, v2) || s.words[v2 + 1]?.toLowerCase() === 'by') return;
  if (s.head[N] === v2 + 1 && s.deprel[N].startsWith('nsubj')) return;
  const root = s.head.indexOf(0);
  let top = -1, rel = 'root';
  if (root > v2) {
    // "..., officials said": the clause is the reporting verb's complement.
    if (!isReportingWord(s.words[root].toLowerCase())) return;
    top = root;
    rel = 'ccomp';
  }
  const inSubject = (h: number) => h >= 0 && h < v2;
  const after: number[] = [];
  for (let w = v2 + 1; w < n; w++) if (inSubject(s.head[w] - 1) || s.head[w] === 0 || (w === s.head[v2] - 1)) after.push(w);
  attach(s, v2, top, rel);
  if (s.xpos[v2] === 'VBN') s.xpos[v2] = 'VBD';
  attach(s, N, v2, 'nsubj');
  for (let w = 0; w < N; w++) if (s.head[w] - 1 > N || s.head[w] === 0) attach(s, w, N, s.upos[w] === 'DET' ? 'det' : 'amod');
  attach(s, v1, N, 'acl');
  s.upos[v1] = 'VERB';
  s.xpos[v1] = 'VBN';
  for (let w = v1 + 1; w < v2; w++) {
    const h = s.head[w] - 1;
    if (h > v1 && h < v2) continue;
    if (NOMINAL.test(s.upos[w])) attach(s, w, v1, 'obl');
  }
  let hasObj = false;
  for (let c = v2 + 1; c < n; c++) if (s.head[c] === v2 + 1 && s.deprel[c] === 'obj') hasObj = true;
  for (const w of after) {
    if (w === top) continue;
    const cased = s.head.some((h, c) => h === w + 1 && s.deprel[c] === 'case');
    if (NOMINAL.test(s.upos[w]) && !cased && !hasObj) {
      attach(s, w, v2, 'obj');
      hasObj = true;
    } else if (NOMINAL.test(s.upos[w])) attach(s, w, v2, 'obl');
    else if (s.upos[w] === 'PUNCT') attach(s, w, top >= 0 ? top : v2, 'punct');
    else attach(s, w, v2, s.deprel[w] === 'root' ? 'dep' : s.deprel[w]);
  }
}
