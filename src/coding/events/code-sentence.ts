/**
 * Events of one parsed sentence: every verb with a dictionary entry is matched against its
 * clause; verbs joined by xcomp combine their codes ("agreed to meet", "refused to cooperate");
 * compound actors give one event per member.
 *
 * Reporting verbs (say, tell, claim, warn, ...) are also CAMEO verbs. When the clause they report
 * yields an event, that event is what the sentence is about: it is coded with attribution
 * 'reported' (speaker = the reporting verb's subject) and the speech act itself is only coded
 * when it is directed at someone ("told Gondor", "warned Gondor") -- so "Arnor said Gondor
 * attacked Mordor" gives one event, as PETRARCH does, not a second "make statement".
 */
import type { ActorMention } from '../actors/types.js';
import type { CitedSource, Genre, Span } from '../types.js';
import { type RawAttribution, attributionOf, isReportingVerb } from './attribution.js';
import { combineCodes } from './codes.js';
import { type VerbMatch, matchVerb } from './match.js';
import { Mentions, membersOf } from './mentions.js';
import { FORECAST_HEADS, HEARSAY_HEADS, type ModalityResult, modalityOf } from './modality.js';
import { intentCode, threatCode } from '../../cameo/intent.js';
import { isSendingVerb } from './sending.js';
import { demandCode } from '../../cameo/demand.js';
import { appealCode } from '../../cameo/appeal.js';
import { rejectCode } from '../../cameo/reject.js';
import { ceaseCode } from '../../cameo/cease.js';
import { releasedPersons } from './release.js';
import { thirdPlaceCode } from './third-place.js';
import { accusationKind, againstPolicy, chargedAct, demandable, demandContent, expulsionCode, ORDERS, PROTESTS, protestAim } from './act-kinds.js';
import { mutual, reciprocal } from './mutual.js';
import { isNamingUse } from './naming.js';
import { demandedBy, isObligation } from './demand.js';
import { isBackground, isHistorical } from './background.js';
import { announcedIntent, announcedRefusal, conditionSubject, isCommitment, isRefusal, isThreatened, refusedBy } from './intent.js';
import { caseOf, controller, nominalRoles, rolesOf } from './roles.js';
import { isPress, reportsAnother } from './speech-acts.js';
import { firstComplementActor, simultaneousSubject, purposeObject, relationNoun, reportedSubject, sameState, sentOwn, sharedComplementActor, upperSource } from './targets.js';
import type { Tree } from './tree.js';
import type { VerbIndex } from './verb-index.js';

export interface RawEvent {
  /** The predicate whose clause the event comes from (the upper verb of a combination). */
  verb: number;
  source: ActorMention | null;
  target: ActorMention | null;
  code: string;
  modality: ModalityResult;
  attribution: RawAttribution;
  /** First and last word of the evidence clause. */
  words: [number, number];
  rule: string;
  /** An announced intent (intent.ts): dated by the announcing verb ("said on Tuesday that ... will"). */
  announcement?: true;
}

export interface SentenceInput {
  t: Tree;
  mentions: readonly ActorMention[];
  verbs: VerbIndex;
  cited: readonly CitedSource[];
  span: Span;
  /** The document's date: a clause dated years before it is history, not news (background.ts). */
  published?: string | null;
  /** The document's genre: in news, an actor's future in the author's voice is its announced plan (intent.ts). */
  genre?: Genre;
  explain?: boolean;
}

/** What one predicate's clause codes to, before compound actors are expanded. */
export interface Clause {
  verb: number;
  top: number;
  /** The `[active:passive]` passive code: an event in the other direction ("arrived in" -> host). */
  reverse: string | null;
  /** The verb whose clause chain decides modality: the lowest verb whose code is in the event. */
  modalFrom: number;
  code: string | null;
  source?: ActorMention;
  target?: ActorMention;
  rule: string;
  /** False when the target is only the subject of a reported clause (used if that clause codes nothing). */
  ownTarget: boolean;
}

