/**
 * Repairs of which clause is the main one and which word is its subject, where the parser's answer
 * is no valid UD analysis: a day read as a second subject, an inverted condition read as the main
 * clause, a reported subject read as the object of "said", a subject read as a bare adjunct.
 * repairParse (repair.ts) applies them first, so the other repairs see the mended clauses.
 */
import type { ParsedSentence } from '../syntax/types.js';
import { DAY, kidsOf } from './repair-predicate.js';

/**
 * "Kenyan farmers on Tuesday blocked the main highway" parsed with "Tuesday" a second subject of
 * "blocked" and "on" a mark. A day after "on" is a time adjunct: `obl`, with "on" its case. A bare
 * day the parser made the subject, with the real subject its compound, is a time adjunct too.
 */
export function dayReadAsSubject(s: ParsedSentence): void {
  for (let k = 1; k < s.words.length; k++) {
    const v = s.head[k] - 1;
    if (!s.deprel[k].startsWith('nsubj') || v < 0 || !DAY.test(s.words[k]) || s.words[k - 1].toLowerCase() !== 'on') continue;
    if (!s.head.some((h, c) => c !== k && h === v + 1 && s.deprel[c].startsWith('nsubj'))) continue;
    s.deprel[k] = 'obl';
    s.head[k - 1] = k + 1;
    s.deprel[k - 1] = 'case';
    s.upos[k - 1] = 'ADP';
  }
  // "A senior Chinese official yesterday criticized Japan" parsed with "yesterday" a second subject,
  // or the subject with "official" its compound: a bare day is a time adjunct, the noun the subject.
  for (let k = 1; k < s.words.length; k++) {
    const v = s.head[k] - 1;
    if (s.deprel[k] !== 'nsubj' || v < 0 || !DAY.test(s.words[k])) continue;
    const compound = s.head[k - 1] === k + 1 && s.deprel[k - 1] === 'compound' && /^(NOUN|PROPN)$/.test(s.upos[k - 1]);
    const other = s.head.some((h, c) => c !== k && h === v + 1 && s.deprel[c] === 'nsubj');
    if (!compound && !other) continue;
    if (compound) {
      for (let c = 0; c < k - 1; c++) if (s.head[c] === k + 1) s.head[c] = k;
      s.head[k - 1] = v + 1;
      s.deprel[k - 1] = 'nsubj';
    }
    s.deprel[k] = 'obl:tmod';
  }
}

/**
 * "Should the sanctions be eased, Japanese firms could resume exports" parsed with the condition as
 * the root and the main clause its `parataxis` (or `conj`). A sentence opened by "Should", "Had" or
 * "Were" before its verb's subject is an inverted condition: the clause with its own subject after
 * the comma is the root, and the condition its `advcl` (modality.ts then reads it as a condition).
 * So is one opened by a subordinator ("Unless ...", "If ...", "After ...") that marks the root.
 */
const SUBORDINATORS = /^(if|unless|once|when|after|before|because|although|though|while|since|until)$/i;

