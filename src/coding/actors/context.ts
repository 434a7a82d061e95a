/**
 * An agent no one in its sentence owns ("the defence minister said", "officials said") takes its
 * country from the document. An agent a possessive pronoun owns ("Syria will withdraw its troops")
 * is the pronoun's antecedent's. Otherwise: the state of a wire dateline ("SEOUL, April 7 (Yonhap)
 * --"), else the actor its report is about when it is the speaker of a reporting tag ("Hamas rejected the
 * proposal, a senior official said": Hamas's official; see reportedSubject), else the dominant
 * state (clearly the most mentioned), else the most recent state mention, else the state whose
 * authorities its sentence names when it names no other (sentenceState), else the state where its
 * clause says it acts ("people marched in Tbilisi": placeOfClause). The rule says which.
 */
import type { Cand, DocContext } from './cand.js';
import { composeAgent, isArmedGroupCode, splitCode } from './codes.js';
import { antecedent } from './coref.js';
import { type SentenceView, caseOf } from './units.js';
import { isReportingWord } from '../events/attribution.js';
import { movesForces } from '../events/sending.js';
import { isGroundNoun } from './agents.js';

export function countryFromContext(v: SentenceView, ctx: DocContext, here: Cand[], c: Cand): Cand {
  if (!c.agentCode || c.code !== null) return c;
  // "Zorblaxian envoy Kuvo Trem": the text names the owner, in a word no dictionary has; the
  // document's other states are not it.
  if (unknownOwnerBefore(v, here, c)) return { ...c, key: c.key || `A:?:${c.agentNoun ?? ''}`, agentCode: undefined, role: c.agentCode.replace('~', ''), rule: `${c.rule} + agent-country:unknown-owner` };
  // "The Kenyan government ... its troops": the possessor's state owns the agent (KENMIL, not KENGOV).
  const owner = possessor(v, here, c);
  // "The RSF said its fighters had seized two bases", "Dagalo said his forces would not withdraw":
  // an armed group's own fighters or forces are the group (SDNREB), not their state's army or militants.
  if (owner !== null && isArmedGroupCode(owner) && FORCE.test(c.agentCode)) {
    return { ...c, code: owner, key: c.key || `A:${owner}:${c.agentNoun ?? ''}`, agentCode: undefined, rule: `${c.rule} + agent-country:possessor-group ${owner}` };
  }
  let country = owner !== null && owner.length > 3 && ctx.index.states.has(owner.slice(0, 3)) ? owner.slice(0, 3) : owner;
  let how = 'agent-country:possessor';
  if (!country) {
    country = allegiance(v, here, c, ctx.index.states);
    how = 'agent-country:allegiance';
  }
  // "diplomats said", "according to two diplomats", "diplomats in Kyiv": unnamed diplomats speak for
  // no state the document lends (one posted in a capital is a foreign one): only an owner says whose.
  if (!country && c.agentNoun !== undefined && UNOWNED_FOREIGNERS.has(c.agentNoun)) {
    return { ...c, key: c.key || `A:?:${c.agentNoun}`, agentCode: undefined, role: c.agentCode.replace('~', ''), rule: `${c.rule} + agent-country:none (unnamed diplomats)` };
  }
  // "attacked a rebel camp in northern Mali": where the group's ground lies says whose the group is,
  // before any state the document or the sentence lends.
  if (!country) {
    country = placeOfGround(v, here, c, ctx.index.states);
    how = 'agent-country:place-of-ground';
  }
  // "The African Union deployed troops to Darfur": forces sent by an actor are the sender's; an
  // organisation's have no state, whatever state the sentence named before.
  const sender = country ? undefined : senderOf(v, here, c);
  if (sender !== undefined) {
    if (sender === null) return { ...c, key: c.key || `A:?:${c.agentNoun ?? ''}`, agentCode: undefined, role: c.agentCode.replace('~', ''), rule: `${c.rule} + agent-country:none (sent by a body of no state)` };
    country = sender;
    how = 'agent-country:sender';
  }
  if (!country && ctx.dateline) {
    // A dateline names where the wire files from, not every place it reports: a sentence naming
    // one other state's authorities ("Protesters clashed with police in Lima, Peru's interior
    // ministry said", filed from Bogota) is that state's.
    const named = sentenceState(v, here, c, ctx.index.states);
    country = named ?? ctx.dateline;
    how = named ? 'agent-country:sentence' : 'agent-country:dateline';
  }
  if (!country) {
    country = reportedSubject(v, here, c);
    how = 'agent-country:reported-subject';
  }
  if (!country) {
    country = ctx.dominant;
    how = 'agent-country:dominant';
  }
  if (!country) {
    // A state, or a role it owns in this sentence ("Nicaragua's government ordered the newspaper ...");
    // a body named after its state ("the Kenyan Union of Journalists", national-names.ts) names the state too.
    const isState = (a: Cand) => (a.kind === 'state' || (a.via === 'demonym' && a.owner?.kind === 'state')) && a.code !== null && !a.members;
    const stateOrOwned = (a: Cand) => isState(a) || (a.owner !== undefined && isState(a.owner));
    // "Israeli strikes on Gaza killed 20 people": a demonym on a noun that is no actor (the attack,
    // the subject) says whose the act is, not whose its counted or generic victims are.
    const victim = victimNoun(v, c);
    const candidate = (a: Cand) => stateOrOwned(a) && !(victim && here.includes(a) && onNonActor(v, here, a));
    // For an agent that is its clause's subject, a subject's state in this sentence or the last
    // first ("Niger expelled the French ambassador. Thousands of people rallied in the capital":
    // Niger's people, not France's), as for pronouns; an object takes the nearest ("Japan will send
    // aid to Nepal and help rebuild the schools": Nepal's).
    // ("Thousands of people rallied": the people hang on the subject "Thousands".)
    const up = v.s.head[c.head] - 1;
    const asSubject = v.s.deprel[c.head]?.startsWith('nsubj') === true || (v.s.deprel[c.head] === 'nmod' && up >= 0 && v.s.deprel[up].startsWith('nsubj') && up < c.head);
    const recent = (asSubject ? antecedent(ctx, v, here, c.first, (a) => candidate(a) && a.subj === true, 1, false) : null)
      ?? antecedent(ctx, v, here, c.first, candidate, Infinity);
    // One of a pair named together ("Russia and Ukraine exchanged prisoners") says nothing on its own.
    // So does a compound of states' members before it ("Ethiopian and Eritrean troops clashed ...,
    // according to local residents"): the residents are neither's, and no earlier sentence's.
    const ownedByState = (a: Cand) => isState(a) || (a.owner !== undefined && isState(a.owner));
    const pairs = here.some((a) => a.last < c.first && (a.members?.length ?? 0) > 1 && a.members!.every(ownedByState));
    const paired = pairs || (recent !== null && here.includes(recent) && conjoinedWithState(v, here, recent));
    country = paired ? null : (recent && !isState(recent) ? recent.owner : recent)?.code?.slice(0, 3) ?? null;
    how = 'agent-country:recent';
    if (!country) {
      country = sentenceState(v, here, c, ctx.index.states);
      how = 'agent-country:sentence';
    }
    if (!country) {
      country = placeOfClause(v, here, c, ctx.index.states);
      how = 'agent-country:place';
    }
  }
  // "Ukraine accused Russian forces of shelling Kherson, killing two civilians": victims are not the
  // attacking force's people (whether the document's dominant state or the nearest) when the
  // sentence names another state for them to be.
  // A place the sentence names counts as much as a state ("Israeli forces shelled villages across
  // southern Lebanon": Lebanon's villages), and one no dictionary knows ("villages in the Neelum
  // valley") says the victims are somewhere, not that they are the attacker's own.
  if (country && how !== 'agent-country:possessor' && victimNoun(v, c)) {
    const force = here.find((a) => isForce(a) && a.code!.slice(0, 3) === country);
    const other = force && here.find((a) => a !== c && !isForce(a) && !a.members && (a.kind === 'state' || a.kind === 'location') && a.code !== null && a.code.slice(0, 3) !== country);
    if (other) {
      country = other.code!.slice(0, 3);
      how = 'agent-country:not-the-attacker';
    } else if (force && unknownPlaceOn(v, here, c)) {
      return { ...c, key: c.key || `A:?:${c.agentNoun ?? ''}`, agentCode: undefined, role: c.agentCode.replace('~', ''), rule: `${c.rule} + agent-country:none (${how} ${country} is the attacker's; its place is unknown)` };
    }
  }
  // "The prime minister criticized Chinese officials": a state borrowed from context that would make
  // the agent the very actor it acts on is not its state (the event would be CHNGOV on CHNGOV).
  const code = country ? composeAgent(country, c.agentCode, ctx.index.states) : null;
  const clash = code !== null && how !== 'agent-country:possessor' && how !== 'agent-country:dateline' && coArgumentCoded(v, here, c, code);
  if (code === null || clash) {
    const none = clash ? `agent-country:none (${how} ${country} is its co-argument's)` : 'agent-country:none';
    return { ...c, key: c.key || `A:?:${c.agentNoun ?? ''}`, agentCode: undefined, role: c.agentCode.replace('~', ''), rule: `${c.rule} + ${none}` };
  }
  const key = c.key || `A:${code}:${c.agentNoun ?? ''}`;
  return { ...c, code, key, agentCode: undefined, rule: `${c.rule} + ${how} ${country}` };
}

