/**
 * Reader for PETRARCH issue dictionaries (Phoenix.IssueCoding.txt): phrases that tag an event with
 * issue codes.
 *
 *   <ISSUE CATEGORY="EDUCATION" TYPE="ALL"> ... </ISSUE>    sections
 *   n:school [SCHOOLS]            n: makes singular and plural forms of the next word
 *   v:purge [ID_ATROCITY]         v: makes the regular verb forms (-s, -ed, -ing)
 *   pre+n:school [...]            +: both "pre school" and "pre-school"
 *   ~a head start / ~~Armenian genocide   phrases that cancel issue coding in the sentence / story
 */
import { pluralNoun, regularVerbForms } from './morphology.js';
import { PhraseIndex, normalizeToken } from './phrase-index.js';
import { type DictWarning, dictError, eachLine } from './source.js';

export interface IssueEntry {
  /** Normalised words of this expanded form. */
  words: string[];
  code: string;
  /** CATEGORY of the enclosing <ISSUE> section, if any. */
  category: string | null;
  line: number;
}

export interface IssueIgnore {
  words: string[];
  scope: 'sentence' | 'story';
  category: string | null;
  line: number;
}

export interface IssueDictionary {
  file: string;
  entries: IssueEntry[];
  ignores: IssueIgnore[];
  index: PhraseIndex<IssueEntry>;
  ignoreIndex: PhraseIndex<IssueIgnore>;
}

/** Expands one written phrase into every form (arrays of words). */
export function expandIssuePhrase(phrase: string): string[][] {
  let forms: string[][] = [[]];
  for (const token of phrase.trim().split(/\s+/)) {
    const variants = expandToken(token.toUpperCase());
    const next: string[][] = [];
    for (const f of forms) for (const v of variants) next.push([...f, ...v]);
    forms = next;
  }
  return forms.filter((f) => f.length > 0).map((f) => f.map(normalizeToken));
}

/** One token -> alternatives, each a list of words (`a+b` gives [a, b] and [a-b]). */
function expandToken(token: string): string[][] {
  const plus = token.indexOf('+');
  if (plus > 0 && plus < token.length - 1) {
    const head = token.slice(0, plus);
    return expandToken(token.slice(plus + 1)).flatMap((rest) => [
      [head, ...rest],
      [`${head}-${rest[0]}`, ...rest.slice(1)],
    ]);
  }
  if (token.startsWith('N:')) {
    const w = token.slice(2);
    const p = pluralNoun(w);
    return p ? [[w], [p]] : [[w]];
  }
  if (token.startsWith('V:')) {
    const w = token.slice(2);
    return [[w], ...regularVerbForms(w).map((f) => [f])];
  }
  return [[token]];
}

export interface IssueReadOptions {
  /** When false, a malformed line is skipped with a warning (Phoenix.IssueCoding.txt has one with two entries). Default true. */
  strict?: boolean;
}

/**
 * A line without `[code]` is skipped with a warning, as PETRARCH skips it (Phoenix.IssueCoding.txt
 * has a few bare phrases such as "european central bank").
 */
export function parseIssues(content: string, file: string, warnings: DictWarning[] = [], opts: IssueReadOptions = {}): IssueDictionary {
  const entries: IssueEntry[] = [];
  const ignores: IssueIgnore[] = [];
  let category: string | null = null;
  eachLine(content, (text, line) => {
    const t = text.trim();
    const open = /^<ISSUE\b([^>]*)>$/i.exec(t);
    if (open) {
      category = /CATEGORY\s*=\s*"([^"]*)"/i.exec(open[1])?.[1] ?? null;
      return;
    }
    if (/^<\/ISSUE>$/i.test(t)) {
      category = null;
      return;
    }
    if (t.startsWith('~')) {
      const story = t.startsWith('~~');
      const phrase = t.slice(story ? 2 : 1);
      for (const words of expandIssuePhrase(phrase)) ignores.push({ words, scope: story ? 'story' : 'sentence', category, line });
      return;
    }
    if (!t.includes('[')) {
      warnings.push({ file, line, problem: 'issue phrase without [CODE] skipped' });
      return;
    }
    const m = /^([^[]+?)\s*\[([^\]\s]+)\]\s*$/.exec(t);
    if (!m) {
      const problem = 'malformed issue line (expected phrase [CODE])';
      if (opts.strict !== false) throw dictError(problem, file, line);
      warnings.push({ file, line, problem: `${problem}: line skipped` });
      return;
    }
    for (const words of expandIssuePhrase(m[1])) entries.push({ words, code: m[2], category, line });
  });
  const index = new PhraseIndex<IssueEntry>();
  for (const e of entries) index.add(e.words, e);
  const ignoreIndex = new PhraseIndex<IssueIgnore>();
  for (const e of ignores) ignoreIndex.add(e.words, e);
  return { file, entries, ignores, index, ignoreIndex };
}
