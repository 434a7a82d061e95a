/**
 * Parser for one verb pattern line, e.g.
 *   - * (TO {BANNED PARTIES}) $        [1722]
 *   - &MILITARY * EXERCISES           [062:062]
 *   - SO IN_AND_*_OUT_AGAIN NOW       [074]      (TABARI style: `_` = consecutive words)
 * into ordered PatternElements. Synset references are resolved against the names defined in the
 * file (a name may itself contain `_`, as &FIGHT_CRIM does, so the longest defined name wins).
 */
import type { PatternElement, Term, VerbPattern } from './verb-types.js';
import { parseEventCode } from './verb-code.js';

interface Piece {
  kind: 'piece' | '(' | ')' | '{' | '}';
  text: string;
  adjacent: boolean;
}

/** A pattern that names a synset the file never defines; PETRARCH skips these, so do we (with a warning). */
export class UndefinedSynset extends Error {
  constructor(readonly synset: string) {
    super(`undefined synset &${synset}`);
  }
}

function lex(body: string): Piece[] {
  const out: Piece[] = [];
  let word = '';
  let wordAdjacent = false;
  let pending = false; // an '_' joins the last token to the next one
  let prev = ' ';
  const flush = (): void => {
    if (word !== '') out.push({ kind: 'piece', text: word, adjacent: wordAdjacent });
    word = '';
  };
  for (const ch of body) {
    if (ch === '_') {
      const joinable = word !== '' || (out.length > 0 && prev !== '_' && !/\s/.test(prev));
      flush();
      if (joinable) pending = true;
    } else if (/\s/.test(ch)) {
      flush();
      pending = false;
    } else if ('(){}'.includes(ch)) {
      flush();
      out.push({ kind: ch as Piece['kind'], text: ch, adjacent: pending });
      pending = false;
    } else if ('*$+%^'.includes(ch)) {
      // Always a token of its own: CAMEO.2.0.txt has `- *SCEPTICAL`.
      flush();
      out.push({ kind: 'piece', text: ch, adjacent: pending });
      pending = false;
    } else {
      if (word === '') {
        wordAdjacent = pending;
        pending = false;
      }
      word += ch;
    }
    prev = ch;
  }
  flush();
  return out;
}

/** Merges `&A` + `_B` pieces into the longest defined synset name. */
function mergeSynsets(pieces: Piece[], synsets: ReadonlySet<string>): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.kind !== 'piece' || !p.text.startsWith('&')) {
      out.push(p);
      continue;
    }
    let best = -1;
    let name = p.text.slice(1);
    if (synsets.has(name)) best = i;
    for (let j = i + 1; j < pieces.length && pieces[j].kind === 'piece' && pieces[j].adjacent; j++) {
      name += '_' + pieces[j].text;
      if (synsets.has(name)) best = j;
    }
    if (best < 0) throw new UndefinedSynset(p.text.slice(1));
    const full = pieces.slice(i, best + 1).map((q) => q.text).join('_');
    out.push({ kind: 'piece', text: full, adjacent: p.adjacent });
    i = best;
  }
  return out;
}

const SYMBOLS: Record<string, PatternElement['kind']> = { '*': 'verb', $: 'source', '+': 'target', '%': 'compound', '^': 'skip' };

function termOf(text: string): Term {
  return text.startsWith('&') ? { kind: 'synset', name: text.slice(1) } : { kind: 'word', word: text.toUpperCase() };
}

function pieceElement(p: Piece): PatternElement {
  const sym = SYMBOLS[p.text];
  const el: PatternElement = sym ? ({ kind: sym } as PatternElement) : termOf(p.text);
  if (p.adjacent) el.adjacent = true;
  return el;
}

class Cursor {
  i = 0;
  constructor(readonly pieces: Piece[]) {}
  peek(): Piece | undefined {
    return this.pieces[this.i];
  }
  next(): Piece | undefined {
    return this.pieces[this.i++];
  }
}

function readBraces(c: Cursor, open: Piece): PatternElement {
  const terms: Term[] = [];
  for (let p = c.next(); ; p = c.next()) {
    if (!p) throw new Error("'{' without '}'");
    if (p.kind === '}') break;
    if (p.kind !== 'piece' || SYMBOLS[p.text]) throw new Error(`'${p.text}' inside {...}: only words and synsets may be`);
    terms.push(termOf(p.text));
  }
  if (terms.length === 0) throw new Error('empty {}');
  const el: PatternElement = { kind: 'phrase', terms };
  if (open.adjacent) el.adjacent = true;
  return el;
}

function readPrep(c: Cursor, open: Piece): PatternElement {
  const first = c.next();
  if (!first || first.kind !== 'piece' || SYMBOLS[first.text]) throw new Error("'(' must be followed by a preposition");
  const objects: PatternElement[] = [];
  for (let p = c.next(); ; p = c.next()) {
    if (!p) throw new Error("'(' without ')'");
    if (p.kind === ')') break;
    if (p.kind === '(') throw new Error('nested (...)');
    if (p.kind === '}') throw new Error("'}' without '{'");
    if (p.kind === '{') objects.push(readBraces(c, p));
    else if (p.text === '*') throw new Error("the verb '*' inside (...)");
    else objects.push(pieceElement(p));
  }
  const el: PatternElement = { kind: 'prep', prep: termOf(first.text), objects };
  if (open.adjacent) el.adjacent = true;
  return el;
}

function parseElements(pieces: Piece[]): PatternElement[] {
  const c = new Cursor(pieces);
  const out: PatternElement[] = [];
  for (let p = c.next(); p; p = c.next()) {
    if (p.kind === '{') out.push(readBraces(c, p));
    else if (p.kind === '(') out.push(readPrep(c, p));
    else if (p.kind === ')' || p.kind === '}') throw new Error(`'${p.text}' without its opening bracket`);
    else out.push(pieceElement(p));
  }
  return out;
}

/**
 * Parses a pattern line's text (comment already removed, leading '-' included). Throws
 * UndefinedSynset for an unknown set and Error(problem) for anything malformed.
 */
export function parsePattern(text: string, synsets: ReadonlySet<string>, line: number, comment: string): VerbPattern {
  const m = /^-(.*)\[([^\]]*)\]\s*$/.exec(text.trim());
  if (!m) throw new Error('pattern has no [code] at the end');
  const code = parseEventCode(m[2]);
  if (typeof code === 'string') throw new Error(code);
  const elements = parseElements(mergeSynsets(lex(m[1]), synsets));
  const verbs = elements.filter((e) => e.kind === 'verb').length;
  if (verbs !== 1) throw new Error(`pattern must have exactly one '*' (has ${verbs})`);
  return {
    elements,
    verbIndex: elements.findIndex((e) => e.kind === 'verb'),
    code,
    text: `-${m[1]}`.trim() + ` [${m[2]}]`,
    comment,
    line,
  };
}
