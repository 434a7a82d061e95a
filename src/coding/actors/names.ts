/**
 * Name pass over capitalised proper-noun runs the phrase match missed: names in either order
 * ("Kishida Fumio"), transliteration variants ("Moon Jae-in" for MOON_JAE_IN), one-letter
 * misspellings of names of 6+ letters, and a surname or given name alone that repeats a person
 * already named in the document. What stays unknown goes on to roles.ts and unknown.ts.
 */
import type { Cand, DocContext } from './cand.js';
import { type IndexEntry, nameKey } from './actor-index.js';
import { entryCand } from './dictionary.js';
import { nameWordsOf } from './titled.js';
import { type SentenceView, headOf, isCapitalised } from './units.js';

export interface NameRun {
  first: number;
  last: number;
  /** Upper-case unit forms of the run ("PARK", "YOON-JU"). */
  words: string[];
}

/** Maximal runs of capitalised proper-noun units not yet covered. */
export function properRuns(v: SentenceView, covered: Uint8Array): NameRun[] {
  const runs: NameRun[] = [];
  let cur: NameRun | null = null;
  for (const unit of v.units) {
    const ok = !covered[unit.first] && v.s.upos[unit.first] === 'PROPN' && isCapitalised(unit.surface);
    if (!ok) {
      cur = null;
      continue;
    }
    if (cur) {
      cur.last = unit.last;
      cur.words.push(unit.norm);
    } else {
      cur = { first: unit.first, last: unit.last, words: [unit.norm] };
      runs.push(cur);
    }
  }
  return runs;
}

function sameWords(entry: IndexEntry, words: string[]): boolean {
  return entry.name === words.join(' ');
}

/** A unique person entry for the run's name key, with the rule that found it. */
function lookupName(ctx: DocContext, words: string[]): { entry: IndexEntry; how: string } | null {
  if (words.length < 2 && !words[0]?.includes('-')) return null;
  const hits = ctx.index.names.get(nameKey(words)) ?? [];
  const uniq = [...new Set(hits.map((h) => h.entry))];
  if (uniq.length === 1) {
    const h = hits.find((x) => x.entry === uniq[0]);
    const how = h?.how === 'reversed' ? 'name-order' : sameWords(uniq[0], words) ? 'name' : 'fuzzy:translit';
    return { entry: uniq[0], how };
  }
  if (uniq.length > 1) return null;
  const near = ctx.index.fuzzyNames(nameKey(words));
  return near.length === 1 ? { entry: near[0], how: 'fuzzy:edit1' } : null;
}

/**
 * An earlier person in the document all of whose given words are among its name words: a surname
 * or given name alone ("Wang"), or part of a longer name ("Hung Viet" for Do Hung Viet, whose "Do"
 * the tagger took for the auxiliary), never a word that is not in it ("Kim Yo Jong" is not Kim Jong Un).
 */
function namePart(ctx: DocContext, sentenceCands: Cand[], words: readonly string[]): Cand | null {
  const pool = [...ctx.prior.map((p) => p.cand), ...sentenceCands];
  for (let i = pool.length - 1; i >= 0; i--) {
    const c = pool[i];
    if (c.kind !== 'person' || c.via === 'coref') continue;
    const parts = nameWordsOf(c);
    const flat = parts.flatMap((p) => [p, ...p.split('-')]);
    if (words.length < parts.length && words.every((w) => flat.includes(w))) return c;
  }
  return null;
}

/** An earlier person outside the dictionary (found by a role) with this very name. */
function sameName(ctx: DocContext, sentenceCands: Cand[], key: string): Cand | null {
  const pool = [...ctx.prior.map((p) => p.cand), ...sentenceCands];
  for (let i = pool.length - 1; i >= 0; i--) if (pool[i].key === key && pool[i].kind === 'person') return pool[i];
  return null;
}

/**
 * Resolves the runs it can; returns the new candidates and the runs left unresolved.
 */
export function matchNames(v: SentenceView, ctx: DocContext, cands: Cand[], covered: Uint8Array): { add: Cand[]; left: NameRun[] } {
  const add: Cand[] = [];
  const left: NameRun[] = [];
  for (const run of properRuns(v, covered)) {
    const found = lookupName(ctx, run.words);
    if (found) {
      const c = entryCand(v, ctx, found.entry, run.first, run.last);
      add.push({ ...c, rule: found.how === 'name' ? c.rule : `${found.how} ${c.rule}` });
      continue;
    }
    const same = sameName(ctx, [...cands, ...add], `N:${nameKey(run.words)}`);
    if (same) {
      add.push({ ...same, first: run.first, last: run.last, head: headOf(v, run.first, run.last), via: 'coref',
        rule: 'coref:same-name', members: undefined });
      continue;
    }
    if (run.words.length <= 3) {
      const ante = namePart(ctx, [...cands, ...add], run.words);
      if (ante) {
        add.push({ ...ante, first: run.first, last: run.last, head: headOf(v, run.first, run.last), via: 'coref',
          rule: `coref:name-part ${run.words.join(' ')}`, members: undefined });
        continue;
      }
    }
    left.push(run);
  }
  add.push(...namePartsTaggedNoun(v, ctx, [...cands, ...add], covered));
  return { add, left };
}

/**
 * "Wang said ...": the tagger may call a capitalised surname a common noun. A single capitalised
 * word tagged NOUN that is a name word of a person already named in the document is that person.
 */
function namePartsTaggedNoun(v: SentenceView, ctx: DocContext, cands: Cand[], covered: Uint8Array): Cand[] {
  const out: Cand[] = [];
  for (const unit of v.units) {
    const w = unit.first;
    if (covered[w] || unit.last !== w || v.s.upos[w] !== 'NOUN' || !isCapitalised(unit.surface)) continue;
    if (cands.some((c) => c.first <= w && w <= c.last)) continue;
    const ante = namePart(ctx, cands, [unit.norm]);
    if (ante) out.push({ ...ante, first: w, last: w, head: w, via: 'coref', rule: `coref:name-part ${unit.norm}`, members: undefined });
  }
  return out;
}
