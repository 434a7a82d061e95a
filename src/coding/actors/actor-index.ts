/**
 * The lexicon indexed for lookup while reading sentences: actor and agent phrases by first word
 * (src/dict PhraseIndex: one Map probe per candidate length), person names by a spelling-free key
 * for name order and transliteration variants, and name keys by length for edit-distance-1 search.
 * Build it once per process (it takes a few hundred ms on the Phoenix files) and pass it to every
 * resolveActors call; it is never changed after construction.
 */
import { PhraseIndex } from '../../dict/phrase-index.js';
import type { ActorEntry } from '../../dict/actor-types.js';
import type { ActorKind } from '../types.js';
import type { ActorLexicon, AgentSource } from './lexicon.js';
import { inferKind, isStateCode } from './infer-kind.js';
import { correctedAgents, supplementAgents } from './agent-supplement.js';
import { builtinMetonyms } from './metonyms.js';
import { OneEditIndex } from './one-edit-index.js';

export interface IndexEntry {
  id: number;
  /** Headword as upper-case words joined by spaces ("FUMIO KISHIDA"). */
  name: string;
  kind: ActorKind;
  /** "file:line" of the headword, for `rule`. */
  source: string;
  metonym: 'capital' | 'seat' | null;
  src: ActorEntry;
}

export interface AgentHit {
  /** The agent code with PETRARCH's `~`: "~GOVMIL" or "IGO~". */
  code: string;
  /** "file:line PHRASE". */
  source: string;
}

export interface NameHit {
  entry: IndexEntry;
  how: 'key' | 'reversed';
}

/** A person name reduced to letters only: "Moon Jae-in", "Moon Jae In", "Moon Jaein" -> "MOONJAEIN". */
export function nameKey(words: readonly string[]): string {
  return words.join('').toUpperCase().replace(/[^A-Z\u00C0-\u024F]/g, '');
}

/**
 * Endings a TABARI stem may take. Phoenix.agents.txt writes some role nouns as stems ("DEFENSE_MINIST"
 * for minister/ministry); the src/dict reader keeps the words as written, so forms are added here.
 * Extra keys such as "PRESIDENTER" never match real text and cost only memory.
 */
const STEM_ENDINGS = ['ER', 'ERS', 'RY', 'RIES'];
/** Whole words whose -er forms are other people: prisoners are not prison staff (PRISON [~COP]), customers not customs. */
const NOT_STEMS = new Set(['PRISON', 'CUSTOM', 'CUSTOMS']);
/** Shortest name key searched with edit distance 1: shorter names collide too easily. */
export const FUZZY_MIN = 6;

export class ActorIndex {
  readonly entries: IndexEntry[] = [];
  /** Metonym phrases (checked first), then the dictionary's own phrase index over ActorEntry. */
  private readonly metonymPhrases = new PhraseIndex<IndexEntry>();
  private readonly dictPhrases: PhraseIndex<ActorEntry>;
  private readonly byEntry = new Map<ActorEntry, IndexEntry>();
  readonly agents = new PhraseIndex<AgentHit>();
  readonly names = new Map<string, NameHit[]>();
  /**
   * The one-edit name index is built on the first fuzzy lookup, from the keys collected here in
   * order: a short run may never need it, and building it was a tenth of the coder's start-up.
   */
  private fuzzy: OneEditIndex<IndexEntry> | null = null;
  private readonly fuzzyKeys: string[] = [];
  private readonly fuzzyEntries: IndexEntry[] = [];
  /** Codes of states (3-letter country codes), to split codes into country and sector. */
  readonly states = new Set<string>();
  /** Country prefixes of the codes of the people whose name ends in a word ("MUGABE" -> ZWE). */
  private readonly surnames = new Map<string, Set<string>>();

