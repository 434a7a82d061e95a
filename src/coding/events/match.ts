/**
 * Matching one verb's dictionary patterns against its clause in the dependency tree.
 *
 * A pattern is [pre-verb elements] * [post-verb elements]. We read the clause as two word
 * sequences: the words before the verb (from the start of its clause) and the words of the verb's
 * own complements after it (objects, obliques, particles, xcomp; not conjuncts, adverbial or
 * reported clauses, which are predicates of their own). Elements match in order with gaps allowed
 * unless written joined with `_`; `{A B}` must be consecutive and end on a noun-phrase head; a
 * `(PREP ...)` matches the preposition and then its contents inside that preposition's phrase;
 * `$` `+` `%` bind the next actor mention. The best pattern is the one matching the most words
 * (dictionary order breaks ties), else the verb's own code.
 */
import { ownership } from './pattern-owner.js';
import { monthNumber, weekdayNumber } from '../../doc/dates.js';
import { basename } from 'node:path';
import { pluralNoun } from '../../dict/morphology.js';
import type { EventCode, PatternElement, Term, VerbDictionary, VerbEntry, VerbForm, VerbPattern } from '../../dict/verbs.js';
import type { ActorMention } from '../actors/types.js';
import { isReportingVerb } from './attribution.js';
import type { Mentions } from './mentions.js';
import { caseOf } from './roles.js';
import type { Tree } from './tree.js';
import type { VerbIndex } from './verb-index.js';

/**
 * TABARI's `[+++]` marks a pattern as a "complex" event to be coded by hand: it names no event, so
 * the verb's other patterns (or its own code) code the clause instead of the event being lost.
 */
const COMPLEX = '+++';

/** Children of the verb whose words are not part of its pattern's post-verb sequence. */
const NOT_COMPLEMENT = new Set(['conj', 'cc', 'parataxis', 'advcl', 'ccomp', 'punct', 'nsubj', 'csubj', 'aux', 'mark', 'discourse', 'vocative', 'dep', 'reparandum', 'list']);
/** Relations that cannot end a noun phrase: the word modifies a later head. */
const PRENOMINAL = new Set(['compound', 'amod', 'det', 'nummod', 'nmod:poss', 'flat']);

export interface Slots {
  source?: ActorMention;
  target?: ActorMention;
  compound?: ActorMention;
}

export interface VerbMatch {
  entry: VerbEntry;
  form: VerbForm;
  /** The pattern that matched, or null when the verb's own code applies. */
  pattern: VerbPattern | null;
  code: EventCode;
  /** The verb's own code (or its block's), whatever pattern matched. */
  defaultCode: EventCode;
  /** Number of words the pattern matched (0 for the default). */
  score: number;
  slots: Slots;
  /** Word indices the verb form and pattern matched (for evidence and explain). */
  words: number[];
  /** "CAMEO.2.0.txt:1234": the pattern's line, or the verb's line for its default code. */
  rule: string;
  /** Why each tried pattern matched or failed, for --explain. */
  trace: string[];
}

interface Ctx {
  t: Tree;
  index: VerbIndex;
  mentions: Mentions;
  /** Sequence of word indices being matched. */
  seq: number[];
  slots: Slots;
  words: number[];
  /** The verb whose pattern is matched. */
  verb: number;
}