export function invertedConditionAsRoot(s: ParsedSentence): void {
  const r = s.head.indexOf(0);
  // Likewise a sentence opened by a subordinator marking the root: "Unless Hamas releases the
  // hostages, Israel will expand its offensive" with "releases" the root.
  // The subordinator may follow a fronted phrase and its comma: "In the author's view, if Tokyo
  // insists on following Washington, relations will be difficult".
  const at = (k: number) => k >= 0 && s.head[k] === r + 1 && (k === 0 || s.words[k - 1] === ',');
  const inverted = /^(should|had|were)$/i.test(s.words[0]) && s.deprel[0].startsWith('aux') && at(0);
  const lead = inverted ? 0 : s.words.findIndex((w, k) => k < r && at(k) && s.deprel[k] === 'mark' && SUBORDINATORS.test(w));
  if (r < 1 || lead < 0) return;
  const kids = (h: number) => kidsOf(s, h);
  if (!kids(r).some((c) => c > lead && c < r && s.deprel[c].startsWith('nsubj'))) return;
  // The main clause hangs on the condition as a parataxis, a conjunct, a complement (after the
  // comma, with no "that") or (reversed) an adverbial clause; its subject may be its own or a nominal after the comma the condition took ("Tehran"
  // read as a conjunct of "Iran").
  // (A mark or phrase of the main clause before the comma is the condition's: "if Tokyo insists on
  // following Washington, relations will ..." with "on" a mark and "Washington" an oblique of the
  // main clause.)
  const comma = s.words.indexOf(',', r + 1);
  // It may also hang on the condition's own complement ("If Iran says it will attack Israel, the
  // United States will ..." with "send" a parataxis of "attack").
  const inner = kids(r).filter((c) => c > r && c < comma && /^(ccomp|xcomp)$/.test(s.deprel[c]));
  const main = [...kids(r), ...inner.flatMap((c) => kids(c).filter((p) => s.deprel[p] !== 'ccomp'))].find((p) => p > r &&
    /^(parataxis|conj|advcl|ccomp)$/.test(s.deprel[p]) && comma > r && comma < p && !kids(p).some((c) => s.deprel[c] === 'mark' && c > comma));
  if (main === undefined) return;
  for (const c of kids(main)) if (c > r && c < comma) s.head[c] = r + 1;
  const subject = kids(main).some((c) => s.deprel[c].startsWith('nsubj')) ? -1 : nominalAfterComma(s, comma, main, r);
  if (!kids(main).some((c) => s.deprel[c].startsWith('nsubj')) && subject < 0) return;
  s.head[main] = 0;
  s.deprel[main] = 'root';
  s.head[r] = main + 1;
  s.deprel[r] = 'advcl';
  // What the condition held after its comma (the final full stop), and the phrase fronted before
  // its subordinator, are the main clause's.
  for (const c of kids(r)) if ((c > comma && c !== main) || c < lead) s.head[c] = main + 1;
  if (subject >= 0) makeSubject(s, subject, main);
}

/**
 * "If Washington continues to arm Manila, Beijing could impose sanctions" parsed with "Beijing" an
 * apposition (or conjunct) of the condition's last noun and the main verb without a subject. A verb
 * with no subject after an adverbial clause and its comma takes the first nominal after the comma,
 * when the clause took it as an apposition or conjunct.
 */
export function subjectTakenByClause(s: ParsedSentence): void {
  for (let v = 0; v < s.words.length; v++) {
    if (s.upos[v] !== 'VERB' || kidsOf(s, v).some((k) => /^(nsubj|csubj|expl)/.test(s.deprel[k]))) continue;
    if (/^(xcomp|acl|amod)/.test(s.deprel[v]) || kidsOf(s, v).some((k) => s.deprel[k] === 'mark' && s.words[k].toLowerCase() === 'to')) continue;
    const clause = kidsOf(s, v).find((k) => k < v && s.deprel[k] === 'advcl');
    if (clause === undefined) continue;
    const comma = s.words.lastIndexOf(',', v);
    if (comma <= clause) continue;
    const subj = nominalAfterComma(s, comma, v, clause);
    if (subj < 0 || !/^(appos|conj)$/.test(s.deprel[subj])) continue;
    makeSubject(s, subj, v);
  }
}

/** The first noun, name or pronoun between the comma and the main verb, if it lies in the condition's subtree; else -1. */
function nominalAfterComma(s: ParsedSentence, comma: number, main: number, condition: number): number {
  const k = s.words.findIndex((_, w) => w > comma && w < main && /^(NOUN|PROPN|PRON)$/.test(s.upos[w]));
  return k >= 0 && inside(s, k, condition) ? k : -1;
}

