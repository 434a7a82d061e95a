/**
 * The contract between actor resolution (src/coding/actors/) and event coding (src/coding/events/).
 * Actor resolution runs over the whole parsed document first (coreference needs the earlier
 * sentences), then the event coder reads these mentions while walking each sentence's tree.
 */
import type { Actor } from '../types.js';

/** One mention of an actor in one sentence, as a range of words of that sentence. */
export interface ActorMention {
  /** Index of the sentence (ParsedSentence) in the document. */
  sentence: number;
  /** First and last word (0-based, inclusive) of the mention in the sentence. */
  first: number;
  last: number;
  /** The word that heads the mention in the dependency tree (0-based word index). */
  head: number;
  /** The document-level actor this mention refers to (Actor.id). */
  actor: string;
  /** The code in force for this mention (dated role, agent composition); may differ per mention. */
  code: string | null;
  country: string | null;
  sector: string | null;
  /**
   * How it was found: 'dictionary' (actor dictionary or overlay), 'agent' (role noun composed with a
   * country, "Japan's defence minister"), 'metonym' ("Tokyo", "the White House"), 'demonym'
   * ("Japanese officials"), 'role' (an unknown name resolved by apposition or a role phrase),
   * 'coref' (pronoun or definite description resolved to an earlier mention), 'unknown' (a name no
   * dictionary has and nothing resolved).
   */
  via: 'dictionary' | 'agent' | 'metonym' | 'demonym' | 'role' | 'coref' | 'unknown';
  /** Where it came from: "Phoenix.Countries.actors.txt:1234", "overlay officeholders.jsonl:12", a rule id. */
  rule: string;
  /**
   * Members of a compound actor ("Australia and the UK"): the coder makes one event per member.
   * Absent for a simple mention.
   */
  members?: ActorMention[];
  /** The role of an agent with no country ("GOV" for a bare "officials"; code is null): PETRARCH writes it ---GOV. */
  role?: string;
  /** A place, not an actor: "talks in Manila" (locative.ts). The coder takes no source or target from it. */
  place?: true;
}

export interface ResolvedActors {
  /** Document-level actors in order of first mention (the CodedDocument's `actors`). */
  actors: Actor[];
  /** Mentions per sentence, sorted by `first`. */
  bySentence: ActorMention[][];
}
