/**
 * Role phrases that say who a name is: a title before it ("Deputy Foreign Minister Park Yoon-ju"),
 * an appositive after it ("Park Yoon-ju, South Korea's deputy foreign minister,"), or an "as" phrase
 * ("As the country's deputy foreign minister, Park Yoon-ju said"). A name no dictionary knows takes
 * the role's code (resolved: false, via 'role'); a known person with no office on the document date
 * takes it too. "of South Korea" after a titled name supplies the country.
 */
import type { Cand, DocContext } from './cand.js';
import { nameKey } from './actor-index.js';
import { composeAgent } from './codes.js';
import type { NameRun } from './names.js';
import { type SentenceView, caseOf, headOf } from './units.js';

type How = 'title' | 'appos' | 'as' | 'for';

interface RoleLink {
  agent: Cand;
  how: How;
}

function isRole(c: Cand): boolean {
  return c.via === 'agent' && c.kind === 'person';
}

/** An actor-dictionary entry for an office of a state ("GERMAN_CHANCELLOR" DEUGOV), not a person or a state. */
function isOfficeEntry(c: Cand): boolean {
  return c.via === 'dictionary' && c.kind === 'organization' && (c.code?.length ?? 0) > 3 && !c.members;
}

function word(v: SentenceView, w: number): string {
  return v.s.words[w]?.toLowerCase() ?? '';
}

/** The role phrase linked to the name over words first..last (head h), if any. */
function findRole(v: SentenceView, first: number, last: number, h: number, cands: Cand[]): RoleLink | null {
  for (const a of cands) {
    // A dictionary's office entry right before a name is its title too ("German Chancellor
    // Friedrich Merz": Phoenix lists GERMAN_CHANCELLOR as DEUGOV).
    if (isOfficeEntry(a) && a.last + 1 === first) return { agent: a, how: 'title' };
    if (!isRole(a)) continue;
    if (a.last + 1 === first) return { agent: a, how: 'title' };
    const apposTree = v.s.deprel[a.head] === 'appos' && v.s.head[a.head] - 1 === h;
    // After the comma, a title of the next name is that name's ("According to the Inquirer,
    // President Marcos will ..."), no appositive of this one.
    const titleOfNext = v.s.upos[a.last + 1] === 'PROPN';
    if (apposTree || (word(v, last + 1) === ',' && a.first === last + 2 && !titleOfNext)) return { agent: a, how: 'appos' };
    const asMarked = caseOf(v, a.head) === 'as' || word(v, a.first - 1) === 'as';
    const before = a.last < first && (word(v, a.last + 1) === ',' && a.last + 2 === first);
    // "As the deputy foreign minister, Choi said on Friday": the role is the subject's, not any word's on the verb.
    const sameVerb = v.s.head[a.head] > 0 && v.s.head[a.head] === v.s.head[h] && v.s.deprel[h].startsWith('nsubj');
    if (asMarked && (before || sameVerb)) return { agent: a, how: 'as' };
  }
  return bodyAppositive(v, h, cands) ?? spokenFor(v, first, cands);
}

/**
 * "Speaking for the RSF delegation, Mohamed al-Mukhtar accused ...", "Speaking on behalf of the EU,
 * X said": the body named in a "speaking for" phrase right before the name's comma is the one the
 * person speaks for. The body stays an actor of its own; the person takes its code.
 */
function spokenFor(v: SentenceView, first: number, cands: Cand[]): RoleLink | null {
  const comma = first - 1;
  if (word(v, comma) !== ',') return null;
  let at = -1;
  for (let w = comma - 1; w >= 0 && w >= comma - MAX_SPOKEN_FOR && word(v, w) !== ','; w--) if (word(v, w) === 'speaking') at = w;
  if (at < 0) return null;
  const behalf = word(v, at + 1) === 'on' && word(v, at + 2) === 'behalf' && word(v, at + 3) === 'of';
  if (word(v, at + 1) !== 'for' && !behalf) return null;
  const body = cands.find((c) => c.code !== null && c.kind !== 'person' && c.kind !== 'location' && !c.members && c.first > at && c.last < comma);
  if (!body) return null;
  return { agent: { ...body, kind: 'person', via: 'agent', rule: `speaking for ${body.rule}` }, how: 'for' };
}

