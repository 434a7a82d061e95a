import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeHtml, readHtml } from './html.js';
import { limitNesting, maxDepth } from './html-guard.js';
import { fixturePath } from './fixtures.js';

const page = readFileSync(fixturePath('news-page.html'), 'utf8');
const hostile = readFileSync(fixturePath('hostile.html'), 'utf8');

test('news page: article paragraphs only, headings as their own paragraph, entities decoded', () => {
  const { text } = readHtml(page);
  const paras = text.split('\n\n');
  assert.ok(paras[0].startsWith('GENEVA \u2014 The foreign ministers of Aldoria and Benvia agreed on Thursday'));
  assert.ok(paras.includes('Sticking points'));
  assert.ok(text.includes('Aldoria\'s minister, Ilse Varga, told reporters that \u201cnothing is agreed'));
  assert.ok(text.includes('reopen one crossing\nas a gesture of goodwill.'), '<br> is a line break');
  for (const junk of ['cookies', 'Business', 'Share on X', 'Related', 'Border dispute explained', 'Hidden paragraph',
    'reader comment', 'Most read', 'All rights reserved', 'Commented out', 'JavaScript', 'SCRIPT TEXT', 'STYLE TEXT',
    'shake hands', 'Topics']) {
    assert.ok(!text.includes(junk), `should drop "${junk}"`);
  }
  assert.equal(paras.length, 5);
});

test('news page metadata: JSON-LD headline and authors, local publication day, canonical, language', () => {
  const { meta } = readHtml(page, { file: 'page.html' });
  assert.equal(meta.title, 'Foreign ministers agree a timetable for border talks');
  assert.equal(meta.byline, 'Priya Raman, Tom Okafor');
  // JSON-LD says 2026-02-04T23:30Z; the publisher's own +09:00 timestamp gives its calendar day.
  assert.equal(meta.published, '2026-02-05');
  assert.equal(meta.canonicalUrl, 'https://ledger.example.com/world/border-talks');
  assert.equal(meta.url, 'https://ledger.example.com/world/2026/02/05/border-talks');
  assert.equal(meta.language, 'en');
  assert.equal(meta.file, 'page.html');
  assert.equal(readHtml(page, { url: 'https://fetched.example/x' }).meta.url, 'https://fetched.example/x');
});

test('metadata falls back to meta tags, <title> without site name and <time datetime>', () => {
  const html = `<html lang="fr"><head><title>Le sommet s'ouvre à Paris - Le Journal</title>
    <meta name="author" content="By Claire Dubois"></head><body><article><time datetime="2025-11-03T10:00:00+01:00">3 nov.</time>
    <p>Les dirigeants européens se réunissent lundi à Paris pour discuter de la défense commune et du budget.</p></article></body></html>`;
  const { meta, text } = readHtml(html);
  assert.equal(meta.title, "Le sommet s'ouvre à Paris");
  assert.equal(meta.byline, 'Claire Dubois');
  assert.equal(meta.published, '2025-11-03');
  assert.equal(meta.language, 'fr');
  assert.match(text, /^Les dirigeants européens/);
});

test('pages without paragraphs fall back to the body text', () => {
  const { text } = readHtml('<html><body><nav>Home</nav><div>Short notice: the embassy is closed today.</div></body></html>');
  assert.equal(text, 'Short notice: the embassy is closed today.');
});

test('hostile page: no script, iframe, svg, template or DTD-entity content; malformed markup survives', () => {
  const { text, meta } = readHtml(hostile);
  for (const bad of ['alert', 'SCRIPT RAN', 'IFRAME TEXT', 'SVG TEXT', 'TEMPLATE TEXT', 'TEXTAREA TEXT', 'COMMENT TEXT', 'AAAA']) {
    assert.ok(!text.includes(bad), `leaked "${bad}"`);
  }
  assert.ok(text.includes('The entity here stays as written: &c; and &b;.'));
  assert.ok(text.includes('Officials in Carthia said on Monday that talks with Delmar would resume next week'));
  assert.ok(text.includes('Unclosed bold italic and a link that is only text'));
  assert.ok(text.includes('which browsers accept & so must we.'));
  assert.ok(text.includes('do not end the paragraph early, and \u{1F600}'));
  assert.equal(meta.title, 'Hostile page');
  assert.ok(text.length < 2000);
});

test('nesting deeper than the limit is flattened, keeping the text, in linear time', () => {
  const deep = '<div>'.repeat(50000) + '<p>Deep text that is long enough to be a paragraph.</p>' + '</div>'.repeat(50000);
  assert.equal(maxDepth(deep), 50000);
  assert.ok(maxDepth(limitNesting(deep)) <= 256);
  assert.equal(readHtml(deep).text, 'Deep text that is long enough to be a paragraph.');
  const normal = '<div><div><p>a</p></div></div>';
  assert.equal(limitNesting(normal), normal);
  // Tags inside scripts and comments are not counted.
  assert.equal(maxDepth('<script>' + '<div>'.repeat(1000) + '</script><!--' + '<div>'.repeat(1000) + '-->'), 1);
});

test('decodeHtml: UTF-8, else the declared legacy charset; binary refused', () => {
  assert.equal(decodeHtml(Buffer.from('<p>caf\u00e9</p>'), 'a.html'), '<p>caf\u00e9</p>');
  const gbk = Buffer.from([...Buffer.from('<meta charset="gbk"><p>'), 0xd6, 0xd0, 0xb9, 0xfa, ...Buffer.from('</p>')]);
  assert.equal(decodeHtml(gbk, 'b.html'), '<meta charset="gbk"><p>\u4e2d\u56fd</p>');
  assert.throws(() => decodeHtml(Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'c.html'), { code: 'E_BINARY' });
  assert.throws(() => decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c]), 'd.html'), { code: 'E_ENCODING' });
});
