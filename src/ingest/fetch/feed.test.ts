import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDate, looksLikeFeed, parseFeed } from './feed.js';

const RSS = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>World news</title><link>https://news.example.com/</link>
<item><title>Talks in Tokyo</title><link>/world/tokyo</link><pubDate>Mon, 02 Mar 2015 10:00:00 +0900</pubDate></item>
<item><title>By guid</title><guid>https://news.example.com/g/1</guid></item>
<item><title>Not a permalink</title><guid isPermaLink="false">tag:1</guid></item>
<item><title>Escaped &amp; linked</title><link>https://news.example.com/a?x=1&amp;y=2</link><dc:date>2015-03-04T01:00:00Z</dc:date></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<!-- a comment -->
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
<entry><title type="html">Summit</title><link rel="self" href="https://x.example/self"/><link href="https://x.example/summit"/>
<updated>2015-03-06T00:00:00Z</updated><published>2015-03-05T23:00:00-05:00</published></entry>
<entry><title>Script link</title><link href="javascript:alert(1)"/></entry>
</feed>`;

test('RSS 2.0 items: link (relative resolved), permalink guid, title and date', () => {
  const f = parseFeed(RSS, 'https://news.example.com/rss.xml')!;
  assert.equal(f.kind, 'rss');
  assert.equal(f.title, 'World news');
  assert.deepEqual(f.items, [
    { url: 'https://news.example.com/world/tokyo', title: 'Talks in Tokyo', published: '2015-03-02' },
    { url: 'https://news.example.com/g/1', title: 'By guid', published: null },
    { url: null, title: 'Not a permalink', published: null },
    { url: 'https://news.example.com/a?x=1&y=2', title: 'Escaped & linked', published: '2015-03-04' },
  ]);
});

test('Atom entries: the alternate link, published before updated; non-http links dropped', () => {
  const f = parseFeed(ATOM, 'https://x.example/feed')!;
  assert.equal(f.kind, 'atom');
  assert.equal(f.title, 'Atom news');
  assert.deepEqual(f.items, [
    { url: 'https://x.example/summit', title: 'Summit', published: '2015-03-05' },
    { url: null, title: 'Script link', published: null },
  ]);
});

test('feeds are told from pages and other XML', () => {
  assert.ok(looksLikeFeed(RSS));
  assert.ok(looksLikeFeed(ATOM));
  assert.ok(!looksLikeFeed('<html><body>rss</body></html>'));
  assert.equal(parseFeed('<Sentences><Sentence/></Sentences>', 'https://x/'), null);
  assert.equal(isoDate('Tue, 3 Mar 2015 00:00:00 GMT'), '2015-03-03');
  assert.equal(isoDate('yesterday'), null);
});
