/**
 * Who vouches for an event. An event inside what someone said ("X said Y attacked Z", a quote
 * followed by "X told reporters") is 'reported' with that someone as speaker; "according to X"
 * names the speaker (or the outlet, when X is a cited outlet); otherwise the author states it.
 */
import type { ActorMention } from '../actors/types.js';
import type { CitedSource, Span } from '../types.js';
import type { Mentions } from './mentions.js';
import { caseOf, rolesOf } from './roles.js';
import type { Tree } from './tree.js';

/** Verbs of saying (any inflection). Several are also CAMEO verbs; see code-sentence.ts. */
const REPORTING_STEMS = [
  'say', 'said', 'tell', 'told', 'state', 'announc', 'add', 'claim', 'warn', 'report', 'not', 'stress', 'insist',
  'argu', 'explain', 'confirm', 'assert', 'declar', 'quot', 'wrote', 'write', 'comment', 'remark', 'emphasi',
  'reiterat', 'acknowledg', 'admit', 'predict', 'point', 'deny', 'deni', 'speak', 'spoke', 'spoken',
  // What someone hints, suggests, reveals, expects or fears is theirs, not the author's. (Not
  // "believe": CAMEO.2.0.txt and PETRARCH's tests code a belief as a statement of its own, 023.)
  'hint', 'suggest', 'indicat', 'reveal', 'expect', 'fear', 'worry', 'worri',
  // What someone vows, pledges or promises that it will do is its own word (intent.ts makes the
  // announcement an event).
  'vow', 'pledg', 'promis', 'threaten',
  // Translated news reports with "informed that", "underlined that" ("Peskov informed that ...").
  'inform', 'underlin',
];
const REPORTING = new RegExp(`^(${REPORTING_STEMS.join('|')})(s|es|ed|d|ing|e|ted)?$`);
/** Forms of quoting and citing someone ("Reuters quoted the minister as saying"). */
export const QUOTING = /^(quote|quoted|quotes|quoting|cited|cites|citing)$/;

/** A word form of a reporting verb ("said", "confirmed", "told"); see isReportingVerb. */
export function isReportingWord(lower: string): boolean {
  return REPORTING.test(lower);
}

export function isReportingVerb(t: Tree, v: number): boolean {
  const w = t.lower(v);
  if (t.upos(v) !== 'VERB' || !REPORTING.test(w)) return false;
  return !w.startsWith('point') || t.child(v, 'compound:prt') >= 0; // "pointed out", not "pointed"

}

/** Nouns whose "that" clause is what is said ("a reminder that", "a warning that", "assurances that"). */
const MESSAGE_NOUNS = /^(reminders?|warnings?|messages?|statements?|assurances?|declarations?|notices?|letters?|notes?)$/;

export interface RawAttribution {
  voice: 'author' | 'reported';
  speaker: ActorMention | null;
  outlet: string | null;
  /** The reporting verb or "according to" word, for --explain; -1 for the author. */
  via: number;
}

/**
 * Attribution of the predicate v: the nearest reporting verb that governs v's clause through
 * ccomp or parataxis (or that v's clause governs, for "..., X said" parsed with the quote as head),
 * or an "according to" phrase in the sentence.
 */
export function attributionOf(t: Tree, v: number, mentions: Mentions, cited: readonly CitedSource[], sentenceSpan: Span): RawAttribution {
  const outletHere = cited.find((c) => c.span[0] < sentenceSpan[1] && c.span[1] > sentenceSpan[0] && carries(t, c.span, v)) ?? null;
  const according = accordingTo(t, mentions);
  // The nearest speaker first: in "According to Xinhua, the ministry said that Manila will ...",
  // the ministry says it and Xinhua carries it.
  for (let k = v, guard = 0; k >= 0 && guard < t.n; guard++) {
    const h = t.head(k);
    if (h < 0) break;
    if (/^(ccomp|parataxis)$/.test(t.base(k)) && isReportingVerb(t, h)) {
      const carrier = outletHere ?? (according && !according.mention ? { name: according.text } : null);
      return reported(t, h, mentions, carrier);
    }
    // "Chirac issued a stern reminder to Iraq that it must cooperate": the content of a message
    // noun is reported by the subject of the verb that delivers it.
    const deliverer = t.head(h);
    if (t.base(k) === 'acl' && MESSAGE_NOUNS.test(t.lower(h)) && deliverer >= 0 && t.upos(deliverer) === 'VERB' && t.kids[k].some((c) => t.base(c) === 'mark' && t.lower(c) === 'that')) {
      return reported(t, deliverer, mentions, outletHere);
    }
    // The parser may hang that clause on the delivering verb itself (a ccomp of "issued").
    if (t.base(k) === 'ccomp' && t.upos(h) === 'VERB' && t.kids[k].some((c) => t.base(c) === 'mark' && t.lower(c) === 'that') && messageBetween(t, h, k)) {
      return reported(t, h, mentions, outletHere);
    }
    k = h;
  }
  if (according) {
    const outlet = outletHere?.name ?? (according.mention ? null : according.text);
    return { voice: 'reported', speaker: according.mention ?? null, outlet, via: according.word };
  }
  // "'We will attack,' the minister said": some parses make the quote the head and the
  // reporting verb its parataxis child; of the predicate, or of the word v is the xcomp of
  // ("Iran is about to restore ties, an official said" with the tag on "about"), the condition or
  // other adverbial clause of ("If Israel attacks Iran, Tehran will retaliate, the president warned"),
  // or a conjunct of ("Russia attacked Kyiv and Ukraine retaliated, officials said").
  for (let p = v, guard = 0; p >= 0 && guard < t.n; p = /^(xcomp|advcl|conj)$/.test(t.base(p)) ? t.head(p) : -1, guard++) {
    const said = t.kids[p].find((c) => t.base(c) === 'parataxis' && isReportingVerb(t, c) && !claimAside(t, c));
    if (said !== undefined) return reported(t, said, mentions, outletHere);
  }
  if (outletHere) return { voice: 'reported', speaker: null, outlet: outletHere.name, via: -1 };
  return { voice: 'author', speaker: null, outlet: null, via: -1 };
}