export function codeSentence(input: SentenceInput): { events: RawEvent[]; trace: string[] } {
  const { t, verbs } = input;
  const mentions = new Mentions(input.mentions, t.n);
  const trace: string[] = [];
  const matches = new Map<number, VerbMatch | null>();
  const matchOf = (v: number) => {
    if (!matches.has(v)) {
      const m = matchVerb(t, v, verbs, mentions, input.explain);
      const naming = isNamingUse(t, v, m);
      if (naming && input.explain) trace.push(`${t.s.words[v]}: calls something by a name (a predicative complement): no phone call`);
      matches.set(v, naming ? null : m);
    }
    return matches.get(v)!;
  };
  const clauses: Clause[] = [];
  for (let v = 0; v < t.n; v++) {
    if (t.upos(v) === 'NOUN') {
      const c = nominalClause(t, v, mentions, matchOf);
      if (c) clauses.push(c);
      continue;
    }
    if (!isPredicate(t, v) || absorbedBy(t, v) >= 0) continue;
    const c = clauseOf(t, v, mentions, matchOf, trace, input.explain);
    if (c) clauses.push(c);
  }
  // "reaffirmed their support for Ukraine": a noun a verb's pattern matched ("* SUPPORT") is part
  // of that verb's event, not an event noun of its own.
  const patterned = new Set(clauses.flatMap((c) => (t.upos(c.verb) === 'VERB' && matches.get(c.verb)?.pattern ? matches.get(c.verb)!.words : [])));
  const inPattern = (c: Clause) => t.upos(c.verb) === 'NOUN' && patterned.has(c.verb);
  const live = clauses.filter((c) => !isBackground(t, c.verb) && !isHistorical(t, c.verb, input.published ?? null) && !inPattern(c));
  if (input.explain) {
    for (const c of clauses) {
      if (inPattern(c)) trace.push(`${t.s.words[c.verb]}: left out, an event noun its verb's pattern matched`);
      else if (!live.includes(c)) trace.push(`${t.s.words[c.verb]}: left out, a background clause ("... years after ...", "in the 1970s")`);
    }
  }
  const kept = live.filter((c) => (c.code !== null || c.reverse !== null) && !reportsAnother(t, c, live));
  const events: RawEvent[] = [];
  const demanded = new Set<string>();
  for (const c of kept) {
    const modality = modalityOf(t, c.modalFrom);
    const attribution = attributionOf(t, c.top, mentions, input.cited, input.span);
    const words = clauseWords(t, c.top);
    // A statement to the press ("told reporters", "told Reuters") is made to no party.
    const pairs = dyads(c.source, isReportingVerb(t, c.verb) && isPress(c.target) ? undefined : c.target, c.code);
    if (input.explain) trace.push(`${t.s.words[c.verb]}: ${c.code}${c.reverse ? `:${c.reverse}` : ''} ${pairs.length} dyad(s), ${modality.modality} (${modality.why}), ${attribution.voice}`);
    for (const [source, target] of pairs) {
      const intent = c.code !== null ? announcedIntent(t, c.modalFrom, modality, attribution, source, input.genre) : null;
      const intentCodeHere = intent && c.code !== null ? (isThreatened(t, c.modalFrom) ? threatCode(c.code) : intentCode(c.code)) : null;
      if (intentCodeHere) {
        if (input.explain) trace.push(`${t.s.words[c.verb]}: ${c.code} announced -> ${intentCodeHere} actual (${intent})`);
        const aimed = target ?? conditionSubject(t, c.modalFrom, mentions, source ?? null) ?? null;
        events.push({ verb: c.verb, source, target: aimed, code: intentCodeHere, modality: { modality: 'actual', why: `announced intent: ${intent}` }, attribution, words, rule: `${c.rule}+intent`, announcement: true });
      }
      // An announced intent that is already a CAMEO intent code ("offered to mediate", 039) happened.
      const already = intent !== null && c.code !== null && c.code.startsWith('03');
      const own = already ? { modality: 'actual' as const, why: `announced intent: ${intent}` } : modality;
      if (c.code !== null) events.push({ verb: c.verb, source, target, code: c.code, modality: own, attribution, words, rule: c.rule, ...(already ? { announcement: true as const } : {}) });
      if (c.reverse !== null && target) events.push({ verb: c.verb, source: target, target: source, code: c.reverse, modality, attribution, words, rule: c.rule });
      // "Israel refused to meet Jordan's king": the refusal happened (12x); the meeting is negated.
      const refusal = c.code !== null && modality.modality === 'negated' ? refusedBy(t, c.modalFrom) : -1;
      const rejected = refusal >= 0 ? rejectCode(c.code!) : null;
      if (rejected) {
        if (input.explain) trace.push(`${t.s.words[c.verb]}: ${c.code} refused by "${t.s.words[refusal]}" -> ${rejected} actual`);
        events.push({ verb: refusal, source, target, code: rejected, modality: { modality: 'actual', why: `refused by "${t.s.words[refusal]}"` }, attribution, words, rule: `${c.rule}+refusal` });
      }
      // "Police will no longer tolerate rallies": announcing that one will not yield is refusing now
      // (12x), and warning of it a threat (130); refusing to attack is neither (rejectCode null).
      const declined = refusal < 0 && c.code !== null ? announcedRefusal(t, c.modalFrom, modality, attribution, source, input.genre) : null;
      const declinedCode = declined ? rejectCode(c.code!) : null;
      if (declined && declinedCode) {
        const code = isThreatened(t, c.modalFrom) ? '130' : declinedCode;
        if (input.explain) trace.push(`${t.s.words[c.verb]}: ${c.code} announced as not done -> ${code} actual (${declined})`);
        events.push({ verb: c.verb, source, target, code, modality: { modality: 'actual', why: `announced refusal: ${declined}` }, attribution, words, rule: `${c.rule}+refusal`, announcement: true });
      }
      // "Britain said Libya must hand over the suspects": the speaker's demand happened.
      const demander = c.code !== null ? demandedBy(t, c.modalFrom, attribution, source) : null;
      const key = `${demander?.actor}>${source?.actor}`;
      if (demander && source && !demanded.has(key)) {
        demanded.add(key);
        const code = demandCode(c.code!);
        if (input.explain) trace.push(`${t.s.words[c.verb]}: ${c.code} demanded by "${t.s.words[demander.head]}" -> ${code} actual`);
        events.push({ verb: c.verb, source: demander, target: source, code, modality: { modality: 'actual', why: `demanded by "${t.s.words[demander.head]}"` }, attribution, words, rule: `${c.rule}+demand`, announcement: true });
      }
    }
  }
  return { events: withoutTargetlessTwins(events, trace, input.explain === true), trace };
}

