import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readText, plainTitle } from './text.js';
import { readJsonl } from './jsonl.js';
import { detectFormat, sniff } from './detect.js';
import { readDocuments } from './index.js';
import { fixturePath } from './fixtures.js';

test('plain text is kept exactly; a title is taken only from a clear title line', () => {
  const src = 'Ministers meet in Geneva\n\nThe two ministers met on Thursday.\r\nTalks continue.';
  const doc = readText(src, 'a.txt');
  assert.equal(doc.text, src);
  assert.equal(doc.meta.title, 'Ministers meet in Geneva');
  assert.equal(doc.meta.format, 'text');
  assert.equal(plainTitle('The ministers met on Thursday.\n\nThey talked.'), null);
  assert.equal(plainTitle('One paragraph only, no blank line after it'), null);
});

test('JSONL: each good line a document, each bad line an error with its line number', () => {
  const src = [
    '{"text":"Aldoria recalled its ambassador.","url":"https://n.example/1","date":"2026-02-05T10:00:00Z","title":"Recall"}',
    '',
    '{"text":"Benvia protested.", "published":"Feb 6, 2026", "author":"A. Writer", "id": 17}',
    '{"text": "unterminated',
    '["not", "an", "object"]',
    '{"title":"no text"}',
    '{"text":"Bad date.","date":"someday"}',
    '{"html":"<html><head><title>From HTML</title></head><body><p>Carthia and Delmar signed a water-sharing accord on Monday.</p></body></html>"}',
    '{"text": 42}',
  ].join('\n');
  const { docs, errors } = readJsonl(src, 'feed.jsonl');
  assert.equal(docs.length, 3);
  assert.deepEqual([docs[0].meta.published, docs[0].meta.title, docs[0].meta.url], ['2026-02-05', 'Recall', 'https://n.example/1']);
  assert.deepEqual([docs[1].meta.published, docs[1].meta.byline, docs[1].meta.sourceId], ['2026-02-06', 'A. Writer', '17']);
  assert.equal(docs[2].text, 'Carthia and Delmar signed a water-sharing accord on Monday.');
  assert.equal(docs[2].meta.title, 'From HTML');
  assert.deepEqual(errors.map((e) => e.line), [4, 5, 6, 7, 9]);
  assert.match(errors[0].message, /not valid JSON/);
  assert.match(errors[3].message, /unreadable date "someday"/);
  assert.match(errors[4].message, /"text" must be a string/);
});

test('format detection by extension, then by content', () => {
  assert.equal(detectFormat('x.htm', 'plain words'), 'html');
  assert.equal(detectFormat('x.ndjson', 'whatever'), 'jsonl');
  assert.equal(sniff('<!DOCTYPE html><html><body>x</body></html>'), 'html');
  assert.equal(sniff('\ufeff<?xml version="1.0"?>\n<Sentences><Sentence id="a">'), 'petrarch-xml');
  assert.equal(sniff(readFileSync(fixturePath('records.xml'), 'utf8')), 'petrarch-xml');
  assert.equal(sniff('{"text":"a"}\n{"text":"b"}'), 'jsonl');
  assert.equal(sniff('{not json at all} said the minister.'), 'text');
  assert.equal(sniff('<p>One.</p><p>Two.</p>'), 'html');
  assert.equal(sniff('The <Sentence> tag is used by PETRARCH.'), 'text');
});

test('readDocuments dispatches and refuses binary or badly encoded input', () => {
  const html = readDocuments(readFileSync(fixturePath('news-page.html')), 'page.html');
  assert.equal(html.docs[0].meta.format, 'html');
  const xml = readDocuments(readFileSync(fixturePath('records.xml')), 'records.xml');
  assert.equal(xml.docs.length, 4);
  assert.equal(xml.errors.length, 4);
  const forced = readDocuments(Buffer.from('<p>a</p><p>b</p>'), '-', { format: 'text' });
  assert.equal(forced.docs[0].text, '<p>a</p><p>b</p>');
  assert.throws(() => readDocuments(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'a.zip'), { code: 'E_BINARY' });
  assert.throws(() => readDocuments(Buffer.from('caf\xe9', 'latin1'), 'b.txt'), { code: 'E_ENCODING' });
});
