/**
 * Coreference inside the article, by a few explainable rules over the most recent compatible
 * mention: pronouns (he/she -> a person; it -> a state or body; they -> a group, a plural agent or a
 * compound), "the country"/"the nation" -> a state, "the group" -> the last armed or civic group, a bare definite agent ("the minister", "the
 * officials") -> the last agent with the same head noun, and "both sides"/"the two countries" -> the
 * last two distinct actors, as one compound.
 */
import type { Cand, DocContext } from './cand.js';
import { isArmedGroupCode } from './codes.js';
import type { SentenceView } from './units.js';
import { isReportingWord } from '../events/attribution.js';
import { locativeCase } from './locative.js';

/** How many sentences back a pronoun or description may look. */
const WINDOW = 3;
const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
const IT_PRONOUNS = new Set(['it', 'its', 'itself']);
const THEY_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

type Accept = (c: Cand) => boolean;

/** Most recent candidate satisfying `ok`: earlier in this sentence first, then back WINDOW sentences. */
export function antecedent(ctx: DocContext, v: SentenceView, here: Cand[], before: number, ok: Accept, window = WINDOW, inner = true): Cand | null {
  for (let i = here.length - 1; i >= 0; i--) if (here[i].last < before && ok(here[i])) return here[i];
  for (let i = ctx.prior.length - 1; i >= 0; i--) {
    const p = ctx.prior[i];
    if (p.sentence < v.index - window) break;
    if ((inner || !p.inner) && ok(p.cand)) return p.cand;
  }
  return null;
}

/** A mention of `ante` over words w..last; a compound's members are re-pointed at the same words. */
export function refer(ante: Cand, w: number, rule: string, last = w, head = w): Cand {
  const members = ante.members?.map((m) => refer(m, w, 'coref:member', last, head));
  return { ...ante, first: w, last, head, via: 'coref', rule: `${rule} -> ${ante.text ?? ante.key}`, members };
}

const isState: Accept = (c) => c.kind === 'state' && !c.members;
const isPerson: Accept = (c) => c.kind === 'person' && !c.plural;
// A named group from the dictionary ("the RSF ... its fighters") is one body too.
const isBody: Accept = (c) => (c.kind === 'state' || c.kind === 'organization' || (c.kind === 'group' && c.via !== 'agent')) && !c.members && !c.plural;
const isPlural: Accept = (c) => c.kind !== 'location' && (c.plural || c.kind === 'group' || c.members !== undefined);

/**
 * Adjectives whose subject is their own participant ("it is willing to withdraw", "it is ready to
 * talks"), unlike extraposition adjectives ("it is important to note", "it is likely that").
 */
const CONTROL_ADJECTIVES = new Set([
  'willing', 'unwilling', 'ready', 'prepared', 'able', 'unable', 'eager', 'reluctant', 'determined', 'keen',
  'committed', 'poised', 'set', 'due', 'about', 'free', 'obliged', 'entitled', 'bound',
]);

/** A pleonastic "it" ("it is likely that ..."): a subject whose head takes a clause or is an adjective. */
function expletive(v: SentenceView, w: number): boolean {
  if (v.s.deprel[w] === 'expl') return true;
  const h = v.s.head[w] - 1;
  if (h < 0) return false;
  // "It said Tehran must stop": the active subject of a reporting verb speaks ("it is said that" does not).
  if (v.s.deprel[w] === 'nsubj' && v.s.upos[h] === 'VERB' && isReportingWord(v.s.words[h].toLowerCase())) return false;
  const clause = v.children[h].some((c) => /^(ccomp|csubj|xcomp)/.test(v.s.deprel[c]));
  // "it is prepared to impose", "it is committed to": the participle may be tagged a passive verb.
  const control = v.s.upos[h] === 'ADJ' || (v.s.upos[h] === 'VERB' && v.s.deprel[w] === 'nsubj:pass');
  if (control && CONTROL_ADJECTIVES.has(v.s.words[h].toLowerCase()) && !v.children[h].some((c) => /^(ccomp|csubj)/.test(v.s.deprel[c]))) return false;
  if (v.s.upos[h] === 'ADJ') return true;
  if (!clause) return false;
  // A clause under an active verb is the verb's own complement ("Iraq said it would allow the
  // inspectors to return", "it plans to"): the "it" acts. Only raising verbs, passives ("it is
  // expected that") and copular nouns ("it is time to") take an expletive subject.
  const copular = v.children[h].some((c) => v.s.deprel[c] === 'cop');
  return v.s.upos[h] !== 'VERB' || copular || v.s.deprel[w] === 'nsubj:pass' || RAISING.test(v.s.words[h].toLowerCase());
}

