/**
 * How the parser sees a word: its normalised form if the form was seen often enough in training,
 * else a rare-word class built from its shape and suffix (so unseen words at run time share weights
 * with the rare words of the treebank). Each string is hashed once per sentence.
 */
import { hashString, mix } from '../hash.js';
import { PREFIX_LENGTHS, type WordClusters } from '../clusters/table.js';

/** Lowercase, digits folded to 0 (numbers differ in value, not in syntax). */
export function normalise(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, '0');
}

/** Compressed character shape: "McDonald's" -> "XxXx'x", "1,200" -> "d,d". */
export function shape(form: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < form.length && out.length < 8; i++) {
    const ch = form[i];
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch.toUpperCase()) c = ch === ch.toLowerCase() ? 'x' : 'X';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Most forms Vocabulary.encode remembers the ids of (cleared when full). */
const MEMO_MAX = 1 << 16;

/** Granularities a cluster-aware vocabulary encodes. */
export const CLUSTER_LEVELS = PREFIX_LENGTHS.length;

export class Vocabulary {
  private readonly known: Set<string>;
  /** Word clusters (clusters/table.ts) read as extra features; null for models without them. */
  readonly clusters: WordClusters | null;
  constructor(words: Iterable<string>, clusters: WordClusters | null = null) {
    this.known = new Set(words);
    this.clusters = clusters;
  }
  get size(): number {
    return this.known.size;
  }
  words(): string[] {
    return [...this.known].sort();
  }

  /** Vocabulary of normalised forms seen at least `minCount` times. */
  static fromCounts(forms: Iterable<string>, minCount: number, clusters: WordClusters | null = null): Vocabulary {
    const counts = new Map<string, number>();
    for (const f of forms) {
      const k = normalise(f);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const keep: string[] = [];
    for (const [k, c] of counts) if (c >= minCount) keep.push(k);
    return new Vocabulary(keep, clusters);
  }

  /**
   * Word id and rare-word class id for each form; with clusters and clusterOut, the hashes of the
   * word's cluster at each granularity (PREFIX_LENGTHS) at clusterOut[j * stride + offset + i].
   */
  encode(forms: readonly string[], wordOut: Uint32Array, classOut: Uint32Array, offset: number, clusterOut?: Uint32Array, stride = 0): void {
    for (let i = 0; i < forms.length; i++) {
      const ids = this.idsOf(forms[i]);
      wordOut[offset + i] = ids[0];
      classOut[offset + i] = ids[1];
      if (this.clusters && clusterOut) this.clusters.encode(normalise(forms[i]), clusterOut, offset + i, stride);
    }
  }

  /**
   * Word id and class id of a form, remembered: a form is mostly one seen before (in news, "the",
   * "said", the story's names), and its ids cost a lowercase copy, a regular expression, a shape
   * string and three hashes. The memo is dropped when it reaches MEMO_MAX forms, so it stays small.
   */
  private idsOf(f: string): [number, number] {
    let ids = this.memo.get(f);
    if (ids !== undefined) return ids;
    const norm = normalise(f);
    const suffix = norm.length > 3 ? norm.slice(-3) : norm;
    const cls = mix(hashString(shape(f)), hashString(suffix)) | 1;
    ids = [this.known.has(norm) ? hashString(norm) : cls, cls];
    if (this.memo.size >= MEMO_MAX) this.memo.clear();
    this.memo.set(f, ids);
    return ids;
  }

  private readonly memo = new Map<string, [number, number]>();
}
