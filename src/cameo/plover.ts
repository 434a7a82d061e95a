/**
 * CAMEO -> PLOVER event type and mode (data/cameo/cameo2plover_2021.tsv, PLOVER draft 0.8 of 2021,
 * corrected to the 2.0 manual where they disagree: see MANUAL).
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

/**
 * Where the 2021 table disagrees with the PLOVER 2.0 manual (PLOVER_MANUAL.tex), the manual wins:
 * easing a curfew or a state of emergency is a verbal concession, CONCEDE ("removing curfews",
 * manual section CONCEDE; the table itself notes that 0813's old mode was dropped), and an
 * official's resignation, CAMEO 0831, is RETREAT with mode resign ("RETREAT also covers
 * resignations of government officials", section RETREAT, mode list); and an embargo, boycott or
 * sanctions imposed, CAMEO 163, is SANCTION discontinue ("International (political or economic)
 * sanctions are coded as `discontinue'", section SANCTION), where the table says COERCE restrict.
 */
const MANUAL: Record<string, Omit<PloverType, 'from'>> = {
  '0813': { type: 'CONCEDE', mode: null, context: 'legal' },
  '0814': { type: 'CONCEDE', mode: null, context: 'legal' },
  '0831': { type: 'RETREAT', mode: 'resign', context: 'political_institutions' },
  '163': { type: 'SANCTION', mode: 'discontinue', context: 'diplomatic' },
};

export function loadPloverMap(path = dataDir('cameo', 'cameo2plover_2021.tsv')): PloverMap {
  const map = parsePloverMap(readFileSync(path, 'utf8'));
  for (const [code, row] of Object.entries(MANUAL)) map.rows.set(code, { ...row, from: code });
  return map;
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

/**
 * CAMEO codes whose source is PLOVER's recipient. CAMEO codes a hosted visit from the host (043,
 * "Russia hosted Japan's premier": RUS -> JPN), PLOVER from the visitor: "where one side is hosting
 * and one is visiting, the visitor will always be coded as the actor and the host will be the
 * recipient" (PLOVER_MANUAL.tex, CONSULT).
 */
const HOST_CODES = new Set(['043']);

/** A CAMEO event's [actor, recipient] in PLOVER's roles. */
export function ploverRoles<A>(cameo: string, source: A, target: A): [A, A] {
  return HOST_CODES.has(cameo) ? [target, source] : [source, target];
}