/** Verbs heading a clause; "According" in "according to" is a preposition the tagger calls a verb. */
function isPredicate(t: Tree, v: number): boolean {
  return t.upos(v) === 'VERB' && !/^(case|mark|fixed)$/.test(t.base(v));
}

/** The verb whose clause v is folded into (subject-controlled xcomp), or -1. */
function absorbedBy(t: Tree, v: number): number {
  const h = t.head(v);
  // "marched close to the border": an adjective complement is no verb of its own.
  if (h < 0 || t.base(v) !== 'xcomp' || t.upos(h) !== 'VERB' || t.upos(v) !== 'VERB') return -1;
  if (t.kids[v].some((c) => t.base(c) === 'nsubj')) return -1;
  return h;
}

function clauseOf(
  t: Tree, v: number, mentions: Mentions, matchOf: (v: number) => VerbMatch | null, trace: string[], explain?: boolean,
): Clause | null {
  const m = matchOf(v);
  const roles = rolesOf(t, v, mentions);
  if (explain && m) trace.push(`${t.s.words[v]} (${v + 1}) entry ${m.entry.lemma.words.join('_')}:`, ...m.trace.map((x) => `  ${x}`));
  let source = roles.source, target = roles.target;
  // "Tensions between China and Japan rose": the parties to a relation noun are not what its verb
  // says of it, unless the pattern names the noun ("talks between X and Y collapsed", - TALKS *).
  const relation = source ? relationNoun(t, source.head) : -1;
  if (relation >= 0 && !(m?.words ?? []).includes(relation)) source = undefined;
  if (m?.slots.source) source = m.slots.source;
  if (m?.slots.target) target = m.slots.target;
  if (m?.slots.compound && !m.slots.target) target = m.slots.compound;
  // "Gondor's prime minister noted that Mordor regretted ..." with REGRET's "- NOTED + *": a pattern
  // that names the governing verb and binds the clause's subject as target has that verb's subject as source.
  if (m?.slots.target && !m.slots.source && source?.actor === m.slots.target.actor) source = upperSource(t, v, m.words, mentions) ?? source;
  // "Police in Jakarta were placed on high alert": forces put on alert or mobilized with no agent
  // named are the ones whose posture changes (CAMEO 15x has no target of its own).
  if (!source && t.isPassive(v) && (m?.code.active ?? '').startsWith('15')) {
    const subject = t.kids[v].find((c) => t.rel(c) === 'nsubj:pass');
    const patient = subject === undefined ? undefined : mentions.forSubtree(t, subject);
    if (patient) [source, target] = [patient, target?.actor === patient.actor ? undefined : target];
  }
  // "The Security Council praised the UN mission in Haiti": an organisation's own body or parent is
  // no party to its act (dyads()); the act's target is found further on.
  const moved = sentOwn(t, v, source, target) || (!!source?.code && !!target?.code && sameBody(source.code, target.code)) ? target : undefined;
  if (moved) target = undefined;
  const ownTarget = target;
  target ??= firstComplementActor(t, v, mentions, source, moved) ?? sharedComplementActor(t, v, mentions, source);
  const purpose = target ? undefined : purposeObject(t, v, mentions, source);
  target ??= purpose;
  const fromReport = !target;
  target ??= reportedSubject(t, v, mentions, source);
  if (m?.code.active) target ??= simultaneousSubject(t, v, mentions, m.code.active, source);
  // "Iran's foreign minister said Tehran would not ...": what a speaker says of its own state is no
  // act aimed at it.
  // Nor is a warning of what its own state will do ("Egypt's minister warned that Egypt would take
  // all measures": 130 with no target). (A demand of one's own government is one: "Opposition
  // groups in Zimbabwe demanded that Mugabe ...".)
  if (fromReport && target && sameState(source, target) && isReportingVerb(t, v) && /^(01|13)/.test(m?.code.active ?? '')) target = undefined;
  // "Gondor and Osgiliath renewed ties": members of a compound subject act on each other, also
  // when the only other actor is where they met ("held talks in Manila") or the agent of another
  // act in the clause ("restored relations in a deal brokered by China").
  const agentOfOther = !ownTarget && !!target && caseOf(t, target.head) === 'by' && t.head(target.head) !== v;
  // A place is no partner in a fight: "Turkey and Iran struck Kurdish positions in Iraq" is aimed at
  // Iraq, not at each other (CAMEO roots 10-20 are the conflictual ones).
  // Nor is the body whose gathering is the venue: "Lavrov and Blinken met on the sidelines of the G20 summit".
  const meetsThere = (target?.place === true || (!!target && !ownTarget && atVenue(t, target.head, v))) && !!m?.code.active && m.code.active.slice(0, 2) < '10';
  // Nor is their own country where they fight each other: "The Sudanese army and the Rapid Support
  // Forces resumed fighting in Khartoum".
  const fightsAtHome = target?.place === true && !!target.country && (source?.members?.length ?? 0) > 1
    && source!.members!.every((x) => x.country === target?.country);
  // An unresolved target ("reopen their embassies", "clashed along their border") names no partner.
  const unresolved = !!target && target.code === null && (target.members?.length ?? 0) <= 1;
  // A purpose's object is no partner either: "Egypt and Israel signed an agreement to reopen the Rafah crossing";
  // nor is a bare role noun whose state is only borrowed from context: "the Afghan government and the
  // Taliban exchanged prisoners".
  const borrowed = !!target && target.via === 'agent' && /agent-country:(recent|dominant|sentence|dateline)/.test(target.rule);
  if ((!target || unresolved || meetsThere || fightsAtHome || agentOfOther || borrowed || (!!purpose && target === purpose)) && (source?.members?.length ?? 0) > 1 && m?.code.active && (mutual(m.code.active) || reciprocal(t, v))) target = source;
  // A commitment verb's own default code is a commitment: "Jordan and Britain agreed to undertake
  // joint exercises" (AGREE's default, 050) is CAMEO's intent code (032), not the cooperation
  // itself. A code a pattern gives ("promised aid") is the dictionary's choice and stays.
  const byDefault = m !== null && m.pattern === null && m.code.active !== null && isCommitment(t, v);
  const chosen = releasedPersons(t, v, m, target) ?? (byDefault ? intentCode(m.code.active!) ?? m.code.active : m?.code.active ?? null);
  // The DEMAND block shares its patterns with URGE, PUSH and WANT, written with appeal codes (02x):
  // for a verb whose own code is a demand, the pattern's appeal is its demand mirror ("demanded
  // elections", the URGE pattern's 0241, is 1041).
  const mirrored = chosen?.startsWith('02') && m?.defaultCode.active?.startsWith('10') ? demandCode(chosen) : chosen;
  // The code a lower clause gives on its own (no trace), for the kinds below (act-kinds.ts).
  const codeOf = (c: number): string | null => clauseOf(t, c, mentions, matchOf, [], false)?.code ?? null;
  // "demanded that Saudi Arabia mediate": a bare demand takes its kind from the act demanded in its
  // that-clause (CAMEO's 10x mirror of the act's code, src/cameo/demand.ts).
  const comp = mirrored === '100' ? t.child(v, 'ccomp') : -1;
  const act = comp >= 0 ? demandable(codeOf(comp)) : null;
  let code = act !== null ? demandCode(act) : mirrored;
  if (explain && act !== null) trace.push(`${t.s.words[v]}: demands ${t.s.words[comp]} (${act}) -> ${code}`);
  // "rejected demands that he step down": rejecting a demand for an act is rejecting the act (12x, src/cameo/reject.ts).
  const asked = isRefusal(t, v) ? demandContent(t, v) : -1;
  const askedCode = asked >= 0 ? codeOf(asked) : null;
  const rejectedAct = askedCode !== null ? rejectCode(askedCode) : null;
  if (rejectedAct !== null) {
    if (explain) trace.push(`${t.s.words[v]}: rejects a demand for ${t.s.words[asked]} (${askedCode}) -> ${rejectedAct}`);
    code = rejectedAct;
  }
  // "accused the security forces of torturing detainees": a bare accusation takes its kind from
  // the act charged (1122 abuses, 1123 aggression, 1124 war crimes).
  const charged = code === '112' ? chargedAct(t, v, codeOf) : null;
  const kind = charged !== null ? accusationKind(charged.code) : null;
  if (charged !== null && kind !== null) {
    if (explain) trace.push(`${t.s.words[v]}: accuses of ${t.s.words[charged.verb]} (${charged.code}) -> ${kind}`);
    code = kind;
  }
  // "blocked roads to demand the president's resignation": a protest for a political demand is
  // CAMEO's protest subcode of the demand's kind (1041-1044 -> 14x1-14x4).
  const aim = code !== null && PROTESTS.test(code) ? protestAim(t, v, codeOf) : null;
  if (aim !== null) {
    if (explain) trace.push(`${t.s.words[v]}: a protest for ${aim.code} ("${t.s.words[aim.verb]}") -> ${code}${aim.code.slice(3)}`);
    code = `${code}${aim.code.slice(3)}`;
  }
  // "rallied against the quota system", "went on strike to protest against the fuel tax": a protest
  // against a policy is one for policy change (14x2).
  const policy = code !== null && PROTESTS.test(code) ? againstPolicy(t, v) : -1;
  if (policy >= 0) {
    if (explain) trace.push(`${t.s.words[v]}: a protest against "${t.s.words[policy]}" -> ${code}2`);
    code = `${code}2`;
  }
  // A meeting held in a country none of the parties is from is CAMEO's third-location meeting (044).
  code = thirdPlaceCode(t, v, code, mentions, source, target) ?? code;
  // "Russia withdrew its troops from Kherson": a town or region a force pulls out of is where it was,
  // no recipient (PLOVER's RETREAT needs none); a state it pulls out of ("from Syria") is no place
  // (locative.ts) and stays its target.
  if (code?.startsWith('0874') && target?.place === true) target = undefined;
  // "Russia sent troops to attack Ukraine": forces sent against the object of a hostile purpose are
  // armed forces mobilized against it (154), not military cooperation with it (SEND's 062, 072).
  if (purpose && target === purpose && /^0[67]/.test(code ?? '') && isSendingVerb(t.lower(v)) && hostilePurpose(t, v, purpose, codeOf)) code = '154';
  // "Vietnam would firmly protect its sovereignty": protecting no one else (nothing, a place, itself) is no
  // protection given (DEFEND's and PROTECT's default, 074, needs a recipient).
  if (m !== null && m.pattern === null && code === '074' && (!target || target.place === true || target.actor === source?.actor)) code = null;
  const reverse = m?.code.passive ?? null;
  const rule = m ? m.rule : '';
  // "Britain said Sudan and the rebels must reach an agreement": a reported obligation whose clause
  // codes nothing of its own is still the speaker's demand of its subject (100).
  // A reporting verb with no reported clause ("declared a ceasefire") has no obligation to read.
  const reported = t.child(v, 'ccomp');
  const obliged = fromReport && !!target && code !== null && reported >= 0 && isReportingVerb(t, v) && isObligation(t, reported);
  const own: Clause | null = m
    ? obliged ? { verb: v, top: v, modalFrom: v, code: '100', reverse: null, source, target, rule: `${rule}+demand`, ownTarget: false }
      : { verb: v, top: v, modalFrom: v, code, reverse, source, target, rule, ownTarget: !fromReport }
    : null;
  // "Speaking for the RSF delegation, X accused ...": whom a speaker speaks for is who speaks (roles.ts),
  // no one spoken to.
  if (t.base(v) === 'advcl' && t.lower(v) === 'speaking' && t.kids[v].some((c) => t.base(c) === 'obl' && /^(for|behalf)$/.test(t.lower(c) === 'behalf' ? 'behalf' : caseOf(t, c) ?? ''))) return null;
  // "A Hamas official, who asked not to be named, said ...": asking (or declining) to be named,
  // identified or quoted is the speaker's anonymity, no act.
  if (t.kids[v].some((c) => /^(ccomp|xcomp)$/.test(t.base(c)) && t.isPassive(c) && ANONYMOUS.test(t.lower(c)))) return null;
  const lowerVerb = t.kids[v].find((c) => absorbedBy(t, c) === v);
  if (lowerVerb === undefined) return own;
  // "Japan expressed regret over the incident" with "regret" tagged a verb: a word the verb's own
  // pattern matched ("- * REGRET", 018) is that pattern's noun, no clause of its own (REGRET's 110).
  // (An infinitive the pattern names, "plans to visit", is still the act.)
  const infinitive = t.kids[lowerVerb].some((c) => t.base(c) === 'mark' && t.lower(c) === 'to');
  if (m?.pattern && m.words.includes(lowerVerb) && !infinitive) return own;
  const low = clauseOf(t, lowerVerb, mentions, matchOf, trace, explain);
  const objectControl = controller(t, v) >= 0 || t.child(v, 'iobj') >= 0;
  if (code === null && m && (!low || (low.code === null && low.reverse === null)) && isRefusal(t, v)) return refusal(t, v, lowerVerb, own!, low);
  // "Venezuela urged Washington to lift sanctions": a bare appeal (020, or the appeal verb's own
  // code) takes the code of appealing for the act it asks for (appeal.ts: lifting sanctions, 085,
  // makes 0254), as does a pattern's coarser one ("urged NATO to deepen military cooperation": the
  // pattern's 022 for any cooperation, the act's 0212). A pattern's appeal as specific stays.
  // An appeal is to someone: an act the subject itself hopes or asks to do ("Ukraine hopes to join the
  // EU", subject control) is no appeal for it.
  const addressed = objectControl || t.base(lowerVerb) !== 'xcomp' || t.kids[v].some((c) => c > v && c < lowerVerb && /^(obj|iobj|obl)$/.test(t.base(c)));
  if (own && code !== null && code.startsWith('02') && low?.code && addressed) {
    const appeal = appealCode(low.code);
    if (appeal && (code === '020' || m?.pattern === null || appeal.length > code.length)) {
      if (explain) trace.push(`appeal ${code} (${t.s.words[v]}) for ${low.code} (${t.s.words[lowerVerb]}) -> ${appeal}`);
      return { ...own, code: appeal, rule: `${own.rule}+${low.rule}` };
    }
  }
  // What the subject hopes or asks to do itself is its act, hoped for: "Iran hopes to sign a trade
  // deal with Pakistan" is the signing (057), not yet done, not an appeal (HOPE's own 020).
  if (own && code !== null && code.startsWith('02') && m?.pattern === null && low?.code && !addressed) {
    if (explain) trace.push(`${t.s.words[v]} ${t.s.words[lowerVerb]}: the subject's own act (${low.code}), hoped for`);
    return { ...low, source: low.source ?? source, top: v, modalFrom: lowerVerb };
  }
  // "Niger ordered French troops to leave the country": an order to leave is an expulsion (166x, 161, 174).
  const expelled = own && objectControl && ORDERS.test(t.lower(v)) ? expulsionCode(t, t.child(v, 'obj'), lowerVerb) : null;
  if (expelled !== null) {
    if (explain) trace.push(`${t.s.words[v]} ... to ${t.s.words[lowerVerb]}: an expulsion -> ${expelled}`);
    return { ...own!, code: expelled, rule: `${own!.rule}+expel` };
  }
  // "pressed Beijing to free the activists": a bare demand of someone to act takes the demand code of
  // the act (releasing persons, 0841, makes 1053); going (040) names no kind.
  const demandedAct = own && objectControl && code === '100' ? demandable(low?.code ?? null) : null;
  if (demandedAct !== null) {
    if (explain) trace.push(`${t.s.words[v]}: demands ${t.s.words[lowerVerb]} (${demandedAct}) -> ${demandCode(demandedAct)}`);
    return { ...own!, code: demandCode(demandedAct) };
  }
  if (!low || (low.code === null && low.reverse === null) || (objectControl && code !== null)) return own;
  // "Russia stopped supplying gas": stopping an act is no instance of it; CAMEO codes it as reducing
  // relations or de-escalating (cease.ts), or not at all.
  if (code === null && CEASE.test(t.lower(v))) {
    const ceased = low.code !== null ? ceaseCode(low.code) : null;
    if (explain) trace.push(`${t.s.words[v]} stops ${t.s.words[lowerVerb]} (${low.code}) -> ${ceased ?? 'no event'}`);
    return ceased === null ? own : { ...low, code: ceased, reverse: null, source: low.source ?? source, top: v, modalFrom: v, rule: `${low.rule}+ceased` };
  }
  // "agreed/offered/pledged to <act>": the act is what is committed to; intent.ts makes the
  // commitment its CAMEO intent code (03x, 13x) and the act a future event.
  // "tried to assassinate the governor": an attempt on someone's life is CAMEO's 185, whether or not it succeeded.
  if (code === null && ATTEMPT.test(t.lower(v)) && low.code === '186') {
    if (explain) trace.push(`${t.s.words[v]} ${t.s.words[lowerVerb]} (186) -> 185`);
    return { ...low, code: '185', source: low.source ?? source, top: v, modalFrom: v, rule: `${low.rule}+attempt` };
  }
  if (code === null || isCommitment(t, v)) return { ...low, source: low.source ?? source, top: v };
  if (low.code === null) return own;
  // "was considering restoring ties with Syria": weighing an act is considering a policy option
  // (014), aimed where the act is; the act itself is not done, nor is it folded into the code.
  if (code === '014' && m?.pattern === null) return own && { ...own, target: low.target ?? own.target, rule: `${own.rule}+${low.rule}` };
  // "Israel is expected to strike Iran", "Russia is expected to announce new sanctions": a forecast
  // no actor makes (a passive or an adjective: "is expected", "is likely", "is due") is no intent to
  // fold into the act (EXPECT's 030 made 190 a threat, 138, and swallowed the sanctions' 163): the
  // lower act is the event, read as forecast.
  if (FORECAST_HEADS.has(t.lower(v)) && (t.isPassive(v) || t.upos(v) !== 'VERB')) return { ...low, source: low.source ?? source, top: v, modalFrom: lowerVerb };
  // "North Korea is said to have sent troops to Russia": hearsay no one named voices is no
  // statement (SAY's 010 swallowed the sending); the act is the event, read as uncertain.
  if (HEARSAY_HEADS.has(t.lower(v)) && t.isPassive(v) && !t.kids[v].some((c) => t.rel(c) === 'obl:agent')) {
    if (explain) trace.push(`${t.s.words[v]} ${t.s.words[lowerVerb]}: hearsay, the act is the event (${low.code})`);
    return { ...low, source: low.source ?? source, top: v, modalFrom: lowerVerb };
  }
  const combined = combineCodes(code, low.code) ?? code;
  if (explain) trace.push(`combined ${code} (${t.s.words[v]}) with ${low.code} (${t.s.words[lowerVerb]}) -> ${combined}`);
  // A passive upper verb with no agent ("China is expected to sign") leaves the act to the lower clause's subject.
  // "is expected to sign": a forecast governor does not fold into the code; the event is read from
  // the lower verb up, so it is future. A governor the code absorbs ("refused to cooperate", 121) stays.
  // An upper verb the composition leaves out ("hopes to join": HOPE's 020 with 040 is 040) is read
  // from the lower verb up too: the joining is hoped for, not done.
  const modalFrom = FORECAST_HEADS.has(t.lower(v)) || (combined === low.code && combined !== code) ? lowerVerb : v;
  return { verb: v, top: v, modalFrom, code: combined, reverse: null, source: source ?? low.source, target: low.target ?? target, rule: `${rule}+${low.rule}`, ownTarget: true };
}

