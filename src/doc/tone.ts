/**
 * Document tone, -100 (hostile) .. 100 (cooperative), from the tone lexicon: positive and negative
 * weight summed over the words, with a negator flipping the sign of the first tone word in the
 * three words after it, at half strength. tone = 100 * (P - N) / (P + N + 5): the constant keeps a text with one
 * stray word near zero, and a text full of conflict words approaches -100.
 */
import { NEGATORS, TONE_LEXICON } from './tone-lexicon.js';

/** Whole words, and stems (written with a trailing `*`) keyed by themselves with their length range. */
export interface ToneLexicon {
  exact: Map<string, number>; prefixes: Map<string, number>; shortest: number; longest: number;
  /** Weights of words already looked up by stem (at most MEMO_SIZE words): a stem lookup slices the word many times. */
  memo?: Map<string, number>;
}

const MEMO_SIZE = 65536;

export function compileToneLexicon(entries: Readonly<Record<string, number>> = TONE_LEXICON): ToneLexicon {
  const exact = new Map<string, number>();
  const prefixes = new Map<string, number>();
  for (const [w, v] of Object.entries(entries)) {
    if (w.endsWith('*')) prefixes.set(w.slice(0, -1), v);
    else exact.set(w, v);
  }
  const lengths = [...prefixes.keys()].map((p) => p.length);
  return { exact, prefixes, shortest: Math.min(...lengths), longest: Math.max(...lengths), memo: new Map() };
}

function weightOf(word: string, lex: ToneLexicon): number {
  const e = lex.exact.get(word);
  if (e !== undefined) return e;
  const known = lex.memo?.get(word);
  if (known !== undefined) return known;
  const w = stemWeight(word, lex);
  if (lex.memo && lex.memo.size < MEMO_SIZE) lex.memo.set(word, w);
  return w;
}

function stemWeight(word: string, lex: ToneLexicon): number {
  // The longest stem wins ("de-escalat" over "escalat").
  for (let len = Math.min(word.length, lex.longest); len >= lex.shortest; len--) {
    const v = lex.prefixes.get(word.slice(0, len));
    if (v !== undefined) return v;
  }
  return 0;
}

export interface ToneDetail { tone: number; positive: number; negative: number; words: number }

export function toneDetail(text: string, lex: ToneLexicon): ToneDetail {
  const words = text.toLowerCase().replace(/[’]/g, "'").match(/[a-z]+(?:[-'][a-z]+)*|n't/g) ?? [];
  let pos = 0, neg = 0;
  let negatedUntil = -1; // a negator reaches the first tone word within the next three words
  for (let i = 0; i < words.length; i++) {
    if (NEGATORS.has(words[i]) || words[i].endsWith("n't")) { negatedUntil = i + 3; continue; }
    let w = weightOf(words[i], lex);
    if (w === 0) continue;
    if (i <= negatedUntil) { w = -w / 2; negatedUntil = -1; }
    if (w > 0) pos += w; else neg -= w;
  }
  const tone = (100 * (pos - neg)) / (pos + neg + 5);
  return { tone: Math.round(tone * 10) / 10, positive: pos, negative: neg, words: words.length };
}

export function documentTone(text: string, lex: ToneLexicon): number {
  return toneDetail(text, lex).tone;
}