/** Word w becomes the subject of verb v (passive when v has a passive auxiliary). */
function makeSubject(s: ParsedSentence, w: number, v: number): void {
  s.head[w] = v + 1;
  s.deprel[w] = kidsOf(s, v).some((k) => s.deprel[k] === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
}

/**
 * "Should Washington lift sanctions on Pyongyang, Seoul may be forced to ..." parsed with the
 * condition as the main verb's subject (nsubj, nsubj:pass or csubj) and the main clause's subject
 * hung inside the condition ("Seoul" an apposition of "Pyongyang"). The inverted condition is the
 * main verb's `advcl`, and the first nominal after its comma, if the condition took it, the subject.
 */
export function invertedConditionAsSubject(s: ParsedSentence): void {
  if (!/^(should|had|were)$/i.test(s.words[0]) || !s.deprel[0].startsWith('aux')) return;
  const c = s.head[0] - 1;
  const main = s.head[c] - 1;
  if (c < 1 || main <= c || !/^(nsubj|nsubj:pass|csubj|csubj:pass)$/.test(s.deprel[c])) return;
  if (!kidsOf(s, c).some((k) => k > 0 && k < c && s.deprel[k].startsWith('nsubj'))) return;
  const comma = s.words.indexOf(',', c + 1);
  if (comma < 0 || comma > main) return;
  s.deprel[c] = 'advcl';
  if (kidsOf(s, main).some((k) => s.deprel[k].startsWith('nsubj') || s.deprel[k].startsWith('csubj'))) return;
  const subj = nominalAfterComma(s, comma, main, c);
  if (subj >= 0) makeSubject(s, subj, main);
}

/** Word w lies in the subtree of h. */
function inside(s: ParsedSentence, w: number, h: number): boolean {
  for (let k = w, guard = 0; k >= 0 && guard < s.words.length; guard++, k = s.head[k] - 1) if (k === h) return true;
  return false;
}

/** Saying verbs that take a clause but no object naming a party ("told", "warned", "urged" do). */
const SAY = /^(say|says|said|saying|state[sd]?|stating|announce[sd]?|announcing|add(s|ed)?|claim(s|ed)?|insist(s|ed)?|stress(es|ed)?|note[sd]?|reiterate[sd]?|assert(s|ed)?|declare[sd]?)$/i;

/**
 * "It said Tehran must stop enriching uranium" parsed with "Tehran" the object of "said" and the
 * reported clause without a subject. A saying verb's nominal object right before a reported clause
 * that has none is that clause's subject.
 */
export function reportedSubjectReadAsObject(s: ParsedSentence): void {
  for (let o = 1; o + 1 < s.words.length; o++) {
    const v = s.head[o] - 1;
    if (s.deprel[o] !== 'obj' || v < 0 || v >= o || !SAY.test(s.words[v]) || !/^(NOUN|PROPN|PRON)$/.test(s.upos[o])) continue;
    let c = -1;
    for (let k = o + 1; k < s.words.length; k++) if (s.head[k] === v + 1 && s.deprel[k] === 'ccomp') c = k;
    if (c < 0) continue;
    // Only the clause's own words (its auxiliaries) between the object and the clause's verb.
    let adjacent = true;
    for (let k = o + 1; k < c; k++) if (s.head[k] !== c + 1) adjacent = false;
    if (!adjacent || s.head.some((h, k) => h === c + 1 && s.deprel[k].startsWith('nsubj'))) continue;
    s.head[o] = c + 1;
    s.deprel[o] = 'nsubj';
  }
}

/**
 * "CENTCOM said its forces shot down three drones" parsed with "forces" the object of "said" and
 * "shot" a participle on it ("the forces shot down ..."), so nothing is reported. A saying verb
 * takes no such object: when it has no reported clause of its own, a verb right after its nominal
 * object that modifies it with no subject of its own is the reported clause, and the object its
 * subject (a "subject" after that verb is its object: "three drones").
 */
export function reportedClauseReadAsObjectModifier(s: ParsedSentence): void {
  for (let o = 1; o + 1 < s.words.length; o++) {
    const v = s.head[o] - 1;
    if (s.deprel[o] !== 'obj' || v < 0 || v >= o || !SAY.test(s.words[v]) || !/^(NOUN|PROPN|PRON)$/.test(s.upos[o])) continue;
    if (s.deprel.some((d, k) => s.head[k] === v + 1 && (d === 'ccomp' || d === 'parataxis'))) continue;
    const a = o + 1;
    if (s.head[a] !== o + 1 || s.deprel[a] !== 'acl' || s.upos[a] !== 'VERB' || !/^VB[DNPZ]$/.test(s.xpos[a])) continue;
    if (s.deprel.some((d, k) => s.head[k] === a + 1 && (k < a ? /^(nsubj|aux)/.test(d) : false))) continue;
    s.head[a] = v + 1;
    s.deprel[a] = 'ccomp';
    s.head[o] = a + 1;
    s.deprel[o] = 'nsubj';
    for (let k = a + 1; k < s.words.length; k++) if (s.head[k] === a + 1 && s.deprel[k].startsWith('nsubj')) s.deprel[k] = 'obj';
  }
}

/** Head nouns of bare time adjuncts ("last week", "this year", "Monday", "every day"). */
const TIME_NOUN = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|day|days|week|weeks|month|months|year|years|morning|evening|night|afternoon|weekend|time|times|hour|hours|minute|minutes|decade|decades|century|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * "The Japanese side expressed \"serious concern\"" parsed with "side" an `obl:unmarked` of
 * "expressed", which then has no subject. A bare nominal before a finite verb that has none, and
 * that names no time ("Last week, ..."), is the verb's subject.
 */
export function subjectReadAsAdjunct(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    const v = s.head[k] - 1;
    if (v <= k || !/^obl:(unmarked|npmod|tmod)$/.test(s.deprel[k]) || !/^(NOUN|PROPN|PRON)$/.test(s.upos[k])) continue;
    // A root participle with no auxiliary stands for the finite verb the tagger missed.
    const finite = /^VB[DPZ]$/.test(s.xpos[v]) || (s.xpos[v] === 'VBN' && s.head[v] === 0);
    if (s.upos[v] !== 'VERB' || !finite || TIME_NOUN.test(s.words[k])) continue;
    let hasSubject = false, between = false;
    for (let c = 0; c < s.words.length; c++) {
      if (s.head[c] === v + 1 && /^(nsubj|csubj|expl|aux)/.test(s.deprel[c])) hasSubject = true;
      if (c > k && c < v && s.head[c] === v + 1 && s.upos[c] !== 'ADV' && s.upos[c] !== 'AUX') between = true;
    }
    if (hasSubject || between) continue;
    s.deprel[k] = 'nsubj';
  }
}