/**
 * "Thousands rallied in the capital in support of the military leaders" matched two verbs' patterns
 * (RALLY's with the leaders, DEMONSTRATE's with none): an event with no target that another event
 * of the sentence repeats with one (same source, code and modality) is that event, told twice.
 */
function withoutTargetlessTwins(events: RawEvent[], trace: string[], explain: boolean): RawEvent[] {
  return events.filter((e) => {
    if (e.target) return true;
    const twin = events.some((o) => o !== e && o.target && o.source?.actor === e.source?.actor && o.code === e.code && o.modality.modality === e.modality.modality);
    if (twin && explain) trace.push(`${e.code} with no target: left out, the same act with a target is coded`);
    return !twin;
  });
}

/** One organisation (IGO, NGO, MNC ...) and its own body or parent: one code, or one extending the other (IGOUNO, IGOUNOKID). */
function sameBody(a: string, b: string): boolean {
  return /^(IGO|NGO|MNC|IMG)/.test(a) && (a.startsWith(b) || b.startsWith(a));
}

/** A role noun whose state came from the text around it, not from its own words. */
function borrowedState(m: ActorMention): boolean {
  return m.via === 'agent' && /agent-country:(recent|dominant|sentence|dateline|reported-subject)/.test(m.rule);
}

/** Nouns of a gathering or its margins, where parties meet ("the G20 summit", "the sidelines of the UN assembly"). */
const VENUE = /^(sidelines|margins?|summits?|conferences?|forums?|sessions?|assembly|gatherings?)$/;

