/**
 * Arc labels the treebank settles on its own: "the" under a following noun is det, a comma is punct,
 * "to" (TO) before its verb is mark. Where the training trees give one label to at least
 * FIXED_MIN_COUNT arcs of a kind and at least FIXED_MIN_SHARE of them, the parser takes that label
 * without scoring the label model, which is a fifth of a greedy parse's time (like the tagger's tag
 * dictionary). An arc's kind is the dependent's lowercase form and XPOS, the head's UPOS and the
 * arc's direction; a dependent form too rare to count falls back to its XPOS alone, unless the
 * form's own arcs of that kind disagree (then the label model decides).
 *
 * Stored beside the label model as fixed-labels.tsv: `form TAB xpos TAB head-upos TAB dir TAB label`,
 * form empty for the XPOS-alone rows, label `*` for a form whose arcs disagree, dir `<` (head before
 * the dependent) or `>`. A parser folder without the file scores every label.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DyadError } from '../../util/errors.js';
import type { ConlluSentence } from '../conllu.js';
import { reverseExample } from './reverse.js';
import type { ParserExample } from './train.js';
import { toExample } from './treebank-examples.js';

export const FIXED_LABELS_FILE = 'fixed-labels.tsv';
export const FIXED_MIN_COUNT = 20;
export const FIXED_MIN_SHARE = 0.995;
/** A form seen at least this often in a kind whose label it does not settle blocks the XPOS-alone row. */
const AMBIGUOUS_MIN_COUNT = 3;

const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'];
const UPOS_ID = new Map(UPOS.map((u, i) => [u, i]));
/** Cells per row: head UPOS x direction. */
const CELLS = UPOS.length * 2;
const NONE = -1;
const AMBIGUOUS = -2;

/** One training arc as the parser sees it (in its reading order: a right-to-left parser's words reversed). */
export interface LabelledArc {
  form: string;
  xpos: string;
  headUpos: string;
  /** The head comes before the dependent. */
  headFirst: boolean;
  label: string;
}

/** The table of training trees read with their gold tags; `reverse` for a right-to-left parser. */
export function deriveFromTreebank(train: readonly ConlluSentence[], labels: readonly string[], reverse: boolean): FixedLabels {
  const examples = train.map((s) => toExample(s, s.words.map((w) => w.upos), s.words.map((w) => w.xpos)));
  return FixedLabels.derive(exampleArcs(reverse ? examples.map(reverseExample) : examples), labels);
}

/** The arcs of training examples (ROOT's arcs left out: the root label needs no table). */
export function* exampleArcs(examples: Iterable<ParserExample>): Generator<LabelledArc> {
  for (const ex of examples) {
    for (let i = 0; i < ex.words.length; i++) {
      const h = ex.head[i];
      if (h === 0) continue;
      yield { form: ex.words[i], xpos: ex.xpos[i], headUpos: ex.upos[h - 1], headFirst: h - 1 < i, label: ex.deprel[i] };
    }
  }
}

/** Per-sentence lookup rows and UPOS ids, indexed by node (word i is node i + 1, 0 is ROOT); built by FixedLabels.view. */
export interface FixedLabelView {
  readonly table: Int16Array;
  readonly formRow: Int32Array;
  readonly xposRow: Int32Array;
  readonly upos: Int8Array;
}

export class FixedLabels {
  private readonly rows = new Map<string, number>();
  /**
   * The same rows by XPOS, then lowercase form ('' for the XPOS-alone row): view() looks each word
   * up without building a key string for it.
   */
  private readonly byXpos = new Map<string, Map<string, number>>();
  private table: Int16Array;

  private constructor(readonly labels: readonly string[], entries: [string, string, string, boolean, number][]) {
    for (const [form, xpos] of entries) {
      const k = rowKey(form, xpos);
      if (this.rows.has(k)) continue;
      this.rows.set(k, this.rows.size);
      let forms = this.byXpos.get(xpos);
      if (!forms) this.byXpos.set(xpos, (forms = new Map()));
      forms.set(form, this.rows.size - 1);
    }
    this.table = new Int16Array(this.rows.size * CELLS).fill(NONE);
    for (const [form, xpos, head, headFirst, label] of entries) {
      this.table[this.rows.get(rowKey(form, xpos))! * CELLS + cell(UPOS_ID.get(head)!, headFirst)] = label;
    }
  }

  get size(): number {
    let n = 0;
    for (const v of this.table) if (v !== NONE) n++;
    return n;
  }

