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
import { supplementAgents } from './agent-supplement.js';
import { builtinMetonyms } from './metonyms.js';

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
/** Shortest name key searched with edit distance 1: shorter names collide too easily. */
export const FUZZY_MIN = 6;

export class ActorIndex {
  readonly entries: IndexEntry[] = [];
  readonly phrases = new PhraseIndex<IndexEntry>();
  readonly agents = new PhraseIndex<AgentHit>();
  readonly names = new Map<string, NameHit[]>();
  readonly fuzzy = new Map<number, { key: string; entry: IndexEntry }[]>();
  /** Codes of states (3-letter country codes), to split codes into country and sector. */
  readonly states = new Set<string>();

  constructor(lex: ActorLexicon) {
    // Overlay metonyms and the built-in ones come first: for the same phrase ("TOKYO" is also a
    // Phoenix synonym of JAPAN) they win, so a capital is known to be a capital.
    const metonyms = lex.actors.filter((e) => e.use === 'metonym');
    const others = withSharedRoles(lex.actors.filter((e) => e.use !== 'metonym'));
    for (const e of [...metonyms, ...builtinMetonyms(lex.actors.length), ...others]) this.addEntry(e);
    for (const e of this.entries) {
      if (e.kind !== 'state') continue;
      for (const r of e.src.roles) for (const c of r.codes) if (isStateCode(c)) this.states.add(c);
    }
    for (const src of [...lex.agents, supplementAgents()]) this.addAgents(src);
  }

  private addEntry(src: ActorEntry): void {
    if (src.phrases.length === 0) return;
    const kind = inferKind(src);
    const code = src.roles[0]?.codes[0] ?? '';
    const metonym = src.use === 'metonym' ? (code.length === 3 ? 'capital' : 'seat') : null;
    const entry: IndexEntry = { id: this.entries.length, name: src.phrases[0].join(' '), kind, source: `${src.file}:${src.line}`, metonym, src };
    this.entries.push(entry);
    for (const words of src.phrases) {
      if (words.length === 0) continue;
      if (this.phrases.get(words).length === 0) this.phrases.add(words, entry);
      if (kind === 'person' && words.length >= 2) this.addName(words, entry);
    }
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
    const bucket = this.fuzzy.get(key.length) ?? [];
    if (key.length >= FUZZY_MIN && !bucket.some((b) => b.key === key && b.entry === entry)) {
      bucket.push({ key, entry });
      this.fuzzy.set(key.length, bucket);
    }
  }

  private addAgents(src: AgentSource): void {
    for (const a of src.entries) {
      const hit: AgentHit = { code: a.position === 'suffix' ? `~${a.code}` : `${a.code}~`, source: `${src.file}:${a.line} ${a.words.join('_')}` };
      this.addAgentForm(a.words, hit);
      if (!a.plural) {
        const last = a.words[a.words.length - 1];
        for (const end of STEM_ENDINGS) this.addAgentForm([...a.words.slice(0, -1), last + end], hit);
      }
    }
  }

  private addAgentForm(words: string[], hit: AgentHit): void {
    if (words.length > 0 && this.agents.get(words).length === 0) this.agents.add(words, hit);
  }

  /** Person entries whose name key is within edit distance 1 of `key` (same length +-1). */
  fuzzyNames(key: string): IndexEntry[] {
    if (key.length < FUZZY_MIN) return [];
    const out: IndexEntry[] = [];
    for (let len = key.length - 1; len <= key.length + 1; len++) {
      for (const c of this.fuzzy.get(len) ?? []) if (withinOneEdit(key, c.key) && !out.includes(c.entry)) out.push(c.entry);
    }
    return out;
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

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

