/**
 * What the training data says about individual words: an ambiguity class (the set of tags a word
 * took, as one hashed integer) for words seen often enough to trust, and a tag dictionary of frequent
 * words that always take the same tag, which the tagger assigns without scoring (faster, and no
 * worse: the model would agree anyway).
 */
import type { ConlluSentence } from '../conllu.js';
import { DyadError } from '../../util/errors.js';
import { finish, mix } from '../hash.js';
import type { TagSet } from './tagset.js';
import { ExternalLexicon, type ExternalLexiconData } from './external.js';

export interface LexiconOptions {
  /** A word needs this many occurrences to get an ambiguity class. */
  minAmbCount: number;
  /** A tag must have this share of a word's occurrences to be in its ambiguity class. */
  minAmbShare: number;
  /** Tag dictionary: at least this many occurrences... */
  minFixedCount: number;
  /** ...and at least this share for the one tag. */
  minFixedShare: number;
}

export const DEFAULT_LEXICON_OPTIONS: LexiconOptions = { minAmbCount: 2, minAmbShare: 0.01, minFixedCount: 20, minFixedShare: 0.995 };

/** Serialised form: parallel arrays, compact in JSON. */
export interface LexiconData {
  forms: string[];
  formAmb: number[];
  fixed: number[];
  lowers: string[];
  lowerAmb: number[];
  /** An external lexicon (external.ts); absent in models trained without one. */
  external?: ExternalLexiconData;
}

export class Lexicon {
  private readonly formAmb = new Map<string, number>();
  private readonly lowerAmb = new Map<string, number>();
  private readonly fixedTag = new Map<string, number>();
  /** Word -> tags from outside the treebank (external.ts), or null. */
  external: ExternalLexicon | null = null;

  /** Hashed ambiguity class of the exact form, or 0 if unknown. */
  ambOfForm(form: string): number {
    return this.formAmb.get(form) ?? 0;
  }

  /** Hashed ambiguity class of the lowercased form, or 0 if unknown. */
  ambOfLower(lower: string): number {
    return this.lowerAmb.get(lower) ?? 0;
  }

  /** The tag-dictionary class of a form, or -1. */
  fixedOf(form: string): number {
    return this.fixedTag.get(form) ?? -1;
  }

  get fixedCount(): number {
    return this.fixedTag.size;
  }

  static build(sents: readonly ConlluSentence[], tags: TagSet, opts: LexiconOptions = DEFAULT_LEXICON_OPTIONS): Lexicon {
    const byForm = new Map<string, Map<number, number>>();
    const byLower = new Map<string, Map<number, number>>();
    const add = (m: Map<string, Map<number, number>>, key: string, cls: number): void => {
      let c = m.get(key);
      if (!c) m.set(key, (c = new Map()));
      c.set(cls, (c.get(cls) ?? 0) + 1);
    };
    for (const s of sents) {
      for (const w of s.words) {
        const cls = tags.classOf(w.upos, w.xpos);
        if (cls < 0) continue;
        add(byForm, w.form, cls);
        add(byLower, w.form.toLowerCase(), cls);
      }
    }
    const lex = new Lexicon();
    for (const [form, counts] of byForm) {
      const amb = ambiguityClass(counts, opts);
      if (amb !== 0) lex.formAmb.set(form, amb);
      const fixed = dominant(counts, opts.minFixedCount, opts.minFixedShare);
      if (fixed >= 0) lex.fixedTag.set(form, fixed);
    }
    for (const [lower, counts] of byLower) {
      const amb = ambiguityClass(counts, opts);
      if (amb !== 0) lex.lowerAmb.set(lower, amb);
    }
    return lex;
  }

  toData(): LexiconData {
    const forms = [...this.formAmb.keys(), ...[...this.fixedTag.keys()].filter((f) => !this.formAmb.has(f))].sort();
    const lowers = [...this.lowerAmb.keys()].sort();
    return {
      forms,
      formAmb: forms.map((f) => this.formAmb.get(f) ?? 0),
      fixed: forms.map((f) => this.fixedTag.get(f) ?? -1),
      lowers,
      lowerAmb: lowers.map((l) => this.lowerAmb.get(l) ?? 0),
      ...(this.external ? { external: this.external.toData() } : {}),
    };
  }

  static fromData(d: LexiconData, nClasses: number, file = '<lexicon>'): Lexicon {
    const ok = Array.isArray(d?.forms) && Array.isArray(d.formAmb) && Array.isArray(d.fixed) && Array.isArray(d.lowers) &&
      Array.isArray(d.lowerAmb) && d.forms.length === d.formAmb.length && d.forms.length === d.fixed.length &&
      d.lowers.length === d.lowerAmb.length;
    if (!ok) throw new DyadError('E_MODEL', 'tagger lexicon is malformed', { file });
    const lex = new Lexicon();
    for (let i = 0; i < d.forms.length; i++) {
      if (d.formAmb[i] !== 0) lex.formAmb.set(d.forms[i], d.formAmb[i]);
      const f = d.fixed[i];
      if (f >= nClasses) throw new DyadError('E_MODEL', `tagger lexicon names class ${f} of ${nClasses}`, { file });
      if (f >= 0) lex.fixedTag.set(d.forms[i], f);
    }
    for (let i = 0; i < d.lowers.length; i++) lex.lowerAmb.set(d.lowers[i], d.lowerAmb[i]);
    if (d.external !== undefined) lex.external = ExternalLexicon.fromData(d.external, file);
    return lex;
  }
}

/** Hash of the sorted classes holding at least minAmbShare of the counts; 0 if the word is too rare. */
function ambiguityClass(counts: Map<number, number>, opts: LexiconOptions): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  if (total < opts.minAmbCount) return 0;
  const kept = [...counts].filter(([, n]) => n / total >= opts.minAmbShare).map(([c]) => c).sort((a, b) => a - b);
  let h = 0x2545f491;
  for (const c of kept) h = mix(h, c + 1);
  return finish(h) || 1;
}

function dominant(counts: Map<number, number>, minCount: number, minShare: number): number {
  let total = 0;
  let best = -1;
  let bestN = 0;
  for (const [c, n] of counts) {
    total += n;
    if (n > bestN) {
      best = c;
      bestN = n;
    }
  }
  return total >= minCount && bestN / total >= minShare ? best : -1;
}