/** Finds the verb entry and best pattern for the verb at v; null when no entry has this form. */
export function matchVerb(t: Tree, v: number, index: VerbIndex, mentions: Mentions, explain = false): VerbMatch | null {
  const dict = index.dict;
  const found = entriesAt(t, v, dict);
  if (!found.length) return null;
  const trace: string[] = [];
  let best: VerbMatch | null = null;
  let bestOwn = 0, bestOverlay = false;
  for (const [i, { entry, form, used }] of found.entries()) {
    const block = dict.blocks[entry.block];
    const pre = preWords(t, v, used);
    const post = [...passiveObject(t, v, used), ...postWords(t, v, used)];
    for (let k = 0; k < block.patterns.length; k++) {
      const possible = index.possible(entry.block, k, t.wordSet);
      // With no trace to write, a pattern that cannot match changes nothing below: pass it over unread.
      if (!possible && !explain) continue;
      const p = block.patterns[k];
      if (p.code.active === COMPLEX) {
        if (explain) trace.push(`passed over (complex-event mark): ${p.text}  ${basename(block.file)}:${p.line}`);
        continue;
      }
      const m = possible ? tryPattern(t, v, p, pre, post, index, mentions) : null;
      if (explain) trace.push(`${m ? `matched (${m.score})` : 'failed'}: ${p.text}  ${basename(block.file)}:${p.line}`);
      // Most words wins; among equals, the words nearer the verb in the tree ("mobilized reservists
      // for a war against Iraq" is "* RESERVISTS", not "* AGAINST" two phrases down), then the first.
      // A pattern that matches beats another entry's bare default ("suspended Niger": the overlay's
      // "- * +" over CAMEO.2.0.txt's SUSPEND [---]).
      // An overlay's pattern beats the base dictionary's equal one, as its own code beats the base
      // default below: overlays exist to correct the base ("sued ... for damages" is 115, not 173).
      // Then the verb's own pattern over one the dictionary notes as another verb's (pattern-owner.ts),
      // then one that matched a noun over one that matched only a particle.
      const overlay = block.file !== dict.file;
      const own = m ? ownership(block, entry, p) : 0;
      const better = m && (!best || best.pattern === null || m.score > best.score || (m.score === best.score
        && (headsPhraseOf(t, m.words, best.words) || !headsPhraseOf(t, best.words, m.words) && depthOf(t, v, m.words) < depthOf(t, v, best.words) || (depthOf(t, v, m.words) === depthOf(t, v, best.words)
          && (overlay !== bestOverlay ? overlay : own !== bestOwn ? own > bestOwn
            : nominal(t, m.words) !== nominal(t, best.words) ? nominal(t, m.words) : narrows(p.code, best.code))))));
      if (m && better) {
        best = { entry, form, pattern: p, code: p.code, defaultCode: entry.code ?? block.code, score: m.score, slots: m.slots, words: [...used, ...m.words], rule: '', trace };
        bestOwn = own;
        bestOverlay = overlay;
      }
    }
    // The verb's own code when no pattern matches: the first entry's, unless an overlay gives the
    // same form a code of its own (correcting the base dictionary's, as overlays exist to do).
    const overrides = !!best && !best.pattern && entry.code !== null && block.file !== dict.file && best.form.words.length === form.words.length;
    if (!best || overrides) best = { entry, form, pattern: null, code: entry.code ?? block.code, defaultCode: entry.code ?? block.code, score: 0, slots: {}, words: used, rule: '', trace };
    // Entries come longest form first: a matched compound verb wins over the bare verb, even by its
    // own code alone ("gave in to demands" is yielding, not GIVE's "- * REFORM"), but entries of the
    // same form (a verb listed in two blocks, or in an overlay) compete on their patterns.
    if ((best.pattern || best.form.words.length > 1) && found[i + 1]?.used.length !== used.length) break;
  }
  if (best) best.rule = `${basename(dict.blocks[best.entry.block].file)}:${best.pattern ? best.pattern.line : best.entry.line}`;
  if (best && explain) trace.push(`chose ${best.pattern ? best.pattern.text : `default [${best.code.raw}] of ${best.entry.lemma.words.join('_')}`}`);
  return best;
}

/**
 * Among equals, a pattern that matched a noun ("broke off diplomatic relations": "* RELATIONS",
 * 161) beats one that matched only a particle or adverb ("* OFF", 130).
 */
function nominal(t: Tree, words: readonly number[]): boolean {
  return words.some((w) => /^(NOUN|PROPN)$/.test(t.upos(w)));
}

/**
 * Among equals, a code naming a kind of its rival's unspecified event: "staged a hunger strike in
 * protest" is a hunger strike (142), not dissent of no stated kind (140).
 */
function narrows(code: EventCode, than: EventCode): boolean {
  const a = code.active ?? '', b = than.active ?? '';
  return /^\d{2}0$/.test(b) && /^\d{3,4}$/.test(a) && a !== b && a.startsWith(b.slice(0, 2));
}

/**
 * Among patterns of equal length, one naming a phrase's preposition beats one naming the phrase's
 * noun bare: in "called on its Western partners to supply arms", "* (ON)" (an appeal, 020) says how
 * the phrase joins the verb, "* PARTNER" (calling someone a partner, 013) only meets its noun.
 * True when `a` holds a preposition whose head is one of `b`'s words, and `b` holds no preposition.
 */
