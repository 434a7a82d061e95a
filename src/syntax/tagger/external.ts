/**
 * An external English lexicon (word -> the Penn Treebank tags it may take, from a source other than
 * the treebank: the Brill tagger's lexicon), read at training time and kept in the model file, so the
 * tagger knows something of words it never saw in training. Each word maps to its ambiguity class
 * (the hash of its sorted tag set); feature templates in features.ts read it. Gates:
 *   'rare': the features fire only for words the treebank lexicon has no class for (unseen, or seen
 *           once), where the treebank says nothing; training learns them from the words seen once.
 *   'all':  they fire for every word.
 *   'both': (shipped) they fire for every word, and copies of the word's own two fire for rare words
 *           only, so the weights can differ between words the treebank knows and those it does not.
 * On EWT dev UPOS (seeds 1 / 2), against 95.06 / 95.01 without: rare 95.35 / 95.36, all 95.39 /
 * 95.25, both 95.42 / 95.48 (models/syntax/README.md).
 */
import { DyadError } from '../../util/errors.js';
import { hashString } from '../hash.js';

export type ExternalGate = 'all' | 'rare' | 'both';

/** Serialised form: the distinct tag sets, then parallel arrays of words and set indexes. */
export interface ExternalLexiconData {
  gate: ExternalGate;
  /** Source name and licence note, for the record. */
  source: string;
  classes: string[];
  words: string[];
  cls: number[];
}

export class ExternalLexicon {
  readonly gate: ExternalGate;
  readonly source: string;
  /** The distinct tag sets ("JJ NN"), their hashes, and each word's index into them. */
  private readonly classes: string[] = [];
  private readonly codes: number[] = [];
  private readonly classIndex = new Map<string, number>();
  private readonly wordClass = new Map<string, number>();

  private constructor(gate: ExternalGate, source: string) {
    this.gate = gate;
    this.source = source;
  }

  /** Hashed class of the exact form, or 0 if the lexicon lacks it. */
  classOf(word: string): number {
    const k = this.wordClass.get(word);
    return k === undefined ? 0 : this.codes[k];
  }

  /** The tags of a word (space-separated, sorted), or undefined. */
  tags(word: string): string | undefined {
    const k = this.wordClass.get(word);
    return k === undefined ? undefined : this.classes[k];
  }

  get size(): number {
    return this.wordClass.size;
  }

  /**
   * From a word -> tags table (tags may be joined with '|', as in the Brill lexicon's hyphenated
   * entries). `keep` filters the entries stored (the model keeps only those its gate can use).
   */
  static fromTable(table: Readonly<Record<string, readonly string[]>>, gate: ExternalGate, source: string,
    keep: (word: string) => boolean = () => true): ExternalLexicon {
    const lex = new ExternalLexicon(gate, source);
    for (const word of Object.keys(table).sort()) {
      if (!keep(word)) continue;
      const tags = [...new Set(table[word].flatMap((t) => (typeof t === 'string' ? t.split('|') : [])))].filter((t) => t !== '').sort();
      if (tags.length > 0) lex.wordClass.set(word, lex.classFor(tags.join(' ')));
    }
    return lex;
  }

  private classFor(tags: string): number {
    let k = this.classIndex.get(tags);
    if (k === undefined) {
      k = this.classes.length;
      this.classes.push(tags);
      this.codes.push(hashString(tags) || 1);
      this.classIndex.set(tags, k);
    }
    return k;
  }

  toData(): ExternalLexiconData {
    const classes = [...this.classes].sort();
    const index = new Map(classes.map((c, i) => [c, i]));
    const words = [...this.wordClass.keys()];
    return { gate: this.gate, source: this.source, classes, words, cls: words.map((w) => index.get(this.classes[this.wordClass.get(w)!])!) };
  }

  static fromData(d: ExternalLexiconData, file = '<lexicon>'): ExternalLexicon {
    const ok = (d?.gate === 'all' || d?.gate === 'rare' || d?.gate === 'both') && Array.isArray(d.classes) && Array.isArray(d.words) &&
      Array.isArray(d.cls) && d.words.length === d.cls.length && d.cls.every((c) => Number.isInteger(c) && c >= 0 && c < d.classes.length);
    if (!ok) throw new DyadError('E_MODEL', 'tagger external lexicon is malformed', { file });
    const lex = new ExternalLexicon(d.gate, String(d.source ?? ''));
    const ks = d.classes.map((c) => lex.classFor(c));
    for (let i = 0; i < d.words.length; i++) lex.wordClass.set(d.words[i], ks[d.cls[i]]);
    return lex;
  }
}