/** The longest "speaking for ..." phrase read, in words before the comma. */
const MAX_SPOKEN_FOR = 10;

/**
 * "Kenzo Oshima, the United Nations Emergency Relief Coordinator,": an appositive whose head is
 * no agent noun the dictionary knows but which names the body the person serves (a compound,
 * possessive or of-phrase of the head noun), or is an office the dictionary codes. The person takes
 * the body's code.
 */
function bodyAppositive(v: SentenceView, h: number, cands: Cand[]): RoleLink | null {
  const a = v.children[h].find((c) => v.s.deprel[c] === 'appos' && v.s.upos[c] === 'NOUN');
  if (a === undefined) return null;
  // Or the appositive is itself an office the dictionary codes ("Antony Blinken, the US secretary
  // of state,": USAGOV), which beats an undated default for the person.
  const office = (c: Cand) => c.head === a && c.first > h && c.kind === 'organization' && (c.code?.length ?? 0) > 3;
  const body = cands.find((c) => c.code !== null && (c.kind === 'organization' || c.kind === 'state') && !c.members
    && ((c.first > h && c.last < a && modifies(v, c.head, a)) || office(c)));
  if (!body || body.code === null) return null;
  const first = v.children[a].reduce((m, c) => (v.s.upos[c] === 'PUNCT' ? m : Math.min(m, c)), a);
  return { agent: { ...body, first, last: a, head: a, kind: 'person', via: 'agent', rule: `appositive of ${body.rule}` }, how: 'appos' };
}

/** True when word w hangs on noun n by compound, possessive or nmod (directly or through a flat name). */
function modifies(v: SentenceView, w: number, n: number): boolean {
  for (let k = w, guard = 0; k >= 0 && guard < 4; guard++) {
    const head = v.s.head[k] - 1;
    if (head === n) return /^(compound|nmod)/.test(v.s.deprel[k]);
    if (!/^(flat|compound)/.test(v.s.deprel[k])) return false;
    k = head;
  }
  return false;
}

/** "Deputy Foreign Minister Park Yoon-ju of South Korea": the state after "of", if there is one. */
function ofOwner(v: SentenceView, last: number, cands: Cand[]): Cand | null {
  if (word(v, last + 1) !== 'of') return null;
  let w = last + 2;
  if (word(v, w) === 'the') w++;
  return cands.find((c) => c.first === w && c.kind === 'state' && c.code !== null) ?? null;
}

export interface RoleResult {
  add: Cand[];
  remove: Set<Cand>;
  /** Runs no role explained: unknown names. */
  left: NameRun[];
}