function headsPhraseOf(t: Tree, a: readonly number[], b: readonly number[]): boolean {
  const isCase = (w: number) => t.base(w) === 'case';
  return !b.some(isCase) && a.some((w) => isCase(w) && b.includes(t.head(w)));
}

/**
 * Summed tree distance from the verb v down to each of the words (words not below v count 0).
 * A partitive noun with an of-phrase stands for that phrase: in "captured part of a rebel
 * stronghold" what is captured is the stronghold, so "stronghold" counts at the depth of "part"
 * and "part" itself one deeper ("- * &STRONGHOLD", 192, not TAKE's "- * PART", 030).
 */
function depthOf(t: Tree, v: number, words: readonly number[]): number {
  let sum = 0;
  for (const w of words) {
    let d = partitiveOf(t, w) ? 1 : 0, k = w;
    for (; k >= 0 && k !== v && d <= t.n; k = t.head(k)) if (!(t.base(k) === 'nmod' && caseOf(t, k) === 'of' && partitiveOf(t, t.head(k)))) d++;
    if (k === v) sum += d;
  }
  return sum;
}

/** Nouns of a part or share of what their of-phrase names ("part of the town", "most of the region"). */
const PARTITIVE = /^(part|parts|portion|portions|half|most|much|rest|remainder|bulk|majority|section|sections|swath|swaths|swathes)$/;

/** True when w is a partitive noun with an of-phrase. */
function partitiveOf(t: Tree, w: number): boolean {
  return w >= 0 && PARTITIVE.test(t.lower(w)) && t.kids[w].some((c) => t.base(c) === 'nmod' && caseOf(t, c) === 'of');
}

/** Entries whose form fits the words around v, longest form first, with the word indices used. */
function entriesAt(t: Tree, v: number, dict: VerbDictionary): { entry: VerbEntry; form: VerbForm; used: number[] }[] {
  const out: { entry: VerbEntry; form: VerbForm; used: number[] }[] = [];
  for (const entry of dict.byForm.get(t.upper[v]) ?? []) {
    for (const form of entry.forms) {
      if (form.words[form.head] !== t.upper[v]) continue;
      const used = formWords(t, v, form);
      if (used) { out.push({ entry, form, used }); break; }
    }
  }
  return out.sort((a, b) => b.used.length - a.used.length);
}

/** Word indices a (possibly multi-word) form occupies with its verb at v, or null if it does not fit. */
function formWords(t: Tree, v: number, form: VerbForm): number[] | null {
  const used = [v];
  for (let k = 1; k <= form.head; k++) {
    const w = v - k;
    if (w < 0 || t.upper[w] !== form.words[form.head - k]) return null;
    used.unshift(w);
  }
  for (let k = 1; form.head + k < form.words.length; k++) {
    const want = form.words[form.head + k];
    let w = v + k;
    // A particle may stand apart from its verb ("set the plan up").
    if (t.upper[w] !== want) w = t.kids[v].find((c) => t.rel(c) === 'compound:prt' && t.upper[c] === want) ?? -1;
    if (w < 0) return null;
    used.push(w);
  }
  return used;
}

/** Words before v in its clause: from the left edge of the clause (climbing xcomp) up to v. */
function preWords(t: Tree, v: number, used: number[]): number[] {
  const chain = [v];
  let top = v;
  while (t.head(top) >= 0 && /^(xcomp|ccomp|conj)$/.test(t.base(top))) chain.push(top = t.head(top));
  const from = t.extent(top)[0];
  const out: number[] = [];
  for (let w = from; w < v; w++) if (t.upos(w) !== 'PUNCT' && !used.includes(w) && !inAdverbialClause(t, w, chain)) out.push(w);
  return out;
}

/**
 * A word of an adverbial clause or aside hung on the clause chain ("Should talks fail, Ethiopia
 * might resume operations"): it is no part of the verb's subject ("- TALKS *" is not "resume").
 */
function inAdverbialClause(t: Tree, w: number, chain: readonly number[]): boolean {
  for (let k = w, guard = 0; k >= 0 && !chain.includes(k) && guard <= t.n; k = t.head(k), guard++) {
    if (/^(advcl|parataxis)$/.test(t.base(k)) && chain.includes(t.head(k))) return true;
  }
  return false;
}