  /**
   * From src/dict's loaded dictionaries (overlay entries already come first there). The role-noun
   * supplement is one of dyad's shipped additions: left out when those are (`shipped: false`).
   */
  static fromDictionaries(dicts: { actors: { entries: readonly ActorEntry[]; index: PhraseIndex<ActorEntry> }; agents: AgentSource; shipped?: boolean }): ActorIndex {
    return new ActorIndex({ actors: dicts.actors.entries, agents: [dicts.agents], supplement: dicts.shipped !== false }, dicts.actors.index);
  }

  /**
   * `phrases`, when given, must index exactly lex.actors' phrases (src/dict's ActorDictionary.index
   * does); reusing it halves the build time. Otherwise one is built here.
   */
  constructor(lex: ActorLexicon, phrases?: PhraseIndex<ActorEntry>) {
    this.dictPhrases = phrases ?? new PhraseIndex<ActorEntry>();
    // Overlay metonyms and the built-in ones come first: for the same phrase ("TOKYO" is also a
    // Phoenix synonym of JAPAN) they win, so a capital is known to be a capital.
    const metonyms = lex.actors.filter((e) => e.use === 'metonym');
    const plain = lex.actors.filter((e) => e.use !== 'metonym');
    const others = withSharedRoles(plain);
    for (const e of [...metonyms, ...builtinMetonyms(lex.actors.length)]) this.addEntry(e, e, true);
    others.forEach((e, i) => this.addEntry(e, plain[i], false, !phrases));
    for (const e of this.entries) {
      if (e.kind !== 'state') continue;
      for (const r of e.src.roles) for (const c of r.codes) if (isStateCode(c)) this.states.add(c);
    }
    // Corrections first (the first entry for a phrase wins), the supplement last.
    const ours = lex.supplement !== false;
    for (const src of [...(ours ? [correctedAgents()] : []), ...lex.agents, ...(ours ? [supplementAgents()] : [])]) this.addAgents(src);
  }

  private addEntry(src: ActorEntry, original: ActorEntry, metonymIndex: boolean, indexPhrases = false): void {
    if (src.phrases.length === 0) return;
    const kind = inferKind(src);
    const code = src.roles[0]?.codes[0] ?? '';
    const metonym = src.use === 'metonym' ? (code.length === 3 ? 'capital' : 'seat') : null;
    const entry: IndexEntry = { id: this.entries.length, name: src.phrases[0].join(' '), kind, source: `${src.file}:${src.line}`, metonym, src };
    this.entries.push(entry);
    this.byEntry.set(original, entry);
    for (const words of src.phrases) {
      if (words.length === 0) continue;
      if (metonymIndex) {
        if (this.metonymPhrases.get(words).length === 0) this.metonymPhrases.add(words, entry);
      } else if (indexPhrases) this.dictPhrases.add(words, original);
      if (kind === 'person' && words.length >= 2) this.addName(words, entry);
    }
    if (kind === 'person' && src.phrases[0].length >= 2) {
      const last = src.phrases[0][src.phrases[0].length - 1];
      const set = this.surnames.get(last) ?? new Set<string>();
      for (const r of src.roles) for (const c of r.codes) set.add(c.slice(0, 3));
      this.surnames.set(last, set);
    }
  }

  /**
   * The state of everyone the dictionary lists with this family name, when they share one:
   * "President Mugabe" is Zimbabwe's even where the dictionary spells the name out in full.
   */
  surnameState(word: string): string | null {
    const set = this.surnames.get(word);
    if (!set || set.size !== 1) return null;
    const [c] = set;
    return this.states.has(c) ? c : null;
  }

  /** Longest actor phrase at norms[start]: a metonym wins a tie; the first entry for a phrase wins. */
  longestPhrase(norms: readonly string[], start: number): { length: number; entry: IndexEntry } | null {
    const m = this.metonymPhrases.longest(norms, start);
    const d = this.dictPhrases.longest(norms, start);
    if (m && (!d || m.length >= d.length)) return { length: m.length, entry: m.values[0] };
    if (!d) return null;
    for (const e of d.values) {
      const entry = this.byEntry.get(e);
      if (entry) return { length: d.length, entry };
    }
    return null;
  }

