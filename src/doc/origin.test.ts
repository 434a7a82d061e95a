import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOrigin, originOf } from './origin.js';

const commentary = `Tokyo's New Gamble on the Strait

Japan's Prime Minister Takahashi Kenji said on Tuesday that Tokyo would "stand with its partners", Kyodo News reported on March 3.
Critics say the move will anger Beijing.

Original: https://example.com/news/2026/02/05/1234/
This article represents the author's personal views.`;

test('the "Original:" line at the end gives the origin URL and its span', () => {
  const o = findOrigin(commentary)!;
  assert.equal(o.origin, 'https://example.com/news/2026/02/05/1234/');
  assert.equal(commentary.slice(o.span[0], o.span[1]), o.origin);
});

test('labels in other forms and languages', () => {
  assert.equal(originOf('正文……\n原文链接：https://www.example.cn/a/20260205/1.html'), 'https://www.example.cn/a/20260205/1.html');
  assert.equal(originOf('Body.\n\nSource: https://news.example.org/x?id=5.'), 'https://news.example.org/x?id=5');
  assert.equal(originOf('Body.\n[Original article] (https://ex.example/p/9)'), 'https://ex.example/p/9');
  assert.equal(originOf('Body.\nThis article was originally published in The Conversation.'), 'The Conversation');
  assert.equal(originOf('Body text.\nSource: Kyodo News'), 'Kyodo News');
});

test('no label, no origin: URLs in running text and "source" in prose do not count', () => {
  assert.equal(originOf('See https://example.com/report for the full report.'), null);
  assert.equal(originOf('The source of the leak remains unknown, officials said.'), null);
  assert.equal(originOf('Source: officials who asked not to be named said the deal was close and would be signed soon after talks.'), null);
});