/**
 * The verb's complements after it, in word order. A copular clausal complement that is not
 * reported speech is part of the pattern's words, as in PETRARCH's verb phrase ("allowed that it
 * is not a REALLY_PLEASANT place"); a clause with a verb of its own has its own patterns.
 */
function postWords(t: Tree, v: number, used: number[]): number[] {
  const verbless = (k: number) => t.base(k) === 'ccomp' && t.child(k, 'cop') >= 0 && !isReportingVerb(t, v);
  // A relative or infinitival clause inside a complement has its own verb and patterns ("support a
  // resolution that aims to tighten sanctions" is no "support ... sanctions", "issued an ultimatum to
  // halt attacks" no "issue ... attack"); a participle ("assurances sent from Bree") stays in.
  const infinitival = (k: number) => t.rel(k) === 'acl' && t.kids[k].some((c) => t.base(c) === 'mark' && t.lower(c) === 'to');
  const skip = (k: number) => (t.head(k) === v && NOT_COMPLEMENT.has(t.base(k)) && !verbless(k)) || (t.head(k) !== v && (t.rel(k) === 'acl:relcl' || infinitival(k)));
  return t.subtreeWords(v, skip).filter((w) => w > v && t.upos(w) !== 'PUNCT' && !used.includes(w));
}

/**
 * A passive verb's subject is its object ("The proposal was rejected by the Palestinian Authority"
 * is "- * &PROPOSAL"): its noun phrase's words (without clauses of their own) are matched first
 * among the words after the verb, where the active sentence has them.
 */
function passiveObject(t: Tree, v: number, used: number[]): number[] {
  if (!t.isPassive(v)) return [];
  const subj = t.child(v, 'nsubj:pass');
  if (subj < 0 || subj > v) return [];
  const clause = (k: number) => k !== subj && /^(acl|acl:relcl|advcl|ccomp)$/.test(t.rel(k));
  return t.subtreeWords(subj, clause).filter((w) => t.upos(w) !== 'PUNCT' && !used.includes(w));
}

/** Words of v's complements (objects, obliques, particles, xcomp) after v, without punctuation. */
export function complementWords(t: Tree, v: number): number[] {
  const words = t.subtreeWords(v, (k) => t.head(k) === v && NOT_COMPLEMENT.has(t.base(k)));
  return words.filter((w) => w > v && t.upos(w) !== 'PUNCT');
}

function tryPattern(
  t: Tree, v: number, p: VerbPattern, pre: number[], post: number[], index: VerbIndex, mentions: Mentions,
): { score: number; slots: Slots; words: number[] } | null {
  const before = p.elements.slice(0, p.verbIndex);
  const after = p.elements.slice(p.verbIndex + 1);
  const verbEl = p.elements[p.verbIndex];
  const ctx: Ctx = { t, index, mentions, seq: pre, slots: {}, words: [], verb: v };
  const endPre = matchSeq(ctx, before, 0);
  if (endPre < 0) return null;
  // "FAILED_TO_*": the last pre-verb word must touch the verb.
  if (verbEl.adjacent && before.length && ctx.words.length && ctx.words[ctx.words.length - 1] !== v - 1) return null;
  ctx.seq = post;
  if (after[0]?.adjacent && post[0] !== v + 1) return null;
  if (matchSeq(ctx, after, 0) < 0) return null;
  if (nestedPreposition(ctx, after)) return null;
  return { score: ctx.words.length, slots: ctx.slots, words: ctx.words };
}

/** Matches elements in order from seq position `from`; returns the position after, or -1. */
function matchSeq(ctx: Ctx, els: readonly PatternElement[], from: number): number {
  let pos = from;
  for (const el of els) {
    const start = pos;
    const limit = el.adjacent ? Math.min(start + 1, ctx.seq.length) : ctx.seq.length;
    let next = -1;
    for (let q = start; q < limit && next < 0; q++) {
      const mark = ctx.words.length;
      next = matchAt(ctx, el, q);
      if (next < 0) ctx.words.length = mark; // forget words a failed attempt matched
    }
    if (el.kind === 'skip') next = skipNounPhrase(ctx, start);
    if (next < 0) return -1;
    pos = next;
  }
  return pos;
}

/** Words that end a pattern as the verb's particle ("fire off", "call off", "step down", "press on"). */
const PARTICLES = new Set(['OFF', 'UP', 'DOWN', 'OUT', 'AWAY', 'BACK', 'ON']);