/** True when word w is inside a venue phrase of verb v: a gathering noun on its way up to v. */
function atVenue(t: Tree, w: number, v: number): boolean {
  for (let k = w, guard = 0; k >= 0 && k !== v && guard < t.n; k = t.head(k), guard++) if (VENUE.test(t.lower(k))) return true;
  return false;
}

/** Verbs of attempting an act ("tried to assassinate", "attempted to kill"). */
const ATTEMPT = /^(try|tries|tried|trying|attempt|attempts|attempted|attempting)$/;

/** Passive verbs whose refusal is a source's anonymity ("asked not to be named"). */
const ANONYMOUS = /^(named|identified|quoted|cited)$/;

/** Verbs of stopping an act ("stopped supplying", "ceased cooperating", "halted shelling"). */
const CEASE = /^(stop|stops|stopped|stopping|cease[sd]?|ceasing|halt|halts|halted|halting|quit|quits|quitting|discontinue[sd]?|discontinuing)$/;

/** Acts that are themselves refusals or denials ("refused to rule out", "declined to deny"). */
const NEGATIVE_ACTS = /^(rule|exclude|deny|reject|refuse|oppose|condemn|dismiss)$/;

/** Lower verbs that make a refusal a refusal to comment (CAMEO 011): "declined to comment". */
const COMMENT_VERBS = new Set(['comment', 'elaborate', 'say', 'speculate', 'specify', 'disclose', 'confirm', 'discuss', 'answer', 'respond']);