/**
 * "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded parties to the conflict
 * to allow ..." parsed with the name as the root and "demanded" its `appos`, and the appositive's
 * head an `obl` of the verb. A finite verb with no subject of its own, hung on a root name right
 * after the comma that closes an appositive, is the main clause: it becomes the root, the name its
 * subject, and the appositive the name's `appos`.
 */
export function verbReadAsApposition(s: ParsedSentence): void {
  const r = s.head.indexOf(0);
  if (r < 0 || !/^(NOUN|PROPN)$/.test(s.upos[r])) return;
  const v = kidsOf(s, r).find((c) => c > r + 2 && s.upos[c] === 'VERB' && /^VB[DZP]$/.test(s.xpos[c]) &&
    /^(appos|parataxis|acl|dep)$/.test(s.deprel[c]) && s.words[c - 1] === ',');
  if (v === undefined) return;
  // The name ends at the appositive's opening comma ("Kenzo Oshima ,"), which is the only one before the verb's.
  const open = s.words.indexOf(',', r + 1);
  if (open >= v - 1 || s.words.slice(open + 1, v - 1).includes(',')) return;
  for (let k = r + 1; k < open; k++) if (s.head[k] !== r + 1 || !/^(flat|compound)/.test(s.deprel[k])) return;
  if (kidsOf(s, v).some((c) => /^(nsubj|csubj|expl)/.test(s.deprel[c]))) return;
  s.head[v] = 0;
  s.deprel[v] = 'root';
  s.head[r] = v + 1;
  s.deprel[r] = 'nsubj';
  for (const c of kidsOf(s, v)) {
    if (c > r && c < v - 1 && /^(NOUN|PROPN)$/.test(s.upos[c]) && /^(obl|nmod|appos)/.test(s.deprel[c])) {
      s.head[c] = r + 1;
      s.deprel[c] = 'appos';
    }
  }
  // The sentence's closing punctuation (and anything else after the verb) belongs to the new root.
  for (const c of kidsOf(s, r)) if (c > v) s.head[c] = v + 1;
}

/**
 * "Bosnian Serbs said on Tuesday their forces had completed their withdrawal" parsed with "forces"
 * a `conj` of "Tuesday" and "completed" a complement with no subject. A nominal conjoined to a day
 * with no coordinator or comma between them, before a verb of the same governor that has no
 * subject, is that verb's subject.
 */
export function subjectConjoinedToDay(s: ParsedSentence): void {
  for (let k = 1; k < s.words.length; k++) {
    const d = s.head[k] - 1;
    if (s.deprel[k] !== 'conj' || d < 0 || d >= k || !DAY.test(s.words[d]) || !/^(NOUN|PROPN|PRON)$/.test(s.upos[k])) continue;
    if (s.words.slice(d + 1, k).some((w) => w === ',' || /^(and|or)$/i.test(w))) continue;
    const g = s.head[d];
    const v = s.head.findIndex((h, c) => c > k && h === g && s.upos[c] === 'VERB' && /^(ccomp|parataxis|conj|xcomp)$/.test(s.deprel[c]));
    if (v < 0 || kidsOf(s, v).some((c) => /^(nsubj|csubj|expl)/.test(s.deprel[c]))) continue;
    // Only the verb's auxiliaries and adverbs lie between: every word there hangs on the nominal or the verb.
    let between = true;
    for (let j = k + 1; j < v; j++) if (s.head[j] !== k + 1 && s.head[j] !== v + 1) between = false;
    if (!between) continue;
    s.head[k] = v + 1;
    s.deprel[k] = 'nsubj';
    if (s.deprel[v] !== 'ccomp' && s.deprel[v] !== 'parataxis') s.deprel[v] = 'ccomp';
  }
}