/**
 * A pattern ending in a particle ("FIRE - * OFF", "CALL - * OFF") names the verb's particle. The
 * same word heading a phrase inside another complement, or after the verb's object ("fired
 * missiles into the sea off its coast"), is that phrase's preposition, not the verb's particle.
 */
function nestedPreposition(ctx: Ctx, after: readonly PatternElement[]): boolean {
  const last = after[after.length - 1];
  if (last?.kind !== 'word' || !PARTICLES.has(last.word) || !ctx.words.length) return false;
  const { t } = ctx;
  const w = ctx.words[ctx.words.length - 1];
  // A particle after the verb's object and another complement, with a nominal after it, is a
  // preposition the parser took for a particle ("fired a missile into the sea off its east coast").
  if (t.rel(w) === 'compound:prt') return w !== ctx.verb + 1 && t.kids[ctx.verb].some((c) => c < w && t.base(c) === 'obj') && /^(DET|PRON|NOUN|PROPN|ADJ)$/.test(t.upos(w + 1));
  if (t.base(w) !== 'case') return false;
  const phrase = t.head(w);
  // A particle the parser reads as a preposition sits right after its verb ("fired off a letter");
  // one after the object is the preposition of a phrase of place ("fired missiles off its coast").
  return (phrase >= 0 && t.head(phrase) !== ctx.verb) || w !== ctx.verb + 1;
}

/**
 * `^`: past the next noun phrase, up to its first head ("at ^ +" in "warned at the capital of
 * X" skips "the capital"); nothing to skip when the next word is not nominal. The preposition of
 * that phrase goes with it, as pattern words need not touch ("TABASKI ^ $" in "celebrate Tabaski
 * with Eriador at X" skips "with Eriador": the source is X).
 */
function skipNounPhrase(ctx: Ctx, q: number): number {
  const { t, seq } = ctx;
  for (let e = q; e < seq.length; e++) {
    const w = seq[e];
    if (e > q && w !== seq[e - 1] + 1) return q;
    if ((PRENOMINAL.has(t.rel(w)) || t.rel(w) === 'case') && t.head(w) > w) continue;
    return /^(NOUN|PROPN|PRON|NUM)$/.test(t.upos(w)) ? e + 1 : q;
  }
  return q;
}

/** Matches one element starting exactly at seq position q; returns the position after, or -1. */
function matchAt(ctx: Ctx, el: PatternElement, q: number): number {
  const { t, seq } = ctx;
  switch (el.kind) {
    case 'verb':
    case 'skip':
      return q;
    case 'source':
    case 'target':
    case 'compound': {
      const m = ctx.mentions.at(seq[q]);
      if (!m || (el.kind === 'compound' && !(m.members && m.members.length > 1))) return -1;
      ctx.slots[el.kind] = m;
      let e = q;
      while (e < seq.length && seq[e] <= m.last) e++;
      return e;
    }
    case 'word':
    case 'synset':
      return matchTerm(ctx, el, q);
    case 'phrase': {
      let e = q;
      for (const term of el.terms) {
        if (e > q && !adjacent(t, seq[e - 1], seq[e])) return -1;
        e = matchTerm(ctx, term, e);
        if (e < 0) return -1;
      }
      const last = seq[e - 1];
      if (PRENOMINAL.has(t.rel(last)) && t.head(last) > last) return -1;
      return e;
    }
    case 'prep': {
      const afterPrep = matchTerm(ctx, el.prep, q);
      if (afterPrep < 0) return -1;
      // "telephoned Kozyrev on Tuesday" is no "call on" (appeal), "fought for weeks" no "fight for"
      // (111): a preposition heading a date or duration phrase is not the pattern's preposition.
      const host = t.head(seq[q]);
      if (host > seq[q] && isDateWord(t.s.words[host])) return -1;
      // "..., according to the South Korean military" names the report's source, not the pattern's "to" phrase.
      if (t.rel(seq[q]) === 'fixed' && host >= 0 && t.lower(host) === 'according') return -1;
      if (!el.objects.length) return afterPrep;
      // The object must lie inside the phrase the preposition introduces.
      const [lo, hi] = host > seq[q] ? t.extent(host) : [seq[q], t.n - 1];
      const saved = ctx.seq;
      const inner = saved.slice(afterPrep).filter((w) => w >= lo && w <= hi);
      ctx.seq = inner;
      const end = matchSeq(ctx, el.objects, 0);
      ctx.seq = saved;
      if (end < 0) return -1;
      const lastWord = end > 0 ? inner[end - 1] : saved[afterPrep - 1];
      return saved.indexOf(lastWord) + 1;
    }
  }
}

