/**
 * The part-of-speech tagger: a joint (UPOS, XPOS) averaged perceptron with a tag dictionary and an
 * optional second, right-context pass. Saved as one file, <dir>/tagger.bin:
 *   u32 magic 'DYTG', u32 version, u32 n, n bytes gzip(JSON meta: tag set, lexicon), then the
 *   WeightTable buffer (gzip, int16-quantised) to the end of the file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DyadError } from '../../util/errors.js';
import { WeightTable } from '../weights.js';
import { Decoder } from './decode.js';
import { Lexicon, type LexiconData } from './lexicon.js';
import { TagSet } from './tagset.js';
import { PAD } from './words.js';

export const TAGGER_FILE = 'tagger.bin';
const MAGIC = 0x47545944; // 'DYTG'
const VERSION = 1;
/** Chosen on dev: see models/syntax/README.md. */
export const DEFAULT_TRUST = 10;

interface Meta {
  upos: string[];
  xpos: string[];
  twoPass: boolean;
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
  /** First-pass margin above which the second pass keeps the first pass's tag (Infinity: never). */
  trust = DEFAULT_TRUST;
  private readonly decoder: Decoder;

  constructor(tags: TagSet, lexicon: Lexicon, weights: WeightTable, twoPass: boolean) {
    if (weights.nClasses !== tags.size) {
      throw new DyadError('E_MODEL', `tagger weights have ${weights.nClasses} classes, the tag set ${tags.size}`);
    }
    this.tags = tags;
    this.lexicon = lexicon;
    this.weights = weights;
    this.twoPass = twoPass;
    this.decoder = new Decoder(tags.size);
  }

  /** Class index of each word (0-based, length words.length). */
  classes(words: readonly string[]): Int32Array {
    const d = this.decoder;
    d.load(words, this.lexicon);
    d.pass(this.weights, false);
    if (this.twoPass) d.passTrusting(this.weights, true, this.trust);
    const src = this.twoPass ? d.second : d.first;
    return src.slice(PAD, PAD + words.length);
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
    const meta: Meta = { upos: [...this.tags.upos], xpos: [...this.tags.xpos], twoPass: this.twoPass, lexicon: this.lexicon.toData() };
    const metaBuf = gzipSync(JSON.stringify(meta), { level: 9 });
    const head = Buffer.alloc(12);
    head.writeUInt32LE(MAGIC, 0);
    head.writeUInt32LE(VERSION, 4);
    head.writeUInt32LE(metaBuf.length, 8);
    return Buffer.concat([head, metaBuf, this.weights.toBuffer()]);
  }

  save(dir: string): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, TAGGER_FILE), this.toBuffer());
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
    return new Tagger(tags, lexicon, weights, meta.twoPass === true);
  }

  static load(dir: string): Tagger {
    const file = join(dir, TAGGER_FILE);
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch (e) {
      throw new DyadError('E_MODEL', `cannot read tagger model (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { file, cause: e });
    }
    return Tagger.fromBuffer(buf, file);
  }
}
