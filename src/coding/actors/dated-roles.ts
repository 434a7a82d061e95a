/**
 * The code an entry carries on the document date: src/dict's roleAt (dated role, then default),
 * plus one fallback. A person the dictionary knows but who holds none of the listed offices on the
 * date keeps the country of the nearest role, so "Kishida" in 2023 with only a 2007 entry is still
 * Japanese; the rule says so ('out-of-range') and a role phrase in the text may replace it.
 */
import { roleAt } from '../../dict/actor-roles.js';
import type { ActorEntry, ActorRole } from '../../dict/actor-types.js';
import type { DateKey } from '../../dict/dates.js';

export interface PickedRole {
  code: string | null;
  how: 'dated' | 'default' | 'no-date' | 'out-of-range' | 'none';
  /** Every code of a compound entry ("THE_SHIRE [FRO/BIL/SAM]"), when it has more than one. */
  members?: string[];
}

function members(r: ActorRole): string[] | undefined {
  const cs = r.codes.filter((c) => c !== '---');
  return cs.length > 1 ? cs : undefined;
}

function first(r: ActorRole): string | null {
  const c = r.codes[0];
  return c === undefined || c === '---' ? null : c;
}

export function pickRole(entry: ActorEntry, date: DateKey | null): PickedRole {
  const r = roleAt(entry, date);
  if (r) {
    const how = date === null ? 'no-date' : r.from === null && r.to === null ? 'default' : 'dated';
    return { code: first(r), how, members: members(r) };
  }
  if (date === null || entry.roles.length === 0) return { code: null, how: 'none' };
  let best: ActorRole | null = null;
  let bestGap = Infinity;
  for (const x of entry.roles) {
    const gap = x.to !== null && x.to < date ? date - x.to : x.from !== null && x.from > date ? x.from - date : 0;
    if (gap < bestGap) [best, bestGap] = [x, gap];
  }
  const code = best ? first(best) : null;
  return { code: code ? code.slice(0, 3) : null, how: 'out-of-range' };
}