/** A weekday, a month, a day word or a span of time: the head of a date or duration phrase ("on Tuesday", "in March", "for weeks"). */
function isDateWord(w: string): boolean {
  return weekdayNumber(w) >= 0 || monthNumber(w) > 0 ||
    /^(today|yesterday|tomorrow|tonight|weekend|morning|evening|night|hours?|days?|weeks?|months?|years?|decades?)$/i.test(w);
}

/** A word (or its plural) or any phrase of a synset, as consecutive words from q. */
function matchTerm(ctx: Ctx, term: Term, q: number): number {
  const first = ctx.seq[q] === undefined ? '' : ctx.t.upper[ctx.seq[q]];
  const w = ctx.seq[q];
  const joined = w !== undefined && ctx.t.s.words[w + 1] === '-' && w + 2 < ctx.t.n ? `${first}-${ctx.t.upper[w + 2]}` : null;
  const hyphenated = joined !== null && isHyphenated(joined) ? joined : null;
  const phrases = term.kind === 'word' ? [[term.word]] : [...ctx.index.synsetPhrases(term.name, first), ...(hyphenated ? ctx.index.synsetPhrases(term.name, hyphenated) : [])];
  let best = -1;
  for (const ph of withHyphenPieces(phrases)) {
    const e = matchWords(ctx, ph, q, term.kind === 'word');
    if (e > best) best = e;
  }
  if (best > 0) for (let k = q; k < best; k++) ctx.words.push(ctx.seq[k]);
  return best;
}

/**
 * Each phrase, and where a word of it is hyphenated, the phrase with that word in its pieces: the
 * tokenizer splits "sit-in" into "sit", "-", "in", so CAMEO.2.0.txt's "- * SIT-IN" (STAGE),
 * "GO-AHEAD" (GIVE) or "{LIVE-FIRE DRILLS}" could never match as written.
 */
function withHyphenPieces(phrases: readonly (readonly string[])[]): (readonly string[])[] {
  const out: (readonly string[])[] = [...phrases];
  for (const ph of phrases) {
    if (ph.some(isHyphenated)) out.push(ph.flatMap((w) => (isHyphenated(w) ? w.split('-') : [w])));
  }
  return out;
}

/**
 * Words of letters joined by hyphens ("SIT-IN", "LIVE-FIRE"); model names with digits ("F-16") are
 * left whole, as before: their patterns name arms deals whose parties the clause rarely gives.
 */
function isHyphenated(w: string): boolean {
  return /^[A-Z]+(?:-[A-Z]+)+$/.test(w);
}

/** Word b follows word a, directly or across a hyphen token ("sit - in"). */
function adjacent(t: Tree, a: number, b: number): boolean {
  return b === a + 1 || (b === a + 2 && t.s.words[a + 1] === '-');
}

function matchWords(ctx: Ctx, words: readonly string[], q: number, allowPlural: boolean): number {
  const { t, seq } = ctx;
  for (let k = 0; k < words.length; k++) {
    const w = seq[q + k];
    if (w === undefined || (k > 0 && !adjacent(t, seq[q + k - 1], w))) return -1;
    // Actor names are actors, not pattern words: "Security" in "the U.N. Security Council" is no
    // &SECURITY (PETRARCH replaces actor phrases by their codes before matching). A place the
    // dictionaries leave uncoded is no actor: "fired missiles into the East Sea" is "(INTO SEA)".
    const m = ctx.mentions.at(w);
    if (m && m.via === 'dictionary' && m.code !== null && m.last > m.first && !m.members) return -1;
    const form = t.upper[w];
    const want = words[k];
    // A pattern's preposition TO is not the infinitive marker: "ordered the paper to close" is no "order to".
    if (want === 'TO' && words.length === 1 && t.upos(w) === 'PART') return -1;
    if (form !== want && !(allowPlural && k === words.length - 1 && form === pluralNoun(want))) return -1;
  }
  return q + words.length;
}
