/**
 * The part-of-speech tagger: a joint (UPOS, XPOS) averaged perceptron with a tag dictionary and an
 * optional second, right-context pass. Saved as one file, <dir>/tagger.bin:
 *   u32 magic 'DYTG', u32 version, u32 n, n bytes gzip(JSON meta: tag set, lexicon), then the
 *   WeightTable buffer (gzip, int16-quantised) to the end of the file.
 * A model may read sentences right to left (`reverse`, trained on reversed sentences). The accurate
 * mode (`--accurate`) pairs tagger.bin with such a model in <dir>/tagger-rtl.bin: each word gets
 * the class with the best weighted sum of the two models' scores (combine.ts). `load` pairs them only
 * when asked to, so the default mode never reads tagger-rtl.bin.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DyadError } from '../../util/errors.js';
import { WeightTable } from '../weights.js';
import { combineScores, type WordScores } from './combine.js';
import { Decoder } from './decode.js';
import { Lexicon, type LexiconData } from './lexicon.js';
import { TagSet } from './tagset.js';
import { PAD } from './words.js';

export const TAGGER_FILE = 'tagger.bin';
/** The right-to-left model paired with tagger.bin in the accurate mode. */
export const BACKWARD_FILE = 'tagger-rtl.bin';
/**
 * How the shipped tagger-rtl.bin is trained (with the defaults for the rest): seed 1, word dropout
 * of words seen at most twice, at rate 0.25, and (given by the caller: it is read from an installed
 * npm package) the Brill lexicon as external lexicon, gate 'both'. Chosen on dev: models/syntax/README.md.
 */
export const BACKWARD_TRAINING = { seed: 1, dropout: { maxCount: 2, rate: 0.25 } } as const;
const MAGIC = 0x47545944; // 'DYTG'
const VERSION = 1;
/** Chosen on dev: see models/syntax/README.md. */
export const DEFAULT_TRUST = 10;

interface Meta {
  upos: string[];
  xpos: string[];
  twoPass: boolean;
  /** Right-to-left model (absent: false). */
  reverse?: boolean;
  lexicon: LexiconData;
}

export interface Tags {
  upos: string[];
  xpos: string[];
}

export class Tagger {
  readonly tags: TagSet;
  readonly lexicon: Lexicon;
  readonly weights: WeightTable;
  readonly twoPass: boolean;
  /** Reads sentences right to left (trained on reversed sentences). */
  readonly reverse: boolean;
  /** A right-to-left model whose scores are added to this one's (combine.ts), or null. */
  backward: Tagger | null = null;
  /** First-pass margin above which the second pass keeps the first pass's tag (Infinity: never). */
  trust = DEFAULT_TRUST;
  private readonly decoder: Decoder;

  constructor(tags: TagSet, lexicon: Lexicon, weights: WeightTable, twoPass: boolean, reverse = false) {
    if (weights.nClasses !== tags.size) {
      throw new DyadError('E_MODEL', `tagger weights have ${weights.nClasses} classes, the tag set ${tags.size}`);
    }
    this.tags = tags;
    this.lexicon = lexicon;
    this.weights = weights;
    this.twoPass = twoPass;
    this.reverse = reverse;
    this.decoder = new Decoder(tags.size);
  }

  /** Class index of each word (0-based, length words.length). */
  classes(words: readonly string[]): Int32Array {
    if (this.backward) return combineScores(this.scoreWords(words), this.backward.scoreWords(words), this.tags.size);
    const src = this.run(words);
    const out = src.slice(PAD, PAD + words.length);
    return this.reverse ? out.reverse() : out;
  }

