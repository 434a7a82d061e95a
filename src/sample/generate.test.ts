import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Coder } from '../coding/coder.js';
import { ILLUSTRATIVE } from './cast.js';
import { generate, type Article } from './generate.js';

const DIR = new URL('../../../examples/sample-corpus/', import.meta.url);

function committed(): Article[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort()
    .flatMap((f) => readFileSync(new URL(f, DIR), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Article));
}

test('the committed corpus is what the seeded generator writes, small, dated March–August 2026, all marked illustrative', () => {
  const a = generate();
  assert.deepEqual(generate(), a);
  assert.deepEqual(committed(), a);
  assert.ok(a.length >= 250 && a.length <= 500, String(a.length));
  const bytes = readdirSync(DIR).reduce((n, f) => n + readFileSync(new URL(f, DIR)).length, 0);
  assert.ok(bytes < 1_000_000);
  for (const x of a) {
    assert.ok(x.text.endsWith(ILLUSTRATIVE), x.url);
    assert.ok(x.date >= '2026-03-01' && x.date <= '2026-08-31', x.date);
    const sentences = x.text.split(/(?<=[.!?])\s+(?=[A-Z(])/).length;
    assert.ok(sentences >= 3 && sentences <= 9, `${x.url}: ${sentences} sentences`);
  }
  assert.equal(a.filter((x) => x.text.includes('<script>alert(1)</script>') && x.text.includes('onerror')).length, 1);
  assert.equal(a.filter((x) => x.url.includes('/republished/')).length, 2);
});

test('the real coder codes the corpus into every one of its twelve dyads, with actual events', () => {
  const coder = Coder.load();
  const counts = new Map<string, number>();
  for (const x of generate()) {
    const doc = coder.code({ text: x.text, meta: { title: x.title, url: x.url, canonicalUrl: x.url, published: x.date, byline: null, sourceId: null, format: 'jsonl', file: null } });
    for (const e of doc.events) {
      if (e.modality !== 'actual' || !e.source?.country || !e.target?.country || e.source.country === e.target.country) continue;
      const k = [e.source.country, e.target.country].sort().join('-');
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  for (const d of ['CHN-USA', 'JPN-USA', 'CHN-JPN', 'RUS-UKR', 'IRN-ISR', 'IND-PAK', 'KOR-PRK', 'DEU-FRA', 'GRC-TUR', 'IRN-SAU', 'AUS-CHN']) {
    assert.ok((counts.get(d) ?? 0) >= 30, `${d}: ${counts.get(d)} events`);
  }
});
