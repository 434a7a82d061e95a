/**
 * `dyad dyad`, `dyad actors` and `dyad export` (CSV, PLOVER) on a store ingested from JSON Lines:
 * every figure is checked against the coder's own output for the same documents.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Coder } from '../../coding/coder.js';
import type { CodedDocument, CodedEvent } from '../../coding/types.js';
import { ROW_COLUMNS } from '../../ingest/event-filters.js';
import { readDocuments } from '../../ingest/readers/index.js';
import { memoryIo } from '../command.js';
import { command as actorsCmd } from './actors.js';
import { command as dyadCmd } from './dyad.js';
import { command as exportCmd } from './export.js';
import { command as ingestCmd } from './ingest.js';

const RECORDS = [
  { text: 'Japanese Prime Minister Shinzo Abe met US President Barack Obama in Tokyo on Monday.', date: '2015-03-02', url: 'https://example.com/1' },
  { text: 'US President Barack Obama criticized Japanese Prime Minister Shinzo Abe over trade on Tuesday.', date: '2015-03-10', url: 'https://example.com/2' },
  { text: 'If Japan attacks China, the United States will respond, the minister said.', date: '2015-03-03', url: 'https://example.com/3' },
  { text: 'Zorblaxian envoy Kuvo Trem met Japanese Prime Minister Shinzo Abe in Tokyo on Friday.', date: '2015-03-06', url: 'https://example.com/4' },
];

let dir: string;
let db: string;
let coded: CodedDocument[];
let events: (CodedEvent & { day: string })[];
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-store-commands-'));
  db = join(dir, 'store.db');
  const file = join(dir, 'docs.jsonl');
  writeFileSync(file, RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');
  assert.equal(await ingestCmd.run([file, '--db', db], memoryIo()), 0);
  const coder = Coder.load({});
  coded = readDocuments(readFileSync(file), file).docs.map((d) => coder.code(d));
  events = coded.flatMap((c) => c.events.map((e) => ({ ...e, day: e.date ?? c.document.published! })));
  assert.ok(events.some((e) => e.modality !== 'actual'), 'the corpus has an event that is not counted');
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(cmd: typeof dyadCmd, args: string[]): Promise<string[][]> {
  const io = memoryIo();
  assert.equal(await cmd.run([...args, '--db', db], io), 0, io.stderr);
  return io.stdout.trim().split('\n').map((l) => l.split(/ {2,}|\t/));
}

const code = (r: CodedEvent['source']): string => r?.code ?? '';
const between = (e: CodedEvent, a: string, b: string): boolean => code(e.source).startsWith(a) && code(e.target).startsWith(b);

/** The series the coder's events imply: actual events of the dyad, by period. */
function expectedSeries(a: string, b: string, both: boolean, period: (day: string) => string, modality = 'actual'): string[][] {
  const by = new Map<string, CodedEvent[]>();
  for (const e of events.filter((x) => x.modality === modality && (between(x, a, b) || (both && between(x, b, a))))) {
    by.set(period(e.day), [...(by.get(period(e.day)) ?? []), e]);
  }
  return [...by].sort().map(([p, es]) => [p, String(es.length), String(es.reduce((s, e) => s + e.goldstein, 0))]);
}

function monday(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

test('dyad dyad: counted events by day and by week, one direction or both, per modality', async () => {
  const cols = (rows: string[][]) => rows.slice(1).map((r) => r.slice(0, 3));
  assert.deepEqual((await run(dyadCmd, ['JPN', 'USA', '--by', 'day', '--both']))[0].slice(0, 3), ['period', 'events', 'goldstein_sum']);
  const both = expectedSeries('JPN', 'USA', true, (d) => d);
  assert.equal(both.length, 2);
  assert.deepEqual(cols(await run(dyadCmd, ['JPN', 'USA', '--by', 'day', '--both'])), both);
  assert.deepEqual(cols(await run(dyadCmd, ['JPN', 'USA', '--by', 'day'])), expectedSeries('JPN', 'USA', false, (d) => d));
  assert.deepEqual(cols(await run(dyadCmd, ['USA', 'JPN', '--by', 'week', '--both'])), expectedSeries('JPN', 'USA', true, monday));
  const hypothetical = expectedSeries('JPN', 'CHN', false, (d) => d, 'hypothetical');
  assert.equal(hypothetical.length, 1);
  assert.deepEqual(cols(await run(dyadCmd, ['JPN', 'CHN', '--by', 'day', '--modality', 'hypothetical'])), hypothetical);
  assert.deepEqual(cols(await run(dyadCmd, ['JPN', 'CHN', '--by', 'day'])), [], 'a hypothetical attack is not counted');
});

test('dyad actors: every resolved actor code, with its counted events; unresolved names with their sentences', async () => {
  const rows = (await run(actorsCmd, [])).slice(1);
  const codes = new Set(coded.flatMap((c) => c.actors.map((a) => a.code ?? '')).filter(Boolean));
  assert.deepEqual(new Set(rows.map((r) => r[0])), codes);
  for (const r of rows) {
    // Counted events are the dyad counts': actual events with a coded source and target.
    const counted = events.filter((e) => e.modality === 'actual' && code(e.source) !== '' && code(e.target) !== '');
    const roles = counted.reduce((n, e) => n + Number(code(e.source) === r[0]) + Number(code(e.target) === r[0]), 0);
    assert.equal(r[3], String(roles), `events of ${r[0]}`);
  }
  const io = memoryIo();
  assert.equal(await actorsCmd.run(['--unresolved', '--db', db], io), 0);
  assert.match(io.stdout, /Kuvo Trem.*1 documents\n {2}[0-9a-f]{12} {2}Zorblaxian envoy Kuvo Trem met Japanese Prime Minister/);
});

test('dyad export: CSV has a header and one row per stored event; PLOVER one record per event with its story', async () => {
  const csv = memoryIo();
  assert.equal(await exportCmd.run(['--format', 'csv', '--db', db], csv), 0);
  const [header, ...lines] = csv.stdout.trim().split('\n');
  assert.equal(header, ROW_COLUMNS.join(','));
  const key = (cameo: string, modality: string, doc: string) => `${cameo}|${modality}|${doc}`;
  const expected = coded.flatMap((c) => c.events.map((e) => key(e.cameo, e.modality, c.document.id))).sort();
  assert.deepEqual(lines.map((l) => l.split(',')).map((f) => key(f[3], f[7], f[8])).sort(), expected);
  const plover = memoryIo();
  assert.equal(await exportCmd.run(['--format', 'plover', '--db', db], plover), 0);
  const recs = plover.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const byId = new Map(coded.flatMap((c) => c.events.map((e) => [e.id, { e, c }] as const)));
  assert.equal(recs.length, byId.size);
  for (const r of recs) {
    const hit = byId.get(String(r.event_id));
    assert.ok(hit, `event ${String(r.event_id)} was coded`);
    assert.equal(r.event_type, hit.e.plover?.type ?? null);
    assert.equal(r.story_id, hit.c.document.id);
    assert.equal(r.url, RECORDS[coded.indexOf(hit.c)].url);
    assert.equal(r.modality, hit.e.modality);
  }
});
