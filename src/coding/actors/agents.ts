/**
 * Agent pass: role nouns from Phoenix.agents.txt ("defence minister", "officials", "troops") and
 * their composition with the state or body they belong to: "Japan's defence minister",
 * "the Japanese defense minister", "Japanese officials", "the minister of defence of Japan".
 * An agent nobody owns in the sentence keeps its bare code in `agentCode` for the context pass.
 */
import type { ActorKind } from '../types.js';
import type { Cand, DocContext } from './cand.js';
import type { AgentHit } from './actor-index.js';
import { composeAgent } from './codes.js';
import { FORMER_AGENT, formerCode, heldFormerly } from './former.js';
import { type SentenceView, headOf } from './units.js';

const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ', 'X']);
/** Agent head nouns that name a body rather than a person. */
const BODIES = new Set(['GOVERNMENT', 'MINISTRY', 'MINISTRIES', 'ADMINISTRATION', 'ARMY', 'MILITARY', 'POLICE', 'NAVY',
  'PARLIAMENT', 'CABINET', 'COMMITTEE', 'COUNCIL', 'DEPARTMENT', 'OFFICE', 'AGENCY', 'FORCE', 'FORCES', 'COURT',
  'PARTY', 'COMPANY', 'REGIME', 'AUTHORITY', 'AUTHORITIES', 'EMBASSY', 'LEGISLATURE', 'JUNTA', 'SERVICE', 'BANK',
  // Outlets ("North Korea's state media", "Iranian state television") and vessels ("a tanker") are
  // no persons: "he" never refers back to them, "it" does.
  'MEDIA', 'TELEVISION', 'TV', 'RADIO', 'NEWSPAPER', 'BROADCASTER', 'PRESS', 'TANKER', 'VESSEL', 'SHIP']);

interface AgentRun {
  first: number;
  last: number;
  hit: AgentHit;
}

/** Agent phrases over units not covered by actor matches; adjacent phrases form one run. */
function findRuns(v: SentenceView, ctx: DocContext, covered: Uint8Array): AgentRun[] {
  const runs: AgentRun[] = [];
  let best = 0;
  let u = 0;
  while (u < v.units.length) {
    const unit = v.units[u];
    let m = covered[unit.first] ? null : ctx.index.agents.longest(v.norms, u);
    // A phrase ending where no noun does ("the Japanese ambassador to protest ...": AMBASSADOR_TO
    // before an infinitive) gives way to a shorter one ("ambassador").
    while (m && m.length > 1 && !NOUNISH.has(v.s.upos[v.units[u + m.length - 1].last])) m = ctx.index.agents.longest(v.norms, u, m.length - 1);
    let end = m ? v.units[u + m.length - 1] : null;
    if (!m || !end || !NOUNISH.has(v.s.upos[end.last]) || [...range(unit.first, end.last)].some((w) => covered[w])) {
      u++;
      continue;
    }
    // "State Minister of Defense": the phrase's last word opens a longer one ("Minister of Defense"),
    // which the leftmost match cut off; the run takes both, coded by the longer.
    const tail = m.length > 1 ? overlapping(v, ctx, covered, u + m.length - 1) : null;
    let span = m.length;
    if (tail && tail.length >= m.length) {
      end = v.units[u + m.length - 1 + tail.length - 1];
      span = m.length - 1 + tail.length;
      m = tail;
    }
    const prev = runs[runs.length - 1];
    if (prev && prev.last + 1 === unit.first) {
      // "deputy" + "foreign minister": one run, coded by its longest phrase (ties: the leftmost),
      // with the roles the other phrases add in word order ("Islamist" + "lawyers": ~MUSJUD).
      // A rank word alone before the role ("deputy" + "ambassador", DEPUTY being police in Phoenix)
      // yields to it as a shorter phrase would.
      const right = m.length > best || (prev.first === prev.last && RANK_WORDS.has(v.s.words[prev.first].toUpperCase()));
      const joined = joinRoles(prev.hit.code, m.values[0].code, right);
      if (right) {
        prev.hit = { ...m.values[0], code: joined };
        best = m.length;
      } else prev.hit = { ...prev.hit, code: joined };
      prev.last = end.last;
    } else {
      runs.push({ first: unit.first, last: end.last, hit: m.values[0] });
      best = m.length;
    }
    u += span;
  }
  return runs;
}

/** Words that rank a role and are a role of their own only alone ("a deputy" of a sheriff or a parliament). */
const RANK_WORDS: ReadonlySet<string> = new Set(['DEPUTY']);

