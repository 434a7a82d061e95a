/** Actor dictionary entries: phrases with date-bounded roles (codes). */
import type { DateKey } from './dates.js';

/**
 * A role: the code(s) an actor has, optionally between two dates. Bounds are inclusive YYYYMMDD
 * integers; null is open. A role with both bounds null is a default role, used when no dated role
 * holds. `codes` usually has one code; TABARI's `[ELR/GAL]` gives two; `---` is the null code.
 */
export interface ActorRole {
  codes: string[];
  from: DateKey | null;
  to: DateKey | null;
  line: number;
  /** Overlay roles only: the office, e.g. "prime minister". */
  title?: string;
}

export type ActorEntryKind = 'state' | 'person' | 'organization' | 'group' | 'location';

export interface ActorEntry {
  /** Position in ActorDictionary.entries. */
  id: number;
  /** Every phrase naming the actor, as normalised words: the primary phrase first, then synonyms. */
  phrases: string[][];
  roles: ActorRole[];
  /** File (base name for shipped files) and line of the primary phrase. */
  file: string;
  line: number;
  origin: 'dictionary' | 'overlay';
  /** Overlay entries only (the PETRARCH files do not say). */
  kind?: ActorEntryKind;
  country?: string;
  /** Overlay entries: how the name is used: as the actor itself, as a metonym (Tokyo), a demonym (Japanese). */
  use?: 'actor' | 'metonym' | 'demonym';
  note?: string;
}