/**
 * "Turkey refused to commit to any assistance": a refusal whose act the dictionaries do not code is
 * still a rejection (120) of it, aimed at the act's target; "declined to comment" is 011. A passive
 * act ("declined to be named") is the speaker's anonymity, no event.
 */
function refusal(t: Tree, v: number, lowerVerb: number, own: Clause, low: Clause | null): Clause {
  // "refused to rule out military action": refusing a refusal rejects nothing.
  if (t.isPassive(lowerVerb) || NEGATIVE_ACTS.test(t.lower(lowerVerb))) return own;
  const code = COMMENT_VERBS.has(t.lower(lowerVerb)) ? '011' : '120';
  return { ...own, code, target: own.target ?? low?.target, rule: `${own.rule}+refusal` };
}

/**
 * Nouns spelled as verbs that name a standing state of affairs, not an act: "China's influence on
 * Pakistan", "Turkey's control over the region", "India's trade with Iran", "Beijing's claims on the
 * islands", "Tokyo's approach to Seoul", "Japan's concern over ..." (influence was support, 050;
 * control and trade cooperation, 060; claims disapproval, 110; approach a meeting, 040).
 */
const STATE_NOUNS = /^(influence|control|trade|claim|claims|approach|concern|concerns)$/;

/** The purpose clause of v that holds the purpose object codes a conflictual act (CAMEO 13-20: threats, force). */
function hostilePurpose(t: Tree, v: number, purpose: ActorMention, codeOf: (c: number) => string | null): boolean {
  const c = t.kids[v].find((k) => t.base(k) === 'advcl' && t.dominates(k, purpose.head));
  const code = c === undefined ? null : codeOf(c);
  return code !== null && code.slice(0, 2) >= '13';
}

