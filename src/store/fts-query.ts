/**
 * User search text -> a safe full-text query. Users type words and "quoted phrases"; everything
 * else (FTS5 operators, column filters, parentheses, stars, tsquery syntax) is treated as plain
 * text, because passing it through would let a stray character crash the query. All terms must
 * match. Unbalanced quotes and queries without a single word are E_USAGE errors that say so.
 */
import { DyadError } from '../util/errors.js';

export interface FtsTerm {
  /** One or more words; several words must occur as a phrase. */
  words: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_TERMS = 32;

export function parseSearch(text: string): FtsTerm[] {
  if (typeof text !== 'string') throw new DyadError('E_USAGE', 'search query must be text');
  const quotes = (text.match(/"/g) ?? []).length;
  if (quotes % 2 === 1) throw new DyadError('E_USAGE', `search query has an unbalanced quote: ${JSON.stringify(text)}`);
  const terms: FtsTerm[] = [];
  text.split('"').forEach((part, i) => {
    const words = (part.toLowerCase().match(WORD) ?? []);
    if (i % 2 === 1) { if (words.length > 0) terms.push({ words }); }
    else for (const w of words) terms.push({ words: [w] });
  });
  if (terms.length === 0) throw new DyadError('E_USAGE', `search query has no words to search for: ${JSON.stringify(text)}`);
  if (terms.length > MAX_TERMS) throw new DyadError('E_USAGE', `search query has more than ${MAX_TERMS} terms`);
  return terms;
}

/** FTS5 MATCH string: every term double-quoted, so no character in it is an operator. */
export function fts5Query(terms: FtsTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ')}"`).join(' AND ');
}
