/**
 * Integer hashing for feature extraction. Features are built without string concatenation:
 * hash each token string once, then mix small integers (template id, hashed values) together.
 */

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes one more 32-bit value into a running hash (murmur3-style round). */
export function mix(h: number, x: number): number {
  return mixBits(h, x) >>> 0;
}

/** Final avalanche, so nearby inputs spread over the table. */
export function finish(h: number): number {
  return finishBits(h) >>> 0;
}

const SEED = 0x9747b28c;
/** mix(SEED, t) for the template ids in use (all below 2048), computed once. */
const TEMPLATE_SEEDS = Uint32Array.from({ length: 2048 }, (_, t) => mix(SEED, t));
function templateSeed(t: number): number {
  return t < 2048 ? TEMPLATE_SEEDS[t] : mix(SEED, t);
}

/**
 * The same two steps in signed int32. Feature hashes are written into Uint32Arrays, which keep the
 * same 32 bits whatever the sign, so feat1..feat4 stay in int32 (`| 0`) where mix and finish return
 * unsigned values (hashes that other code compares or stores, as MinHash does): an int32
 * stays a small integer in V8, an unsigned value of 2^31 or more is boxed, and feature extraction
 * made millions of those boxes per document. The bits, and so the model rows, are the same.
 */
function mixBits(h: number, x: number): number {
  let k = Math.imul(x | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finishBits(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export function feat1(t: number, a: number): number {
  return finishBits(mixBits(templateSeed(t), a));
}
export function feat2(t: number, a: number, b: number): number {
  return finishBits(mixBits(mixBits(templateSeed(t), a), b));
}
export function feat3(t: number, a: number, b: number, c: number): number {
  return finishBits(mixBits(mixBits(mixBits(templateSeed(t), a), b), c));
}
export function feat4(t: number, a: number, b: number, c: number, d: number): number {
  return finishBits(mixBits(mixBits(mixBits(mixBits(templateSeed(t), a), b), c), d));
}