/** Nouns for what is claimed, which an aside after a clause says someone disputes or makes. */
export const CLAIM_NOUNS = /^(charges?|claims?|accusations?|allegations?|assertions?|versions?)$/;

/**
 * "The junta accused Paris of arming rebels, a charge France has repeatedly denied": an aside naming
 * the claim ("a charge X denied", "an accusation Y rejects") says what its subject thinks of the
 * clause, which the parser may hang as a tag; it does not report the clause.
 */
function claimAside(t: Tree, said: number): boolean {
  const subj = t.kids[said].find((c) => t.base(c).startsWith('nsubj'));
  const before = t.kids[said].filter((c) => c < said && t.upos(c) === 'NOUN');
  return [...(subj === undefined ? [] : t.subtreeWords(subj)), ...before].some((w) => CLAIM_NOUNS.test(t.lower(w)));
}

/**
 * A citation in the sentence carries predicate v unless it sits in an adverbial or relative clause
 * of its own below v: in "A spokesperson welcomed the remarks, while the ambassador was quoted by
 * Reuters as saying ...", Reuters carries the ambassador's words, not the welcome.
 */
function carries(t: Tree, span: readonly [number, number], v: number): boolean {
  let k = -1;
  for (let w = 0; w < t.n; w++) if (t.s.start[w] >= span[0] && t.s.end[w] <= span[1]) { k = w; break; }
  let clause = k;
  while (clause >= 0 && t.upos(clause) !== 'VERB') clause = t.head(clause);
  // Up from the citation's clause: reaching a word that dominates v before any adverbial or
  // relative clause, the citation is v's (or its tag's, "..., Reuters reported").
  for (let c = clause, guard = 0; c >= 0 && guard <= t.n; c = t.head(c), guard++) {
    if (t.dominates(c, v)) return true;
    // (A conjunct with a subordinator of its own, ", while X was quoted ...", is one too.)
    if (/^(advcl|acl)$/.test(t.base(c)) || (t.base(c) === 'conj' && t.kids[c].some((m) => t.base(m) === 'mark'))) return false;
  }
  return true;
}

/** A message noun among verb h's words before its clause k ("issued a stern reminder Saturday to Iraq that ..."). */
function messageBetween(t: Tree, h: number, k: number): boolean {
  for (let w = h + 1; w < k; w++) if (t.upos(w) === 'NOUN' && MESSAGE_NOUNS.test(t.lower(w))) return true;
  return false;
}

function reported(t: Tree, r: number, mentions: Mentions, outlet: { name: string } | null): RawAttribution {
  let speaker = rolesOf(t, r, mentions).source ?? null;
  // "Reuters quoted the minister as saying ...", "the minister was quoted as saying ...": the one
  // quoted says it.
  // (The parser may hang "as saying" on the agent: "quoted by state media as saying".)
  const h = t.head(r);
  const q = t.base(r) === 'acl' && h >= 0 && t.base(h) === 'obl' ? t.head(h) : h;
  const asClause = /^(advcl|xcomp|acl)$/.test(t.base(r)) && t.kids[r].some((m) => t.base(m) === 'mark' && t.lower(m) === 'as');
  if (asClause && q >= 0 && QUOTING.test(t.lower(q))) {
    speaker = rolesOf(t, q, mentions).target ?? speaker;
  }
  return { voice: 'reported', speaker, outlet: outlet?.name ?? null, via: r };
}

/** "according to X": the phrase's head word, its actor and its text. */
function accordingTo(t: Tree, mentions: Mentions): { word: number; mention?: ActorMention; text: string } | null {
  for (let i = 0; i < t.n; i++) {
    if (t.lower(i) !== 'according' || t.lower(i + 1) !== 'to') continue;
    // "according" is the case marker of the nominal it introduces (UD: case + fixed).
    const host = t.base(i) === 'case' ? t.head(i) : t.kids[i].find((c) => t.base(c) === 'obl' || t.base(c) === 'obj') ?? -1;
    if (host < 0 || caseOf(t, host) !== 'according to' && t.base(i) === 'case') continue;
    const [a, b] = t.extent(host);
    const words = t.s.words.slice(Math.max(a, i + 2), b + 1).join(' ');
    return { word: i, mention: mentions.forSubtree(t, host), text: words };
  }
  return null;
}