/** Religious communities (CAMEO's religion codes, with Phoenix's subdivisions): a qualifier, not a role. */
const FAITHS = /^~(MUS|CHR|JEW|HIN|BUD)((CTH|PRO|ORT|SUN|SHI)?)$/;

/**
 * The role code of two adjacent agent phrases when one is a faith qualifying the other's role, in
 * word order as Phoenix writes its own compounds (ISLAMIC_MILITANT ~MUSUAF, BUDDHIST_STUDENT ~BUDEDU):
 * "Islamist" + "lawyers" is ~MUSJUD. Otherwise the preferred phrase's code alone: "deputy" +
 * "foreign minister" is the foreign minister's ~GOV, "military intelligence" + "officials" ~MILSPY.
 */
export function joinRoles(left: string, right: string, rightPreferred: boolean): string {
  const preferred = rightPreferred ? right : left;
  if (!left.startsWith('~') || !right.startsWith('~') || FAITHS.test(left) === FAITHS.test(right)) return preferred;
  return left + right.slice(1);
}

type AgentMatch = NonNullable<ReturnType<DocContext['index']['agents']['longest']>>;

/** An agent phrase of more than one unit starting at unit u, ending on a noun, over uncovered words. */
function overlapping(v: SentenceView, ctx: DocContext, covered: Uint8Array, u: number): AgentMatch | null {
  const t = ctx.index.agents.longest(v.norms, u);
  if (!t || t.length < 2) return null;
  const end = v.units[u + t.length - 1];
  if (!end || !NOUNISH.has(v.s.upos[end.last]) || [...range(v.units[u].first, end.last)].some((w) => covered[w])) return null;
  return t;
}

function* range(a: number, b: number): Generator<number> {
  for (let i = a; i <= b; i++) yield i;
}

export function singular(norm: string): string {
  if (norm.endsWith('IES')) return norm.slice(0, -3) + 'Y';
  if (norm.endsWith('SES') || norm.endsWith('XES')) return norm.slice(0, -2);
  if (norm.endsWith('S') && !norm.endsWith('SS')) return norm.slice(0, -1);
  return norm;
}

function isPlural(v: SentenceView, w: number): boolean {
  const x = v.s.xpos[w];
  if (x === 'NNS' || x === 'NNPS') return true;
  if (x === 'NN' || x === 'NNP') return false;
  const n = v.s.words[w].toUpperCase();
  return n.endsWith('S') && !n.endsWith('SS');
}

const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * Words between an owner and its agent that may stand there: "Japan's new defence minister", and
 * a title word modifying the role or the name it titles ("Russia's first Deputy Prime Minister Ivanov").
 */
function bridge(v: SentenceView, from: number, to: number, head: number): boolean {
  for (let w = from; w < to; w++) {
    const word = v.s.words[w].toLowerCase();
    if (word === "'s" || word === "'" || word === '’s' || v.s.upos[w] === 'ADJ') continue;
    // An adverb modifying the role ("the country's first vice foreign minister" tagged ADV, "newly appointed").
    if (v.s.upos[w] === 'ADV' && v.s.head[w] - 1 >= w && v.s.head[w] - 1 <= head) continue;
    if (isTitleWord(v, w, head)) continue;
    // Coordinated adjectives: "Japan's awful and evil minister".
    if ((word === 'and' || word === ',') && v.s.upos[w - 1] === 'ADJ' && v.s.upos[w + 1] === 'ADJ') continue;
    return false;
  }
  return true;
}

/** A noun modifying the run's head or the name the run titles (UD compound / nmod:desc). */
function isTitleWord(v: SentenceView, w: number, head: number): boolean {
  if (v.s.upos[w] !== 'NOUN' && v.s.upos[w] !== 'PROPN') return false;
  if (!/^(compound|amod|nmod:desc|flat)$/.test(v.s.deprel[w])) return false;
  let h = v.s.head[w] - 1;
  // A noun inside the head's compound: "the U.N. war crimes court" ("war" modifies "crimes").
  for (let g = 0; h !== head && h > w && h < head && v.s.deprel[h] === 'compound' && g < 8; g++) h = v.s.head[h] - 1;
  if (h === head) return true;
  const named = v.s.head[head] - 1;
  return h === named && named > head && v.s.upos[named] === 'PROPN' && /^(compound|nmod:desc|flat)$/.test(v.s.deprel[head]);
}

/** Agents whose "for" phrase names whom they serve ("a spokesman for the foreign ministry"). */
const SPEAKS_FOR = /^(SPOKES(PERSON|MAN|WOMAN)|REPRESENTATIVE|ENVOY|NEGOTIATOR|ADVIS[EO]R|LAWYER)S?$/;