/** An armed force of a state ("Russian forces", RUSMIL). */
function isForce(a: Cand): boolean {
  return a.kind !== 'state' && /^[A-Z]{3}(MIL|COP|UAF|SPY)/.test(a.code ?? '');
}

/** The force agents an armed group owns. */
const FORCE = /^~?(MIL|UAF|REB|INS)$/;
/** Agent nouns (singular, as agentNoun holds them) that borrow no state from the document. */
const UNOWNED_FOREIGNERS = new Set(['DIPLOMAT']);

/** Participles and adjectives of belonging: "workers affiliated with", "militias loyal to", "groups linked to". */
const BELONGING = /^(affiliated|linked|allied|attached|tied|connected|belonging|loyal|close)$/i;

/**
 * "500,000 workers affiliated with the Serbian Workers' Union", "militias loyal to the Sudanese
 * army": an agent that belongs to a coded body is of that body's state. The code of the body's
 * state, or the body's own code when it names a state without a sector (SCGSRB); null if none.
 */
function allegiance(v: SentenceView, here: Cand[], c: Cand, states: ReadonlySet<string>): string | null {
  const { s } = v;
  for (const k of v.children[c.head]) {
    if (!/^(acl|amod)$/.test(s.deprel[k]) || !BELONGING.test(s.words[k])) continue;
    for (const o of v.children[k]) {
      // The phrase opens with its preposition (which the parser may hang on a possessor inside it).
      const [a, b] = subtreeSpan(v, o);
      if (!/^(obl|nmod)$/.test(s.deprel[o].split(':')[0]) || !/^(with|to)$/i.test(s.words[a])) continue;
      const body = here.find((x) => x !== c && !x.members && x.code !== null && x.first >= a && x.last <= b);
      if (!body?.code) continue;
      const { country, sector } = splitCode(body.code, states);
      // A state's dated code (SCGSRB, Serbia within Serbia and Montenegro) is kept whole.
      if (sector === null && body.code.length === 6 && (country || states.has(body.code.slice(3)))) return body.code;
      if (country) return country;
    }
  }
  return null;
}