  /** Entries under exactly these words (metonyms first). */
  phraseEntries(words: readonly string[]): IndexEntry[] {
    const out = [...this.metonymPhrases.get(words)];
    for (const e of this.dictPhrases.get(words)) {
      const entry = this.byEntry.get(e);
      if (entry) out.push(entry);
    }
    return out;
  }

  private addName(words: string[], entry: IndexEntry): void {
    const key = nameKey(words);
    // The same name in an overlay and in Phoenix: the first (the overlay) wins, as for phrases.
    if ((this.names.get(key) ?? []).some((h) => h.entry.name === entry.name && h.entry !== entry)) return;
    const push = (k: string, how: NameHit['how']): void => {
      const list = this.names.get(k) ?? [];
      if (!list.some((h) => h.entry === entry)) list.push({ entry, how });
      this.names.set(k, list);
    };
    push(key, 'key');
    // Family name first or last: "Kishida Fumio" for FUMIO_KISHIDA, "Jae-in Moon" for MOON_JAE_IN.
    push(nameKey([words[words.length - 1], ...words.slice(0, -1)]), 'reversed');
    push(nameKey([...words.slice(1), words[0]]), 'reversed');
    if (key.length >= FUZZY_MIN && !this.hasFuzzyKey(entry, key)) {
      this.fuzzyKeys.push(key);
      this.fuzzyEntries.push(entry);
    }
  }

  private addAgents(src: AgentSource): void {
    for (const a of src.entries) {
      const hit: AgentHit = { code: a.position === 'suffix' ? `~${a.code}` : `${a.code}~`, source: `${src.file}:${a.line} ${a.words.join('_')}` };
      this.addAgentForm(a.words, hit);
      if (!a.plural && !NOT_STEMS.has(a.words[a.words.length - 1])) {
        const last = a.words[a.words.length - 1];
        for (const end of STEM_ENDINGS) this.addAgentForm([...a.words.slice(0, -1), last + end], hit);
      }
    }
  }

  private addAgentForm(words: string[], hit: AgentHit): void {
    if (words.length > 0 && this.agents.get(words).length === 0) this.agents.add(words, hit);
  }

  /** Whether `entry` already has this fuzzy key: an entry's names are all added at once, so only its last keys are looked at. */
  private hasFuzzyKey(entry: IndexEntry, key: string): boolean {
    for (let i = this.fuzzyEntries.length - 1; i >= 0 && this.fuzzyEntries[i] === entry; i--) if (this.fuzzyKeys[i] === key) return true;
    return false;
  }

  /** Person entries whose name key is within edit distance 1 of `key` (same length +-1). */
  fuzzyNames(key: string): IndexEntry[] {
    if (key.length < FUZZY_MIN) return [];
    if (!this.fuzzy) {
      this.fuzzy = new OneEditIndex<IndexEntry>();
      for (let i = 0; i < this.fuzzyKeys.length; i++) this.fuzzy.add(this.fuzzyKeys[i], this.fuzzyEntries[i]);
    }
    return this.fuzzy.near(key);
  }
}

/**
 * PETRARCH files sometimes list spelling variants as consecutive headwords sharing the roles below
 * the last one ("DMITRY_MEDVEDEV_" then "DMITR_MEDVEDEV_" then the roles). The reader gives the first
 * no roles; here it takes the roles of the next entry of the same file when they follow at once.
 */
function withSharedRoles(entries: readonly ActorEntry[]): ActorEntry[] {
  const out = [...entries];
  for (let i = out.length - 2; i >= 0; i--) {
    const e = out[i];
    const next = out[i + 1];
    if (e.roles.length === 0 && e.phrases.length === 1 && next.file === e.file && next.line === e.line + 1) {
      out[i] = { ...e, roles: next.roles };
    }
  }
  return out;
}

