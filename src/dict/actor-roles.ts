/** Choosing an actor's role on a date. */
import { type DateKey, toDateKey } from './dates.js';
import type { ActorEntry, ActorRole } from './actor-types.js';

function holds(r: ActorRole, d: DateKey): boolean {
  return (r.from === null || r.from <= d) && (r.to === null || d <= r.to);
}

const isDefault = (r: ActorRole): boolean => r.from === null && r.to === null;

/**
 * The role valid on `date`. Among dated roles that hold, the one that began last wins (on a
 * handover day the new office beats the old; an open start counts as earliest), ties in file order.
 * When none holds, the first default (undated) role. Without a date: the first default role, else
 * the role that ended last (the actor's most recent known role). Null when nothing applies.
 *
 * PETRARCH-2 takes the first listed role that holds, so a default code on the primary line
 * (`HAMID_KARZAI_ [AFGMIL]`) shadows every dated role; its documentation says defaults apply only
 * when no dated role does, which is what this does.
 */
export function roleAt(entry: ActorEntry, date?: Date | string | number | null): ActorRole | null {
  const d = date === undefined || date === null ? null : toDateKey(date);
  if (d !== null) {
    let best: ActorRole | null = null;
    for (const r of entry.roles) {
      if (isDefault(r) || !holds(r, d)) continue;
      if (!best || (r.from ?? 0) > (best.from ?? 0)) best = r;
    }
    if (best) return best;
    return entry.roles.find(isDefault) ?? null;
  }
  const def = entry.roles.find(isDefault);
  if (def) return def;
  let latest: ActorRole | null = null;
  for (const r of entry.roles) {
    if (!latest || (r.to ?? 99999999) > (latest.to ?? 99999999)) latest = r;
  }
  return latest;
}

/** The code of the role valid on `date` (its first code); null for none or the null code `---`. */
export function codeAt(entry: ActorEntry, date?: Date | string | number | null): string | null {
  const r = roleAt(entry, date);
  return r ? codeOf(r) : null;
}

/**
 * The code for a phrase that several entries share (matchActor's `entries`, overlays first): the
 * first entry with a dated role valid on `date` wins; else the first entry's default role. So a
 * newer overlay entry does not hide an older office the PETRARCH file records, and vice versa.
 */
export function codeForEntries(entries: readonly ActorEntry[], date?: Date | string | number | null): { code: string | null; entry: ActorEntry; role: ActorRole } | null {
  const d = date === undefined || date === null ? null : toDateKey(date);
  if (d !== null) {
    for (const e of entries) {
      const r = roleAt(e, d);
      if (r && !isDefault(r)) return { code: codeOf(r), entry: e, role: r };
    }
  }
  for (const e of entries) {
    const r = roleAt(e, d);
    if (r) return { code: codeOf(r), entry: e, role: r };
  }
  return null;
}

function codeOf(r: ActorRole): string | null {
  const c = r.codes[0];
  return c === undefined || c === '---' ? null : c;
}
