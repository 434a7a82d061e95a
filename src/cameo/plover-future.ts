import { ploverOf, type PloverMap, type PloverType } from './plover.js';

/**
 * PLOVER codes some announced acts by what announcing them is, not by the act (PLOVER_MANUAL.tex):
 * "Cooperative actions of types CONSULT, SUPPORT, COOPERATE, and AID reported in future tense are
 * also taken to imply intentions and should be coded as AGREE" (section AGREE), and "announced
 * ... would withdraw troops is RETREAT + FUTURE and should be coded as CONCEDE" (section RETREAT).
 * CAMEO has no such rule ("Germany will host talks" is 043 in the future), so the event's modality
 * decides its PLOVER type; CONCEDE and the conflict types stay what they are in the future. A
 * resignation said to come stays RETREAT (mode resign): the manual's verbal concessions are promised
 * easings, ceasefires and withdrawals, and an official who "will resign" has decided to leave.
 */
const FUTURE_TYPE: Record<string, string> = {
  CONSULT: 'AGREE', SUPPORT: 'AGREE', COOPERATE: 'AGREE', AID: 'AGREE', RETREAT: 'CONCEDE',
};

/** PLOVER type and mode of an event: its CAMEO code's (ploverOf), turned by a future modality. */
export function ploverOfEvent(map: PloverMap, code: string, modality: string): PloverType | null {
  const p = ploverOf(map, code);
  if (!p || modality !== 'future' || p.mode === 'resign') return p;
  const type = FUTURE_TYPE[p.type];
  return type ? { ...p, type, mode: null } : p;
}
