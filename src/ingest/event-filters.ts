/**
 * The event filter options shared by `dyad query` and `dyad export` (parseArgs option specs and
 * their translation into an EventQuery), and the row formats they print.
 */
import type { Modality } from '../coding/types.js';
import type { EventQuery, EventRow } from '../store/index.js';
import { DyadError } from '../util/errors.js';

export const FILTER_OPTIONS = {
  db: { type: 'string' }, actor: { type: 'string' }, dyad: { type: 'string' }, both: { type: 'boolean', default: false },
  cameo: { type: 'string' }, root: { type: 'string' }, plover: { type: 'string' }, modality: { type: 'string' },
  from: { type: 'string' }, to: { type: 'string' }, text: { type: 'string' },
} as const;

export interface FilterValues {
  actor?: string; dyad?: string; both?: boolean; cameo?: string; root?: string; plover?: string;
  modality?: string; from?: string; to?: string; text?: string;
}

const MODALITIES: Modality[] = ['actual', 'negated', 'hypothetical', 'speculative', 'future'];

const list = (s: string | undefined): string[] | undefined => s === undefined ? undefined : s.split(',').map((x) => x.trim()).filter(Boolean);

export function eventQuery(v: FilterValues): EventQuery {
  const q: EventQuery = { actor: v.actor, both: v.both, cameo: list(v.cameo), root: list(v.root), plover: list(v.plover), from: v.from, to: v.to, text: v.text };
  if (v.dyad !== undefined) {
    const parts = v.dyad.split('-');
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw new DyadError('E_USAGE', `--dyad "${v.dyad}" must be SOURCE-TARGET, e.g. JPN-USA`, { exit: 1 });
    q.dyad = [parts[0], parts[1]];
  }
  const mods = list(v.modality);
  if (mods) {
    const bad = mods.find((m) => !MODALITIES.includes(m as Modality));
    if (bad) throw new DyadError('E_USAGE', `--modality "${bad}" is not one of ${MODALITIES.join(', ')}`, { exit: 1 });
    q.modalities = mods as Modality[];
  }
  return q;
}

export const ROW_COLUMNS = ['date', 'source', 'target', 'cameo', 'goldstein', 'quad', 'plover', 'modality', 'document', 'evidence'];

export function rowValues(r: EventRow): string[] {
  return [r.effectiveDate ?? '', r.source?.code ?? '', r.target?.code ?? '', r.cameo, String(r.goldstein), String(r.quadClass),
    r.plover?.type ?? '', r.modality, r.documentId, r.evidence.text];
}

export function csvLine(values: string[]): string {
  return values.map((v) => /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v).join(',');
}

/** Fixed-width columns; the last column is left unpadded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i])).join('  ').trimEnd();
  return [fmt(header), ...rows.map(fmt)].join('\n') + '\n';
}
