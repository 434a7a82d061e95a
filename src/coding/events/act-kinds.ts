/**
 * The kind of act that makes a demand, accusation, protest or order one of CAMEO's subcodes: the act
 * charged ("accused X of torturing detainees", 1122), the political demand a protest makes
 * (14x1-14x4), the policy it is against (14x2), the act a rejected demand asked for, and who an order
 * to leave expels (166x, 161, 174). clauseOf (code-sentence.ts) applies them; `codeOf` codes a
 * lower clause the way clauseOf does.
 */
import { caseOf, directiveOf } from './roles.js';
import type { Tree } from './tree.js';

/** The CAMEO code of the clause headed by verb c, or null. */
export type CodeOfClause = (c: number) => string | null;

/** The act an accusation charges in its "of"/"for" clause, on the verb or on its object ("accused [X of selling]"), or null. */
export function chargedAct(t: Tree, v: number, codeOf: CodeOfClause): { verb: number; code: string } | null {
  const onObject = t.children(v, 'obj').flatMap((o) => t.kids[o]);
  for (const c of [...t.kids[v], ...onObject]) {
    if (t.upos(c) !== 'VERB' || !/^(advcl|acl)$/.test(t.base(c))) continue;
    if (!t.kids[c].some((m) => t.base(m) === 'mark' && /^(of|for)$/.test(t.lower(m)))) continue;
    const code = codeOf(c);
    if (code !== null) return { verb: c, code };
  }
  return null;
}

/**
 * CAMEO's accusation code for the act charged: assault and repression are rights abuses, force
 * aggression, mass violence war crimes. A ceasefire broken (196) keeps the bare accusation.
 */
export function accusationKind(code: string): string | null {
  if (code.startsWith('18') || code === '175') return '1122';
  if (code.startsWith('19') && code !== '196') return '1123';
  if (code.startsWith('20')) return '1124';
  return null;
}

/** Protest codes with subcodes by the demand's kind: demonstrations, hunger strikes, strikes, blockades, riots. */
export const PROTESTS = /^14[1-5]$/;

/** The political demand (1041-1044) a protest makes in a purpose or participle clause ("to demand", "demanding"), or null. */
export function protestAim(t: Tree, v: number, codeOf: CodeOfClause): { verb: number; code: string } | null {
  // The parser may hang a participle on the object instead ("stormed the palace demanding ...").
  const onObject = t.children(v, 'obj').flatMap((o) => t.kids[o].filter((c) => t.rel(c) === 'acl'));
  for (const c of [...t.kids[v], ...onObject]) {
    if (t.upos(c) !== 'VERB' || !/^(advcl|xcomp|acl)$/.test(t.base(c))) continue;
    const code = codeOf(c);
    if (code !== null && /^104[1-4]$/.test(code)) return { verb: c, code };
  }
  return null;
}

/** Nouns of policy a protest may be against ("the new fuel tax", "pension reform", "budget cuts"). */
const POLICY_NOUNS = /^(laws?|bills?|tax|taxes|tariffs?|rules|regulations?|reforms?|polic(y|ies)|cuts|system|hikes?|increases?|measures|legislation|quotas?|budget|austerity|prices|privati[sz]ation|decree|amendments?)$/;
const PROTEST_WORDS = /^(protest|protests|protested|protesting|demonstrate|demonstrating|rally|rallying)$/;

/**
 * The policy noun a protest is against, or -1: an "against" phrase on the protest verb ("rallied
 * against the quota system"), on its object or oblique ("went on strike against budget cuts") or on
 * a protest word under them ("staged a hunger strike to protest against deportation rules", "set
 * fire to buildings in protest against price hikes").
 */
export function againstPolicy(t: Tree, v: number): number {
  const objects = t.kids[v].filter((k) => /^(obj|obl)$/.test(t.base(k)));
  const under = [v, ...objects].flatMap((k) => t.kids[k]);
  const hosts = [v, ...objects, ...under.filter((k) => PROTEST_WORDS.test(t.lower(k)))];
  for (const h of hosts) {
    for (const c of t.kids[h]) {
      if (t.upos(c) === 'NOUN' && /^(obl|nmod)$/.test(t.base(c)) && caseOf(t, c) === 'against' && POLICY_NOUNS.test(t.lower(c))) return c;
    }
  }
  return -1;
}

/** The clause a refusal verb's object asks for ("rejected demands that he step down", "calls for X to resign"), or -1. */
export function demandContent(t: Tree, v: number): number {
  for (const c of t.kids[v]) if (t.upos(c) === 'VERB' && directiveOf(t, c) >= 0) return c;
  for (const o of t.children(v, 'obj')) for (const c of t.kids[o]) if (t.upos(c) === 'VERB' && directiveOf(t, c) === o) return c;
  return -1;
}

/**
 * An act whose code can name the kind of a demand: not the bare consultation (040) that verbs of
 * going take by default ("ordered the troops to leave the country" demands no meeting).
 */
export function demandable(code: string | null): string | null {
  return code === null || code === '040' ? null : code;
}

export const ORDERS = /^(order|orders|ordered|ordering)$/;
const LEAVING = /^(leave|leaves|leaving|quit|depart|exit)$/;
/** What an expulsion order sends out of: the country, a territory, or nowhere named ("to leave within 72 hours"). */
const LEFT_PLACES = /^(country|territory|region|state|kingdom|republic|island)$/;

/**
 * The CAMEO code of ordering obj to leave (verb `leave`), or null when it is no expulsion ("ordered
 * residents to leave their homes"): peacekeepers 1661, inspectors and monitors 1662, aid agencies
 * 1663, diplomats 161 (as EXPEL codes them), troops 166, anyone else 174 (expel individuals).
 */
export function expulsionCode(t: Tree, obj: number, leave: number): string | null {
  if (obj < 0 || !LEAVING.test(t.lower(leave))) return null;
  const from = t.child(leave, 'obj');
  if (from >= 0 && !LEFT_PLACES.test(t.lower(from)) && t.upos(from) !== 'PROPN') return null;
  const head = t.lower(obj);
  const mods = t.kids[obj].map((c) => t.lower(c));
  if (/^peacekeep/.test(head) || mods.some((m) => /^peacekeep/.test(m))) return '1661';
  if (/^(inspectors?|monitors?|observers?)$/.test(head)) return '1662';
  if (mods.some((m) => /^(aid|relief|humanitarian)$/.test(m)) && /^(agenc(y|ies)|groups?|organi[sz]ations?|workers|staff)$/.test(head)) return '1663';
  if (/^(ambassadors?|diplomats?|envoys?|attach[eé]s?|consuls?|charg[eé])$/.test(head)) return '161';
  if (/^(troops|forces|soldiers|military|contingents?|bases?)$/.test(head)) return '166';
  return '174';
}
