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

/** Splits a file into non-blank, comment-free lines. */
export function sourceLines(content: string): SourceLine[] {
  const out: SourceLine[] = [];
  const raw = content.split(/\r?\n/);
  let inXmlComment = false;
  for (let i = 0; i < raw.length; i++) {
    let text = raw[i];
    if (inXmlComment) {
      const end = text.indexOf('-->');
      if (end < 0) continue;
      text = text.slice(end + 3);
      inXmlComment = false;
    }
    text = stripXmlComments(text);
    if (text.includes('<!--')) {
      text = text.slice(0, text.indexOf('<!--'));
      inXmlComment = true;
    }
    let comment = '';
    const hash = commentStart(text);
    if (hash >= 0) {
      comment = text.slice(hash + 1).trim();
      text = text.slice(0, hash);
    }
    text = text.trimEnd();
    if (text.trim() === '') continue;
    out.push({ text, line: i + 1, comment });
  }
  return out;
}

/** First `#` outside [...]: PETR.Validate.verbs.txt uses the TABARI discard code `[###]`. */
function commentStart(text: string): number {
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
