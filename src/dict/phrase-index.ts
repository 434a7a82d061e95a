/**
 * Longest-match lookup of word sequences. Phrases are keyed by their space-joined normalised words
 * in one Map, plus the longest phrase length per first word and per first two words; a lookup tries
 * lengths from longest down. This is far smaller than a trie of Maps for the ~60k actor phrases and as fast in practice.
 */

/** Dictionary word normalisation: upper case, typographic apostrophes straightened. */
const CURLY = /[\u2018\u2019\u02bc]/g;

export function normalizeToken(t: string): string {
  const u = t.toUpperCase();
  return u.includes('\u2019') || u.includes('\u2018') || u.includes('\u02bc') ? u.replace(CURLY, "'") : u;
}

/**
 * Splits a dictionary phrase written with `_` or spaces into normalised words. A possessive ending
 * is a word of its own, as the tokenizer writes it: PEOPLE'S_REPUBLIC_OF_CHINA is "PEOPLE 'S
 * REPUBLIC OF CHINA", PEOPLES'_REPUBLIC is "PEOPLES ' REPUBLIC"; so is a bracket.
 */
export function phraseWords(phrase: string): string[] {
  // A scan, not split/filter/map/flatMap: the actor files hold ~100k phrases and the intermediate
  // arrays were a good part of loading them (same words as `phrase.split(/[_\s]+/)`).
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= phrase.length; i++) {
    if (i === phrase.length || isSeparator(phrase.charCodeAt(i))) {
      if (start >= 0) pushPossessive(out, normalizeToken(phrase.slice(start, i)));
      start = -1;
    } else if (start < 0) start = i;
  }
  return out;
}

/** `_` or what the regular expression `\s` matches. */
function isSeparator(c: number): boolean {
  if (c === 95 || c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function firstWord(token: string): string {
  return token.includes('_') ? underscoresAsSpaces(token).split(' ')[0] : token;
}

function underscoresAsSpaces(key: string): string {
  return key.split(/[_\s]+/).filter((w) => w !== '').join(' ');
}

const POSSESSIVE = /^(.*[A-Z])('S|')$/;

/** Pushes a word, its possessive ending and brackets split off as words of their own. */
function pushPossessive(out: string[], w: string): void {
  // Brackets too: CONGO_(KINSHASA)_ is "CONGO ( KINSHASA )".
  if (w.length > 1 && w.charCodeAt(0) === 40) {
    out.push('(');
    pushPossessive(out, w.slice(1));
    return;
  }
  if (w.length > 1 && w.charCodeAt(w.length - 1) === 41) {
    pushPossessive(out, w.slice(0, -1));
    out.push(')');
    return;
  }
  // Only a word ending in an apostrophe or 'S can be possessive: the rest skip the regular expression.
  const m = w.endsWith("'") || w.endsWith("'S") ? POSSESSIVE.exec(w) : null;
  if (m) out.push(m[1], m[2]);
  else out.push(w);
}

const FIRST_BITS = 18;
const PAIR_BITS = 18;

/** FNV-1a of a word (32 bits). */
function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}

/** A slot for a first word's hash. */
function firstSlot(h: number): number {
  return (h >>> 0) & ((1 << FIRST_BITS) - 1);
}

/** A slot for the hashes of a first and a second word. */
function pairSlot(h1: number, h2: number): number {
  return Math.imul(h1 ^ Math.imul(h2, 0x9e3779b1), 0x85ebca6b) >>> (32 - PAIR_BITS);
}

export interface PhraseMatch<T> {
  /** Number of tokens matched, starting at the requested position. */
  length: number;
  /** Values stored under the phrase, in insertion order. */
  values: T[];
}

export class PhraseIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  /**
   * The longest phrase (in words, at most 255) over the first words with each hash (FIRST_BITS
   * bits), 0 where none: most tokens begin no phrase, and a 0 says so from a small array, where a
   * Map of tens of thousands of words misses the cache two or three times. Hashes are shared, so
   * this is a bound on the longest phrase a word begins, which the lookups of whole phrases check.
   */
  private readonly firstMax = new Uint8Array(1 << FIRST_BITS);
  /**
   * The same by the hashes of the first two words, over phrases of two words or more ("THE" begins
   * phrases of ten words, "THE UNITED" far fewer; "THE FOO" none): no key string is built for a
   * length that no phrase beginning with these two words has.
   */
  private readonly pairMax = new Uint8Array(1 << PAIR_BITS);

  get size(): number {
    return this.byKey.size;
  }

  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    const key = words.join(' ');
    const list = this.byKey.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.byKey.set(key, [value]);
    const len = Math.min(words.length, 255);
    const h1 = wordHash(words[0]);
    const f = firstSlot(h1);
    if (this.firstMax[f] < len) this.firstMax[f] = len;
    if (len < 2) return;
    const p = pairSlot(h1, wordHash(words[1]));
    if (this.pairMax[p] < len) this.pairMax[p] = len;
  }

  /** Values stored under exactly these (already normalised) words. */
  get(words: readonly string[]): T[] {
    return this.byKey.get(words.join(' ')) ?? [];
  }

  /**
   * Longest phrase starting at tokens[start]; tokens must already be normalised. A token written
   * with underscores ("Dol_Amroth", the way PETRARCH's own texts and dictionaries join a name's
   * words) stands for its words, so it matches the phrase "DOL AMROTH"; the length counts tokens.
   * `limit` caps the length (a caller that rejects the longest phrase asks for a shorter one).
   */
  longest(tokens: readonly string[], start = 0, limit = Infinity): PhraseMatch<T> | null {
    const first = tokens[start];
    if (first === undefined) return null;
    const underscored = first.includes('_');
    const h1 = wordHash(underscored ? firstWord(first) : first);
    // A token's words are never fewer than one, so the longest phrase spans at most that many tokens.
    let max = Math.min(this.firstMax[firstSlot(h1)], tokens.length - start, limit);
    if (max === 0) return null;
    // Bound the search by the next word too (not across an underscored token, whose words the pair
    // table does not see).
    const second = tokens[start + 1];
    if (max >= 2 && !underscored && second !== undefined && !second.includes('_')) max = Math.min(max, this.pairMax[pairSlot(h1, wordHash(second))] || 1);
    for (let len = max; len >= 1; len--) {
      const key = len === 1 ? first : tokens.slice(start, start + len).join(' ');
      const values = this.byKey.get(key.includes('_') ? underscoresAsSpaces(key) : key);
      if (values) return { length: len, values };
    }
    return null;
  }
}