/**
 * Subordinators the parser also reads as prepositions ("after", "before", "since", "until"); "as"
 * is more often a preposition, but not before a nominal and then a finite verb with no subject
 * ("killed as India and Pakistan traded fire").
 */
const SUBORDINATOR = /^(after|before|since|until|till|as)$/i;

/**
 * "Protesters clashed with police after parliament passed a law" parsed with "after parliament"
 * an oblique of "clashed" and "passed" its subjectless conjunct: the clause's subject was taken as
 * the object of a preposition. A subordinator read as the case of a nominal directly before a
 * finite verb that has no subject makes that nominal the verb's subject, and the verb an
 * adverbial clause ("after" its mark).
 */
export function subjectReadAsPrepositionObject(s: ParsedSentence): void {
  for (let p = 1; p + 2 < s.words.length; p++) {
    if (!SUBORDINATOR.test(s.words[p]) || s.deprel[p] !== 'case') continue;
    const n = s.head[p] - 1;
    if (n <= p || !/^(NOUN|PROPN|PRON)$/.test(s.upos[n])) continue;
    // The verb follows the nominal (and its conjuncts: "as India and Pakistan traded fire"); the
    // parser hangs the nominal on it or on the phrase before.
    const conjuncts = kidsOf(s, n).filter((c) => s.deprel[c] === 'conj' && /^(NOUN|PROPN)$/.test(s.upos[c]));
    const v = Math.max(n, ...conjuncts.flatMap((c) => [c, ...kidsOf(s, c).filter((k) => k > c && /^(compound|flat)$/.test(s.deprel[k]))])) + 1;
    if (s.upos[v] !== 'VERB' || !/^VB[DZP]$/.test(s.xpos[v]) || !/^(conj|parataxis|advcl|dep)$/.test(s.deprel[v])) continue;
    if (kidsOf(s, v).some((c) => /^(nsubj|csubj|expl)(:|$)|^(cc|mark)$/.test(s.deprel[c]))) continue;
    if (kidsOf(s, n).some((c) => c !== p && !/^(det|amod|compound|flat)$/.test(s.deprel[c]) && !conjuncts.includes(c))) continue;
    s.head[n] = v + 1;
    s.deprel[n] = 'nsubj';
    s.head[p] = v + 1;
    s.deprel[p] = 'mark';
    s.upos[p] = 'SCONJ';
    s.deprel[v] = 'advcl';
  }
}

/**
 * "If Russia attacks Moldova, NATO will send troops to Romania" parsed with "NATO" a conjunct of
 * "Moldova" (no coordinator, only the comma) and "send" without a subject. A conjunct with no
 * coordinator of its own, after a comma, right before a verb (and its auxiliaries and adverbs)
 * that has no subject, is that verb's subject.
 */
export function subjectReadAsConjunct(s: ParsedSentence): void {
  for (let k = 1; k + 1 < s.words.length; k++) {
    const h = s.head[k] - 1;
    if (s.deprel[k] !== 'conj' || h < 0 || h >= k || !/^(NOUN|PROPN|PRON)$/.test(s.upos[k]) || s.words[k - 1] !== ',') continue;
    const own = kidsOf(s, k);
    if (own.some((c) => s.deprel[c] === 'cc' || c > k)) continue;
    let v = k + 1;
    while (v < s.words.length && /^(AUX|ADV|PART)$/.test(s.upos[v])) v++;
    if (v >= s.words.length || s.upos[v] !== 'VERB' || !/^VB[DZP]?$/.test(s.xpos[v]) || s.head[v] - 1 === k) continue;
    if (kidsOf(s, v).some((c) => /^(nsubj|csubj|expl)/.test(s.deprel[c]))) continue;
    let between = true;
    for (let w = k + 1; w < v; w++) if (s.head[w] !== v + 1) between = false;
    if (!between) continue;
    s.head[k] = v + 1;
    s.deprel[k] = 'nsubj';
  }
}