  /** This model's own final scores and classes for each word, in sentence order (combine.ts). */
  scoreWords(words: readonly string[]): WordScores {
    const d = this.decoder;
    d.recording = true;
    const src = this.run(words);
    const nc = this.tags.size;
    const n = words.length;
    const scores = new Float32Array(n * nc);
    const classes = new Int32Array(n);
    const scored = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const slot = (this.reverse ? n - 1 - i : i) + PAD;
      classes[i] = src[slot];
      if (d.codes.fixed[slot] >= 0) continue;
      scored[i] = 1;
      scores.set(d.record.subarray(slot * nc, (slot + 1) * nc), i * nc);
    }
    return { scores, classes, scored };
  }

  /** Tags a sentence; returns the classes by slot (in reading order: reversed for a reverse model). */
  private run(words: readonly string[]): Int32Array {
    const d = this.decoder;
    const n = words.length;
    d.load(this.reverse ? [...words].reverse() : words, this.lexicon, undefined, this.reverse ? n - 1 : 0);
    d.pass(this.weights, false);
    if (this.twoPass) d.passTrusting(this.weights, true, this.trust);
    return this.twoPass ? d.second : d.first;
  }

  tag(words: string[]): Tags {
    const cls = this.classes(words);
    const upos = new Array<string>(cls.length);
    const xpos = new Array<string>(cls.length);
    for (let i = 0; i < cls.length; i++) {
      upos[i] = this.tags.upos[cls[i]];
      xpos[i] = this.tags.xpos[cls[i]];
    }
    return { upos, xpos };
  }

  toBuffer(): Buffer {
    const meta: Meta = { upos: [...this.tags.upos], xpos: [...this.tags.xpos], twoPass: this.twoPass,
      ...(this.reverse ? { reverse: true } : {}), lexicon: this.lexicon.toData() };
    const metaBuf = gzipSync(JSON.stringify(meta), { level: 9 });
    const head = Buffer.alloc(12);
    head.writeUInt32LE(MAGIC, 0);
    head.writeUInt32LE(VERSION, 4);
    head.writeUInt32LE(metaBuf.length, 8);
    return Buffer.concat([head, metaBuf, this.weights.toBuffer()]);
  }

  /**
   * Writes tagger.bin (a right-to-left model: tagger-rtl.bin), and tagger-rtl.bin for a paired
   * backward model. Any other file in dir is left as it is.
   */
  save(dir: string): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, this.reverse ? BACKWARD_FILE : TAGGER_FILE), this.toBuffer());
    if (this.backward) writeFileSync(join(dir, BACKWARD_FILE), this.backward.toBuffer());
  }

  static fromBuffer(buf: Buffer, file = TAGGER_FILE): Tagger {
    if (buf.length < 12 || buf.readUInt32LE(0) !== MAGIC) throw new DyadError('E_MODEL', 'not a dyad tagger model', { file });
    if (buf.readUInt32LE(4) !== VERSION) throw new DyadError('E_MODEL', `unsupported tagger model version ${buf.readUInt32LE(4)}`, { file });
    const metaLen = buf.readUInt32LE(8);
    if (12 + metaLen > buf.length) throw new DyadError('E_MODEL', 'tagger model is truncated', { file });
    let meta: Meta;
    try {
      meta = JSON.parse(gunzipSync(buf.subarray(12, 12 + metaLen)).toString('utf8')) as Meta;
    } catch (e) {
      throw new DyadError('E_MODEL', 'tagger model metadata is corrupt', { file, cause: e });
    }
    if (!Array.isArray(meta.upos) || !Array.isArray(meta.xpos)) throw new DyadError('E_MODEL', 'tagger model lacks its tag set', { file });
    const tags = new TagSet(meta.upos, meta.xpos);
    const lexicon = Lexicon.fromData(meta.lexicon, tags.size, file);
    const weights = WeightTable.fromBuffer(buf.subarray(12 + metaLen), file);
    return new Tagger(tags, lexicon, weights, meta.twoPass === true, meta.reverse === true);
  }

  /**
   * Loads <dir>/tagger.bin; with `paired` (the accurate mode), paired with <dir>/tagger-rtl.bin if
   * that exists (a model folder without one tags with tagger.bin alone).
   */
  static load(dir: string, paired = false): Tagger {
    const tagger = Tagger.loadFile(join(dir, TAGGER_FILE));
    const back = join(dir, BACKWARD_FILE);
    if (paired && existsSync(back)) tagger.pair(Tagger.loadFile(back), back);
    return tagger;
  }

  /** Pairs this (left-to-right) model with a right-to-left one trained on the same tag set. */
  pair(backward: Tagger, file = BACKWARD_FILE): void {
    const same = backward.tags.upos.length === this.tags.upos.length &&
      backward.tags.upos.every((u, i) => u === this.tags.upos[i] && backward.tags.xpos[i] === this.tags.xpos[i]);
    if (!same || !backward.reverse || this.reverse) {
      throw new DyadError('E_MODEL', 'the right-to-left tagger does not match tagger.bin (tag set or direction)', { file });
    }
    this.backward = backward;
  }

  static loadFile(file: string): Tagger {
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch (e) {
      throw new DyadError('E_MODEL', `cannot read tagger model (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { file, cause: e });
    }
    return Tagger.fromBuffer(buf, file);
  }
}
