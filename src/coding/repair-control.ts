/**
 * Infinitives the parser attaches to the wrong word after verbs of control: after "vowed", "failed"
 * or "agreed" a subjectless "to"-infinitive is the verb's complement (`xcomp`), not a purpose
 * clause; after "urged Israel", "called on Iran" or "invited his counterpart" it is the object's act.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { USING } from './events/modality.js';
import { ENACTMENT } from './events/roles.js';

/** Verbs whose "to"-infinitive is their complement (subject control), by stem. */
const CONTROL = /^(vow|pledg|promis|agree|plan|threaten|decid|refus|offer|seek|sought|want|hop|aim|intend|tr|attempt|prepar|resolv|fail|declin|manag)(s|es|ed|d|ied|ing|ning|ned)?$/;

/** Verbs whose object does what their "to"-infinitive says ("urged Israel to allow aid"), by stem. */
const OBJECT_CONTROL = /^(urg|ask|call|demand|order|tell|told|persuad|allow|encourag|invit|press|pressur|request|requir|forc|compel|permit|authori[sz]|instruct|advis|warn|appeal|convinc)/;

/** The object (or bare oblique, or "on" phrase: "called on Iran") of verb v before word k; -1 if none. */
function controller(s: ParsedSentence, v: number, k: number): number {
  for (let c = v + 1; c < k; c++) {
    if (s.head[c] !== v + 1) continue;
    if (/^i?obj$/.test(s.deprel[c])) return c;
    if (s.deprel[c] !== 'obl') continue;
    const cases = s.head.reduce<string[]>((a, h, w) => (h === c + 1 && s.deprel[w] === 'case' ? [...a, s.words[w].toLowerCase()] : a), []);
    if (cases.length === 0 || (cases.length === 1 && /^(on|upon)$/.test(cases[0]))) return c;
  }
  return -1;
}

/**
 * "Ithilen's militia vowed on Thursday to wage war" parsed with "wage" an `advcl` of "vowed" (a
 * purpose clause). After a control verb a subjectless "to"-infinitive is its `xcomp`; so it is after
 * a verb of object control with its object ("urged Israel to allow aid", "called on Iran to ...").
 */
export function controlledInfinitiveAsAdverbial(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    const v = s.head[k] - 1;
    if (s.deprel[k] !== 'advcl' || s.upos[k] !== 'VERB' || v < 0 || v > k || s.upos[v] !== 'VERB') continue;
    const lower = s.words[v].toLowerCase();
    const passive = s.head.some((h, c) => h === k + 1 && s.deprel[c] === 'aux:pass');
    if (!CONTROL.test(lower) && !(OBJECT_CONTROL.test(lower) && !passive && controller(s, v, k) >= 0)) continue;
    let to = false, subj = false;
    for (let c = 0; c < s.words.length; c++) {
      if (s.head[c] !== k + 1) continue;
      if (s.deprel[c] === 'mark' && s.words[c].toLowerCase() === 'to') to = true;
      if (s.deprel[c].startsWith('nsubj')) subj = true;
    }
    let xcomp = false;
    for (let c = 0; c < s.words.length; c++) if (s.head[c] === v + 1 && s.deprel[c] === 'xcomp') xcomp = true;
    if (to && !subj && !xcomp) s.deprel[k] = 'xcomp';
  }
  infinitiveOnControlledObject(s);
  infinitiveOnInstrument(s);
}

/**
 * "Russia used drones to attack Ukraine's power grid" parsed with "attack" an `acl` of "drones": the
 * instrument does not attack, its user does. A subjectless "to"-infinitive right after the object
 * of a verb of using is that verb's purpose clause (`advcl`), so its act takes the verb's subject.
 */
function infinitiveOnInstrument(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    const n = s.head[k] - 1;
    if (s.deprel[k] !== 'acl' || s.upos[k] !== 'VERB' || n < 0 || s.deprel[n] !== 'obj' || k < n) continue;
    const v = s.head[n] - 1;
    if (v < 0 || s.upos[v] !== 'VERB' || !USING.test(s.words[v].toLowerCase())) continue;
    const kids = s.head.reduce<number[]>((a, h, c) => (h === k + 1 ? [...a, c] : a), []);
    if (!kids.some((c) => s.deprel[c] === 'mark' && s.words[c].toLowerCase() === 'to') || kids.some((c) => s.deprel[c].startsWith('nsubj'))) continue;
    if (s.words.slice(n + 1, k).some((w, i) => !under(s, n + 1 + i, n) && s.head[n + 1 + i] - 1 !== k)) continue;
    s.head[k] = v + 1;
    s.deprel[k] = 'advcl';
  }
}

