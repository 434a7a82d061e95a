/**
 * Reader for PETRARCH verb dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt): synonym sets,
 * verb blocks with their verbs and patterns, and transformations. Synsets may be defined anywhere
 * in the file, so patterns are parsed after the whole file has been read.
 */
import { type DictWarning, dictError, sourceLines } from './source.js';
import { parsePattern, UndefinedSynset } from './verb-patterns.js';
import { type RawSynset, expandSynsets, parseSynsetLabel } from './verb-synsets.js';
import { parseBlockHeader, parseTransformation, parseVerbLine } from './verb-lines.js';
import type { Synset, VerbBlock, VerbDictionary, VerbEntry, VerbTransformation } from './verb-types.js';

export type * from './verb-types.js';

interface RawPattern {
  block: number;
  text: string;
  comment: string;
  line: number;
}

interface ReadState {
  blocks: VerbBlock[];
  synsets: Map<string, RawSynset>;
  patterns: RawPattern[];
  transformations: VerbTransformation[];
  /** The set whose `+members` follow, or null when `+` lines are compound verbs. */
  openSynset: RawSynset | null;
}

export interface VerbReadOptions {
  /**
   * When false, a malformed pattern line is skipped with a warning instead of failing the load:
   * CAMEO.2.0.txt itself has two (lines 2374 and 7606, a stray `VISIT)` and `^)`). Default true.
   */
  strict?: boolean;
  /**
   * Synonym sets of a dictionary this one extends (a verb overlay): its patterns may name them,
   * it may not define them again.
   */
  baseSynsets?: ReadonlyMap<string, Synset>;
}

export function parseVerbDictionary(
  content: string, file: string, warnings: DictWarning[] = [], opts: VerbReadOptions = {},
): VerbDictionary {
  const fail = (problem: string, line: number): never => {
    throw dictError(problem, file, line);
  };
  const st: ReadState = { blocks: [], synsets: new Map(), patterns: [], transformations: [], openSynset: null };
  for (const { text, line, comment } of sourceLines(content)) {
    readLine(st, text.trim(), line, comment, file, warnings, fail);
  }
  for (const s of st.synsets.values()) {
    const base = opts.baseSynsets?.get(s.name);
    if (base) fail(`synset &${s.name} is already defined by the dictionary this file extends (line ${base.line})`, s.line);
  }
  const synsets = expandSynsets(st.synsets, fail);
  const names = new Set([...synsets.keys(), ...(opts.baseSynsets?.keys() ?? [])]);
  for (const p of st.patterns) {
    try {
      st.blocks[p.block].patterns.push(parsePattern(p.text, names, p.line, p.comment));
    } catch (e) {
      if (e instanceof UndefinedSynset) warnings.push({ file, line: p.line, problem: `${e.message}: pattern skipped` });
      else if (opts.strict === false) warnings.push({ file, line: p.line, problem: `${(e as Error).message}: pattern skipped` });
      else fail((e as Error).message, p.line);
    }
  }
  return {
    file,
    blocks: st.blocks,
    synsets,
    transformations: st.transformations,
    byForm: indexForms(st.blocks),
    patternCount: st.patterns.length,
  };
}

function readLine(
  st: ReadState, t: string, line: number, comment: string, file: string, warnings: DictWarning[],
  fail: (problem: string, line: number) => never,
): void {
  const block = st.blocks.length - 1;
  if (t.startsWith('---')) {
    const h = parseBlockHeader(t);
    if (typeof h === 'string') fail(h, line);
    if (h.extraCodes > 0) warnings.push({ file, line, problem: 'block header has more than one [code]: the first is used' });
    st.blocks.push({ file, name: h.name, code: h.code, verbs: [], patterns: [], line });
    st.openSynset = null;
  } else if (t.startsWith('&')) {
    const s = parseSynsetLabel(t, line);
    if (!s) return fail(`malformed synset label '${t}'`, line);
    if (st.synsets.has(s.name)) fail(`synset &${s.name} defined twice (first at line ${st.synsets.get(s.name)?.line})`, line);
    st.synsets.set(s.name, s);
    st.openSynset = s;
  } else if (t.startsWith('+') && st.openSynset) {
    const member = t.slice(1).trim();
    if (member === '') fail('empty synset member', line);
    st.openSynset.members.push({ text: member, line });
  } else if (t.startsWith('~')) {
    const tr = parseTransformation(t, line);
    if (typeof tr === 'string') fail(tr, line);
    st.transformations.push(tr);
  } else if (t.startsWith('-')) {
    if (block < 0) fail('pattern before any --- verb block ---', line);
    st.patterns.push({ block, text: t, comment, line });
  } else {
    if (block < 0 || st.openSynset) fail(`verb '${t}' outside a verb block`, line);
    const v = parseVerbLine(t);
    if (typeof v === 'string') fail(v, line);
    st.blocks[block].verbs.push({ ...v, block, line });
  }
}

/**
 * Verb entries by the head word of each form, in block order. `byForm`, when given, is extended in
 * place: an overlay adds its blocks to a copy of the base index instead of indexing all again.
 */
export function indexForms(blocks: readonly VerbBlock[], byForm = new Map<string, VerbEntry[]>()): Map<string, VerbEntry[]> {
  for (const b of blocks) {
    for (const v of b.verbs) {
      for (const f of v.forms) {
        const key = f.words[f.head];
        const list = byForm.get(key);
        if (!list) byForm.set(key, [v]);
        else if (!list.includes(v)) list.push(v);
      }
    }
  }
  return byForm;
}

/** Verb entries whose some form has this head word (upper-cased here), compound ones included. */
export function findVerbs(dict: VerbDictionary, word: string): VerbEntry[] {
  return dict.byForm.get(word.toUpperCase()) ?? [];
}

/** The code a verb gets on its own: its own code, else its block's. */
export function verbCode(dict: VerbDictionary, verb: VerbEntry) {
  return verb.code ?? dict.blocks[verb.block].code;
}
