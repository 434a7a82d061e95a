import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateInUrl, publishedInText } from './published.js';

const body = 'Japan said on Tuesday that it would keep talking to Washington.\nCritics say the move will anger Beijing.';

test('a dated path in the "Original:" line dates the text', () => {
  assert.equal(publishedInText(`${body}\n\nOriginal: https://example.com/news/2026/03/05/1234/\n(Personal views.)`), '2026-03-05');
  assert.equal(publishedInText(`${body}\n原文链接：https://www.example.cn/a/20260205/1.html`), '2026-02-05');
  assert.equal(publishedInText(`${body}\nSource: https://example.org/world/2025-11-30-talks`), '2025-11-30');
});

test('labelled lines and datelines with a year', () => {
  assert.equal(publishedInText(`Talks resume\nPublished: March 5, 2026\n\n${body}`), '2026-03-05');
  assert.equal(publishedInText(`Posted on 2026-3-4\n${body}`), '2026-03-04');
  assert.equal(publishedInText(`Date: Thursday, 5 March 2026\n${body}`), '2026-03-05');
  assert.equal(publishedInText(`WASHINGTON, March 5, 2026 (AP) -- ${body}`), '2026-03-05');
});

test('no date without a year, and none from the body or an unlabelled URL', () => {
  assert.equal(publishedInText(`BEIJING, Nov. 27 (Xinhua) -- ${body}`), null);
  assert.equal(publishedInText(body), null);
  const long = ['Intro.', 'Line two.', 'Line three.', 'Line four.', 'Line five.', 'Line six.', 'Line seven.',
    'Published: March 5, 2026, the report said the talks had failed.', 'Eight.', 'Nine.', 'Ten.', 'Eleven.', 'Twelve.', 'Thirteen.', 'Fourteen.'];
  assert.equal(publishedInText(long.join('\n')), null, 'a labelled date in the middle of the body is not the document\'s');
  assert.equal(publishedInText(`${body}\nSee https://example.com/2026/03/05/story for more.`), null);
  assert.equal(publishedInText('in the end, March 5, 2026 - nothing happened.'), null, 'a dateline place is in capitals');
});

test('URL dates must be real calendar days in a plausible year', () => {
  assert.equal(dateInUrl('https://example.com/2026/02/30/x'), null);
  assert.equal(dateInUrl('https://example.com/story/12345678'), null);
  assert.equal(dateInUrl('https://example.com/a/2026/3/5/x'), '2026-03-05');
  assert.equal(dateInUrl('https://example.com/1850/03/05/x'), null);
});
