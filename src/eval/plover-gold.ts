/**
 * The PLOVER gold-standard records (PLOVER_GSR_CAMEO.json): reading the file, and finding in each
 * record's text the event the coders marked. Each record's `textInfo.markup` brackets the source,
 * target and event words: "(SRC: Libya) has (EVT: offered to hand over) to (TAR: Great Britain)
 * ...". A record may mark several event phrases; the first is the event the record codes (its
 * `eventText` starts with it). Markup typos in the file ("(EVT: has sent}") are tolerated.
 */
import { readFileSync } from 'node:fs';
import { DyadError } from '../util/errors.js';

export interface GoldActor { actorText: string; code?: string; sector?: string }
export interface GoldRecord {
  id: string; date?: string; event: string; mode?: string; text?: string; eventText?: string;
  source?: GoldActor[] | GoldActor; target?: GoldActor[] | GoldActor;
  textInfo?: { markup?: string } | string;
}

export function readGold(file: string): GoldRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DyadError('E_INPUT', `cannot read the PLOVER gold file: ${(e as Error).message}`, { file });
  }
  if (!Array.isArray(data)) throw new DyadError('E_INPUT', 'expected a JSON array of records', { file });
  return data as GoldRecord[];
}

/** Gold actors are an array, a single object or absent. */
export function goldActors(a: GoldActor[] | GoldActor | undefined): GoldActor[] {
  return Array.isArray(a) ? a : a ? [a] : [];
}

/**
 * The character span in `text` of the record's first marked event phrase, or null when the markup
 * is missing or its words cannot be found in the text.
 */
export function goldTriggerSpan(r: GoldRecord): [number, number] | null {
  const text = r.text ?? '';
  const markup = typeof r.textInfo === 'string' ? r.textInfo : r.textInfo?.markup;
  const m = markup ? /\(EVT:\s*([^)}]*)/.exec(markup) : null;
  const phrase = (m ? m[1] : (r.eventText ?? '')).replace(/\((?:SRC|TAR|LOC|EVT):\s*/g, '').trim();
  if (!phrase) return null;
  const at = text.indexOf(phrase);
  if (at >= 0) return [at, at + phrase.length];
  // The phrase may span markup that dropped words; fall back to its first word.
  const first = phrase.split(/\s+/)[0];
  const k = new RegExp(`\\b${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(text);
  return k ? [k.index, k.index + first.length] : null;
}
