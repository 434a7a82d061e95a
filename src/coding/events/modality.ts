/**
 * Modality of a predicate from the tree: is the event presented as having happened (actual),
 * as not having happened (negated), under a condition (hypothetical), as possible (speculative)
 * or as announced or planned (future)? We look at the predicate and the verbs that govern it in
 * the same clause chain ("failed to meet", "plans to visit", "is likely to attack"), and at
 * conditional clauses attached to or containing it.
 */
import type { Modality } from '../types.js';
import { isReportingWord } from './attribution.js';
import type { Tree } from './tree.js';
import { DIRECTIVE_NOUNS, directiveOf, isPurpose } from './roles.js';

const SPECULATIVE_AUX = new Set(['may', 'might', 'could', 'can', 'ca', 'must', 'should', 'ought']);
export const FUTURE_AUX: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'wo', 'sha']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const POSSIBILITY = new Set(['likely', 'unlikely', 'possibly', 'perhaps', 'probably', 'maybe', 'possible', 'potentially', 'reportedly', 'allegedly', 'purportedly', 'supposedly']);
/** The infinitive of protesting, whose purpose clause is made by the act it serves. */
const PROTESTING = /^(protest|demonstrate)$/;
/** Verbs of using an instrument, whose purpose is done by the use ("used drones to attack the grid"). */
export const USING = /^(use|uses|used|using|employ|employs|employed|employing)$/;
/** Verbs of hesitating, whose negation ("would not hesitate to strike") announces the act. */
const HESITATE = /^hesitat(e|es|ed|ing)$/;
/** Governing verbs and adjectives that make what they govern future ("plans to visit"). */
const FUTURE_HEADS = new Set([
  'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'intending', 'expect', 'expects',
  'expected', 'set', 'about', 'going', 'aim', 'aims', 'aimed', 'aiming', 'prepare', 'prepares', 'preparing',
  'scheduled', 'due', 'poised', 'slated', 'vow', 'vows', 'vowed', 'pledge', 'pledges', 'pledged', 'promise',
  'promises', 'promised', 'decide', 'decides', 'decided', 'agree', 'agrees', 'agreed', 'want', 'wants', 'wanted',
  'seek', 'seeks', 'sought', 'hope', 'hopes', 'hoped', 'threaten', 'threatens', 'threatened', 'ready',
  'willing', 'prepared', 'committed', 'offer', 'offers', 'offered', 'offering',
]);
/** Governors that forecast what they govern ("is expected to", "is due to") without being an act. */
export const FORECAST_HEADS: ReadonlySet<string> = new Set(['expected', 'likely', 'unlikely', 'set', 'due', 'poised', 'slated', 'scheduled', 'about', 'going']);
/**
 * Passive verbs of hearsay and belief whose subject is the subject of the infinitive after them:
 * "North Korea is said to have sent troops", "Iran is believed to have supplied drones". No one
 * named says it: the act is the event, and it is as uncertain as "reportedly".
 */