/**
 * An event noun whose form is a verb form of the dictionary ("visit", "attack", "talks") with an
 * actor on each side. Its code is the verb's default: patterns describe verb complements, not
 * noun modifiers. Its modality is that of the clause it sits in ("plans a visit to China").
 */
function nominalClause(t: Tree, n: number, mentions: Mentions, matchOf: (v: number) => VerbMatch | null): Clause | null {
  if (STATE_NOUNS.test(t.lower(n))) return null;
  const roles = nominalRoles(t, n, mentions) ?? betweenParties(t, n, mentions);
  if (!roles) return null;
  const m = matchOf(n);
  if (!m || !m.defaultCode.active) return null;
  // The parties of "the meeting between Putin and Xi" or "clashes between Armenia and Azerbaijan"
  // meet or fight each other; a deal, ties or trade between them is a state of affairs, which the
  // governing verb may well undo ("the deal between Iran and the IAEA collapsed").
  if (roles.source === roles.target && !/^(04|19)/.test(m.defaultCode.active)) return null;
  let host = n;
  while (host >= 0 && t.upos(host) !== 'VERB' && t.head(host) >= 0) host = t.head(host);
  const modalFrom = t.upos(host) === 'VERB' ? host : n;
  return { verb: n, top: n, modalFrom, code: m.defaultCode.active, reverse: null, ownTarget: true, source: roles.source, target: roles.target, rule: `${m.entry.line ? `${m.rule.split(':')[0]}:${m.entry.line}` : m.rule} (event noun)` };
}