/**
 * "After talks collapsed, Israel resumed strikes" parsed with "talks" an oblique of "resumed" and
 * "collapsed" a clause on "talks": the subordinate clause's subject taken as the object of the
 * subordinator read as a preposition (or as the main verb's mark). A past or present verb (or a
 * bare -ed participle) right after that nominal, hung on it with no subject of its own, is the subordinate clause: the
 * nominal its subject, the subordinator its mark, the clause an adverbial of the nominal's head.
 */
export function subordinateClauseReadAsNounModifier(s: ParsedSentence): void {
  for (let p = 0; p + 2 < s.words.length; p++) {
    if (!SUBORDINATOR.test(s.words[p])) continue;
    let n = p + 1;
    while (n < s.words.length && s.head[n] > n + 1 && /^(det|amod|compound|nummod)$/.test(s.deprel[n])) n++;
    const v = n + 1, h = s.head[n] - 1;
    // The nominal may also be the main verb's subject ("After the talks collapsed in Geneva, Russia
    // expelled ..." with "talks" the subject of "expelled"): a subject marked by "after" is none.
    const subjectMarked = s.deprel[n].startsWith('nsubj') && s.deprel[p] === 'case';
    if (v >= s.words.length || h < 0 || !/^(NOUN|PROPN|PRON)$/.test(s.upos[n]) || !(/^(obl|nmod)/.test(s.deprel[n]) || subjectMarked)) continue;
    if (!((s.deprel[p] === 'case' && s.head[p] === n + 1) || (s.deprel[p] === 'mark' && s.head[p] === h + 1))) continue;
    // A participle with no phrase of its own ("after talks collapsed,") is the past tense; one with
    // a phrase may be a modifier ("after talks held in Doha"), unless the nominal was taken as a subject.
    const bare = s.xpos[v] === 'VBN' && (subjectMarked || (/ed$/.test(s.words[v]) && kidsOf(s, v).every((c) => /^(punct|advmod)$/.test(s.deprel[c]))));
    if (s.upos[v] !== 'VERB' || !(/^VB[DZP]$/.test(s.xpos[v]) || bare) || s.deprel[v] !== 'acl' || s.head[v] !== n + 1) continue;
    if (kidsOf(s, v).some((c) => /^(nsubj|csubj|expl)(:|$)|^mark$/.test(s.deprel[c]))) continue;
    s.head[v] = h + 1;
    s.deprel[v] = 'advcl';
    s.head[n] = v + 1;
    s.deprel[n] = 'nsubj';
    s.head[p] = v + 1;
    s.deprel[p] = 'mark';
    s.upos[p] = 'SCONJ';
  }
}

/**
 * "According to the state news agency KCNA, Kim Jong Un inspected a launch" parsed with "KCNA" the
 * subject of "inspected" and "Kim Jong Un" its conjunct (or with "KCNA" an oblique and the verb
 * subjectless). The phrase "according to" opens is the
 * report's source, an oblique; the nominal after its comma, conjoined to it without a coordinator,
 * is the subject.
 */
export function accordingPhraseReadAsSubject(s: ParsedSentence): void {
  for (let a = 0; a + 2 < s.words.length; a++) {
    if (s.words[a].toLowerCase() !== 'according' || s.words[a + 1].toLowerCase() !== 'to' || s.deprel[a] !== 'case') continue;
    const h = s.head[a] - 1;
    const v = s.head[h] - 1;
    // The phrase may also be read right, an oblique, with the subject its conjunct and the verb
    // subjectless ("According to the Inquirer, President Marcos will visit Japan").
    const subjectless = s.deprel[h] === 'obl' && !kidsOf(s, v).some((c) => /^(nsubj|csubj|expl)/.test(s.deprel[c]));
    if (h < 0 || v < 0 || !(s.deprel[h].startsWith('nsubj') || subjectless) || s.upos[v] !== 'VERB') continue;
    const subj = kidsOf(s, h).find((c) => s.deprel[c] === 'conj' && c > h && s.words.slice(h + 1, c).includes(',') &&
      !kidsOf(s, c).some((k) => s.deprel[k] === 'cc'));
    if (subj === undefined) continue;
    s.head[subj] = v + 1;
    s.deprel[subj] = 'nsubj';
    s.deprel[h] = 'obl';
    for (const c of kidsOf(s, h)) if (c < h && s.deprel[c].startsWith('nsubj')) s.deprel[c] = 'compound';
  }
}