/** Verbs with an expletive subject before their clause: "it seems that", "it emerged that", "it takes time to". */
const RAISING = /^(seem|appear|happen|remain|matter|emerge|transpire|turn|follow|take|took|taken|taking|cost|mean|make|made)(s|ed|d|ing)?$/;

/**
 * The controller of the clause around a possessive pronoun, when the clause is an infinitive whose
 * subject is its governor's object ("Washington urged Tehran to halt its enrichment": "its" is
 * Tehran's, though Washington is the subject nearer the start), else null.
 */
function objectController(v: SentenceView, here: Cand[], w: number, ok: Accept): Cand | null {
  if (v.s.deprel[w] !== 'nmod:poss') return null;
  let h = v.s.head[w] - 1;
  for (let hops = 0; h >= 0 && v.s.upos[h] !== 'VERB' && hops < 6; hops++) h = v.s.head[h] - 1;
  if (h < 0 || v.s.deprel[h] !== 'xcomp' || v.children[h].some((c) => v.s.deprel[c].startsWith('nsubj'))) return null;
  const governor = v.s.head[h] - 1;
  const obj = v.children[governor]?.find((c) => (v.s.deprel[c] === 'obj' || v.s.deprel[c] === 'iobj') && c < h);
  if (obj === undefined) return null;
  return here.find((c) => c.head === obj && c.last < w && ok(c)) ?? null;
}

/** A subject in this or the previous sentence first ("Kishida met the minister. He ..."), else the most recent. */
function preferSubject(ctx: DocContext, v: SentenceView, here: Cand[], before: number, ok: Accept): Cand | null {
  return objectController(v, here, before, ok)
    ?? antecedent(ctx, v, here, before, (c) => ok(c) && c.subj === true, 1, false) ?? antecedent(ctx, v, here, before, ok, WINDOW, false);
}

/**
 * An object pronoun keeps the role of its antecedent across a condition or other adverbial clause:
 * "Were Russia to attack Estonia, NATO would defend it" defends Estonia, the condition's object, not
 * its subject ("The US will defend Taiwan if China attacks it" likewise). The nearest earlier object
 * of a verb that the pronoun's verb governs as an adverbial clause, or that governs it so. (Not
 * across "and": in "Russia attacked Ukraine, and the EU condemned it" the "it" is the attack.)
 */
function parallelObject(v: SentenceView, here: Cand[], w: number, ok: Accept): Cand | null {
  if (!/^(obj|iobj)$/.test(v.s.deprel[w])) return null;
  const verb = v.s.head[w] - 1;
  const adverbial = (a: number, b: number) => a >= 0 && b >= 0 && v.s.head[a] - 1 === b && v.s.deprel[a].startsWith('advcl');
  for (let i = here.length - 1; i >= 0; i--) {
    const c = here[i];
    if (c.last >= w || !ok(c) || c.members || !/^(obj|iobj)$/.test(v.s.deprel[c.head])) continue;
    const other = v.s.head[c.head] - 1;
    if (adverbial(other, verb) || adverbial(verb, other)) return c;
  }
  return null;
}