/**
 * "The meeting between Putin and Xi lasted three hours": an event noun with no possessor or
 * by-phrase whose "between" phrase names two or more coded parties is done by them to each other
 * (dyads() pairs a compound that is its own target), when it is a meeting or fighting (04x, 19x).
 */
function betweenParties(t: Tree, n: number, mentions: Mentions): { source: ActorMention; target: ActorMention } | null {
  const c = t.kids[n].find((k) => t.base(k) === 'nmod' && caseOf(t, k) === 'between');
  const parties = c === undefined ? undefined : mentions.forSubtree(t, c);
  if (!parties || membersOf(parties).filter((x) => x.code !== null).length < 2) return null;
  return { source: parties, target: parties };
}

/** Evidence words: the clause's subtree without reported clauses of other predicates and edge punctuation. */
function clauseWords(t: Tree, top: number): [number, number] {
  let [a, b] = t.extent(top);
  while (a < b && t.upos(a) === 'PUNCT') a++;
  while (b > a && t.upos(b) === 'PUNCT') b--;
  return [a, b];
}

/**
 * Source x target pairs for compound actors; an actor is never its own target. Members of a
 * compound acting on each other ("X and Y met") pair only when one of them has a code: two
 * unknowns meeting says nothing.
 */
function dyads(source?: ActorMention, target?: ActorMention, code: string | null = null): [ActorMention | null, ActorMention | null][] {
  const out: [ActorMention | null, ActorMention | null][] = [];
  const sources = membersOf(source);
  const targets = membersOf(target);
  if (!sources.length) return out;
  const mutual = source !== undefined && source === target;
  for (const s of sources) {
    // A place no dictionary codes ("the situation in the East China Sea") is no party.
    if (s.place === true && s.code === null) continue;
    if (!targets.length) out.push([s, null]);
    for (const g of targets) {
      if (g.actor === s.actor || (mutual && s.code === null && g.code === null)) continue;
      if (g.place === true && g.code === null) {
        if (!out.some(([a, b]) => a === s && b === null)) out.push([s, null]);
        continue;
      }
      // "The State Department issued a statement condemning the attack on the embassy": a role noun
      // whose state was only borrowed from context, coded as the very actor on the other side, is
      // no party of its own (USAGOV on USAGOV).
      // Nor is an organisation's own body or parent ("The Security Council extended the mandate of
      // the UN mission": IGOUNO on IGOUNO).
      if (s.code !== null && g.code !== null && ((s.code === g.code && (borrowedState(s) || borrowedState(g))) || sameBody(s.code, g.code))) {
        if (!out.some(([a, b]) => a === s && b === null)) out.push([s, null]);
        continue;
      }
      // "Egypt hosted a summit in Cairo": a place of the source's own is no partner in meeting or
      // cooperating (CAMEO roots 03-07); the event keeps its source and names no target. Easing or
      // coercing at home keeps the place ("Egypt eased the curfew in Cairo", "extended martial law in
      // La Paz"), as do two actors with one code.
      const root = code?.slice(0, 2) ?? '';
      if (s.code !== null && s.code === g.code && g.place === true && root >= '03' && root <= '07') {
        if (!targets.some((o) => o.code !== s.code) && !out.some(([a, b]) => a === s && b === null)) out.push([s, null]);
        continue;
      }
      out.push([s, g]);
    }
  }
  return out;
}
