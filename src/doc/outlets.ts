/** The outlet table (data/outlets.json): loaded once into an object passed to findCitedSources. */
import { readFileSync } from 'node:fs';
import { DyadError } from '../util/errors.js';
import { dataPath } from './data-path.js';

export interface Outlet { name: string; kind: string; country: string | null; aliases: string[] }

export interface OutletTable {
  outlets: Outlet[];
  /** Alias (as written) -> outlet. */
  byAlias: Map<string, Outlet>;
  /** Regex source matching any alias as a whole word, longest first. */
  aliasPattern: string;
}

export function buildOutletTable(outlets: Outlet[]): OutletTable {
  const byAlias = new Map<string, Outlet>();
  for (const o of outlets) for (const a of [o.name, ...o.aliases]) if (!byAlias.has(a)) byAlias.set(a, o);
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  const aliasPattern = aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'|’/g, "['’]")).join('|');
  return { outlets, byAlias, aliasPattern };
}

export function loadOutlets(file: string = dataPath('outlets.json')): OutletTable {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DyadError('E_DICTIONARY', `cannot read outlet list: ${(e as Error).message}`, { file, cause: e });
  }
  const list = (raw as { outlets?: unknown })?.outlets;
  if (!Array.isArray(list)) throw new DyadError('E_DICTIONARY', 'expected {"outlets": [...]}', { file });
  const outlets = list.map((o, i) => {
    const r = o as Partial<Outlet>;
    if (typeof r.name !== 'string' || !Array.isArray(r.aliases) || !r.aliases.every((a) => typeof a === 'string')) {
      throw new DyadError('E_DICTIONARY', `outlet #${i + 1}: needs "name" and "aliases" (strings)`, { file });
    }
    return { name: r.name, kind: typeof r.kind === 'string' ? r.kind : 'unknown', country: r.country ?? null, aliases: r.aliases };
  });
  return buildOutletTable(outlets);
}

/** Canonical name for an alias as matched (curly apostrophes and case of "the" tolerated). */
export function outletName(table: OutletTable, alias: string): string | null {
  const a = alias.replace(/’/g, "'");
  return table.byAlias.get(a)?.name ?? table.byAlias.get(a.replace(/^the /, 'The '))?.name ?? null;
}
