/**
 * Reader for PETRARCH agent dictionaries (Phoenix.agents.txt, PETR.Validate.agents.txt): role
 * nouns that combine with an actor code.
 *
 *   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     substitution set
 *   PRESIDENT [~GOVPRS]                             plural made regularly (PRESIDENTS)
 *   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]  irregular plural; {} = no plural
 *   CONGRESS!PERSON! [~LEG]                         one entry per set member, no plurals
 *   HUMAN_RIGHTS_BODY [NGO~]                        `CODE~`: the code goes before the actor's
 *
 * `_` joins words that must be consecutive; a space allows words between (TABARI). Both are kept.
 */
import { pluralNoun } from './morphology.js';
import { PhraseIndex, normalizeToken } from './phrase-index.js';
import { type DictWarning, dictError, eachLine } from './source.js';

export interface AgentEntry {
  /** Normalised words of this form (singular or plural). */
  words: string[];
  /** loose[i]: other words may come between words[i-1] and words[i] (written with a space). */
  loose: boolean[];
  /** The agent code without `~`, e.g. GOVPRS. */
  code: string;
  /** 'suffix' (`~GOV`): appended to the actor code (JPN + GOV); 'prefix' (`NGO~`): put before it. */
  position: 'suffix' | 'prefix';
  /** True for a generated or listed plural form. */
  plural: boolean;
  line: number;
}

export interface AgentDictionary {
  file: string;
  entries: AgentEntry[];
  /** All forms by their words (treated as consecutive for lookup). */
  index: PhraseIndex<AgentEntry>;
}

type Fail = (problem: string, line: number) => never;

function parseWords(phrase: string): { words: string[]; loose: boolean[] } {
  const words: string[] = [];
  const loose: boolean[] = [];
  const re = /([^_\s]+)|([_\s]+)/g;
  let sep = '_';
  for (let m = re.exec(phrase); m; m = re.exec(phrase)) {
    if (m[2] !== undefined) {
      sep = m[2];
      continue;
    }
    loose.push(words.length > 0 && !sep.includes('_'));
    words.push(normalizeToken(m[1]));
  }
  return { words, loose };
}

function parseCode(raw: string, line: number, fail: Fail): { code: string; position: 'suffix' | 'prefix' } {
  const c = raw.trim();
  if (/^~[^\s~]+$/.test(c)) return { code: c.slice(1), position: 'suffix' };
  if (/^[^\s~]+~$/.test(c)) return { code: c.slice(0, -1), position: 'prefix' };
  return fail(`agent code [${raw}] must be ~CODE or CODE~`, line);
}

export interface AgentReadOptions {
  /** When false, a malformed line is skipped with a warning (Phoenix.agents.txt has `[~ENV}` and a line with no code). Default true. */
  strict?: boolean;
}

/** Thrown inside the line loop to skip one line in lenient mode. */
class SkipLine extends Error {}

export function parseAgentDictionary(
  content: string, file: string, warnings: DictWarning[] = [], opts: AgentReadOptions = {},
): AgentDictionary {
  const fail: Fail = (problem, line) => {
    if (opts.strict === false) {
      warnings.push({ file, line, problem: `${problem}: line skipped` });
      throw new SkipLine();
    }
    throw dictError(problem, file, line);
  };
  const subst = new Map<string, string[]>();
  const entries: AgentEntry[] = [];
  eachLine(content, (text, line) => {
    try {
      readAgentLine(text.trim(), line, subst, entries, fail);
    } catch (e) {
      if (!(e instanceof SkipLine)) throw e;
    }
  });
  const index = new PhraseIndex<AgentEntry>();
  for (const e of entries) index.add(e.words, e);
  return { file, entries, index };
}

function readAgentLine(t: string, line: number, subst: Map<string, string[]>, entries: AgentEntry[], fail: Fail): void {
  {
    const def = /^!([^!\s]+)!\s*=\s*(.*)$/.exec(t);
    if (def) {
      const items = def[2].split(',').map((x) => x.trim()).filter((x) => x !== '');
      if (items.length === 0) fail(`substitution set !${def[1]}! is empty`, line);
      subst.set(def[1], items);
      return;
    }
    const m = /^([^[{]*?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]\s*$/.exec(t);
    if (!m) fail('malformed agent line (expected PHRASE {plural} [~CODE])', line);
    const { code, position } = parseCode(m[3], line, fail);
    for (const form of expandMarkers(m[1], subst, line, fail)) {
      addForms(entries, form.text, form.marked ? '' : m[2], { code, position, line }, fail);
    }
  }
}

/** `CONGRESS!PERSON!` -> CONGRESSMAN, CONGRESSMEN, ...; `marked` forms get no plural. */
function expandMarkers(phrase: string, subst: Map<string, string[]>, line: number, fail: Fail): { text: string; marked: boolean }[] {
  const m = /!([^!\s]+)!/.exec(phrase);
  if (!m) return [{ text: phrase, marked: false }];
  const items = subst.get(m[1]);
  if (!items) fail(`substitution set !${m[1]}! is not defined`, line);
  return items.flatMap((it) => expandMarkers(phrase.replace(m[0], it), subst, line, fail)).map((f) => ({ ...f, marked: true }));
}

function addForms(
  entries: AgentEntry[], phrase: string, plural: string | undefined,
  base: { code: string; position: 'suffix' | 'prefix'; line: number }, fail: Fail,
): void {
  const singular = parseWords(phrase);
  if (singular.words.length === 0) fail('agent line has no phrase', base.line);
  entries.push({ ...singular, ...base, plural: false });
  if (plural === undefined) {
    const last = singular.words[singular.words.length - 1];
    const p = pluralNoun(last);
    if (p) entries.push({ words: [...singular.words.slice(0, -1), p], loose: singular.loose, ...base, plural: true });
  } else if (plural.trim() !== '') {
    const pw = parseWords(plural.trim());
    entries.push({ ...pw, ...base, plural: true });
  }
}

/** Longest agent phrase at tokens[start] (tokens normalised); null if none. */
export function matchAgent(dict: AgentDictionary, tokens: readonly string[], start = 0): { length: number; entry: AgentEntry } | null {
  const m = dict.index.longest(tokens, start);
  return m ? { length: m.length, entry: m.values[0] } : null;
}