export function pronouns(v: SentenceView, ctx: DocContext, here: Cand[], covered: Uint8Array): Cand[] {
  const out: Cand[] = [];
  for (let w = 0; w < v.s.words.length; w++) {
    if (covered[w] || v.s.upos[w] !== 'PRON' && v.s.upos[w] !== 'DET') continue;
    const lw = v.s.words[w].toLowerCase();
    // Not a co-argument of its own verb: in "Beijing opposed it", "it" is not Beijing.
    const verb = v.s.head[w];
    // In word order, earlier pronouns among the names: "If the United States withdraws its troops,
    // South Korea may have to expand its own spending" -- the second "its" finds South Korea, the
    // nearer subject, not the first "its".
    const pool = [...here, ...out].filter((c) => v.s.head[c.head] !== verb || verb === 0).sort((a, b) => a.first - b.first || b.last - a.last);
    let a: Cand | null = null;
    let rule = '';
    const prefer = (ok: Accept) => parallelObject(v, pool, w, ok) ?? preferSubject(ctx, v, pool, w, ok);
    if (PERSON_PRONOUNS.has(lw)) [a, rule] = [prefer(isPerson), 'coref:pronoun-person'];
    else if (IT_PRONOUNS.has(lw) && !expletive(v, w) && !thingSubjectBefore(v, pool, w, false)) [a, rule] = obliged(v, pool, w, isBody) ?? [prefer(isBody), 'coref:pronoun-it'];
    else if (THEY_PRONOUNS.has(lw) && !thingSubjectBefore(v, pool, w, true)) [a, rule] = obliged(v, pool, w, isPlural) ?? [prefer(isPlural), 'coref:pronoun-they'];
    if (!a) continue;
    // The pronoun is a subject by its own place in the tree, not its antecedent's.
    const r = refer(a, w, rule);
    r.subj = v.s.deprel[w].startsWith('nsubj');
    out.push(r);
  }
  return out;
}

/**
 * "If the sanctions are approved, they would target Russian gas exports", "If the deal collapses, it
 * would hurt Kyiv": a subject pronoun whose nearest earlier subject in its sentence is a common noun
 * of its number that names no actor refers to that thing, not to an actor further back.
 */
function thingSubjectBefore(v: SentenceView, pool: Cand[], w: number, plural: boolean): boolean {
  const { s } = v;
  if (!s.deprel[w].startsWith('nsubj')) return false;
  for (let x = w - 1; x >= 0; x--) {
    if (!s.deprel[x].startsWith('nsubj')) continue;
    // (An actor's name on the subject noun makes it one: "The UN peacekeeping mission said it ...".)
    if (pool.some((c) => (c.first <= x && x <= c.last) || (s.head[c.head] - 1 === x && /^(compound|amod|flat)$/.test(s.deprel[c.head])))) return false;
    return s.upos[x] === 'NOUN' && (s.xpos[x] === 'NNS') === plural;
  }
  return false;
}

/** Modals of obligation on a that-clause: what the addressee is told it must do. */
const OBLIGATION = new Set(['must', 'should', 'ought']);

/**
 * "France reminded Iran that it must cooperate", "issued a warning to Iran that it should stop":
 * the subject pronoun of an obligation told to someone is the addressee, the actor named between
 * the speaker's verb and the clause, not the speaker (the subject-first rule's pick).
 */
function obliged(v: SentenceView, pool: Cand[], w: number, ok: Accept): [Cand, string] | null {
  const { s } = v;
  const k = s.head[w] - 1;
  if (k < 0 || s.deprel[w] !== 'nsubj' || !/^(ccomp|acl)$/.test(s.deprel[k])) return null;
  if (!v.children[k].some((c) => s.deprel[c] === 'aux' && OBLIGATION.has(s.words[c].toLowerCase()))) return null;
  let verb = s.head[k] - 1;
  if (verb >= 0 && s.upos[verb] !== 'VERB') verb = s.head[verb] - 1;
  if (verb < 0 || s.upos[verb] !== 'VERB') return null;
  const told = pool.filter((c) => c.first > verb && c.last < w && ok(c) && !c.subj);
  return told.length === 1 ? [told[0], 'coref:pronoun-addressee'] : null;
}

const COUNTRY_NOUNS = new Set(['COUNTRY', 'NATION', 'STATE']);
const PAIR_NOUNS: Record<string, Accept> = {
  SIDES: (c) => c.kind !== 'location' && !c.members,
  PARTIES: (c) => c.kind !== 'location' && !c.members,
  COUNTRIES: isState, NATIONS: isState, STATES: isState, GOVERNMENTS: (c) => c.kind === 'state' || c.kind === 'organization',
  LEADERS: isPerson, MINISTERS: isPerson,
};

/** The last speaker label before offset ("Q:", "A:", "Question:", "Answer:" opening a line) is an answer's. */
function inAnswer(text: string, offset: number): boolean {
  let last = '';
  for (const m of text.slice(0, offset).matchAll(/(?:^|\n)[ \t]*(Q|A|Question|Answer):/g)) last = m[1];
  return last === 'A' || last === 'Answer';
}