  /** The table from training arcs; `labels` is the parser's label list (indices stored). */
  static derive(arcs: Iterable<LabelledArc>, labels: readonly string[]): FixedLabels {
    const byForm = new Map<string, Map<string, number>>();
    const byXpos = new Map<string, Map<string, number>>();
    const count = (m: Map<string, Map<string, number>>, k: string, label: string): void => {
      let e = m.get(k);
      if (!e) m.set(k, (e = new Map()));
      e.set(label, (e.get(label) ?? 0) + 1);
    };
    for (const a of arcs) {
      if (!UPOS_ID.has(a.headUpos)) continue;
      const kind = `${a.headUpos}\t${a.headFirst ? '<' : '>'}`;
      count(byForm, `${a.form.toLowerCase()}\t${a.xpos}\t${kind}`, a.label);
      count(byXpos, `\t${a.xpos}\t${kind}`, a.label);
    }
    const labelId = new Map(labels.map((l, i) => [l, i]));
    const entries: [string, string, string, boolean, number][] = [];
    const settled = new Map<string, number>();
    for (const [k, e] of byXpos) {
      const v = settle(e, labelId);
      if (v < 0) continue;
      settled.set(k, v);
      entries.push(entryOf(k, v));
    }
    for (const [k, e] of byForm) {
      // A form row matters only where it differs from what its XPOS-alone row would give.
      const v = settle(e, labelId);
      const fallback = settled.get(k.slice(k.indexOf('\t'))) ?? NONE;
      if (v >= 0 ? v !== fallback : v === AMBIGUOUS && fallback >= 0) entries.push(entryOf(k, v));
    }
    return new FixedLabels(labels, entries);
  }

  /** Reads dir's table, or null if the folder has none. */
  static read(dir: string, labels: readonly string[]): FixedLabels | null {
    const file = join(dir, FIXED_LABELS_FILE);
    if (!existsSync(file)) return null;
    const labelId = new Map(labels.map((l, i) => [l, i]));
    const entries: [string, string, string, boolean, number][] = [];
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] === '') continue;
      const [form, xpos, head, dir, label, extra] = lines[i].split('\t');
      const id = label === '*' ? AMBIGUOUS : labelId.get(label ?? '');
      if (extra !== undefined || xpos === undefined || !UPOS_ID.has(head ?? '') || (dir !== '<' && dir !== '>') || id === undefined) {
        throw new DyadError('E_MODEL', `line ${i + 1}: expected form, xpos, head UPOS, < or >, and a label of the parser's (or *)`, { file });
      }
      entries.push([form, xpos, head, dir === '<', id]);
    }
    return new FixedLabels(labels, entries);
  }

  write(dir: string): void {
    const lines: string[] = [];
    for (const [k, row] of this.rows) {
      for (let c = 0; c < CELLS; c++) {
        const v = this.table[row * CELLS + c];
        if (v === NONE) continue;
        lines.push(`${k}\t${UPOS[c >> 1]}\t${c & 1 ? '>' : '<'}\t${v === AMBIGUOUS ? '*' : this.labels[v]}`);
      }
    }
    writeFileSync(join(dir, FIXED_LABELS_FILE), lines.sort().join('\n') + '\n');
  }

  /** The lookup rows of one sentence's words (forms, tags as the parser reads them). */
  view(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): FixedLabelView {
    const m = forms.length + 1;
    const formRow = new Int32Array(m).fill(-1);
    const xposRow = new Int32Array(m).fill(-1);
    const uposIds = new Int8Array(m).fill(-1);
    for (let i = 0; i < forms.length; i++) {
      const rows = this.byXpos.get(xpos[i]);
      if (rows) {
        formRow[i + 1] = rows.get(forms[i].toLowerCase()) ?? -1;
        xposRow[i + 1] = rows.get('') ?? -1;
      }
      uposIds[i + 1] = UPOS_ID.get(upos[i]) ?? -1;
    }
    return { table: this.table, formRow, xposRow, upos: uposIds };
  }
}

/** The settled label of arc h -> d (nodes; h not ROOT), or -1 for the label model to decide. */
export function fixedLabel(v: FixedLabelView, h: number, d: number): number {
  const u = v.upos[h];
  if (u < 0) return NONE;
  const c = cell(u, h < d);
  const f = v.formRow[d];
  if (f >= 0) {
    const l = v.table[f * CELLS + c];
    if (l !== NONE) return l === AMBIGUOUS ? NONE : l;
  }
  const x = v.xposRow[d];
  return x >= 0 ? v.table[x * CELLS + c] : NONE;
}

function rowKey(form: string, xpos: string): string {
  return `${form}\t${xpos}`;
}

function cell(upos: number, headFirst: boolean): number {
  return upos * 2 + (headFirst ? 0 : 1);
}

/** The label id a kind's counts settle, AMBIGUOUS if counted often enough to disagree, else NONE. */
function settle(counts: Map<string, number>, labelId: Map<string, number>): number {
  let total = 0;
  let best = '';
  let bestN = 0;
  for (const [l, n] of counts) {
    total += n;
    if (n > bestN) {
      bestN = n;
      best = l;
    }
  }
  if (total >= FIXED_MIN_COUNT && bestN / total >= FIXED_MIN_SHARE && labelId.has(best)) return labelId.get(best)!;
  return total >= AMBIGUOUS_MIN_COUNT ? AMBIGUOUS : NONE;
}

function entryOf(key: string, label: number): [string, string, string, boolean, number] {
  const [form, xpos, head, dir] = key.split('\t');
  return [form, xpos, head, dir === '<', label];
}