/**
 * "Japan and South Korea agreed ..." parsed with "South" a `conj` of "Japan" and "Korea" a second
 * subject of "agreed" (or "Africa" a `flat` of "Japan"). A proper noun conjoined to a nominal,
 * followed at once by a proper noun that holds the same relation to that nominal's head or hangs on
 * the nominal as `flat`, is the first word of the conjunct's name: the later word becomes the
 * conjunct, and the earlier its compound.
 */
export function nameSplitAtConjunct(s: ParsedSentence): void {
  for (let k = 0; k + 1 < s.words.length; k++) {
    const a = s.head[k] - 1, n = k + 1;
    if (s.deprel[k] !== 'conj' || a < 0 || a >= k || s.upos[k] !== 'PROPN' || s.upos[n] !== 'PROPN') continue;
    const sibling = s.head[n] === s.head[a] && s.deprel[n] === s.deprel[a] && /^(nsubj|obj|iobj|obl)/.test(s.deprel[a]);
    const flatOnFirst = s.head[n] === a + 1 && s.deprel[n] === 'flat';
    if (!sibling && !flatOnFirst) continue;
    for (let c = 0; c < s.words.length; c++) if (s.head[c] === k + 1) s.head[c] = n + 1;
    s.head[n] = a + 1;
    s.deprel[n] = 'conj';
    s.head[k] = n + 1;
    s.deprel[k] = 'compound';
  }
}

/**
 * "Ethiopian and Eritrean troops clashed" parsed with "Ethiopian" a subject, "Eritrean" its
 * conjunct and "troops" a second subject of "clashed". Conjoined proper nouns or adjectives right
 * before a common noun that is the same verb's subject modify it: the first becomes the noun's
 * `amod` (its conjuncts follow it), and the noun is the one subject.
 */
export function modifiersReadAsSubject(s: ParsedSentence): void {
  for (let x = 0; x + 3 < s.words.length; x++) {
    const v = s.head[x] - 1;
    if (s.deprel[x] !== 'nsubj' || v <= x || !/^(PROPN|ADJ)$/.test(s.upos[x])) continue;
    let y = -1;
    for (let c = x + 1; c < v; c++) if (s.head[c] === x + 1 && s.deprel[c] === 'conj' && /^(PROPN|ADJ)$/.test(s.upos[c])) y = c;
    const n = y + 1;
    if (y < 0 || n >= v || s.upos[n] !== 'NOUN' || s.head[n] !== v + 1 || s.deprel[n] !== 'nsubj') continue;
    if (s.words.slice(x, n).some((w, i) => s.upos[x + i] === 'PROPN' && !/^[A-Z]/.test(w))) continue;
    s.head[x] = n + 1;
    s.deprel[x] = 'amod';
  }
}

/**
 * "North Korea test-fired two missiles" parsed with "Korea" an `nsubj:pass` of "fired". A passive
 * subject needs a passive auxiliary; a verb with none and an object of its own is active.
 */
export function passiveSubjectWithoutAuxiliary(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    const v = s.head[k] - 1;
    if (s.deprel[k] !== 'nsubj:pass' || v < 0 || s.upos[v] !== 'VERB') continue;
    const kids = kidsOf(s, v);
    // "The North also fired two missiles" may come with the object read as an agent with no "by".
    const agents = kids.filter((c) => c > v && s.deprel[c] === 'obl:agent' && !kidsOf(s, c).some((x) => s.deprel[x] === 'case'));
    if (kids.some((c) => s.deprel[c] === 'aux:pass' || s.deprel[c] === 'cop') || !kids.some((c) => c > v && s.deprel[c] === 'obj') && agents.length !== 1) continue;
    s.deprel[k] = 'nsubj';
    for (const a of agents) s.deprel[a] = 'obj';
  }
}

/**
 * "Russia attacked Kyiv on Monday and Ukraine retaliated" parsed with "Ukraine" a `conj` of
 * "Monday" and "attacked" an adverbial clause of "retaliated". A nominal joined to a day by "and"
 * or "but", directly before a verb with no subject, is that verb's subject, and the verb is the
 * conjunct of the clause holding the day.
 */
