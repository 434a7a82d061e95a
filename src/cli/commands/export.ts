/**
 * `dyad export --format csv|jsonl|gdelt|plover [query filters] [--db PATH]`: every matching event,
 * streamed page by page (queryEvents with offset), so memory does not grow with the store.
 *   gdelt: GDELT 2.0 61 columns, tab-separated, no header (coding/formats.ts; actual events only).
 *   plover: one POLECAT-style JSON object per event (PLOVER event type and mode).
 */
import { parseArgs } from 'node:util';
import { gdeltLines } from '../../coding/formats.js';
import { csvLine, eventQuery, FILTER_OPTIONS, ROW_COLUMNS, rowValues } from '../../ingest/event-filters.js';
import { openStore, type EventRow, type Store, type StoredDocument } from '../../store/index.js';
import type { Command } from '../command.js';
import { parseOrUsage, usageError } from '../command.js';

const USAGE = 'dyad export --format csv|jsonl|gdelt|plover [--actor C] [--dyad A-B] [--both] [--cameo ..] [--root ..] [--plover ..] [--modality ..] [--from D] [--to D] [--text Q] [--db PATH]';
const FORMATS = ['csv', 'jsonl', 'gdelt', 'plover'];
const PAGE = 1000;

export const command: Command = {
  async run(args, io) {
    const parsed = parseOrUsage(USAGE, () => parseArgs({ args, options: { ...FILTER_OPTIONS, format: { type: 'string', default: 'jsonl' }, help: { type: 'boolean', default: false } } }));
    const o = parsed.values;
    if (o.help) { io.out(USAGE + '\n'); return 0; }
    if (!FORMATS.includes(o.format)) throw usageError(`--format must be one of ${FORMATS.join(', ')}`);
    const q = eventQuery(o);
    const store = await openStore(o.db);
    try {
      const docs = new DocumentCache(store);
      if (o.format === 'csv') io.out(csvLine(ROW_COLUMNS) + '\n');
      for (let offset = 0; ; offset += PAGE) {
        const rows = await store.queryEvents({ ...q, limit: PAGE, offset, order: 'date' });
        for (const r of rows) io.out(await line(o.format, r, docs));
        if (rows.length < PAGE) break;
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};

async function line(format: string, r: EventRow, docs: DocumentCache): Promise<string> {
  if (format === 'csv') return csvLine(rowValues(r)) + '\n';
  if (format === 'jsonl') return JSON.stringify(r) + '\n';
  const stored = await docs.get(r.documentId);
  if (format === 'gdelt') {
    const lines = gdeltLines({ ...stored.coded, events: [r] }, stored.url);
    return lines.map((l) => l + '\n').join('');
  }
  return JSON.stringify(ploverRecord(r, stored)) + '\n';
}

/** POLECAT-style record: PLOVER type/mode, the actors, the date, the evidence and its story. */
function ploverRecord(r: EventRow, d: StoredDocument): object {
  return {
    event_id: r.id, story_id: r.documentId, story_date: d.coded.document.published, event_date: r.effectiveDate,
    event_type: r.plover?.type ?? null, mode: r.plover?.mode ?? null, modality: r.modality,
    source: r.source?.text ?? null, source_code: r.source?.code ?? null, source_country: r.source?.country ?? null,
    target: r.target?.text ?? null, target_code: r.target?.code ?? null, target_country: r.target?.country ?? null,
    cameo: r.cameo, goldstein: r.goldstein, quad_class: r.quadClass, evidence: r.evidence.text,
    url: d.url, title: d.coded.document.title,
  };
}

/** Rows of one document come together (ordered pages), so a small cache avoids re-reading it. */
class DocumentCache {
  private readonly docs = new Map<string, StoredDocument>();
  constructor(private readonly store: Store) {}
  async get(id: string): Promise<StoredDocument> {
    const hit = this.docs.get(id);
    if (hit) return hit;
    const d = await this.store.getDocument(id);
    if (!d) throw new Error(`event of a missing document ${id}`);
    if (this.docs.size >= 64) this.docs.delete(this.docs.keys().next().value as string);
    this.docs.set(id, d);
    return d;
  }
}
