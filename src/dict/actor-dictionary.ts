/** All actor entries (dictionary files and overlays) behind one longest-match index. */
import { PhraseIndex } from './phrase-index.js';
import type { ActorEntry } from './actor-types.js';

export interface ActorDictionary {
  /** Every entry; entries[i].id === i. */
  entries: ActorEntry[];
  /** Phrase -> entries, overlay entries before dictionary ones (an overlay overrides). */
  index: PhraseIndex<ActorEntry>;
}

/** Builds the dictionary, renumbering ids to positions. Overlay entries are indexed first. */
export function buildActorDictionary(overlays: ActorEntry[], dictionary: ActorEntry[]): ActorDictionary {
  const entries = [...overlays, ...dictionary];
  entries.forEach((e, i) => {
    e.id = i;
  });
  const index = new PhraseIndex<ActorEntry>();
  for (const e of entries) for (const p of e.phrases) index.add(p, e);
  return { entries, index };
}

/**
 * The longest actor phrase starting at tokens[start] (tokens normalised with normalizeToken), with
 * every entry that has it, overlays first; null when no phrase starts there.
 */
export function matchActor(dict: ActorDictionary, tokens: readonly string[], start = 0): { length: number; entries: ActorEntry[] } | null {
  const m = dict.index.longest(tokens, start);
  return m ? { length: m.length, entries: m.values } : null;
}