/** The state or body owning the agent run, from the candidates already found in the sentence. */
function ownerOf(v: SentenceView, run: AgentRun, cands: Cand[], head: number): Cand | null {
  for (const c of cands) {
    const led = leaderOwner(v, run, c, head);
    if (led) return led;
    if (!c.code || c.kind === 'person' || c.members) continue;
    // A region of a state ("rebels in eastern Congo", "militants in the Niger Delta") owns what is
    // in it; a place named before the agent does not.
    const region = c.kind === 'location';
    if (region && (c.first < run.last || c.code.length !== 3)) continue;
    if (c.last < run.first && bridge(v, c.last + 1, run.first, head)) return c;
    // "the minister of defence of Japan", "officials from/in Japan": of/from/in, an optional article.
    // Not after a possessive ("its troops from Lebanon" are the possessor's troops).
    if (c.first > run.last && !POSSESSIVE.has(v.s.words[run.first - 1]?.toLowerCase() ?? '')) {
      let w = run.last + 1;
      const prep = v.s.words[w]?.toLowerCase();
      // "a spokesperson for the Russian foreign ministry": those who speak or act for a body.
      const speaksFor = prep === 'for' && SPEAKS_FOR.test(v.s.words[head].toUpperCase());
      // ("diplomats in Brussels" are posted there, not Belgium's.)
      const inOwns = prep === 'in' && !POSTED.test(v.s.words[head].toUpperCase());
      if (prep !== 'of' && prep !== 'from' && !inOwns && !speaksFor) continue;
      w++;
      if (v.s.words[w]?.toLowerCase() === 'the') w++;
      if (w === c.first) return c;
    }
  }
  return null;
}

/** The person a leader-owned body stands for (leaderOwner), to drop with the body's owner. */
const LEADERS = new WeakMap<Cand, Cand>();

/**
 * "the military government of President Prosper Avril", "the administration of President X", "the
 * Trump administration": a
 * body of a person with a state is that state's body, and the person's mention is part of it.
 */
function leaderOwner(v: SentenceView, run: AgentRun, c: Cand, head: number): Cand | null {
  if (c.kind !== 'person' || !c.code || c.members || !BODIES.has(v.s.words[head].toUpperCase())) return null;
  // "the Trump administration", "the Modi government": the leader's name right before the body.
  if (c.last + 1 === run.first && c.head !== head && v.s.head[c.head] - 1 === head) return ledBy(c);
  if (c.first <= run.last) return null;
  let w = run.last + 1;
  if (v.s.words[w]?.toLowerCase() !== 'of') return null;
  w++;
  if (v.s.words[w]?.toLowerCase() === 'the') w++;
  return w === c.first ? ledBy(c) : null;
}

function ledBy(c: Cand): Cand {
  const owner: Cand = { ...c, code: c.code!.slice(0, 3), kind: 'state' };
  LEADERS.set(owner, c);
  return owner;
}

/**
 * The word that says what a run names: its last, or the one before an "of" inside it ("Minister of
 * Foreign Affairs" is one person, not a group of affairs; "Ministry of Defence" a body).
 */
function roleNoun(v: SentenceView, run: AgentRun): number {
  for (let w = run.first + 1; w < run.last; w++) if (v.s.words[w].toLowerCase() === 'of') return w - 1;
  return run.last;
}

function kindOf(norm: string, plural: boolean): ActorKind {
  if (BODIES.has(norm)) return 'organization';
  return plural ? 'group' : 'person';
}

/**
 * Finds agent runs and composes each with its owner. Returns the new candidates and the owners
 * they absorbed (the runner drops those: "Japan's defence minister" is one mention, not two).
 */
