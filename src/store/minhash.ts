/**
 * MinHash signatures for near-duplicate detection: 60 minimum hashes over the document's
 * overlapping three-word shingles (lower-cased words). The fraction of equal positions in two
 * signatures estimates the Jaccard similarity of their shingle sets, so a wire story re-run with
 * a new headline or a trimmed ending scores high (~0.7+), unrelated stories near 0.
 *
 * For lookup, the 60 values form 20 bands of 3 (locality-sensitive hashing); each band hashes to
 * one integer stored with the document. Documents sharing any band are candidates: one with
 * similarity 0.5 is a candidate with probability 1-(1-0.5^3)^20 = 0.93, at 0.7 0.9998, at 0.05
 * 0.0025. Candidates are then checked on the full signature.
 */
import { finish, hashString, mix } from '../syntax/hash.js';
import { DyadError } from '../util/errors.js';

const SHINGLE = 3;
export const MINHASH_SIZE = 60;
export const BANDS = 20;
const ROWS = MINHASH_SIZE / BANDS;
const SIGNATURE = new RegExp(`^[0-9a-f]{${MINHASH_SIZE * 8}}$`);

/** Seeds for the 60 hash functions, derived rather than listed. */
function seeds(): Uint32Array {
  const s = new Uint32Array(MINHASH_SIZE);
  for (let i = 0; i < MINHASH_SIZE; i++) s[i] = finish(mix(0x6a09e667, i));
  return s;
}

function shingleHashes(text: string): number[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(hashString);
  const n = Math.max(1, words.length - SHINGLE + 1);
  const out: number[] = [];
  for (let i = 0; i < n && words.length > 0; i++) {
    let h = 0x2545f491;
    for (let j = i; j < Math.min(words.length, i + SHINGLE); j++) h = mix(h, words[j]);
    out.push(finish(h));
  }
  return out;
}

/** The MinHash signature of a text: 60 values as 480 hex digits. */
export function minhash(text: string): string {
  const seed = seeds();
  const mins = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const h of new Set(shingleHashes(text))) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = finish(mix(seed[i], h));
      if (v < mins[i]) mins[i] = v;
    }
  }
  return Array.from(mins, (v) => v.toString(16).padStart(8, '0')).join('');
}

function values(signature: string): number[] {
  checkSignature(signature);
  return Array.from({ length: MINHASH_SIZE }, (_, i) => parseInt(signature.slice(i * 8, i * 8 + 8), 16));
}

/** Estimated Jaccard similarity (0..1) of the texts behind two signatures. */
export function similarity(a: string, b: string): number {
  checkSignature(a);
  checkSignature(b);
  // Compare the 8-digit values in place: this runs once per candidate, so no arrays are built.
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE * 8; i += 8) {
    let j = 0;
    while (j < 8 && a.charCodeAt(i + j) === b.charCodeAt(i + j)) j++;
    if (j === 8) same++;
  }
  return same / MINHASH_SIZE;
}

/** The 20 band keys of a signature as signed 32-bit integers (they fit an INTEGER column), distinct. */
export function bandKeys(signature: string): number[] {
  const v = values(signature);
  const keys = new Set<number>();
  for (let b = 0; b < BANDS; b++) {
    let h = mix(0x3c6ef372, b);
    for (let r = 0; r < ROWS; r++) h = mix(h, v[b * ROWS + r]);
    keys.add(finish(h) | 0);
  }
  return [...keys];
}

export function isSignature(s: unknown): s is string {
  return typeof s === 'string' && SIGNATURE.test(s);
}

function checkSignature(s: string): void {
  if (!isSignature(s)) throw new DyadError('E_USAGE', `not a MinHash signature (${MINHASH_SIZE * 8} hex digits, from minhash()): ${JSON.stringify(String(s).slice(0, 40))}`);
}
