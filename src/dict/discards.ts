/**
 * Reader for PETRARCH discard lists (Phoenix.discards.txt): phrases that mark a sentence (or, with a
 * leading `+`, a whole story) as not to be coded (sports, history). A phrase ending in `_` must end
 * at a word boundary; otherwise its last word is a stem (BASEBALL matches BASEBALLS). Case-insensitive.
 */
import { normalizeToken } from './phrase-index.js';
import { dictError, eachLine } from './source.js';

export interface DiscardEntry {
  /** Normalised words. */
  words: string[];
  scope: 'sentence' | 'story';
  /** True when written with a trailing `_`: the last word must match whole. */
  exact: boolean;
  line: number;
}

export interface DiscardList {
  file: string;
  entries: DiscardEntry[];
  /** Entries by first word. */
  byFirst: Map<string, DiscardEntry[]>;
}

export function parseDiscards(content: string, file: string): DiscardList {
  const entries: DiscardEntry[] = [];
  eachLine(content, (text, line) => {
    let t = text.trim();
    const scope = t.startsWith('+') ? 'story' : 'sentence';
    if (scope === 'story') t = t.slice(1).trim();
    const exact = t.endsWith('_');
    const words = t.split(/[_\s]+/).filter((w) => w !== '').map(normalizeToken);
    if (words.length === 0) throw dictError('empty discard phrase', file, line);
    entries.push({ words, scope, exact, line });
  });
  const byFirst = new Map<string, DiscardEntry[]>();
  for (const e of entries) {
    const list = byFirst.get(e.words[0]);
    if (list) list.push(e);
    else byFirst.set(e.words[0], [e]);
  }
  return { file, entries, byFirst };
}

const YEAR = /^(1[89]|20)\d\d$/;
const SPAN = /^(DAY|WEEK|MONTH|YEAR|DECADE)S?$/;

/**
 * True for the time references in Phoenix.discards.txt: bare years (1914 ... 2013), "YEARS AGO",
 * "MONTHS LATER" and the like, and the world wars. The Phoenix pipeline discarded every sentence holding one, as a proxy
 * for "this is about history". dyad dates each event from its own clause (src/coding/events/
 * event-date.ts) and leaves background clauses out, so a sentence such as "Libya offered to hand over
 * two men suspected of the 1988 bombing" is coded, with its own date.
 */
export function isTimeReference(e: DiscardEntry): boolean {
  if (e.words.length === 1) return YEAR.test(e.words[0]);
  // "the largest attack since World War Two": the wars as dates (background.ts leaves out a clause
  // set "during World War Two").
  if (e.words.includes('WAR') && (e.words.includes('WORLD') || e.words.includes('WARS'))) return true;
  if (e.words.join(' ') === 'NAPOLEONIC WARS') return true;
  return e.words.length === 2 && SPAN.test(e.words[0]) && (e.words[1] === 'AGO' || e.words[1] === 'LATER');
}

/** The list without its time references (see isTimeReference): what the coder applies. */
export function withoutTimeReferences(list: DiscardList): DiscardList {
  const entries = list.entries.filter((e) => !isTimeReference(e));
  const byFirst = new Map<string, DiscardEntry[]>();
  for (const e of entries) byFirst.set(e.words[0], [...(byFirst.get(e.words[0]) ?? []), e]);
  return { file: list.file, entries, byFirst };
}

function matchesAt(e: DiscardEntry, tokens: readonly string[], i: number): boolean {
  if (i + e.words.length > tokens.length) return false;
  const last = e.words.length - 1;
  for (let k = 0; k < last; k++) if (tokens[i + k] !== e.words[k]) return false;
  const t = tokens[i + last];
  return e.exact ? t === e.words[last] : t.startsWith(e.words[last]);
}

const KEY_BITS = 16;

/** FNV-1a over the first `len` characters, for each len: out[len - 1]. */
function prefixHashes(tok: string, out: Int32Array): void {
  let h = 0x811c9dc5;
  for (let i = 0; i < tok.length; i++) out[i] = h = Math.imul(h ^ tok.charCodeAt(i), 0x01000193);
}

function keySlot(h: number): number {
  return h >>> (32 - KEY_BITS);
}

/**
 * A bit per hash of each key of byFirst: most prefixes of most tokens are no key, and a clear bit
 * says so without slicing the prefix off and looking it up. Built on the first lookup, again if the
 * Map has changed size.
 */
const keyBits = new WeakMap<Map<string, DiscardEntry[]>, { size: number; bits: Int32Array }>();

function bitsOf(byFirst: Map<string, DiscardEntry[]>): Int32Array {
  const known = keyBits.get(byFirst);
  if (known && known.size === byFirst.size) return known.bits;
  const bits = new Int32Array(1 << (KEY_BITS - 5));
  let h = new Int32Array(64);
  for (const key of byFirst.keys()) {
    if (key.length === 0) continue;
    if (h.length < key.length) h = new Int32Array(key.length);
    prefixHashes(key, h);
    const k = keySlot(h[key.length - 1]);
    bits[k >>> 5] |= 1 << (k & 31);
  }
  keyBits.set(byFirst, { size: byFirst.size, bits });
  return bits;
}

let hashes = new Int32Array(64);

/**
 * The first discard entry found in a token sequence (tokens normalised), or null. A one-word stem
 * entry is looked up by every prefix of the token, so BASEBALLS finds BASEBALL.
 */
export function findDiscard(list: DiscardList, tokens: readonly string[]): DiscardEntry | null {
  const bits = bitsOf(list.byFirst);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (hashes.length < tok.length) hashes = new Int32Array(tok.length * 2);
    prefixHashes(tok, hashes);
    for (let len = tok.length; len >= 1; len--) {
      const k = keySlot(hashes[len - 1]);
      if ((bits[k >>> 5] & (1 << (k & 31))) === 0) continue;
      const cands = list.byFirst.get(len === tok.length ? tok : tok.slice(0, len));
      if (!cands) continue;
      for (const e of cands) {
        if ((e.words.length > 1 && len !== tok.length) || !matchesAt(e, tokens, i)) continue;
        return e;
      }
    }
  }
  return null;
}