/** First and last word of the subtree of word w. */
function subtreeSpan(v: SentenceView, w: number): [number, number] {
  let a = w, b = w;
  const stack = [w];
  while (stack.length) {
    const k = stack.pop()!;
    a = Math.min(a, k);
    b = Math.max(b, k);
    stack.push(...v.children[k]);
  }
  return [a, b];
}

/**
 * The state of the actor that sends force c ("Kenya deployed troops": KEN): undefined when c is no
 * force object of a sending verb with a coded subject, null when that subject has no state (an IGO).
 */
function senderOf(v: SentenceView, here: Cand[], c: Cand): string | null | undefined {
  if (!/MIL|COP/.test(c.agentCode ?? '') || v.s.deprel[c.head] !== 'obj') return undefined;
  const verb = v.s.head[c.head] - 1;
  if (verb < 0 || !movesForces(v.s.words[verb], c.agentCode ?? null)) return undefined;
  const subj = v.children[verb].find((k) => v.s.deprel[k].startsWith('nsubj'));
  const s = subj === undefined ? undefined : here.find((a) => a !== c && a.head === subj && a.code !== null && !a.members);
  if (!s || !s.code) return undefined;
  const state = s.code.slice(0, 3);
  return /^[A-Z]{3}$/.test(state) && !/^(IGO|NGO|MNC|IMG|UAF|REB)$/.test(state) && s.kind !== 'organization' ? state : null;
}