export function matchAgents(v: SentenceView, ctx: DocContext, cands: Cand[], covered: Uint8Array): { add: Cand[]; absorbed: Set<Cand> } {
  const add: Cand[] = [];
  const absorbed = new Set<Cand>();
  // Owners standing before a run, by the run's head: "Danish media and government" share "Danish".
  const ownedBefore = new Map<number, Cand>();
  for (const run of findRuns(v, ctx, covered)) {
    if (modifiesNoun(v, run) || countsOthers(v, run)) continue;
    const head = headOf(v, run.first, run.last);
    const nounAt = roleNoun(v, run);
    const lastNorm = v.s.words[nounAt].toUpperCase();
    const plural = isPlural(v, nounAt);
    const noun = singular(lastNorm);
    const base: Cand = {
      first: run.first, last: run.last, head, code: null, kind: kindOf(lastNorm, plural), via: 'agent',
      rule: `${run.hit.source} [${run.hit.code}]`, key: '', resolved: true, plural, agentNoun: noun,
    };
    const owner = ownerOf(v, run, cands, head) ?? sharedOwner(v, head, ownedBefore) ?? prefixOwner(run, cands) ?? nmodOwner(v, head, cands, POSTED.test(noun));
    const former = heldFormerly(v, head);
    const compose = (o: string): string => former ? formerCode(o) : composeAgent(o, run.hit.code, ctx.index.states);
    if (owner && owner.code) {
      if (owner.last < run.first) ownedBefore.set(head, owner);
      const code = compose(owner.code);
      absorbed.add(owner);
      const leader = LEADERS.get(owner);
      if (leader) absorbed.add(leader);
      const owners = conjoinedOwners(v, owner, cands, run.first);
      if (owners.length > 1) {
        // "Lawmakers in Fornost and Gondor": one agent group per owning state.
        for (const o of owners) absorbed.add(o);
        const members = owners.map((o): Cand => {
          const mc = compose(o.code as string);
          return { ...base, first: o.first, last: o.last, head: o.head, code: mc, rule: `${base.rule} + ${o.via}:${o.rule}`, key: `A:${mc}:${noun}`, resolved: o.resolved, owner: o };
        });
        add.push({
          ...base, last: Math.max(run.last, owners[owners.length - 1].last), kind: 'group', plural: true, members,
          rule: `compound:conj(${members.length})`, resolved: members.every((m) => m.resolved),
        });
        continue;
      }
      // "Ithilen's minister Calimehtar": the name the owned role modifies joins the mention, and
      // as in PETRARCH the first actor of the phrase (the owner) gives the code.
      const named = namedHead(v, head, run.last, cands);
      if (named) absorbed.add(named);
      add.push({
        ...base, first: Math.min(owner.first, run.first), last: Math.max(owner.last, run.last, named?.last ?? 0), head: named?.head ?? head, code,
        rule: `${base.rule} + ${owner.via}:${owner.rule}`, key: `A:${code}:${noun}`, resolved: owner.resolved, owner,
      });
    } else add.push({ ...base, agentCode: former ? FORMER_AGENT : run.hit.code });
  }
  return { add, absorbed };
}

/** Counts the agent supplement reads as a crowd when bare ("Thousands rallied"). */
const COUNT = /^(tens|hundreds|thousands|dozens|millions)$/i;

/** "Thousands of students": the count is no agent of its own; the counted noun is. */
function countsOthers(v: SentenceView, run: AgentRun): boolean {
  return COUNT.test(v.s.words[run.last]) && v.s.words[run.last + 1]?.toLowerCase() === 'of';
}

/** Places a group holds, which stand for it when it modifies them ("rebel positions"). */
const GROUND = /^(positions?|strongholds?|hideouts?|bases|camps?|bastions?|enclaves?|outposts?|trenches|lines)$/i;
/** Craft a body sails or flies, which stand for it too ("a Chinese coast guard vessel", "military aircraft"). */
const CRAFT = /^(vessels?|ships?|boats?|cutters?|warships?|aircraft|planes?|jets?|helicopters?|drones?)$/i;

export function isGroundNoun(word: string): boolean {
  return GROUND.test(word);
}

/**
 * A role noun or adjective modifying another noun names no one: "school textbooks", "government
 * bonds", "military targets", "civilian infrastructure". (A role noun before another role noun is one run: "ministry spokesman";
 * before a name it is a title: "minister Park".)
 */
function modifiesNoun(v: SentenceView, run: AgentRun): boolean {
  const rel = v.s.deprel[run.last];
  if (rel !== 'compound' && rel !== 'amod') return false;
  const h = v.s.head[run.last] - 1;
  // A group's own ground stands for the group: "shelled rebel positions", "raided militant hideouts".
  if (isGroundNoun(v.s.words[h])) return false;
  // So does a named state's craft ("a Chinese coast guard vessel", "a Sri Lankan navy ship"); with
  // no owner before it ("the coast guard vessels of China") the phrase is left to its head noun.
  if (CRAFT.test(v.s.words[h]) && run.first > 0 && (/^[A-Z]/.test(v.s.words[run.first - 1]) || v.s.words[run.first - 1] === "'s")) return false;
  // Before a name it is a title ("minister Park"), which the role pass reads, also when the tagger
  // calls the capitalised name a common noun ("Foreign Minister Wang Yi", "spokesman Wang Wenbin").
  // An adjectival modifier's head is a noun even when the tagger calls it a verb ("joint military exercises").
  if (v.s.upos[h] === 'NOUN' && /^[A-Z][a-z]/.test(v.s.words[h])) return false;
  return h > run.last && (v.s.upos[h] === 'NOUN' || (rel === 'amod' && v.s.upos[h] === 'VERB'));
}

