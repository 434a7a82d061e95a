import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyMeta } from '../ingest/readers/types.js';
import { coder } from './regression-cases.js';

const commentary = `Tokyo Watches the Thaw

According to a Kyodo News report on March 3, Japan's foreign minister criticised China on Monday.
Original: https://example.com/news/2026/03/05/1234/
(This article only represents the author's personal views.)`;

test('without --date or metadata, the text\'s own dated origin URL dates the document, its cited report and its events', () => {
  const doc = coder.code({ text: commentary, meta: emptyMeta('text', null) });
  assert.equal(doc.document.published, '2026-03-05');
  assert.deepEqual(doc.document.citedSources.map((c) => [c.name, c.date]), [['Kyodo News', '2026-03-03']]);
  assert.deepEqual(doc.events.map((e) => [e.source?.code, e.target?.code, e.cameo, e.date]), [['JPNGOV', 'CHN', '111', '2026-03-02']]);
});

test('--date and metadata outrank the text\'s own date', () => {
  const byOption = coder.code({ text: commentary, meta: emptyMeta('text', null) }, { date: '2026-04-01' });
  assert.equal(byOption.document.published, '2026-04-01');
  const byMeta = coder.code({ text: commentary, meta: { ...emptyMeta('text', null), published: '2026-03-20' } });
  assert.equal(byMeta.document.published, '2026-03-20');
  assert.equal(byMeta.events[0]?.date, '2026-03-16');
});
