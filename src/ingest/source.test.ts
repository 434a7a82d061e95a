import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { memoryIo } from '../cli/command.js';
import { command as ingestCmd } from '../cli/commands/ingest.js';
import { Coder } from '../coding/coder.js';
import { openStore } from '../store/index.js';
import { ingestSources } from './ingest.js';
import { expandSources, loadSource, parseSource } from './source.js';

const PAGES: Record<string, string> = {
  '/a': '<html lang="en"><head><title>Talks</title><meta property="article:published_time" content="2015-03-02"></head><body><article><p>Japanese Prime Minister Shinzo Abe met US President Barack Obama in Tokyo on Monday.</p></article></body></html>',
  '/b': '<html lang="en"><body><article><p>Russian forces attacked Ukrainian troops near Donetsk, officials said.</p></article></body></html>',
};
const FEED = (base: string): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
<item><title>Talks</title><link>${base}/a</link></item>
<item><title>Fighting near Donetsk</title><link>/b</link><pubDate>Wed, 04 Mar 2015 08:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>/gone</link></item>
<item><title>Nested</title><link>/feed</link></item>
<item><title>No link</title></item>
</channel></rss>`;

let server: http.Server;
let base: string;
let dir: string;
let coder: Coder;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-source-'));
  coder = Coder.load({});
  server = http.createServer((req, res) => {
    const page = PAGES[req.url ?? ''];
    if (page) { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page); }
    else if (req.url === '/feed') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(FEED(base)); }
    else if (req.url === '/text') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('China criticized Japan over its defence budget on Tuesday.'); }
    else if (req.url === '/latin1') { res.writeHead(200, { 'content-type': 'text/plain; charset=ISO-8859-1' }); res.end(Buffer.from('Jos\u00e9 Manuel Barroso met German Chancellor Angela Merkel in Berlin.', 'latin1')); }
    else if (req.url === '/records.jsonl') { res.writeHead(200, { 'content-type': 'application/x-ndjson' }); res.end(`${JSON.stringify({ text: 'China criticized Japan.' })}\n${JSON.stringify({ text: 'Japan thanked China.' })}\n`); }
    else if (req.url === '/image') { res.writeHead(200, { 'content-type': 'image/png' }); res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47])); }
    else { res.writeHead(404); res.end(); }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => { server.close(); rmSync(dir, { recursive: true, force: true }); });

const ctx = { readStdin: () => Buffer.from('x'), fetch: { allowPrivate: true } };

test('arguments become sources: files, directories, stdin and URLs', () => {
  assert.deepEqual(parseSource('-'), { kind: 'stdin' });
  assert.deepEqual(parseSource('HTTPS://x.example/a'), { kind: 'url', url: 'HTTPS://x.example/a' });
  assert.deepEqual(parseSource('http.txt'), { kind: 'file', path: 'http.txt' });
  const { sources, skipped } = expandSources(['http://x.example/', '-', join(dir, 'missing')]);
  assert.deepEqual(sources, [{ kind: 'url', url: 'http://x.example/' }, { kind: 'stdin' }]);
  assert.equal(skipped.length, 1);
});

test('a page, plain text and a feed load as documents or items; other media are refused', async () => {
  const page = await loadSource(parseSource(`${base}/a`), ctx);
  assert.equal(page.docs[0].meta.title, 'Talks');
  assert.equal(page.docs[0].meta.url, `${base}/a`);
  assert.match(page.docs[0].text, /Shinzo Abe met/);
  const text = await loadSource(parseSource(`${base}/text`), ctx);
  assert.equal(text.docs[0].meta.format, 'text');
  assert.equal(text.docs[0].meta.url, `${base}/text`);
  const latin1 = await loadSource(parseSource(`${base}/latin1`), ctx);
  assert.match(latin1.docs[0].text, /^José Manuel Barroso met/, 'decoded with the charset the header names');
  await assert.rejects(loadSource(parseSource('-'), {}), /standard input is not available/);
  const records = await loadSource(parseSource(`${base}/records.jsonl`), ctx);
  assert.deepEqual(records.docs.map((d) => [d.meta.format, d.meta.file]), [['jsonl', `${base}/records.jsonl`], ['jsonl', `${base}/records.jsonl`]]);
  const feed = await loadSource(parseSource(`${base}/feed`), ctx);
  assert.deepEqual(feed.items.map((s) => (s.kind === 'url' ? s.url : '')), [`${base}/a`, `${base}/b`, `${base}/gone`, `${base}/feed`]);
  assert.deepEqual(feed.errors.map((e) => e.record), ['item 5 (No link)']);
  await assert.rejects(loadSource(parseSource(`${base}/image`), ctx), /not a page or a feed \(Content-Type image\/png\)/);
});

test('a feed ingested twice: items fetched, the feed\'s date used as fallback, same ids, no duplicates', async () => {
  const store = await openStore(join(dir, 'feed.db'));
  try {
    const o = { coder, store, coderVersion: 'test', readStdin: () => Buffer.alloc(0), fetch: { allowPrivate: true } };
    const first = await ingestSources([parseSource(`${base}/feed`)], o);
    const docs1 = (await store.queryEvents({ limit: 1000 })).map((r) => r.documentId).sort();
    const second = await ingestSources([parseSource(`${base}/feed`)], o);
    const docs2 = (await store.queryEvents({ limit: 1000 })).map((r) => r.documentId).sort();
    assert.equal(first.stored, 2);
    assert.equal(second.stored, 0);
    assert.equal(second.duplicates, 2);
    assert.deepEqual(docs2, docs1);
    assert.deepEqual(first.failures.map((f) => [f.code, f.input]).sort(), [
      ['E_FETCH', `${base}/feed`], ['E_FETCH', `${base}/gone`], ['E_INPUT', `${base}/feed: item 5 (No link)`],
    ].sort());
    assert.match(first.failures.find((f) => f.input === `${base}/gone`)!.reason, /HTTP 404/);
    const b = (await store.queryEvents({ limit: 1000 })).find((r) => r.cameo.startsWith('19'));
    assert.ok(b, 'the Donetsk attack is stored');
    assert.equal(b.date, '2015-03-04', 'dated by the feed item');
  } finally { await store.close(); }
});

test('CLI: a loopback URL is refused without --allow-private (exit 3, reason named) and ingested with it', async () => {
  const db = join(dir, 'cli.db');
  const io = memoryIo();
  assert.equal(await ingestCmd.run([`${base}/a`, '--db', db], io), 3);
  assert.match(io.stderr, new RegExp(`E_PRIVATE_ADDRESS: ${base}/a: refused to connect to 127\\.0\\.0\\.1: loopback address`));
  const ok = memoryIo();
  assert.equal(await ingestCmd.run([`${base}/a`, `${base}/text`, '--db', db, '--allow-private', '--date', '2015-03-03'], ok), 0);
  assert.match(ok.stderr, /stored 2/);
  await assert.rejects(ingestCmd.run([`${base}/a`, '--db', db, '--timeout', '0'], memoryIo()), /--timeout "0" must be a positive integer/);
});
