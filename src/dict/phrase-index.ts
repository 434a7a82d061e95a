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

const FIRST_BITS = 19;

/** FNV-1a of a word, to FIRST_BITS bits. */
function firstHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return (h >>> 0) & ((1 << FIRST_BITS) - 1);
}

export interface PhraseMatch<T> {
  /** Number of tokens matched, starting at the requested position. */
  length: number;
  /** Values stored under the phrase, in insertion order. */
  values: T[];
}

export class PhraseIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  private readonly maxLen = new Map<string, number>();
  /** The same for the first two words, of phrases of three words or more. */
  private readonly maxLen2 = new Map<string, number>();
  /**
   * A bit per hash of each first word (FIRST_BITS bits): most tokens begin no phrase, and a clear bit
   * says so from a small array, where looking the token up in maxLen (tens of thousands of keys)
   * misses the cache two or three times.
   */
  private readonly firstBits = new Int32Array(1 << (FIRST_BITS - 5));

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
    const first = words[0];
    if ((this.maxLen.get(first) ?? 0) < words.length) this.maxLen.set(first, words.length);
    const h = firstHash(first);
    this.firstBits[h >>> 5] |= 1 << (h & 31);
    if (words.length < 3) return;
    const two = `${first} ${words[1]}`;
    if ((this.maxLen2.get(two) ?? 0) < words.length) this.maxLen2.set(two, words.length);
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
    if (!first.includes('_')) {
      const h = firstHash(first);
      if ((this.firstBits[h >>> 5] & (1 << (h & 31))) === 0) return null;
    }
    // A token's words are never fewer than one, so the longest phrase spans at most maxLen tokens.
    let max = Math.min(this.maxLen.get(firstWord(first)) ?? 0, tokens.length - start, limit);
    // "THE" begins phrases of ten words, "THE UNITED" far fewer: bound the search by the next word too
    // (not across an underscored token, whose words the two-word table does not see).
    const second = tokens[start + 1];
    if (max >= 3 && !first.includes('_') && !second?.includes('_')) max = Math.min(max, this.maxLen2.get(`${first} ${second}`) ?? 2);
    for (let len = max; len >= 1; len--) {
      const key = len === 1 ? first : tokens.slice(start, start + len).join(' ');
      const values = this.byKey.get(key.includes('_') ? underscoresAsSpaces(key) : key);
      if (values) return { length: len, values };
    }
    return null;
  }
}
