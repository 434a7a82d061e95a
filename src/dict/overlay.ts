/**
 * dyad's own overlay format for actors the PETRARCH files lack (office holders since 2015,
 * aliases, metonyms, a user's additions). JSON Lines: one object a line; blank lines and lines
 * starting with `#` are comments.
 *
 *   {"names":["Fumio Kishida","Kishida Fumio"],"code":"JPNGOV","from":"2021-10-04","to":"2024-10-01",
 *    "role":"prime minister","country":"JPN","kind":"person"}
 *
 * Fields: names (required, non-empty strings), code (required: CAMEO-style actor code, e.g. JPNGOV,
 * IGOUNO, or --- for "known but not coded"), from / to (YYYY-MM-DD, inclusive, optional: open),
 * role (the office), country (3 letters), kind (state | person | organization | group | location),
 * use (actor | metonym | demonym; default actor), id (lines with the same id, or else the same
 * first name, are one actor with several roles), note (free text, e.g. an uncertain date).
 * Unknown fields are errors, so a misspelt field name is caught.
 */
import { parseIsoDate } from './dates.js';
import { phraseWords } from './phrase-index.js';
import { dictError, readDictFile } from './source.js';
import type { ActorEntry, ActorEntryKind, ActorRole } from './actor-types.js';

const FIELDS = new Set(['names', 'code', 'from', 'to', 'role', 'country', 'kind', 'use', 'id', 'note']);
const KINDS = new Set<ActorEntryKind>(['state', 'person', 'organization', 'group', 'location']);
const USES = new Set(['actor', 'metonym', 'demonym']);

export interface OverlayRecord {
  names: string[];
  code: string;
  from: number | null;
  to: number | null;
  role?: string;
  country?: string;
  kind?: ActorEntryKind;
  use: 'actor' | 'metonym' | 'demonym';
  id?: string;
  note?: string;
  line: number;
}

type Fail = (problem: string) => never;

function str(o: Record<string, unknown>, k: string, fail: Fail): string | undefined {
  const v = o[k];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.trim() === '') fail(`"${k}" must be a non-empty string`);
  return v.trim();
}

function dateField(o: Record<string, unknown>, k: string, fail: Fail): number | null {
  const v = str(o, k, fail);
  if (v === undefined) return null;
  const d = parseIsoDate(v);
  if (d === null) fail(`"${k}" must be a date YYYY-MM-DD, got "${v}"`);
  return d;
}

/** Validates one parsed JSON value as an overlay record. */
export function toOverlayRecord(value: unknown, line: number, fail: Fail): OverlayRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('each line must be a JSON object');
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!FIELDS.has(k)) fail(`unknown field "${k}" (allowed: ${[...FIELDS].join(', ')})`);
  const names = o.names;
  if (!Array.isArray(names) || names.length === 0 || names.some((n) => typeof n !== 'string' || phraseWords(n).length === 0)) {
    fail('"names" must be a non-empty array of non-empty strings');
  }
  const code = str(o, 'code', fail);
  if (code === undefined) fail('"code" is required');
  if (code !== '---' && !/^[A-Z0-9]{3,}$/.test(code)) fail(`"code" must be upper-case letters and digits (e.g. JPNGOV), got "${code}"`);
  const from = dateField(o, 'from', fail);
  const to = dateField(o, 'to', fail);
  if (from !== null && to !== null && to < from) fail(`"to" (${o.to}) is before "from" (${o.from})`);
  const country = str(o, 'country', fail);
  if (country !== undefined && !/^[A-Z]{3}$/.test(country)) fail(`"country" must be three upper-case letters, got "${country}"`);
  const kind = str(o, 'kind', fail);
  if (kind !== undefined && !KINDS.has(kind as ActorEntryKind)) fail(`"kind" must be one of ${[...KINDS].join(', ')}`);
  const use = str(o, 'use', fail) ?? 'actor';
  if (!USES.has(use)) fail(`"use" must be one of ${[...USES].join(', ')}`);
  return {
    names: (names as string[]).map((n) => n.trim()),
    code, from, to, line,
    role: str(o, 'role', fail),
    country,
    kind: kind as ActorEntryKind | undefined,
    use: use as OverlayRecord['use'],
    id: str(o, 'id', fail),
    note: str(o, 'note', fail),
  };
}

/** Parses overlay text into records; errors name file:line. */
export function parseOverlayRecords(content: string, file: string): OverlayRecord[] {
  const out: OverlayRecord[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t === '' || t.startsWith('#')) continue;
    const fail: Fail = (problem) => {
      throw dictError(problem, file, i + 1);
    };
    let value: unknown;
    try {
      value = JSON.parse(t);
    } catch (e) {
      fail(`invalid JSON: ${(e as Error).message}`);
    }
    out.push(toOverlayRecord(value, i + 1, fail));
  }
  return out;
}

/** Groups records into actor entries: same `id`, else same first name, is one actor. */
export function overlayEntries(records: OverlayRecord[], file: string, firstId = 0): ActorEntry[] {
  const byKey = new Map<string, ActorEntry>();
  const out: ActorEntry[] = [];
  for (const r of records) {
    const key = r.id ?? phraseWords(r.names[0]).join(' ');
    let e = byKey.get(key);
    if (!e) {
      e = { id: firstId + out.length, phrases: [], roles: [], file, line: r.line, origin: 'overlay', use: r.use };
      if (r.kind) e.kind = r.kind;
      if (r.country) e.country = r.country;
      if (r.note) e.note = r.note;
      byKey.set(key, e);
      out.push(e);
    }
    for (const n of r.names) {
      const words = phraseWords(n);
      if (!e.phrases.some((p) => p.join(' ') === words.join(' '))) e.phrases.push(words);
    }
    const role: ActorRole = { codes: [r.code], from: r.from, to: r.to, line: r.line };
    if (r.role) role.title = r.role;
    e.roles.push(role);
  }
  return out;
}

/** Reads an overlay file into actor entries. */
export function loadOverlay(path: string, firstId = 0, label = path): ActorEntry[] {
  return overlayEntries(parseOverlayRecords(readDictFile(path, label), label), label, firstId);
}
