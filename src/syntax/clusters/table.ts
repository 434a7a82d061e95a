/**
 * A word -> cluster table (clustering in bisect.ts, made by train-cli.ts). A cluster is a path of
 * 0s and 1s in a binary tree; its prefixes are coarser clusters. The file is gzipped text, one line
 * per cluster, "path<TAB>word word ...", clusters in path order and each cluster's words in the
 * order given (most frequent first), so the same table always gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { hashString } from '../hash.js';
import { DyadError } from '../../util/errors.js';

export const CLUSTERS_FILE = 'clusters.txt.gz';

/** Prefix lengths the parser reads a word's cluster at: short, medium, and the whole path (Infinity). */
export const PREFIX_LENGTHS: readonly number[] = [4, 8, Infinity];

/** Hash of a word with no cluster, at every granularity. */
export const NO_CLUSTER = hashString('<no-cluster>');

export class WordClusters {
  /** Each cluster's path, in path order. */
  readonly paths: string[];
  private readonly index = new Map<string, number>();
  /** PREFIX_LENGTHS.length hashes per cluster: of its path cut at each length. */
  private readonly hashes: Uint32Array;

  /** The file the table was read from (fromFile), which a model trained with it names. */
  source: string | null = null;

  /** words[i] is in the cluster with path paths[i]; a word given twice keeps its first cluster. */
  constructor(words: readonly string[], wordPaths: readonly string[]) {
    if (words.length !== wordPaths.length) throw new DyadError('E_MODEL', 'word clusters: words and paths differ in number');
    const ids = new Map<string, number>();
    for (const p of [...new Set(wordPaths)].sort()) ids.set(p, ids.size);
    this.paths = [...ids.keys()];
    words.forEach((w, i) => {
      if (!this.index.has(w)) this.index.set(w, ids.get(wordPaths[i])!);
    });
    const k = PREFIX_LENGTHS.length;
    this.hashes = new Uint32Array(this.paths.length * k);
    this.paths.forEach((p, c) => {
      PREFIX_LENGTHS.forEach((len, j) => {
        this.hashes[c * k + j] = hashString(`${j}:${p.slice(0, len)}`);
      });
    });
  }

  get size(): number {
    return this.index.size;
  }

  /** The word's cluster path, or undefined. */
  path(word: string): string | undefined {
    const c = this.index.get(word);
    return c === undefined ? undefined : this.paths[c];
  }

  /** Writes the hash of the word's cluster at each PREFIX_LENGTHS granularity into out[at + j * stride]. */
  encode(word: string, out: Uint32Array, at: number, stride: number): void {
    const c = this.index.get(word);
    const k = PREFIX_LENGTHS.length;
    for (let j = 0; j < k; j++) out[at + j * stride] = c === undefined ? NO_CLUSTER : this.hashes[c * k + j];
  }

  toBuffer(): Buffer {
    const members: string[][] = this.paths.map(() => []);
    for (const [w, c] of this.index) members[c].push(w);
    const lines = this.paths.map((p, c) => `${p}\t${members[c].join(' ')}\n`);
    return gzipSync(lines.join(''), { level: 9 });
  }

  static fromFile(file: string): WordClusters {
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch (e) {
      throw new DyadError('E_MODEL', `cannot read word cluster table (${(e as Error).message})`, { file, cause: e });
    }
    const table = WordClusters.fromBuffer(buf, file);
    table.source = file;
    return table;
  }

  static fromBuffer(buf: Buffer, file = CLUSTERS_FILE): WordClusters {
    let text: string;
    try {
      text = gunzipSync(buf).toString('utf8');
    } catch (e) {
      throw new DyadError('E_MODEL', 'word cluster table is not a gzip stream', { file, cause: e });
    }
    const words: string[] = [];
    const paths: string[] = [];
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const tab = line.indexOf('\t');
      const path = line.slice(0, tab);
      if (tab < 0 || !/^[01]*$/.test(path)) throw new DyadError('E_MODEL', 'word cluster table: bad line', { file });
      for (const w of line.slice(tab + 1).split(' ')) {
        if (w === '') continue;
        words.push(w);
        paths.push(path);
      }
    }
    return new WordClusters(words, paths);
  }
}
