/**
 * "According to a Kyodo News report on the 3rd, Japanese State Minister of Defense Nakatani Ren said
 * ..." parsed with "report" the subject of "said" and the real subject swallowed into its phrase
 * ("the 3rd Japanese State Minister ..." one noun phrase on "report"). A phrase opened by "according
 * to" is never a subject: it becomes an oblique of the verb, and the words between the first comma
 * after it and the verb are the subject: the verb's subject among them, or their one head when the
 * phrase was read as the subject, takes the others the phrase swallowed ("Russian Deputy" on "report"
 * with "Prime Minister Novak" the subject).
 * What stood before the comma and hung on that nominal ("on the 3rd") goes back to the phrase's head.
 * (accordingPhraseReadAsSubject, repair-subject.ts, handles a subject read as the phrase's conjunct.)
 */
import type { ParsedSentence } from '../syntax/types.js';

export function accordingPhraseSwallowsSubject(s: ParsedSentence): void {
  for (let a = 0; a + 2 < s.words.length; a++) {
    if (s.words[a].toLowerCase() !== 'according' || s.words[a + 1].toLowerCase() !== 'to') continue;
    const h = s.head[a] - 1;
    const v = h >= 0 ? s.head[h] - 1 : -1;
    if (v < h || !/^(nsubj|obl)/.test(s.deprel[h]) || s.upos[v] !== 'VERB') continue;
    const comma = s.words.indexOf(',', h + 1);
    if (comma < 0 || comma + 1 >= v) continue;
    const span = range(comma + 1, v);
    const outside = span.filter((w) => s.head[w] - 1 <= comma || s.head[w] - 1 >= v);
    // The verb's own subject in the span, else (the phrase read as the subject) the span's one head.
    const x = span.find((w) => s.head[w] - 1 === v && s.deprel[w].startsWith('nsubj'))
      ?? (s.deprel[h].startsWith('nsubj') && outside.length === 1 ? outside[0] : -1);
    if (x < 0 || !/^(NOUN|PROPN)$/.test(s.upos[x])) continue;
    const strays = outside.filter((w) => w !== x);
    // Only a subject the phrase swallowed, whole or in part ("Deputy" on "report").
    if (!(strays.length > 0 ? strays : [x]).every((w) => inside(s, w, h)) || strays.some((w) => s.upos[w] === 'VERB')) continue;
    for (const w of strays) {
      s.head[w] = x + 1;
      if (s.deprel[w] === 'nmod') s.deprel[w] = 'compound';
    }
    // Words before the comma that hung on the swallowed words: the last of them on the phrase's head.
    const before = range(h + 1, comma).filter((w) => s.head[w] - 1 > comma && s.head[w] - 1 < v);
    const anchor = before.filter((w) => s.upos[w] !== 'PUNCT').pop();
    for (const w of before) {
      s.head[w] = w === anchor ? h + 1 : (anchor ?? h) + 1;
      if (w === anchor) s.deprel[w] = 'nmod';
    }
    s.head[comma] = anchor !== undefined ? anchor + 1 : h + 1;
    s.deprel[comma] = 'punct';
    s.head[x] = v + 1;
    s.deprel[x] = 'nsubj';
    s.deprel[h] = 'obl';
  }
}

/** True when word w lies in the subtree of word h. */
export function inside(s: ParsedSentence, w: number, h: number): boolean {
  for (let k = w, g = 0; k >= 0 && g < s.words.length; g++, k = s.head[k] - 1) if (k === h) return true;
  return false;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}
