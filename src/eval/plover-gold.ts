/**
 * The PLOVER gold-standard records (PLOVER_GSR_CAMEO.json): reading the file, and finding in each
 * record's text the event the coders marked. Each record's `textInfo.markup` brackets the source,
 * target and event words: "(SRC: Libya) has (EVT: offered to hand over) to (TAR: Great Britain)
 * ...". A record may mark several event phrases; the first is the event the record codes (its
 * `eventText` starts with it). Markup typos in the file ("(EVT: has sent}") are tolerated.
 */
import { readFileSync } from 'node:fs';
import { hashString } from '../syntax/hash.js';
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

export type GoldSplit = 'dev' | 'test';

/**
 * The half of the gold a record belongs to, fixed by its id (not by file order): tune on `dev`,
 * report `test`. The split came late (session 5): earlier sessions tuned on all 322 records, so
 * the test half is not clean for the work done before it.
 */
export function goldSplit(id: string): GoldSplit {
  return (hashString(id) & 1) === 0 ? 'dev' : 'test';
}

/** Gold actors are an array, a single object or absent. */
export function goldActors(a: GoldActor[] | GoldActor | undefined): GoldActor[] {
  return Array.isArray(a) ? a : a ? [a] : [];
}

/**
 * The character spans in `text` of the record's marked event phrases, in order ("(SRC: Russia)
 * (EVT: said) that (TAR: Sudan) (EVT: must return) ..." marks two); phrases whose words cannot be
 * found in the text are skipped. Without markup, the record's eventText is the one phrase.
 */
export function goldTriggerSpans(r: GoldRecord): [number, number][] {
  const text = r.text ?? '';
  const markup = typeof r.textInfo === 'string' ? r.textInfo : r.textInfo?.markup;
  const phrases = markup ? [...markup.matchAll(/\(EVT:\s*([^)}]*)/g)].map((m) => m[1]) : [r.eventText ?? ''];
  const spans: [number, number][] = [];
  let from = 0;
  for (const raw of phrases) {
    const phrase = raw.replace(/\((?:SRC|TAR|LOC|EVT):\s*/g, '').trim();
    if (!phrase) continue;
    const span = locate(text, phrase, from);
    if (span) {
      spans.push(span);
      from = span[1];
    }
  }
  return spans;
}

/** The phrase at or after `from`, else its first word (markup may drop words). */
function locate(text: string, phrase: string, from: number): [number, number] | null {
  const at = text.indexOf(phrase, from);
  if (at >= 0) return [at, at + phrase.length];
  const first = phrase.split(/\s+/)[0];
  const re = new RegExp(`\\b${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
  re.lastIndex = from;
  const k = re.exec(text);
  return k ? [k.index, k.index + first.length] : null;
}
