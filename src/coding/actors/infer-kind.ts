/**
 * The kind of a dictionary entry when its source does not say. The Phoenix files do not mark kinds,
 * but their shape does: office holders carry dated roles, states carry a bare 3-letter code.
 */
import type { ActorKind } from '../types.js';
import type { ActorEntry } from '../../dict/actor-types.js';

/** Three-letter codes that are not states (CAMEO international and non-state types, sectors). */
const NON_STATE = new Set(['IGO', 'NGO', 'NGM', 'MNC', 'INT', 'UAF', 'REB', 'IMG', 'MOD', 'RAD', 'ELI', 'GOV', 'MIL',
  'BUS', 'CVL', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'CRM', 'LAB', 'LEG', 'HLH', 'REF', 'AGR', 'ENV', 'HRI',
  'DEV', 'REL', 'SEP', 'INS', '---']);

export function isStateCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && !NON_STATE.has(code);
}

export function inferKind(e: ActorEntry): ActorKind {
  if (e.kind) return e.kind;
  if (e.use === 'demonym') return 'state';
  if (e.roles.some((r) => r.from !== null || r.to !== null)) {
    // A state whose code changed ("Ukraine": [USRUKR <910824] [UKR >911221]) ends on a bare state
    // code: its open role that began last, the one in force today (Phoenix has "TURKMENISTAN_
    // [USRTKM >911016] ... [TKM >911221]", an old role left open by a typo).
    const open = e.roles.filter((r) => r.to === null);
    const current = open.reduce<(typeof open)[number] | null>((a, r) => (!a || (r.from ?? 0) > (a.from ?? 0) ? r : a), null);
    return current !== null && current.codes.length > 0 && current.codes.every(isStateCode) ? 'state' : 'person';
  }
  const codes = e.roles.flatMap((r) => r.codes);
  // Elites ([RUSELI]) are people even when the dictionary gives them no dates.
  if (codes.length > 0 && codes.every((c) => c.slice(3, 6) === 'ELI')) return 'person';
  if (codes.length > 0 && codes.every(isStateCode)) return 'state';
  return 'organization';
}
