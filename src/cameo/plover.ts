/**
 * CAMEO -> PLOVER event type and mode (data/cameo/cameo2plover_2021.tsv, PLOVER draft 0.8 of 2021).
 * A code the table lacks falls back up the hierarchy (0231 -> 023 -> 02). Roots 01 and 02
 * (statements, appeals) have no PLOVER type: null. Unknown codes: null.
 */
import { readFileSync } from 'node:fs';
import { dataDir } from '../dict/paths.js';
import { DyadError } from '../util/errors.js';

export interface PloverType {
  type: string;
  mode: string | null;
  context: string | null;
  /** The code of the row used (after fallback). */
  from: string;
}

export interface PloverMap {
  rows: Map<string, PloverType>;
}

export function parsePloverMap(content: string, file = 'cameo2plover_2021.tsv'): PloverMap {
  const rows = new Map<string, PloverType>();
  const lines = content.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const [code, type, mode, context] = lines[i].split('\t');
    if (!/^\d{2,4}$/.test(code ?? '') || !/^[A-Z]+$/.test(type ?? '')) {
      throw new DyadError('E_DICTIONARY', `malformed CAMEO->PLOVER row`, { file, line: i + 1 });
    }
    // Two codes appear twice: 175 (same type both times) and the root 08, split in PLOVER between
    // CONCEDE (081-083) and RETREAT (084-087); the first row is kept (08 -> CONCEDE). Every 08x
    // code has its own row, so the split is only lost for a bare 08.
    if (rows.has(code)) continue;
    rows.set(code, { type, mode: mode || null, context: context || null, from: code });
  }
  return { rows };
}

export function loadPloverMap(path = dataDir('cameo', 'cameo2plover_2021.tsv')): PloverMap {
  return parsePloverMap(readFileSync(path, 'utf8'));
}

/** PLOVER type, mode and context of a CAMEO code, falling back to its parents; null if none. */
export function ploverOf(map: PloverMap, code: string): PloverType | null {
  if (!/^\d{2,4}$/.test(code)) return null;
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const row = map.rows.get(c);
    if (row) return row;
  }
  return null;
}