/**
 * "Brazil's president invited his Argentine counterpart to visit Brasilia" parsed with "visit" an
 * `acl` of "counterpart": after a verb of object control, an infinitive right after its object is
 * the verb's `xcomp` (the object does it), unless the object is an act ("the decision to withdraw").
 */
function infinitiveOnControlledObject(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    const n = s.head[k] - 1;
    if (s.deprel[k] !== 'acl' || s.upos[k] !== 'VERB' || n < 0 || s.deprel[n] !== 'obj' || k < n) continue;
    const v = s.head[n] - 1;
    if (v < 0 || s.upos[v] !== 'VERB' || !OBJECT_CONTROL.test(s.words[v].toLowerCase()) || /^call/i.test(s.words[v])) continue;
    if (ACT_NOUN.test(s.words[n])) continue;
    const kids = s.head.reduce<number[]>((a, h, c) => (h === k + 1 ? [...a, c] : a), []);
    if (!kids.some((c) => s.deprel[c] === 'mark' && s.words[c].toLowerCase() === 'to') || kids.some((c) => s.deprel[c].startsWith('nsubj'))) continue;
    if (s.head.some((h, c) => h === v + 1 && s.deprel[c] === 'xcomp')) continue;
    // Only the object's own words between it and the infinitive (its name too: "the newspaper La
    // Prensa to suspend publication").
    if (s.words.slice(n + 1, k).some((w, i) => !under(s, n + 1 + i, n) && s.head[n + 1 + i] - 1 !== k)) continue;
    s.head[k] = v + 1;
    s.deprel[k] = 'xcomp';
  }
}

/** Word w hangs on word n, directly or through words that do. */
function under(s: ParsedSentence, w: number, n: number): boolean {
  for (let k = s.head[w] - 1, guard = 0; k >= 0 && guard < s.words.length; k = s.head[k] - 1, guard++) if (k === n) return true;
  return false;
}

/** Nouns of acts, whose infinitive says what the act is ("the decision to withdraw", "a plan to visit"). */
const ACT_NOUN = /(tion|sion|ment|ance|ence)s?$|^(decision|plan|effort|attempt|move|bid|right|chance|opportunity|way|time|offer|promise|pledge|call|request|demand|order|bill|law|resolution|deal|agreement|proposal)s?$/i;

/** Verbs that take a gerund as their complement ("considering restoring ties", "stopped supplying gas"), by stem. */
const GERUND_TAKING = /^(consider|contemplat|continu|stop|start|began|begin|begun|resum|avoid|discuss|propos|suggest|recommend|keep|kept|den[yi]|admit|finish|risk|favou?r|oppos|halt|ceas|suspend|delay|postpon|mull|weigh|ponder)/;

/**
 * "Saudi Arabia was considering restoring ties with Syria" parsed with "restoring" an adjective-like
 * `amod` of "ties", the object of "considering". A verb's -ing form right after a verb that takes a
 * gerund, modifying that verb's object right after it, is the verb's complement (`xcomp`) and the
 * noun its own object.
 */
export function gerundReadAsModifier(s: ParsedSentence): void {
  for (let g = 1; g + 1 < s.words.length; g++) {
    const n = g + 1, v = g - 1;
    if (s.upos[g] !== 'VERB' || s.xpos[g] !== 'VBG' || s.deprel[g] !== 'amod' || s.head[g] !== n + 1) continue;
    if (s.deprel[n] !== 'obj' || s.head[n] !== v + 1 || s.upos[v] !== 'VERB' || !GERUND_TAKING.test(s.words[v].toLowerCase())) continue;
    s.head[g] = v + 1;
    s.deprel[g] = 'xcomp';
    s.head[n] = g + 1;
  }
}

/**
 * "Kenya's parliament passed a bill banning protests" parsed with "banning" a `compound` (or `amod`)
 * of "protests": an -ing verb right after an enactment noun, modifying the noun after it, is the
 * enactment's clause (`acl`) and that noun its object, so what the bill does is coded.
 */
export function enactmentClauseReadAsModifier(s: ParsedSentence): void {
  for (let g = 1; g + 1 < s.words.length; g++) {
    const e = g - 1, n = g + 1;
    if (s.upos[g] !== 'VERB' || s.xpos[g] !== 'VBG' || !/^(compound|amod)$/.test(s.deprel[g]) || s.head[g] !== n + 1) continue;
    if (s.upos[e] !== 'NOUN' || !ENACTMENT.test(s.words[e].toLowerCase()) || s.head[n] !== e + 1) continue;
    s.head[g] = e + 1;
    s.deprel[g] = 'acl';
    s.head[n] = g + 1;
    s.deprel[n] = 'obj';
  }
}