/** "the country('s)", "both sides", "the two countries": descriptions that need no agent dictionary. */
export function descriptions(v: SentenceView, ctx: DocContext, here: Cand[], covered: Uint8Array): Cand[] {
  const out: Cand[] = [];
  const n = v.norms;
  for (let u = 0; u + 1 < n.length; u++) {
    const w0 = v.units[u].first;
    if (covered[w0]) continue;
    const det = n[u];
    if (det === 'WE' && ctx.dominant && inAnswer(ctx.text, v.s.start[w0])) {
      // "A: ... We urge the Philippines to stop": in a briefing transcript, the answering side is
      // the state the document is about (its most mentioned).
      const a = antecedent(ctx, v, [...here, ...out], w0, (c) => isState(c) && c.code === ctx.dominant, v.index + 1);
      if (a) out.push(refer(a, w0, 'coref:we-answer'));
      continue;
    }
    // "The sides discussed ..." (translated copy), "the parties agreed": a pair with no number.
    const two = det === 'BOTH' ? 1 : det === 'THE' && n[u + 1] === 'TWO' ? 2 : det === 'THE' && /^(SIDES|PARTIES)$/.test(n[u + 1]) ? 1 : 0;
    if (det === 'THE' && COUNTRY_NOUNS.has(n[u + 1]) && !nounAfter(v, u + 2)) {
      // The state that is (or owns) a subject in this or the previous sentence first ("South Korea's
      // foreign ministry expressed concern over talks between the US and China. As the country's
      // deputy minister, ..."), else the most recent state.
      const ownsSubject = (c: Cand) => c.subj === true && (isState(c) || (c.owner !== undefined && isState(c.owner)));
      const subject = antecedent(ctx, v, [...here, ...out], w0, ownsSubject, 1, false);
      const a = subject ? (isState(subject) ? subject : subject.owner!)
        : (u > 0 && n[u - 1] === 'AS' ? stateSubjectAfter(v, here, w0) : null) ?? antecedent(ctx, v, [...here, ...out], w0, isState, 6);
      if (a) out.push(refer(a, w0, 'coref:the-country', v.units[u + 1].last, v.units[u + 1].last));
    } else if (det === 'THE' && HALVES[n[u + 1]] && /^[A-Z]/.test(v.s.words[v.units[u + 1].first]) && !nounAfter(v, u + 2)) {
      // "The North fired two missiles": the half of a divided country the text named before.
      const a = antecedent(ctx, v, [...here, ...out], w0, (c) => isState(c) && c.code === HALVES[n[u + 1]], 6);
      if (a) out.push(refer(a, w0, 'coref:the-half', v.units[u + 1].last, v.units[u + 1].last));
    } else if (det === 'THE' && GROUP_NOUNS.has(n[u + 1]) && !nounAfter(v, u + 2)) {
      const a = namedGroup(ctx, v, [...here, ...out], w0);
      if (a) out.push(refer(a, w0, 'coref:the-group', v.units[u + 1].last, v.units[u + 1].last));
    } else if (two > 0 && PAIR_NOUNS[n[u + two]]) {
      const ok = PAIR_NOUNS[n[u + two]];
      const last = v.units[u + two].last;
      const head = v.units[u + two].first;
      const rule = `coref:both-${n[u + two].toLowerCase()}`;
      // A pair named together ("Tokyo and Seoul"), unless two actors named apart came after it
      // ("Cuba and Norway offered to host talks. Greer met Ebrard. ... both sides agreed").
      const group = antecedent(ctx, v, [...here, ...out], w0, (c) => c.members?.length === 2 && c.members.every(ok), 6);
      const apart = lastTwo(ctx, v, [...here, ...out], w0, ok);
      const later = (p: Cand[], g: Cand) => !p.some((c) => g.members!.some((m) => m.key === c.key)) && Math.min(...p.map((c) => recency(ctx, here, c))) > recency(ctx, here, g);
      const pair = apart && (!group || later(apart, group)) ? apart : null;
      if (pair) {
        out.push({ first: w0, last, head, code: null, kind: 'group', via: 'coref', rule, key: '',
          resolved: pair.every((c) => c.resolved), plural: true, members: pair.map((c) => refer(c, w0, 'coref:member', last, head)) });
      } else if (group) out.push(refer(group, w0, rule, last, head));
    }
  }
  return out;
}

