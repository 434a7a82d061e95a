/**
 * PLOVER 0.5b1 -> 2.0: PLOVER_GSR_CAMEO.json (the gold-standard CAMEO manual examples) is coded
 * with 0.5b1 names. From PLOVER_MANUAL.tex (2.0 draft), table "PLOVER equivalents to CAMEO cue
 * categories" and the mode lists per type:
 *   DEMAND -> REQUEST; DISAPPROVE -> ACCUSE (mode disapprove); INVESTIGATE -> ACCUSE (mode
 *   investigate); FIGHT -> ASSAULT; the other type names are unchanged.
 * Modes renamed or moved in 2.0 (decisions documented here because the manual leaves them open):
 *   ASSAULT/FIGHT assassinate -> targeted; FIGHT other -> no mode; FIGHT deport -> COERCE deport;
 *   COERCE detain -> arrest, confiscate -> seize, ban -> restrict, destroy -> ASSAULT destroy,
 *   firearms (violent repression, CAMEO 175) -> ASSAULT firearms;
 *   THREATEN curfew / martial-law / political -> restrict;
 *   PROTEST demo-org / demo-spon -> demo, riot-spon -> riot, strike-gen -> strike, strike-hun -> hunger;
 *   CONSULT host -> visit with actor and recipient swapped (2.0: the actor visits, the recipient hosts).
 */

export interface Plover2 {
  type: string;
  mode: string | null;
  /** True when 0.5b1's source is 2.0's recipient (CONSULT host -> visit). */
  swapRoles: boolean;
}

const TYPES: Record<string, string> = {
  DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT',
};

const TYPE_DEFAULT_MODE: Record<string, string> = { DISAPPROVE: 'disapprove', INVESTIGATE: 'investigate' };

/** (0.5b1 type, mode) -> 2.0 [type, mode, swap], where the mode alone does not carry over. */
const MODES: Record<string, [string, string | null, boolean?]> = {
  'ASSAULT/assassinate': ['ASSAULT', 'targeted'],
  'FIGHT/assassinate': ['ASSAULT', 'targeted'],
  'FIGHT/other': ['ASSAULT', null],
  'FIGHT/deport': ['COERCE', 'deport'],
  'COERCE/detain': ['COERCE', 'arrest'],
  'COERCE/confiscate': ['COERCE', 'seize'],
  'COERCE/ban': ['COERCE', 'restrict'],
  'COERCE/destroy': ['ASSAULT', 'destroy'],
  'COERCE/firearms': ['ASSAULT', 'firearms'],
  'THREATEN/curfew': ['THREATEN', 'restrict'],
  'THREATEN/martial-law': ['THREATEN', 'restrict'],
  'THREATEN/political': ['THREATEN', 'restrict'],
  'PROTEST/demo-org': ['PROTEST', 'demo'],
  'PROTEST/demo-spon': ['PROTEST', 'demo'],
  'PROTEST/riot-spon': ['PROTEST', 'riot'],
  'PROTEST/strike-gen': ['PROTEST', 'strike'],
  'PROTEST/strike-hun': ['PROTEST', 'hunger'],
  'CONSULT/host': ['CONSULT', 'visit', true],
};

/** 2.0 type names; anything else is not a PLOVER event type. */
export const PLOVER_TYPES = new Set([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);

/** Maps a 0.5b1 (type, mode) to 2.0; null for a non-event record (the DOCUMENT header) or an unknown type. */
export function ploverLegacyTo2(type: string, mode: string | null | undefined): Plover2 | null {
  const m = mode === undefined || mode === null || mode.trim() === '' ? null : mode.trim();
  if (m !== null) {
    const special = MODES[`${type}/${m}`];
    if (special) return { type: special[0], mode: special[1], swapRoles: special[2] === true };
  }
  const t = TYPES[type] ?? type;
  if (!PLOVER_TYPES.has(t)) return null;
  return { type: t, mode: m ?? TYPE_DEFAULT_MODE[type] ?? null, swapRoles: false };
}
