/**
 * The passes over one sentence, in order. Each pass sees what earlier ones found; words a pass
 * claims are marked covered so later passes leave them alone. Order matters and is the design:
 * dictionary phrases first (longest match), then hyphenated country pairs, "the country"/"both
 * sides", role nouns composed with their owner, names, role phrases for unknown names, unknown
 * names (a state before one makes it that state's body), places, pronouns, the country of unowned agents, compounds.
 */
import { asTitledEarlier } from './titled.js';
import type { Cand, DocContext } from './cand.js';
import { matchHyphenCompounds } from './hyphen-compounds.js';
import { matchAgents } from './agents.js';
import { matchNames } from './names.js';
import { applyRoles } from './roles.js';
import { unknownNames } from './unknown.js';
import { nationalNames } from './national-names.js';
import { asLocation, locativeCase } from './locative.js';
import { definiteAgent, descriptions, pairsHere, pronouns } from './coref.js';
import { countryFromContext } from './context.js';
import { compounds } from './conj.js';
import { type SentenceView, spanText } from './units.js';

class Pass {
  readonly covered: Uint8Array;
  cands: Cand[];

  /** `blocked` words (a dateline's place) are covered from the start: no pass makes them a mention. */
  constructor(n: number, first: Cand[], private readonly blocked: Uint8Array = new Uint8Array(n)) {
    this.covered = Uint8Array.from(blocked);
    this.cands = [];
    this.replace(new Set(), first);
  }

  replace(remove: ReadonlySet<Cand>, add: Cand[]): void {
    if (remove.size > 0) {
      this.cands = this.cands.filter((c) => !remove.has(c));
      this.covered.set(this.blocked);
      for (const c of this.cands) this.mark(c);
    }
    for (const c of add) {
      this.cands.push(c);
      this.mark(c);
    }
    this.cands.sort((a, b) => a.first - b.first || b.last - a.last);
  }

  private mark(c: Cand): void {
    for (let w = c.first; w <= c.last; w++) this.covered[w] = 1;
  }
}

export function resolveSentence(v: SentenceView, ctx: DocContext, dictCands: Cand[], blocked?: Uint8Array): Cand[] {
  const p = new Pass(v.s.words.length, dictCands, blocked);
  p.replace(new Set(), matchHyphenCompounds(v, ctx, p.covered));
  p.replace(new Set(), descriptions(v, ctx, p.cands, p.covered));
  const agents = matchAgents(v, ctx, p.cands, p.covered);
  p.replace(agents.absorbed, agents.add);
  const names = matchNames(v, ctx, p.cands, p.covered);
  p.replace(new Set(), names.add);
  p.cands = p.cands.map((c) => asTitledEarlier(ctx, c));
  const roles = applyRoles(v, ctx, p.cands, names.left);
  p.replace(roles.remove, roles.add);
  p.replace(new Set(), unknownNames(v, roles.left));
  const national = nationalNames(v, p.cands);
  p.replace(national.remove, national.add);
  // Places before pronouns, so "it" does not pick up "in Tokyo".
  p.cands = p.cands.map((c) => {
    const prep = locativeCase(v, c);
    return prep ? asLocation(c, prep) : c;
  });
  setTexts(v, ctx.text, p.cands);
  // A pronoun may stand for a compound subject ("Colombia and the ELN rebels agreed to extend their
  // ceasefire"): the groups join the candidates it may refer to, beside their members.
  const groups = compounds(v, p.cands).filter((c) => c.members && !p.cands.includes(c));
  setTexts(v, ctx.text, groups);
  const pool = [...p.cands, ...groups].sort((a, b) => a.first - b.first || b.last - a.last);
  p.replace(new Set(), pronouns(v, ctx, pool, p.covered));
  p.cands = p.cands.map((c) => (c.agentCode && c.code === null ? definiteAgent(v, ctx, p.cands, c) ?? countryFromContext(v, ctx, p.cands, c) : c));
  const out = pairsHere(v, compounds(v, p.cands));
  setTexts(v, ctx.text, out);
  return out;
}

/**
 * A mention is a subject when its head is one, or is a compound modifier of one: "The UN
 * peacekeeping mission said it would not withdraw" -- "The UN" names the mission, the subject, so
 * the "it" after it is the UN's, not an earlier sentence's subject.
 */
function isSubject(v: SentenceView, w: number): boolean {
  let k = w;
  for (let guard = 0; v.s.deprel[k] === 'compound' && v.s.head[k] > 0 && guard < 4; guard++) k = v.s.head[k] - 1;
  return v.s.deprel[k]?.startsWith('nsubj') ?? false;
}

function setTexts(v: SentenceView, text: string, cands: Cand[]): void {
  for (const c of cands) {
    c.text = spanText(v, text, c.first, c.last);
    c.subj = isSubject(v, c.head);
    if (c.members) setTexts(v, text, c.members);
  }
}