/** The verb whose subject, object or oblique word w is, or -1. */
function predicateOf(v: SentenceView, w: number): number {
  const h = v.s.head[w] - 1;
  return h >= 0 && v.s.upos[h] === 'VERB' && /^(nsubj|obj|iobj|obl)/.test(v.s.deprel[w]) ? h : -1;
}

/** Another actor of the sentence, an argument of the same verb as c, already coded as code. */
function coArgumentCoded(v: SentenceView, here: Cand[], c: Cand, code: string): boolean {
  const p = predicateOf(v, c.head);
  return p >= 0 && here.some((a) => a !== c && !a.members && a.code === code && (a.last < c.first || a.first > c.last) && predicateOf(v, a.head) === p);
}

/** The code of the antecedent of a possessive pronoun on the agent ("its troops"), when resolved. */
function possessor(v: SentenceView, here: Cand[], c: Cand): string | null {
  const poss = v.children[c.head].find((k) => v.s.deprel[k] === 'nmod:poss' && v.s.upos[k] === 'PRON');
  return poss === undefined ? null : codeAt(here, c, poss);
}

/** The code of the sentence's actor (other than c, no compound) covering word w, or null. */
function codeAt(here: Cand[], c: Cand, w: number): string | null {
  return here.find((a) => a !== c && a.first <= w && w <= a.last && a.code !== null && !a.members)?.code ?? null;
}

/** A state conjoined with another state of the sentence ("Russia and Ukraine"). */
function conjoinedWithState(v: SentenceView, here: Cand[], a: Cand): boolean {
  const { s } = v;
  const other = (w: number) => here.some((b) => b !== a && b.kind === 'state' && b.first <= w && w <= b.last);
  if (s.deprel[a.head] === 'conj' && other(s.head[a.head] - 1)) return true;
  return v.children[a.head].some((k) => s.deprel[k] === 'conj' && other(k));
}

/**
 * The speaker of a closing reporting tag speaks for the subject of the clause it reports: "Hamas
 * rejected the proposal, a senior official told Reuters" (the tag a `parataxis` of "rejected") or
 * "a senior official said Hamas rejected the proposal" (the report a `ccomp`). Returns the code of
 * that subject (a state, a group, a person's own code) when it has one.
 */