/**
 * "The North", "the South" in Korean news: the state of that half, when the text has named it
 * (Korea is the divided country wire copy and translated commentary write of so).
 */
const HALVES: Record<string, string> = { NORTH: 'PRK', SOUTH: 'KOR' };

const GROUP_NOUNS = new Set(['GROUP', 'MILITIA', 'MOVEMENT']);
/** Armed groups, radicals, oppositions and rights groups: bodies wire copy calls "the group". */
const GROUP_SECTOR = /^(REB|INS|RAD|OPP|HRI|NGO)/;
const isGroupBody: Accept = (c) => c.kind !== 'state' && c.kind !== 'person' && c.kind !== 'location' && !c.members && c.code !== null && GROUP_SECTOR.test(c.code.slice(3));

/**
 * "Hezbollah accused Israel ... The group said ...": "the group" (militia, movement) is the last
 * named group of that kind ("M23", "Hezbollah"), else the last such agent ("the rebels"). Named
 * first: "rebels ... killed dozens of fighters. The group said" is the rebels', not the fighters'.
 * (A name has no agent noun; "the rebels" keeps its own when it refers back.) Armies, police and
 * states are never "the group".
 */
function namedGroup(ctx: DocContext, v: SentenceView, here: Cand[], w0: number): Cand | null {
  return antecedent(ctx, v, here, w0, (c) => isGroupBody(c) && c.agentNoun === undefined, 6) ?? antecedent(ctx, v, here, w0, isGroupBody, 6);
}

/**
 * "As the country's water minister, Sewilam Hani said Egypt had not received ...": with no state as
 * the subject just before, the country an "as" role names is the state its holder speaks of as a
 * subject later in the sentence (officials name their own state in the third person), not the
 * state last named some sentences back.
 */
function stateSubjectAfter(v: SentenceView, here: Cand[], w0: number): Cand | null {
  return here.find((c) => c.first > w0 && isState(c) && v.s.deprel[c.head].startsWith('nsubj')) ?? null;
}

/** How late in the document mention c stands: its place among earlier mentions, or after them all in this sentence. */
function recency(ctx: DocContext, here: Cand[], c: Cand): number {
  const at = here.indexOf(c);
  if (at >= 0) return ctx.prior.length + at;
  for (let i = ctx.prior.length - 1; i >= 0; i--) if (ctx.prior[i].cand === c) return i;
  return -1;
}

/**
 * The words whose clause holds word w: w and its heads up to the first conjoined or parenthetical
 * clause. A subject is the one speaking of a pair only there: "Beijing supports dialogue between the
 * two sides" (Beijing speaks), but "Wang Yi met Rubio, and the two sides agreed" (Wang is a side).
 */
function clauseOf(v: SentenceView, w: number): Set<number> {
  const out = new Set<number>();
  for (let k = w, guard = 0; k >= 0 && guard < 40; guard++) {
    out.add(k);
    if (/^(conj|parataxis)/.test(v.s.deprel[k])) break;
    k = v.s.head[k] - 1;
  }
  return out;
}

/**
 * "Qatar, which has hosted talks between Kinshasa and the rebels, urged both sides ...": a pair
 * named together earlier in the sentence, not its subject, is the two sides (the early description
 * pass cannot see it: agents and compounds are found later). Applied to the sentence's final
 * candidates; a pair mention with no such compound is kept.
 */
export function pairsHere(v: SentenceView, cands: Cand[]): Cand[] {
  return cands.map((c) => {
    const noun = /^coref:both-(\w+)/.exec(c.rule)?.[1]?.toUpperCase() ?? '';
    const ok = PAIR_NOUNS[noun] as Accept | undefined;
    if (!ok || c.via !== 'coref') return c;
    const pair = cands.filter((g) => g.last < c.first && g.members?.length === 2 && g.members.every((m) => m.code !== null && ok(m))
      && new Set(g.members.map((m) => m.code)).size === 2 && !v.s.deprel[g.head].startsWith('nsubj'));
    if (pair.length === 0) return c;
    return refer(pair[pair.length - 1], c.first, `coref:both-${noun.toLowerCase()}`, c.last, c.head);
  });
}

function nounAfter(v: SentenceView, u: number): boolean {
  const unit = v.units[u];
  return unit !== undefined && (v.s.upos[unit.first] === 'NOUN' || v.s.upos[unit.first] === 'PROPN');
}