export const HEARSAY_HEADS: ReadonlySet<string> = new Set(['said', 'believed', 'reported', 'thought', 'alleged', 'rumoured', 'rumored', 'understood', 'suspected', 'claimed']);
/** Governing words under which the governed event did not happen. */
const NEGATING_HEADS = new Set([
  'fail', 'fails', 'failed', 'failing', 'refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines',
  'declined', 'declining', 'avoid', 'avoided', 'avoids', 'deny', 'denies', 'denied', 'reject', 'rejected',
  'rejects', 'unable',
]);
const SPECULATIVE_HEADS = new Set(['likely', 'unlikely', 'possible', 'may', 'might', 'could', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** Verbs whose complement clause is what someone is asked, urged or demanded to do. */
const DIRECTIVE_HEADS = new Set([
  'demand', 'demands', 'demanded', 'demanding', 'urge', 'urges', 'urged', 'urging', 'ask', 'asks', 'asked',
  'request', 'requests', 'requested', 'insist', 'insists', 'insisted', 'propose', 'proposes', 'proposed',
  'suggest', 'suggests', 'suggested', 'recommend', 'recommends', 'recommended', 'order', 'orders', 'ordered',
  'invite', 'invites', 'invited', 'inviting',
]);
/** Nouns whose content clause is alleged, not asserted ("accusations that its troops had killed civilians"). */
const ALLEGATION_NOUNS = /^(accusations?|allegations?|claims?|charges?|reports?|rumou?rs?|suspicions?|speculation|suggestions?)$/;
/** Nouns under which the infinitive did not happen ("its refusal to cooperate", "the failure to agree"). */
const NEGATING_NOUNS = /^(refusals?|failures?|inability|reluctance)$/;
/** Ordinals and superlatives that make a noun's infinitive a done act ("the first country to recognize"). */
const ORDINALS = /^(first|last|only|second|third|next|latest)$/;
/** Verbs of accusing, whose "of"/"for" clause is the act charged ("accused X of selling arms"). */
const ACCUSING_HEADS = /^(accus|charg|suspect|blam|implicat|indict|condemn|criticiz|criticis|denounc)/;
/** Verbs whose complement clause is what someone says did not happen ("denied that it supplied drones"). */
const DENIAL_HEADS = new Set(['deny', 'denies', 'denied', 'denying']);
const CONDITION_MARKS = new Set(['if', 'unless', 'whether', 'provided', 'providing', 'once']);
const REPORTING = /^(say|says|said|saying|tell|tells|told|state|states|stated|announce[sd]?|claim(s|ed)?|warn(s|ed)?|predict(s|ed)?|add(s|ed)?|insist(s|ed)?|believe[sd]?|expect(s|ed)?|think|thinks|thought|report(s|ed)?|assure[sd]?|confirm(s|ed)?|declare[sd]?|reiterate[sd]?|stress(es|ed)?|emphasi[sz]e[sd]?|underline[sd]?|reaffirm(s|ed)?|pledge[sd]?|vow(s|ed)?|promise[sd]?|threaten(s|ed)?|indicate[sd]?|signal(s|ed|led)?|note[sd]?|explain(s|ed)?)$/;

export interface ModalityResult {
  modality: Modality;
  why: string;
}

/**
 * The clause chain of v: v and the verbs above it joined by xcomp or conj (shared auxiliaries).
 * A conjunct with a subject of its own is an independent clause ("Libya offered aid, and France
 * condemned the attack"): the chain stops there.
 */
export function chainOf(t: Tree, v: number): number[] {
  const chain = [v];
  for (let k = v; t.head(k) >= 0 && /^(xcomp|conj)$/.test(t.base(k)); ) {
    if (t.base(k) === 'conj' && t.kids[k].some((c) => /^nsubj/.test(t.rel(c)))) break;
    k = t.head(k);
    if (chain.includes(k)) break;
    chain.push(k);
  }
  return chain;
}

/**
 * True when clause k is a condition: "if ...", "unless ...", "in case ...", "should X be ...". One
 * the parser hung on a noun ("warned Israel of a crushing response if it attacked") still is.
 */
export function isCondition(t: Tree, k: number): boolean {
  if (t.base(k) === 'acl') return t.kids[k].some((c) => t.base(c) === 'mark' && /^(if|unless)$/.test(t.lower(c)));
  if (t.base(k) !== 'advcl') return false;
  for (const c of t.kids[k]) {
    if (t.base(c) === 'mark' && CONDITION_MARKS.has(t.lower(c))) return true;
    if (t.base(c) === 'mark' && t.lower(c) === 'in' && t.kids[c].some((f) => t.lower(f) === 'case')) return true;
  }
  // Inversion: "Should the sanctions be eased, ..." / "Had they known, ..."
  const subj = t.kids[k].find((c) => t.base(c) === 'nsubj');
  return t.kids[k].some((c) => t.base(c) === 'aux' && /^(should|had|were)$/.test(t.lower(c)) && subj !== undefined && c < subj);
}

export function modalityOf(t: Tree, v: number): ModalityResult {
  const chain = chainOf(t, v);
  const top = chain[chain.length - 1];
  const found: Partial<Record<Modality, string>> = {};
  const note = (m: Modality, why: string) => { found[m] ??= why; };

  if (chain.some((k) => isCondition(t, k))) note('hypothetical', 'inside a condition');
  // A condition after a warning or threat is what it warns of ("warned Seoul of catastrophic
  // consequences if the drills go ahead"): the warning was made. Before it, it conditions the act.
  const warnedOf = (k: number, c: number) => c > k && (isReportingWord(t.lower(k)) || /^threat/.test(t.lower(k)));
  if (chain.some((k) => t.kids[k].some((c) => isCondition(t, c) && !warnedOf(k, c)))) note('hypothetical', 'under a condition');
  // Inside the condition's consequent further up ("if X, Y would say that Z")
  for (let k = t.head(top), guard = 0; k >= 0 && guard < t.n; k = t.head(k), guard++) {
    if (isCondition(t, k)) note('hypothetical', 'inside a condition');
  }

  // "demanded that Iraq allow aid workers in": what is demanded or urged has not happened.
  const over = t.head(top);
  if (t.base(top) === 'ccomp' && over >= 0 && DIRECTIVE_HEADS.has(t.lower(over))) note('future', `demanded by "${t.s.words[over]}"`);
  if (t.base(top) === 'ccomp' && over >= 0 && DENIAL_HEADS.has(t.lower(over))) note('negated', `denied by "${t.s.words[over]}"`);
  // "accused North Korea of selling missile technology": what an accusation charges is alleged.
  // (The parser hangs the clause on the verb or on its object: "accused [North Korea of selling]".)
  const accuser = over >= 0 && t.base(over) === 'obj' ? t.head(over) : over;
  if (/^(advcl|acl)$/.test(t.base(top)) && accuser >= 0 && ACCUSING_HEADS.test(t.lower(accuser)) && t.kids[top].some((c) => t.base(c) === 'mark' && /^(of|for)$/.test(t.lower(c)))) {
    note('speculative', `alleged by "${t.s.words[accuser]}"`);
  }
  // ... or on the verb of which the noun is the object ("dismissed reports that its jets had bombed ...").
  const allegation = t.base(top) === 'ccomp' && over >= 0 ? t.kids[over].find((c) => t.base(c) === 'obj' && c < top && ALLEGATION_NOUNS.test(t.lower(c))) : undefined;
  if (allegation !== undefined) note('speculative', `alleged by "${t.s.words[allegation]}"`);
  // "rejected demands that he step down": what a demand, call or request asks has not happened.
  const directive = directiveOf(t, top);
  if (directive >= 0) note('future', `demanded by "${t.s.words[directive]}"`);
  if (t.rel(top) === 'acl' && over >= 0 && t.upos(over) === 'NOUN') {
    const infinitive = t.kids[top].some((c) => t.base(c) === 'mark' && t.lower(c) === 'to');
    if (infinitive && DIRECTIVE_NOUNS.test(t.lower(over))) note('future', `demanded by "${t.s.words[over]}"`);
    else if (infinitive && NEGATING_NOUNS.test(t.lower(over))) note('negated', `governed by "${t.s.words[over]}"`);
    // "Japan's decision to buy the islands", "troops to fight al-Shabaab": what a noun's infinitive
    // says is intended; "the first country to recognize Kosovo" did it.
    else if (infinitive && !t.kids[over].some((c) => t.base(c) === 'amod' && ORDINALS.test(t.lower(c)))) note('future', `intended by "${t.s.words[over]}"`);
    else if (!infinitive && ALLEGATION_NOUNS.test(t.lower(over))) note('speculative', `alleged by "${t.s.words[over]}"`);
  }

  for (const k of chain) {
    for (const c of t.kids[k]) {
      const w = t.lower(c), rel = t.base(c);
      if (rel === 'aux' && w === 'would') {
        if (found.hypothetical) continue;
        const under = t.head(top);
        if (t.base(top) === 'ccomp' && under >= 0 && REPORTING.test(t.lower(under))) note('future', `"would" reported by "${t.s.words[under]}"`);
        else note('speculative', '"would"');
      } else if (rel === 'aux' && SPECULATIVE_AUX.has(w)) note('speculative', `"${t.s.words[c]}"`);
      else if (rel === 'aux' && FUTURE_AUX.has(w)) note('future', `"${t.s.words[c]}"`);
      // "will not hesitate to use force": a negated hesitation is readiness, not a negation of the act
      // (its own auxiliary says when: "did not hesitate to attack" attacked).
      else if (rel === 'advmod' && NEGATORS.has(w) && k !== v && HESITATE.test(t.lower(k))) continue;
      else if ((rel === 'advmod' || rel === 'det' || rel === 'cc') && NEGATORS.has(w) && t.head(c) === k) note('negated', `"${t.s.words[c]}"`);
      else if (rel === 'advmod' && noLonger(t, c)) note('negated', '"no longer"');
      else if (rel === 'advmod' && POSSIBILITY.has(w)) note('speculative', `"${t.s.words[c]}"`);
    }
    // A governing verb ("failed to meet") colours what it governs; a coordinate verb does not.
    if (k !== v && t.base(chain[chain.indexOf(k) - 1]) === 'xcomp') headModality(t, k, note);
    // "is likely to attack": the adjective heads the clause with a copula.
    if (k === top && t.head(k) >= 0 && t.base(k) === 'xcomp') headModality(t, t.head(k), note);
  }
  // No object: "reached no agreement"
  for (const o of t.children(v, 'obj')) if (t.kids[o].some((c) => t.base(c) === 'det' && t.lower(c) === 'no')) note('negated', '"no" on the object');
  // No subject: "Neither Russia nor Ukraine has agreed", "No country has recognized ..."
  for (const k of chain) {
    for (const subj of t.kids[k].filter((c) => t.base(c) === 'nsubj')) {
      if (t.kids[subj].some((c) => (t.rel(c) === 'cc:preconj' && t.lower(c) === 'neither') || (t.base(c) === 'det' && t.lower(c) === 'no'))) {
        note('negated', `"${t.lower(subj)}" with "neither" or "no"`);
      }
    }
  }
  // Undecided: "to decide whether to send troops", "asked whether it would attend"
  for (const k of chain) if (t.kids[k].some((c) => t.base(c) === 'mark' && t.lower(c) === 'whether')) note('speculative', '"whether"');

  // A purpose ("sent troops to secure the border") is intended, not done: as uncertain as the act
  // serving it when that is ("might sacrifice ... to improve ties"), else planned.
  // An act done "to protest" is the protest, made as the act is ("shunned work to protest the
  // settlements", "marched to protest"): the purpose takes the act's modality; so does the purpose
  // of using an instrument ("used drones to attack the power grid": the use is the attack).
  if (isPurpose(t, top)) {
    const serving = modalityOf(t, t.head(top));
    if (serving.modality === 'hypothetical' || serving.modality === 'speculative') note(serving.modality, `purpose of an act ${serving.why}`);
    else if (PROTESTING.test(t.lower(top)) || USING.test(t.lower(t.head(top)))) {
      if (serving.modality !== 'actual') note(serving.modality, `protest by an act ${serving.why}`);
    } else note('future', `purpose of "${t.s.words[t.head(top)]}"`);
  }
  // A bare "would" with a negation is a negated commitment, not a guess: "guarantees that its
  // militias would not target Gulf oil facilities" ("might not" stays speculative).
  if (found.negated && found.speculative === '"would"' && !found.hypothetical) return { modality: 'negated', why: found.negated };
  for (const m of ['hypothetical', 'speculative', 'negated', 'future'] as const) {
    if (found[m]) return { modality: m, why: found[m]! };
  }
  return { modality: 'actual', why: 'no modal marker' };
}

/** "will no longer tolerate", "is not any longer": "longer" with its own negator is a negation of the verb. */
function noLonger(t: Tree, c: number): boolean {
  return t.lower(c) === 'longer' && t.kids[c].some((k) => t.base(k) === 'advmod' && NEGATORS.has(t.lower(k)));
}

function headModality(t: Tree, k: number, note: (m: Modality, why: string) => void): void {
  const w = t.lower(k);
  // "ruled out sending troops" did not; "did not rule out sending troops" may.
  if (/^rul(e|es|ed|ing)$/.test(w) && t.kids[k].some((c) => t.rel(c) === 'compound:prt' && t.lower(c) === 'out')) {
    note(t.kids[k].some((c) => NEGATORS.has(t.lower(c))) ? 'speculative' : 'negated', `governed by "${t.s.words[k]} out"`);
    return;
  }
  if (NEGATING_HEADS.has(w)) note('negated', `governed by "${t.s.words[k]}"`);
  // "hesitated to impose sanctions" did not; "did not hesitate to" did (modalityOf skips that "not").
  else if (HESITATE.test(w)) { if (!t.kids[k].some((c) => NEGATORS.has(t.lower(c)))) note('negated', `governed by "${t.s.words[k]}"`); }
  else if (SPECULATIVE_HEADS.has(w)) note('speculative', `governed by "${t.s.words[k]}"`);
  else if (HEARSAY_HEADS.has(w) && t.isPassive(k)) note('speculative', `hearsay: "is ${t.s.words[k]} to"`);
  else if (FUTURE_HEADS.has(w) || (w === 'to' && t.base(k) === 'aux')) note('future', `governed by "${t.s.words[k]}"`);
  else if (DIRECTIVE_HEADS.has(w)) note('future', `demanded by "${t.s.words[k]}"`);
  else if (/^(has|have|had)$/.test(w) && t.kids[k].some((c) => t.lower(c) === 'yet')) note('negated', '"has yet to"');
  else if (/^(is|are|was|were)$/.test(w)) note('future', '"is to"');
  // An obligation now ("has to explain", "needs to stop") is as open as "must"; one in the past
  // ("had to withdraw") is usually met, so it stays as it is.
  else if (/^(has|have|need|needs)$/.test(w)) note('speculative', `"${t.s.words[k]} to"`);
}