function reportedSubject(v: SentenceView, here: Cand[], c: Cand): string | null {
  const { s } = v;
  if (!s.deprel[c.head].startsWith('nsubj')) return null;
  const say = s.head[c.head] - 1;
  if (say < 0 || !isReportingWord(s.words[say].toLowerCase())) return null;
  const report = s.deprel[say] === 'parataxis' ? s.head[say] - 1 : v.children[say].find((k) => s.deprel[k] === 'ccomp');
  if (report === undefined || report < 0) return null;
  const subj = v.children[report].find((k) => s.deprel[k].startsWith('nsubj'));
  return subj === undefined ? null : codeAt(here, c, subj);
}

/** The state code with the most mentions, if it has at least two and more than any other. */
export function dominantState(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let top = 0;
  let tie = false;
  for (const [code, n] of counts) {
    if (n > top) {
      best = code;
      top = n;
      tie = false;
    } else if (n === top) tie = true;
  }
  return best !== null && top >= 2 && !tie ? best : null;
}

/** Sectors of a state's own civil authority: who a nationless domestic agent deals with at home. */
const AUTHORITY = new Set(['GOV', 'COP', 'JUD', 'LEG', 'ELI']);

/**
 * Nothing before it: the state whose authorities its sentence names (its government, police,
 * courts, legislators or leaders), when the sentence names no other state: "Islamic militants
 * demanded the resignation of the Egyptian president", "students accused the Kenyan police". A bare
 * state is no evidence ("clerics condemned the attack by Russia" may be anyone's clerics), nor is a
 * sentence naming two ("people in Hong Kong defied Chinese authorities"), nor an agent a possessive
 * pronoun owns ("its peacekeepers": owner coreference comes later).
 */
function sentenceState(v: SentenceView, here: Cand[], c: Cand, states: ReadonlySet<string>): string | null {
  if (v.children[c.head].some((k) => v.s.deprel[k] === 'nmod:poss' && v.s.upos[k] === 'PRON')) return null;
  const found = new Set<string>();
  let authority = false;
  for (const a of here) {
    if (a === c || a.members || !a.code) continue;
    const split = splitCode(a.code, states);
    const s = a.kind === 'state' || a.kind === 'location' ? a.code : split.country;
    if (!s) continue;
    found.add(s);
    if (a.kind === 'person' || (split.sector !== null && AUTHORITY.has(split.sector))) authority = true;
  }
  return found.size === 1 && authority ? [...found][0] : null;
}

/**
 * Where the agent, the subject of its clause, acts when the sentence names no state before it:
 * "Thousands of people marched in Tbilisi", "students rallied in Dhaka" are Georgia's and
 * Bangladesh's. The state of the place in an in-phrase of the agent's verb or of its object ("police
 * arrested 20 people in Moscow"); the agent may be the of-phrase of the subject ("thousands of people").
 */
function placeOfClause(v: SentenceView, here: Cand[], c: Cand, states: ReadonlySet<string>): string | null {
  const { s } = v;
  // "Hundreds of thousands of people marched": the people hang on the subject through its of-phrases.
  let subj = c.head;
  for (let guard = 0; s.deprel[subj] === 'nmod' && s.head[subj] > 0 && guard < 3; guard++) subj = s.head[subj] - 1;
  if (!s.deprel[subj].startsWith('nsubj') || s.head[subj] === 0) return null;
  const verb = s.head[subj] - 1;
  for (const a of here) {
    if (a === c || a.code === null || a.members || !states.has(a.code.slice(0, 3))) continue;
    // The place itself, or the place that owns an agent ("people in Moscow" is one mention).
    const at = a.owner?.head ?? a.head;
    if (!v.children[at].some((p) => s.deprel[p] === 'case' && s.words[p].toLowerCase() === 'in')) continue;
    // On the verb, or on its object or the way it goes ("blocked streets in Hong Kong", "marched
    // through the streets in Minsk"), also through the object's of-phrases ("arrested dozens of
    // protesters in Moscow").
    let on = s.head[at] - 1;
    if (on === verb && s.deprel[at] === 'obl') return a.code.slice(0, 3);
    for (let guard = 0; on >= 0 && s.deprel[on] === 'nmod' && guard < 2; guard++) on = s.head[on] - 1;
    if (on >= 0 && s.head[on] - 1 === verb && /^(obj|obl)$/.test(s.deprel[on]) && s.deprel[at] === 'nmod') return a.code.slice(0, 3);
  }
  return null;
}

