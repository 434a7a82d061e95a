import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseDocument, loadDocContext } from './index.js';

const ctx = loadDocContext();

test('a machine-translated commentary: English opinion piece, origin, cited Kyodo report, hostile-leaning tone', () => {
  const text = `Tokyo's dangerous turn in the Taiwan Strait

Japan's Prime Minister Takahashi Kenji (高橋健二) said on Tuesday that Tokyo would "respond firmly" to any provocation, Kyodo News reported on March 3.
Chief Cabinet Secretary Sato Yuki also warned that Japan would not accept coercion. Such remarks only deepen mistrust and raise tensions in the region.

Original: https://example.com/news/2026/02/05/1234/
This article represents the author's personal views.`;
  const { info, genreCues } = analyseDocument(text, { title: null, published: '2026-02-05' }, ctx);
  assert.equal(info.language, 'en');
  assert.equal(info.genre, 'opinion');
  assert.ok(genreCues.length > 0);
  assert.equal(info.origin, 'https://example.com/news/2026/02/05/1234/');
  assert.deepEqual(info.citedSources.map((c) => [c.name, c.date]), [['Kyodo News', '2025-03-03']]);
  assert.ok(info.tone < 0, String(info.tone));
  assert.match(info.id, /^[0-9a-f]{64}$/);
});

test('non-English text is reported as such', () => {
  const { info } = analyseDocument('两国外交部长周四同意就有争议的边界问题举行会谈。', { title: null, published: null, language: 'en' }, ctx);
  assert.equal(info.language, 'zh');
});

test('a language already detected is taken as given, not detected again', () => {
  const guess = { code: 'fr', name: 'French', confidence: 0.9 };
  const { info, languageGuess } = analyseDocument('Gondor and Rohan signed a treaty on Monday.', { title: null, published: null, languageGuess: guess }, ctx);
  assert.equal(languageGuess, guess);
  assert.equal(info.language, 'fr');
});
