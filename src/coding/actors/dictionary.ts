/**
 * Dictionary pass: leftmost-longest match of actor phrases (Phoenix actors, overlays, metonyms) over
 * the units of a sentence, case-insensitively, with the dated role in force on the document date.
 */
import type { Cand, DocContext } from './cand.js';
import type { IndexEntry } from './actor-index.js';
import { pickRole } from './dated-roles.js';
import { type SentenceView, headOf } from './units.js';

/** Parts of speech a one-word lower-case match must not be ("us" is not the USA, "un" is not the UN). */
const FUNCTION_POS = new Set(['PRON', 'ADP', 'DET', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'VERB']);

export function matchDictionary(v: SentenceView, ctx: DocContext): Cand[] {
  const out: Cand[] = [];
  let u = 0;
  while (u < v.units.length) {
    const m = ctx.index.longestPhrase(v.norms, u);
    if (!m || rejectShort(v, u, m.length) || commonNoun(v, u, m.length, m.entry)) {
      const people = pluralDemonym(v, ctx, u);
      if (people) out.push(people);
      u++;
      continue;
    }
    // "The US State Department": a capitalised name after "the" that runs past one taking "the"
    // ("THE US") is the name; "the" is only its article. (Not a role: "the UN envoy" is an agent.)
    if (v.norms[u] === 'THE' && m.length > 1) {
      const next = ctx.index.longestPhrase(v.norms, u + 1);
      if (next && next.length >= m.length && /^\p{Lu}/u.test(v.s.words[v.units[u + next.length].first])) {
        u++;
        continue;
      }
    }
    const first = v.units[u].first;
    const last = v.units[u + m.length - 1].last;
    out.push(entryCand(v, ctx, m.entry, first, last));
    u += m.length;
  }
  return out;
}

/** A candidate for a dictionary entry found over words first..last. */
export function entryCand(v: SentenceView, ctx: DocContext, e: IndexEntry, first: number, last: number): Cand {
  const head = headOf(v, first, last);
  const role = pickRole(e.src, ctx.date);
  const line = e.source;
  const rule = e.kind === 'person' ? `${line} (${role.how})` : line;
  if (role.members) return compoundEntry(head, first, last, e, role.members, rule);
  const adjectival = v.s.upos[head] === 'ADJ' || v.s.deprel[head] === 'amod';
  const via = e.metonym ? 'metonym' : e.kind === 'state' && adjectival ? 'demonym' : 'dictionary';
  return {
    first, last, head, code: role.code, kind: e.kind, via, rule,
    key: e.kind === 'state' && role.code ? `C:${role.code}` : `E:${e.id}`,
    resolved: true, plural: false, entry: e,
    undated: e.kind === 'person' && (role.how === 'default' || role.how === 'out-of-range'),
  };
}

/** A compound entry ("THE_SHIRE [FRO/BIL/SAM]") is a group whose members share its words. */
function compoundEntry(head: number, first: number, last: number, e: IndexEntry, codes: string[], rule: string): Cand {
  const members = codes.map((code, i): Cand => ({
    first, last, head, code, kind: e.kind, via: 'dictionary', rule, key: `E:${e.id}#${i}`, resolved: true, plural: false, entry: e,
  }));
  return {
    first, last, head, code: null, kind: 'group', via: 'dictionary', rule: `${rule} compound(${codes.length})`,
    key: '', resolved: true, plural: true, members,
  };
}

/**
 * "Albanians", "Iraqis": the plural of a demonym the dictionary lists only in the singular
 * (+ALBANIAN_), used as a noun, is the people of that state ("ethnic Albanians demonstrated").
 */
function pluralDemonym(v: SentenceView, ctx: DocContext, u: number): Cand | null {
  const unit = v.units[u];
  const w = v.s.words[unit.first];
  if (unit.first !== unit.last || !/^[A-Z][a-z]+s$/.test(w) || (v.s.upos[unit.first] !== 'NOUN' && v.s.upos[unit.first] !== 'PROPN')) return null;
  const norms = v.norms.slice(u, u + 1);
  norms[0] = norms[0].slice(0, -1);
  const m = ctx.index.longestPhrase(norms, 0);
  if (!m || m.length !== 1 || m.entry.kind !== 'state') return null;
  const c = entryCand(v, ctx, m.entry, unit.first, unit.last);
  return c.code ? { ...c, kind: 'group', plural: true, rule: `${c.rule} (plural demonym)` } : null;
}

function rejectShort(v: SentenceView, u: number, len: number): boolean {
  if (len !== 1) return false;
  const unit = v.units[u];
  const surface = unit.surface;
  if (surface !== surface.toLowerCase()) return false;
  // A lower-case one-word match on a function word or a short word is an ordinary word, not a name.
  return surface.length <= 3 || FUNCTION_POS.has(v.s.upos[unit.first]);
}

/**
 * A one-word lower-case common noun is that noun, not a group some dictionary lists it for: Phoenix
 * gives TANZIM the synonym ORGANIZATION and GAZTERIAK the synonym YOUTH, so "the organization said"
 * would be a Palestinian militia. States keep such words ("the kingdom" may be a listed synonym).
 */
function commonNoun(v: SentenceView, u: number, len: number, e: IndexEntry): boolean {
  const unit = v.units[u];
  return len === 1 && e.kind !== 'state' && unit.surface === unit.surface.toLowerCase() && v.s.upos[unit.first] === 'NOUN';
}