export function applyRoles(v: SentenceView, ctx: DocContext, cands: Cand[], runs: NameRun[]): RoleResult {
  const add: Cand[] = [];
  const remove = new Set<Cand>();
  const link = (person: Cand, r: RoleLink, keepCode: boolean): void => {
    if (keepCode) {
      // A title before a name the dictionary dates correctly: one mention, the dictionary's code.
      remove.add(r.agent);
      add.push({ ...person, first: Math.min(person.first, r.agent.first), rule: `${person.rule} + title ${r.agent.rule}` });
      return;
    }
    let code = r.agent.code;
    let pending = r.agent.agentCode;
    let rule = `role:${r.how} ${r.agent.rule}`;
    let last = person.last;
    const owner = code === null && pending ? ofOwner(v, person.last, cands) : null;
    if (owner && owner.code && pending) {
      code = composeAgent(owner.code, pending, ctx.index.states);
      pending = undefined;
      rule += ` + of ${owner.rule}`;
      last = owner.last;
      remove.add(owner);
    }
    // An unowned role on a known person takes the person's country: "Chief Cabinet Secretary
    // Hayashi" is JPN + GOV, not the dictionary's undated JPNELI.
    const country = person.code?.slice(0, 3) ?? null;
    if (code === null && pending && country && ctx.index.states.has(country)) {
      code = composeAgent(country, pending, ctx.index.states);
      pending = undefined;
      rule += ` + person-country ${country}`;
    }
    // A title before a family name alone: the state of the dictionary's people of that name, if one.
    const surname = code === null && pending && r.how === 'title' && person.nameWords?.length === 1 ? ctx.index.surnameState(person.nameWords[0]) : null;
    if (surname && pending) {
      code = composeAgent(surname, pending, ctx.index.states);
      pending = undefined;
      rule += ` + surname-country ${surname}`;
    }
    const first = r.how === 'title' ? r.agent.first : person.first;
    const merged: Cand = { ...person, first, last, code: code ?? person.code, agentCode: pending, rule: person.via === 'role' ? rule : `${person.rule} + ${rule}` };
    add.push(merged);
    // The body a person speaks for is still an actor of its own.
    if (r.how === 'for') return;
    remove.add(r.agent);
    // An appositive or "as" phrase is another mention of the same person.
    if (r.how !== 'title') add.push({ ...r.agent, key: person.key, kind: 'person', code: merged.code, agentCode: pending, via: 'role', rule, nameWords: person.nameWords, resolved: person.resolved });
  };
  const left: NameRun[] = [];
  for (const run of runs) {
    const h = headOf(v, run.first, run.last);
    const r = findRole(v, run.first, run.last, h, cands);
    if (!r) {
      left.push(run);
      continue;
    }
    const person: Cand = {
      first: run.first, last: run.last, head: h, code: null, kind: 'person', via: 'role', rule: '',
      key: `N:${nameKey(run.words)}`, resolved: false, plural: false, nameWords: run.words,
    };
    link(person, r, false);
  }
  // Known people: a title before the name joins the mention; where the dictionary has no office
  // for them on this date, the role phrase supplies the code.
  for (const c of cands) {
    if (!c.entry || c.via !== 'dictionary' || remove.has(c)) continue;
    if (c.kind !== 'person' && !untypedPerson(v, c)) continue;
    // Only an office the dictionary dates to the document date beats the text; an undated default
    // ("out of office", or a bare country) or a role picked with no document date does not.
    const dated = c.code !== null && c.rule.endsWith('(dated)');
    const r = findRole(v, c.first, c.last, c.head, cands);
    if (!r || remove.has(r.agent) || (c.kind !== 'person' && (r.how !== 'title' || !isRole(r.agent)))) continue;
    // A dated office beats the body spoken for.
    if (dated && r.how === 'for') continue;
    if (dated && r.how !== 'title') {
      // The dictionary's dated office stands; the appositive or "as" phrase is another mention of
      // the same person, no actor of its own (it was a second KORGOV the verb could take as target).
      remove.add(r.agent);
      add.push({ ...r.agent, key: c.key, kind: 'person', code: c.code, agentCode: undefined, via: 'role', rule: `role:${r.how} ${r.agent.rule}`, nameWords: c.nameWords, resolved: c.resolved });
      continue;
    }
    remove.add(c);
    link({ ...c, kind: 'person' }, r, dated);
  }
  return { add, remove, left };
}

/**
 * A Phoenix person listed with no dates and a sector code ("ALBIN_KURTI_ [KSVOPP]") has no kind
 * the files tell (infer-kind.ts makes it an organization). A name of two or more proper nouns
 * with a person's title right before it ("Kosovo Prime Minister Albin Kurti") is a person, and an
 * undated code is no better witness of the office than the text's title.
 */
function untypedPerson(v: SentenceView, c: Cand): boolean {
  if (c.kind !== 'organization' || c.last === c.first || c.rule.endsWith('(dated)')) return false;
  for (let w = c.first; w <= c.last; w++) if (v.s.upos[w] !== 'PROPN') return false;
  return true;
}
