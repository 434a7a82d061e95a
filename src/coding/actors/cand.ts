/**
 * A mention while the passes work on it (before actor ids are assigned), and the document context
 * the passes share. Passes return new candidates; only the pass runner (resolve-sentence.ts) edits
 * the list of a sentence.
 */
import type { ActorKind } from '../types.js';
import type { ActorMention } from './types.js';
import type { ActorIndex, IndexEntry } from './actor-index.js';
import type { DateKey } from '../../dict/dates.js';

export interface Cand {
  /** First and last word (inclusive) and the head word. */
  first: number;
  last: number;
  head: number;
  code: string | null;
  kind: ActorKind;
  via: ActorMention['via'];
  rule: string;
  /** Identity of the document-level actor this mention belongs to (see registry.ts). */
  key: string;
  resolved: boolean;
  /** Plural noun phrase ("officials"): antecedent of "they", not of "he". */
  plural: boolean;
  /** The dictionary entry, for persons (surname coreference) and states. */
  entry?: IndexEntry;
  /** A dictionary person whose listed offices do not cover the document date (dated-roles.ts 'default' or 'out-of-range'). */
  undated?: boolean;
  /** Head noun of an agent phrase ("MINISTER"), for definite descriptions ("the minister"). */
  agentNoun?: string;
  /** Set on an agent with no country of its own: filled from context later. */
  agentCode?: string;
  /** The role code of an agent that neither its sentence nor the document gives a country ("GOV" for "officials"). */
  role?: string;
  members?: Cand[];
  /** Name words of a person not in the dictionary ("PARK", "YOON-JU"), for name-part coreference. */
  nameWords?: string[];
  /** The state or body an agent absorbed ("Japan" in "Japan's defence minister"): still an antecedent. */
  owner?: Cand;
  /** Its head is a subject (nsubj): preferred antecedent of a pronoun. */
  subj?: boolean;
  /** Surface text (set by the runner). */
  text?: string;
}

/** A mention already resolved earlier in the document, for coreference. */
export interface PriorMention {
  sentence: number;
  cand: Cand;
  /** A compound's member or an agent's owner: found by descriptions, not by pronouns. */
  inner?: boolean;
}

export interface DocContext {
  index: ActorIndex;
  date: DateKey | null;
  text: string;
  /** Mentions so far, in document order (a coreference pass looks back through these). */
  prior: PriorMention[];
  /** State code with the most mentions in the document, if one clearly leads. */
  dominant: string | null;
  /** State of the wire dateline's place ("SEOUL, April 7 (Yonhap) --" -> KOR), if any (dateline.ts). */
  dateline: string | null;
}
