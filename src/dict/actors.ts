/**
 * Reader for PETRARCH actor dictionaries (Phoenix.*.actors.txt, PETR.Validate.actors.txt):
 *
 *   SHINZO_ABE_  # CountryInfo.txt          primary phrase (`_` or spaces join words), optional [codes]
 *   +ABE_SHINZO                              synonym
 *   \t[JPNGOV 051201-071031]                  role: code and dates (YYMMDD or YYYYMMDD, inclusive)
 *   \t[JPNELI >071101]  \t[HOB <950601]       from a date on / before a date
 *   \t[JPNELI]                                default role (no dates)
 */
import { type DateKey, dayBefore, parsePetrarchDate } from './dates.js';
import { normalizeToken, phraseWords } from './phrase-index.js';
import { type DictWarning, dictError, eachLine } from './source.js';
import type { ActorEntry, ActorRole } from './actor-types.js';

export type * from './actor-types.js';

export interface ActorReadOptions {
  /**
   * When false, a malformed date (Phoenix has `9008223`, `1920030320`, `>201005011`) is read as
   * PETRARCH reads it (the first 6 or 8 digits) with a warning, and a bare date as "from". Default true.
   */
  strict?: boolean;
  /** Entry ids continue from here (several files go into one dictionary). */
  firstId?: number;
}

type Fail = (problem: string, line: number) => never;

interface Ctx {
  file: string;
  strict: boolean;
  warnings: DictWarning[];
  fail: Fail;
}

export function parseActorDictionary(
  content: string, file: string, warnings: DictWarning[] = [], opts: ActorReadOptions = {},
): ActorEntry[] {
  const fail: Fail = (problem, line) => {
    throw dictError(problem, file, line);
  };
  const ctx: Ctx = { file, strict: opts.strict !== false, warnings, fail };
  const out: ActorEntry[] = [];
  let id = opts.firstId ?? 0;
  let cur: ActorEntry | null = null;
  eachLine(content, (text, line) => {
    const t = text.trim();
    if (t.startsWith('[')) {
      if (!cur) fail('role [code] before any actor phrase', line);
      cur.roles.push(...parseRoles(t, line, ctx));
    } else if (t.startsWith('+')) {
      if (!cur) fail('synonym + before any actor phrase', line);
      const { words, roles } = splitPhrase(t.slice(1), line, ctx);
      if (roles.length > 0) cur.roles.push(...roles);
      cur.phrases.push(words);
    } else {
      const { words, roles } = splitPhrase(t, line, ctx);
      cur = { id: id++, phrases: [words], roles, file, line, origin: 'dictionary' };
      out.push(cur);
    }
  });
  return out;
}

function splitPhrase(t: string, line: number, ctx: Ctx): { words: string[]; roles: ActorRole[] } {
  const b = t.indexOf('[');
  const phrase = b >= 0 ? t.slice(0, b) : t;
  const words = phraseWords(phrase);
  if (words.length === 0) ctx.fail('actor line has no phrase', line);
  return { words, roles: b >= 0 ? parseRoles(t.slice(b), line, ctx) : [] };
}

/** `[A 051201-071031][B]` -> roles. */
function parseRoles(t: string, line: number, ctx: Ctx): ActorRole[] {
  const roles: ActorRole[] = [];
  // Each `[...]` (the first `]` after a `[` closes it) is a role; `rest` is the text around them.
  let rest = '';
  let pos = 0;
  for (;;) {
    const open = t.indexOf('[', pos);
    const close = open < 0 ? -1 : t.indexOf(']', open + 1);
    if (close < 0) break;
    if (open > pos) rest += t.slice(pos, open);
    roles.push(parseRole(t.slice(open + 1, close), line, ctx));
    pos = close + 1;
  }
  if (pos < t.length) rest += t.slice(pos);
  if (rest.trim() !== '') {
    // Phoenix.International.actors.txt:3696 has `[MNCMED]<tab>Newspapers/Magazines<tab>$137,000,000`.
    if (ctx.strict) ctx.fail(`unexpected text '${rest.trim()}' around [codes]`, line);
    ctx.warnings.push({ file: ctx.file, line, problem: `text '${rest.trim()}' after [codes] ignored` });
  }
  return roles;
}

function parseRole(inner: string, line: number, ctx: Ctx): ActorRole {
  const trimmed = inner.trim();
  const sp = trimmed.search(/\s/);
  const code = sp < 0 ? trimmed : trimmed.slice(0, sp);
  const codes = code.split('/').filter((c) => c !== '');
  if (codes.length === 0) ctx.fail(`malformed code [${inner}]`, line);
  const spec = sp < 0 ? '' : trimmed.slice(sp).replace(/\s+/g, '');
  if (spec === '') return { codes, from: null, to: null, line };
  if (spec.startsWith('<')) return { codes, from: null, to: dayBefore(date(spec.slice(1), line, ctx)), line };
  if (spec.startsWith('>')) return { codes, from: date(spec.slice(1), line, ctx), to: null, line };
  const dash = spec.indexOf('-');
  if (dash < 0) {
    if (ctx.strict) ctx.fail(`date '${spec}' needs '<', '>' or a range d1-d2`, line);
    ctx.warnings.push({ file: ctx.file, line, problem: `bare date '${spec}' read as '>${spec}'` });
    return { codes, from: date(spec, line, ctx), to: null, line };
  }
  const from = date(spec.slice(0, dash), line, ctx);
  const to = date(spec.slice(dash + 1), line, ctx);
  if (to < from) ctx.warnings.push({ file: ctx.file, line, problem: `date range ends before it starts: ${spec}` });
  return { codes, from, to, line };
}

function date(s: string, line: number, ctx: Ctx): DateKey {
  const k = parsePetrarchDate(s);
  if (k !== null) return k;
  if (!ctx.strict && /^\d{7,}$/.test(s)) {
    // PETRARCH reads a 7-digit date as YYMMDD and a longer one as YYYYMMDD, ignoring the rest.
    const cut = parsePetrarchDate(s.length === 7 ? s.slice(0, 6) : s.slice(0, 8));
    if (cut !== null) {
      ctx.warnings.push({ file: ctx.file, line, problem: `malformed date '${s}' read as ${cut}` });
      return cut;
    }
  }
  return ctx.fail(`malformed date '${s}' (expected YYMMDD or YYYYMMDD)`, line);
}

/** Normalises running-text tokens for lookup (upper case, straight apostrophes). */
export function normalizeTokens(tokens: readonly string[]): string[] {
  return tokens.map(normalizeToken);
}