/**
 * A state in an of/from/in phrase the parser hangs on the agent, not right after it: "lawmakers
 * and officials in Fornost and Gondor" (the phrase attached to "lawmakers").
 */
/** Roles held abroad: "diplomats in Brussels" and "the ambassador in Kabul" are posted there, not its. */
const POSTED = /^(DIPLOMAT|DIPLOMATS|AMBASSADOR|AMBASSADORS|ENVOY|ENVOYS)$/;

function nmodOwner(v: SentenceView, head: number, cands: Cand[], posted: boolean): Cand | null {
  // "recalled its ambassador from Afghanistan": a possessive pronoun owns the agent; the phrase says where it is.
  if (v.children[head].some((k) => v.s.deprel[k] === 'nmod:poss' && v.s.upos[k] === 'PRON')) return null;
  for (const c of v.children[head]) {
    if (v.s.deprel[c] !== 'nmod') continue;
    const prep = v.children[c].find((k) => v.s.deprel[k] === 'case');
    if (prep === undefined || !(posted ? /^(of|from)$/i : /^(of|from|in)$/i).test(v.s.words[prep])) continue;
    const owner = cands.find((x) => x.head === c && x.code && !x.members && x.kind === 'state');
    if (owner) return owner;
  }
  return null;
}

/** An agent written before what it belongs to ("MSF Arnor": [NGO~]) owns the state right after it. */
function prefixOwner(run: AgentRun, cands: Cand[]): Cand | null {
  if (!run.hit.code.endsWith('~')) return null;
  return cands.find((c) => c.first === run.last + 1 && c.code && c.kind === 'state' && !c.members) ?? null;
}

/** A conjoined agent takes the owner standing before the first conjunct ("Danish media and government"). */
function sharedOwner(v: SentenceView, head: number, ownedBefore: Map<number, Cand>): Cand | null {
  if (v.s.deprel[head] !== 'conj') return null;
  return ownedBefore.get(v.s.head[head] - 1) ?? null;
}

/** The owner and the states conjoined with it ("in Fornost and Gondor", "Hungarian and Romanian officials"), in order. */
function conjoinedOwners(v: SentenceView, owner: Cand, cands: Cand[], runFirst: number): Cand[] {
  const root = firstConjunct(v, owner.head);
  const out = cands.filter((c) => c === owner || (c.code && !c.members && c.kind !== 'person' && c.kind !== 'location'
    && (firstConjunct(v, c.head) === root || coModifier(v, owner, c, runFirst))));
  return out.sort((a, b) => a.first - b.first);
}

/**
 * "French and Egyptian warships": two demonyms joined by "and" right before the agent, which the
 * parser may read as two modifiers with the "and" on the noun (or hang the first on the verb)
 * rather than as conjuncts. Read by their words: the owner, "and" (or commas and "and"), then
 * the other demonym, then only adjectives up to the agent.
 */
function coModifier(v: SentenceView, owner: Cand, c: Cand, runFirst: number): boolean {
  if (owner.via !== 'demonym' || c.via !== 'demonym' || c.first <= owner.last + 1 || c.last >= runFirst) return false;
  const between = v.s.words.slice(owner.last + 1, c.first).map((w) => w.toLowerCase());
  if (!between.includes('and') || between.some((w) => w !== 'and' && w !== ',')) return false;
  for (let w = c.last + 1; w < runFirst; w++) if (v.s.upos[w] !== 'ADJ') return false;
  return true;
}

/** The first conjunct of a (possibly chained) conj list: climb while the relation is conj. */
function firstConjunct(v: SentenceView, head: number): number {
  let h = head;
  for (let g = 0; v.s.deprel[h] === 'conj' && v.s.head[h] > 0 && g < 64; g++) h = v.s.head[h] - 1;
  return h;
}

/** A dictionary name right after the role that the role modifies ("minister Calimehtar"). */
function namedHead(v: SentenceView, head: number, last: number, cands: Cand[]): Cand | null {
  const c = cands.find((x) => x.first === last + 1 && !x.members && (x.kind === 'person' || x.kind === 'state'));
  if (!c || v.s.upos[c.head] !== 'PROPN' || v.s.head[head] - 1 !== c.head) return null;
  const rel = v.s.deprel[head];
  return rel === 'compound' || rel === 'nmod:desc' || rel === 'flat' ? c : null;
}
