/**
 * What actor resolution reads from src/dict: actor entries (PETRARCH files and overlays, in the
 * dict readers' shape) and agent dictionaries. Tests build these from small fixture texts with the
 * same readers, so the resolver is tested on a dozen entries instead of the 60k-line Phoenix files.
 */
import type { ActorEntry } from '../../dict/actor-types.js';
import type { AgentEntry } from '../../dict/agents.js';

/** An agent dictionary: src/dict's AgentDictionary satisfies this. */
export interface AgentSource {
  file: string;
  entries: readonly AgentEntry[];
}

export interface ActorLexicon {
  /** Actor entries in priority order: for the same phrase the first entry wins (put overlays first). */
  actors: readonly ActorEntry[];
  agents: readonly AgentSource[];
  /** Add the built-in role nouns of agent-supplement.ts (default true). */
  supplement?: boolean;
}