export function clauseConjoinedToDay(s: ParsedSentence): void {
  for (let k = 2; k + 1 < s.words.length; k++) {
    const d = s.head[k] - 1, v = k + 1;
    if (s.deprel[k] !== 'conj' || d < 0 || d >= k || !DAY.test(s.words[d]) || !/^(NOUN|PROPN|PRON)$/.test(s.upos[k])) continue;
    const cc = k - 1;
    if (!/^(and|but)$/i.test(s.words[cc]) || s.upos[v] !== 'VERB' || kidsOf(s, v).some((c) => /^(nsubj|csubj|expl)/.test(s.deprel[c]))) continue;
    const g = s.head[d] - 1;
    if (g < 0 || s.upos[g] !== 'VERB') continue;
    if (s.head[g] === v + 1 && s.deprel[g] === 'advcl') {
      s.head[g] = s.head[v];
      s.deprel[g] = s.deprel[v];
      for (let c = v + 1; c < s.words.length; c++) if (s.head[c] === v + 1 && s.upos[c] === 'PUNCT') s.head[c] = g + 1;
    } else if (s.head[v] !== g + 1) continue;
    s.head[v] = g + 1;
    s.deprel[v] = 'conj';
    s.head[k] = v + 1;
    s.deprel[k] = 'nsubj';
    s.head[cc] = v + 1;
    s.deprel[cc] = 'cc';
  }
}

/**
 * "The UN Secretary-General condemned the attack" parsed with "The" and "UN" a `det` and a
 * `compound` of "condemned" and "Secretary" its subject. Determiners, compounds and adjectives
 * modify nouns, never verbs: one on a verb before that verb's subject belongs to the subject (and
 * with no subject, the compound right before the verb is it: compoundAsSubject).
 */
export function compoundOnVerb(s: ParsedSentence): void {
  for (let k = 0; k < s.words.length; k++) {
    const v = s.head[k] - 1;
    if (v < 0 || s.upos[v] !== 'VERB' || !/^(compound|det|amod)$/.test(s.deprel[k])) continue;
    const subj = s.head.findIndex((h, c) => h === v + 1 && c > k && c < v && s.deprel[c].startsWith('nsubj'));
    if (subj >= 0) s.head[k] = subj + 1;
  }
  compoundAsSubject(s);
}

/**
 * "Islamic State attacked a police station" parsed with "State" a `compound` and "Islamic" an
 * `amod` of "attacked", which has no subject: the last name or noun of that run right before the
 * verb is its subject, and the words before it modify it.
 */
function compoundAsSubject(s: ParsedSentence): void {
  for (let v = 1; v < s.words.length; v++) {
    const n = v - 1;
    if (s.upos[v] !== 'VERB' || s.head[n] !== v + 1 || s.deprel[n] !== 'compound' || !/^(NOUN|PROPN)$/.test(s.upos[n])) continue;
    if (s.head.some((h, c) => h === v + 1 && /^(nsubj|csubj|expl)/.test(s.deprel[c]))) continue;
    s.deprel[n] = 'nsubj';
    for (let k = 0; k < n; k++) if (s.head[k] === v + 1 && /^(compound|det|amod)$/.test(s.deprel[k])) s.head[k] = n + 1;
  }
}

/**
 * "Armenian and Azerbaijani forces clashed ..., both sides said" parsed with "Armenian" heading the
 * clause and "clashed" its conjunct. Two capitalised modifiers joined by "and" right before the
 * subject noun of the verb they head are the noun's (the first its `amod`, the second its
 * conjunct), and the verb takes the first one's place in the tree.
 */
export function modifiersReadAsClause(s: ParsedSentence): void {
  for (let a = 0; a + 3 < s.words.length; a++) {
    const b = a + 2, n = a + 3, v = s.head[n] - 1;
    if (s.words[a + 1].toLowerCase() !== 'and' || !/^[A-Z]/.test(s.words[a]) || !/^[A-Z]/.test(s.words[b])) continue;
    if (!/^(ADJ|PROPN)$/.test(s.upos[a]) || !/^(ADJ|PROPN)$/.test(s.upos[b]) || s.upos[n] !== 'NOUN') continue;
    if (!s.deprel[n].startsWith('nsubj') || v < 0 || s.upos[v] !== 'VERB' || s.head[v] !== a + 1 || s.deprel[v] !== 'conj') continue;
    s.head[v] = s.head[a];
    s.deprel[v] = s.deprel[a];
    for (let k = 0; k < s.words.length; k++) if (k !== v && s.head[k] === a + 1 && k > n) s.head[k] = v + 1;
    s.head[a] = n + 1;
    s.deprel[a] = 'amod';
    s.head[b] = a + 1;
    s.deprel[b] = 'conj';
    s.head[a + 1] = b + 1;
    s.deprel[a + 1] = 'cc';
  }
}
