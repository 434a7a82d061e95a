/**
 * Line reading shared by the dictionary readers. The PETRARCH formats all use `#` to end-of-line
 * comments and XML-style `<!-- ... -->` comments (possibly spanning lines); blank lines are skipped.
 */
import { readFileSync } from 'node:fs';
import { DyadError } from '../util/errors.js';

export interface SourceLine {
  /** The line with comments removed, trimmed at the end (leading whitespace kept: actor roles use a tab). */
  text: string;
  /** 1-based line number in the file. */
  line: number;
  /** Text after `#`, trimmed; '' when none. Verb patterns keep the verb they came from here. */
  comment: string;
}

/** A malformed-dictionary error naming file and line. */
export function dictError(problem: string, file: string, line?: number): DyadError {
  return new DyadError('E_DICTIONARY', problem, { file, line });
}

/** Reads a dictionary file as UTF-8, turning a missing file into an E_DICTIONARY error. */
export function readDictFile(path: string, label = path): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new DyadError('E_DICTIONARY', `cannot read dictionary file: ${(e as Error).message}`, { file: label, cause: e });
  }
}

/**
 * Calls `fn` for every non-blank line with comments removed (trailing space trimmed, leading kept:
 * actor roles start with a tab). `comment` is the text after `#`, trimmed. A callback rather than
 * an array: the actor files have 50k lines and the garbage dominated load time.
 */
export function eachLine(content: string, fn: (text: string, line: number, comment: string) => void): void {
  let inXmlComment = false;
  let pos = 0;
  let lineNo = 0;
  while (pos <= content.length) {
    let nl = content.indexOf('\n', pos);
    if (nl < 0) nl = content.length;
    let text = content.slice(pos, nl > pos && content.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
    pos = nl + 1;
    lineNo++;
    if (inXmlComment) {
      const end = text.indexOf('-->');
      if (end < 0) continue;
      text = text.slice(end + 3);
      inXmlComment = false;
    }
    if (text.includes('<!--')) {
      text = stripXmlComments(text);
      if (text.includes('<!--')) {
        text = text.slice(0, text.indexOf('<!--'));
        inXmlComment = true;
      }
    }
    let comment = '';
    const hash = commentStart(text);
    if (hash >= 0) {
      comment = text.slice(hash + 1).trim();
      text = text.slice(0, hash);
    }
    text = text.trimEnd();
    if (text.length === 0 || text.trim().length === 0) continue;
    fn(text, lineNo, comment);
  }
}

/** The lines of `eachLine` as an array (small files and tests). */
export function sourceLines(content: string): SourceLine[] {
  const out: SourceLine[] = [];
  eachLine(content, (text, line, comment) => out.push({ text, line, comment }));
  return out;
}

/** First `#` outside [...]: PETR.Validate.verbs.txt uses the TABARI discard code `[###]`. */
function commentStart(text: string): number {
  const hash = text.indexOf('#');
  if (hash < 0) return -1;
  const open = text.indexOf('[');
  if (open < 0 || open > hash) return hash;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '#' && depth === 0) return i;
  }
  return -1;
}

function stripXmlComments(text: string): string {
  let s = text;
  for (;;) {
    const start = s.indexOf('<!--');
    if (start < 0) return s;
    const end = s.indexOf('-->', start + 4);
    if (end < 0) return s;
    s = s.slice(0, start) + s.slice(end + 3);
  }
}

/** A problem that does not stop loading (PETRARCH skips these too), reported to the caller. */
export interface DictWarning {
  file: string;
  line: number;
  problem: string;
}