/**
 * An agent that stands for the ground it holds ("army bases in the north of Mali", agents.ts GROUND)
 * is of the state named inside that phrase or on the verb that acts on it ("attacked army bases
 * in Mali"): the first state mention whose head the ground noun or that verb dominates, within
 * three steps up, other than through the agent itself.
 */
function placeOfGround(v: SentenceView, here: Cand[], c: Cand, states: ReadonlySet<string>): string | null {
  const { s } = v;
  const ground = s.head[c.head] - 1;
  if (ground < 0 || !/^(compound|amod)$/.test(s.deprel[c.head]) || !isGroundNoun(s.words[ground])) return null;
  const verb = s.deprel[ground] === 'obj' ? s.head[ground] - 1 : -1;
  for (const a of here) {
    if (a === c || a.code === null || a.members || !states.has(a.code.slice(0, 3))) continue;
    let up = a.head;
    for (let step = 0; step < 3 && up >= 0; step++) {
      const next = s.head[up] - 1;
      if (next === ground || (next === verb && s.deprel[up] === 'obl')) return a.code.slice(0, 3);
      up = next;
    }
  }
  return null;
}

/** A capitalised demonym-like word or name no actor covers, or a word of no one state ("Western"), right before the agent ("Zorblaxian envoy"). */
function unknownOwnerBefore(v: SentenceView, here: Cand[], c: Cand): boolean {
  const w = c.first - 1;
  if (w < 0 || here.some((a) => a.first <= w && w <= a.last)) return false;
  const word = v.s.words[w];
  // "Western ambassadors", "Arab leaders", "foreign diplomats": owned by no one state, least of all
  // the sentence's other one ("The Turkish president threatened to expel 10 Western ambassadors").
  if (NO_STATE_OWNER.test(word)) return true;
  if (!/^[A-Z][a-z]{2,}$/.test(word)) return false;
  return /(an|ian|ese|ish|i)$/.test(word) && (v.s.upos[w] === 'ADJ' || v.s.upos[w] === 'PROPN');
}

const NO_STATE_OWNER = /^(Western|Eastern|Arab|foreign|Foreign|international|International|regional|Regional)$/;

/** Agents of no side: people, civilians, residents; or any agent noun with a count ("20 people", "three soldiers"). */
/**
 * A place on the agent that no dictionary resolves: "villages in the Neelum valley" (an unknown
 * proper noun under a locative preposition hanging on the agent).
 */
function unknownPlaceOn(v: SentenceView, here: Cand[], c: Cand): boolean {
  const { s } = v;
  return v.children[c.head].some((k) => {
    if (!s.deprel[k].startsWith('nmod') || !/^(in|near|across|throughout|around)$/i.test(caseOf(v, k) ?? '')) return false;
    const [first, last] = subtreeSpan(v, k);
    return here.some((a) => a.code === null && a.via === 'unknown' && a.first >= first && a.last <= last);
  });
}
function victimNoun(v: SentenceView, c: Cand): boolean {
  return /PPL|CVL/.test(c.agentCode ?? '') || v.children[c.head].some((k) => v.s.deprel[k] === 'nummod');
}

/** A demonym adjective on a noun no actor of the sentence covers ("Israeli strikes", "the Russian offensive"). */
function onNonActor(v: SentenceView, here: Cand[], a: Cand): boolean {
  if (a.via !== 'demonym' || v.s.deprel[a.head] !== 'amod') return false;
  const noun = v.s.head[a.head] - 1;
  return noun >= 0 && !here.some((b) => b !== a && b.first <= noun && noun <= b.last);
}
