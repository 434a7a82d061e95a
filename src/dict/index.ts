/**
 * Loading the dictionaries an event coder needs into one object that is passed down (no globals).
 *
 *   const dicts = loadDictionaries();                               // the shipped default set
 *   const dicts = loadDictionaries({ overlays: ['my-actors.jsonl'] });
 *   const dicts = loadDictionaries({ dictDir, files: { verbs: 'PETR.Validate.verbs.txt', ... } });
 */
import { readdirSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { type ActorDictionary, buildActorDictionary } from './actor-dictionary.js';
import { type ActorEntry } from './actor-types.js';
import { parseActorDictionary } from './actors.js';
import { type AgentDictionary, parseAgentDictionary } from './agents.js';
import { type DiscardList, parseDiscards, withoutTimeReferences } from './discards.js';
import { type IssueDictionary, parseIssues } from './issues.js';
import { loadOverlay } from './overlay.js';
import { extendVerbDictionary, isVerbOverlay } from './verb-overlay.js';
import { dataDir } from './paths.js';
import { type DictWarning, readDictFile } from './source.js';
import type { VerbDictionary } from './verb-types.js';
import { parseVerbDictionary } from './verbs.js';

export interface DictionaryFiles {
  verbs: string;
  actors: string[];
  agents: string;
  discards: string;
  /** null: no issue coding. */
  issues: string | null;
}

/** The set PETRARCH-2's PETR_config.ini names. */
export const DEFAULT_FILES: DictionaryFiles = {
  verbs: 'CAMEO.2.0.txt',
  actors: ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'],
  agents: 'Phoenix.agents.txt',
  discards: 'Phoenix.discards.txt',
  issues: 'Phoenix.IssueCoding.txt',
};

/** The set PETRARCH's unit tests are coded with (fictional actors). */
export const VALIDATE_FILES: DictionaryFiles = {
  verbs: 'PETR.Validate.verbs.txt',
  actors: ['PETR.Validate.actors.txt'],
  agents: 'PETR.Validate.agents.txt',
  discards: 'PETR.Validate.discards.txt',
  issues: 'Phoenix.IssueCoding.txt',
};

export interface LoadOptions {
  /** Directory of the PETRARCH-format files; default the package's data/dictionaries. */
  dictDir?: string;
  /** File names (relative to dictDir, or absolute); missing ones default to DEFAULT_FILES. */
  files?: Partial<DictionaryFiles>;
  /**
   * A user's overlay files, applied after the shipped overlays: actors in JSON Lines (overlay.ts),
   * or verb blocks in PETRARCH's verb format for a path ending in .txt (verb-overlay.ts).
   */
  overlays?: string[];
  /** Load the shipped data/overlays/*.jsonl (default true). */
  defaultOverlays?: boolean;
  /**
   * Fail on any malformed line (true), or skip PETRARCH-tolerated problems with a warning (false,
   * the default: the shipped Phoenix files have a handful). Overlays are always strict.
   */
  strict?: boolean;
}

export interface Dictionaries {
  verbs: VerbDictionary;
  actors: ActorDictionary;
  agents: AgentDictionary;
  discards: DiscardList;
  issues: IssueDictionary | null;
  /** Problems skipped while loading (non-strict mode), with file and line. */
  warnings: DictWarning[];
  /** The files read, as paths. */
  sources: { dictionaries: string[]; overlays: string[] };
  /**
   * Whether dyad's shipped additions apply (LoadOptions.defaultOverlays): the data/overlays files
   * and the role nouns src/coding adds to the agent dictionary. Off, the named files stand alone.
   */
  shipped: boolean;
}

export function loadDictionaries(opts: LoadOptions = {}): Dictionaries {
  const dir = opts.dictDir ?? dataDir('dictionaries');
  const files: DictionaryFiles = { ...DEFAULT_FILES, ...opts.files };
  const strict = opts.strict === true;
  const warnings: DictWarning[] = [];
  const read = (name: string): { text: string; label: string; path: string } => {
    const path = isAbsolute(name) ? name : join(dir, name);
    return { text: readDictFile(path, basename(path)), label: basename(path), path };
  };
  const dictionaries: string[] = [];
  const load = <T>(name: string, parse: (text: string, label: string) => T): T => {
    const f = read(name);
    dictionaries.push(f.path);
    return parse(f.text, f.label);
  };
  const baseVerbs = load(files.verbs, (t, l) => parseVerbDictionary(t, l, warnings, { strict }));
  const actorEntries: ActorEntry[] = [];
  for (const a of files.actors) actorEntries.push(...load(a, (t, l) => parseActorDictionary(t, l, warnings, { strict })));
  const agents = load(files.agents, (t, l) => parseAgentDictionary(t, l, warnings, { strict }));
  // Time references are not discards for dyad: it dates events itself (see isTimeReference).
  const discards = withoutTimeReferences(load(files.discards, (t, l) => parseDiscards(t, l)));
  const issues = files.issues === null ? null : load(files.issues, (t, l) => parseIssues(t, l, warnings, { strict }));
  const overlayPaths = [...(opts.defaultOverlays === false ? [] : shippedOverlays()), ...(opts.overlays ?? [])];
  const label = (p: string) => (isShipped(p) ? basename(p) : p);
  const overlayEntries = overlayPaths.filter((p) => !isVerbOverlay(p)).flatMap((p) => loadOverlay(p, 0, label(p)));
  const verbs = overlayPaths.filter(isVerbOverlay)
    .reduce((d, p) => extendVerbDictionary(d, readDictFile(p, label(p)), label(p)), baseVerbs);
  return {
    verbs,
    actors: buildActorDictionary(overlayEntries, actorEntries),
    agents,
    discards,
    issues,
    warnings,
    sources: { dictionaries, overlays: overlayPaths },
    shipped: opts.defaultOverlays !== false,
  };
}

function shippedOverlays(): string[] {
  const dir = dataDir('overlays');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith('.jsonl') || isVerbOverlay(n)).sort().map((n) => join(dir, n));
}

function isShipped(path: string): boolean {
  return path.startsWith(dataDir('overlays'));
}

export { matchActor, type ActorDictionary } from './actor-dictionary.js';
export { codeAt, codeForEntries, roleAt } from './actor-roles.js';
export { matchAgent, type AgentDictionary, type AgentEntry } from './agents.js';
export { findDiscard, type DiscardList, type DiscardEntry } from './discards.js';
export type { IssueDictionary, IssueEntry, IssueIgnore } from './issues.js';
export { normalizeToken } from './phrase-index.js';
export { findVerbs, verbCode } from './verbs.js';
export type * from './verb-types.js';
export type * from './actor-types.js';
export type { DictWarning } from './source.js';
