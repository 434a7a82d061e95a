import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { memoryIo } from '../cli/command.js';
import { command as exportCmd } from '../cli/commands/export.js';
import { command as ingestCmd } from '../cli/commands/ingest.js';
import { command as queryCmd } from '../cli/commands/query.js';
import { Coder } from '../coding/coder.js';
import { openStore } from '../store/index.js';
import { ingestFiles } from './ingest.js';
import { fixturePath } from './readers/fixtures.js';

const ARTICLES = [
  'Japanese Prime Minister Shinzo Abe met US President Barack Obama in Tokyo on Monday.',
  'Russian forces attacked Ukrainian troops near Donetsk, officials said.',
  'China criticized Japan over its defence budget on Tuesday.',
];
const FRENCH = 'Le président français a rencontré la chancelière allemande à Paris hier pour discuter de la crise économique.';

let dir: string;
let coder: Coder;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  mkdirSync(join(dir, 'corpus'));
  ARTICLES.forEach((t, i) => writeFileSync(join(dir, 'corpus', `a${i}.txt`), t + '\n'));
  writeFileSync(join(dir, 'corpus', '.hidden.txt'), ARTICLES[0]);
  coder = Coder.load({});
});
after(() => rmSync(dir, { recursive: true, force: true }));

const opts = (store: Awaited<ReturnType<typeof openStore>>) => ({ coder, store, coderVersion: 'test', readStdin: () => Buffer.from(''), date: '2015-03-02' });

test('ingesting a directory twice stores the documents once, with the same ids', async () => {
  const store = await openStore(join(dir, 'twice.db'));
  try {
    const files = ARTICLES.map((_, i) => join(dir, 'corpus', `a${i}.txt`));
    const first = await ingestFiles(files, opts(store));
    const ids1 = new Set((await store.queryEvents({ limit: 1000 })).map((r) => r.documentId));
    const second = await ingestFiles(files, opts(store));
    const ids2 = new Set((await store.queryEvents({ limit: 1000 })).map((r) => r.documentId));
    assert.equal(first.stored, 3);
    assert.equal(second.stored, 0);
    assert.equal(second.duplicates, 3);
    assert.deepEqual(ids2, ids1);
    const expected = ARTICLES.reduce((n, t) => n + coder.code({ text: t, meta: meta() }, { date: '2015-03-02' }).events.length, 0);
    assert.equal(first.events, expected);
    assert.equal((await store.stats()).events, expected);
  } finally { await store.close(); }
});

test('a bad JSONL line and a non-English document are failures; the rest is stored', async () => {
  const store = await openStore(join(dir, 'mixed.db'));
  try {
    const jsonl = join(dir, 'm.jsonl');
    writeFileSync(jsonl, [JSON.stringify({ text: ARTICLES[0], url: 'https://example.com/a', date: '2015-03-02' }), '{not json', JSON.stringify({ text: FRENCH })].join('\n') + '\n');
    const s = await ingestFiles([jsonl, join(dir, 'corpus', 'a1.txt')], opts(store));
    assert.equal(s.stored, 2);
    assert.deepEqual(s.failures.map((f) => f.code).sort(), ['E_INPUT', 'E_LANGUAGE']);
    assert.match(s.failures.find((f) => f.code === 'E_INPUT')!.input, /line 2/);
    assert.match(s.failures.find((f) => f.code === 'E_LANGUAGE')!.reason, /French/);
  } finally { await store.close(); }
});

test('PETRARCH XML records are stored one document each', async () => {
  const store = await openStore(join(dir, 'xml.db'));
  try {
    const s = await ingestFiles([fixturePath('records.xml')], opts(store));
    assert.ok(s.read > 1);
    assert.equal(s.stored + s.duplicates + s.nearDuplicates + s.failures.length >= s.read, true);
    assert.equal((await store.stats()).documents, s.stored);
  } finally { await store.close(); }
});

test('CLI: exit codes, DYAD_DB, query and export agree with the coder', async () => {
  const db = join(dir, 'cli.db');
  process.env.DYAD_DB = db;
  try {
    const io = memoryIo();
    assert.equal(await ingestCmd.run([join(dir, 'corpus'), '--date', '2015-03-02'], io), 0);
    assert.match(io.stderr, /skipped .*\.hidden\.txt: hidden/);
    writeFileSync(join(dir, 'fr.txt'), FRENCH);
    const io2 = memoryIo();
    assert.equal(await ingestCmd.run([join(dir, 'fr.txt'), '--db', db], io2), 3);
    assert.match(io2.stderr, /E_LANGUAGE/);
    const coded = ARTICLES.map((t) => coder.code({ text: t, meta: meta() }, { date: '2015-03-02' }));
    const all = coded.flatMap((c) => c.events);
    const q = memoryIo();
    assert.equal(await queryCmd.run(['--format', 'jsonl'], q), 0);
    const rows = q.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; cameo: string });
    assert.deepEqual(rows.map((r) => r.id).sort(), all.map((e) => e.id).sort());
    const ex = memoryIo();
    assert.equal(await exportCmd.run(['--format', 'gdelt', '--db', db], ex), 0);
    const lines = ex.stdout.split('\n').filter(Boolean); // no trim: an empty last column ends in a tab
    assert.equal(lines.length, all.filter((e) => e.modality === 'actual').length);
    for (const l of lines) assert.equal(l.split('\t').length, 61);
  } finally { delete process.env.DYAD_DB; }
});

function meta() {
  return { title: null, url: null, canonicalUrl: null, published: null, byline: null, sourceId: null, format: 'text' as const, file: null };
}