/**
 * The two most recent distinct actors (by key) that `ok` accepts, oldest first. Two sides are two
 * parties: mentions of one actor, one code or one state ("China's spokesperson" and "Beijing") are
 * not a pair, and a subject of this sentence is the one speaking of the pair ("Beijing supports
 * dialogue between the two sides"), not one of them.
 */
function lastTwo(ctx: DocContext, v: SentenceView, here: Cand[], before: number, ok: Accept): Cand[] | null {
  const found: Cand[] = [];
  const state = (c: Cand): string | null => (c.code && ctx.index.states.has(c.code.slice(0, 3)) ? c.code.slice(0, 3) : null);
  // (In this sentence the subject flag is not yet set: the tree says who the subject is.)
  // Nor is any earlier mention of that subject ("raise the matter with the European Union. The
  // European Union urged both sides ...": the EU is no side).
  // A subject's conjunct speaks too ("China and the United States urged both sides": the US is no side).
  const holding = clauseOf(v, before);
  const subjectHead = (w: number): number => (v.s.deprel[w] === 'conj' && v.s.head[w] > 0 && v.s.deprel[v.s.head[w] - 1]?.startsWith('nsubj') === true ? v.s.head[w] - 1 : w);
  const subjects = here.filter((c) => {
    const h = subjectHead(c.head);
    return (c.subj === true || v.s.deprel[h]?.startsWith('nsubj') === true) && (c.first > before || holding.has(v.s.head[h] - 1));
  });
  const speaking = (c: Cand) => subjects.some((x) => x === c || x.key === c.key || (x.code !== null && x.code === c.code));
  // Two of one state are one side ("Japan" and its prime minister), unless one is an armed group
  // against the other (the army and the RSF, both SDN). The press reporting a conflict, and the
  // civilians, refugees and people caught in it, are no side.
  const rivals = (a: Cand, b: Cand) => [a, b].some((x) => isArmedGroupCode(x.code) || x.code?.slice(3, 6) === 'OPP') && a.code!.slice(3) !== b.code!.slice(3);
  // A place of this sentence ("met in Kuala Lumpur, and the two sides agreed") is no side: the
  // place pass has not yet run when the pair is read.
  // (A capital right after "in" or "at" is a place however the parser hung it.)
  const place = (c: Cand) => here.includes(c) && (locativeCase(v, c) !== null || (c.via === 'metonym' && /^(in|at)$/i.test(v.s.words[c.first - 1] ?? '')));
  const accept: Accept = (c) => ok(c) && c.code !== null && found.length < 2 && !speaking(c) && !place(c) && !/(MED|CVL|REF|PPL)$/.test(c.code)
    && !found.some((f) => f.key === c.key || f.code === c.code || (state(f) !== null && state(f) === state(c) && !rivals(f, c)));
  for (let k = 0; k < 2; k++) {
    const a = antecedent(ctx, v, here, before, accept, 6);
    if (!a) break;
    found.push(a);
  }
  return found.length === 2 ? found.reverse() : null;
}

/**
 * A person whose mention carries the noun in its title ("Egyptian Foreign Minister Badr Abdelatty"
 * for "the minister"): the title joined the name, so the mention has no agent noun of its own.
 */
function titledAs(a: Cand, noun: string | undefined): boolean {
  return noun !== undefined && a.kind === 'person' && !a.members && (a.text ?? '').toUpperCase().split(/\s+/).includes(noun);
}

/**
 * A bare definite agent ("the minister said", "the officials added"): the last agent with the same
 * head noun, or a person/group of the same sector. Returns null when there is none (the context pass
 * then gives the agent a country).
 */
export function definiteAgent(v: SentenceView, ctx: DocContext, here: Cand[], c: Cand): Cand | null {
  if (c.first === 0 || v.s.words[c.first - 1].toLowerCase() !== 'the' || c.last !== c.head) return null;
  const sameNoun: Accept = (a) => a !== c && a.code !== null && a.plural === c.plural && (a.agentNoun === c.agentNoun || titledAs(a, c.agentNoun));
  const a = antecedent(ctx, v, here, c.first, sameNoun, 6);
  if (!a) return null;
  return refer(a, c.first - 1, 'coref:definite-agent', c.last, c.head);
}
