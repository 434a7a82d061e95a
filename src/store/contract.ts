/**
 * The store contract: one suite, registered for every driver (sqlite/sqlite.test.ts,
 * postgres/postgres.test.ts). Each test opens a fresh, migrated store from the factory.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDyadError } from '../util/errors.js';
import type { SqlStore } from './core.js';
import { textHash } from './rows.js';
import { columnsOf, schema, type TableName } from './schema.js';
import { minhash } from './minhash.js';
import { viewsContract } from './contract-views.js';
import { markRestatements } from '../coding/events/restatements.js';
import { buildDoc, fixtures, recodedJpnUsa, syntheticDoc, type Fixture } from './testing/fixtures.js';
import type { EventRow, Store } from './types.js';

export interface StoreHandle { store: SqlStore; done(): Promise<void> }
export type StoreFactory = () => Promise<StoreHandle>;

const ALL_TIME = { from: '0001-01-01', to: '9999-12-31' };

async function withStore(open: StoreFactory, fn: (s: SqlStore) => Promise<void>): Promise<void> {
  const h = await open();
  try { await fn(h.store); } finally { await h.done(); }
}

function put(s: Store, f: Fixture, duplicateOf: string | null = null) {
  return s.putDocument(f.doc, { text: f.text, url: f.url, canonicalUrl: f.url, title: f.title, coderVersion: 'test-1', duplicateOf, meta: { fixture: f.name } });
}

async function putAll(s: Store) {
  const f = fixtures();
  for (const x of [f.jpnUsa, f.chnUsa, f.usaChn, f.jpnUsaLater]) await put(s, x);
  return f;
}

async function rejectsWith(p: Promise<unknown>, code: string, pattern?: RegExp) {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(isDyadError(e), `expected a DyadError, got ${String(e)}`);
    assert.equal(e.code, code);
    if (pattern) assert.match(e.message, pattern);
    return true;
  });
}

/** The rollup recomputed from the events themselves, keyed "src|tgt|date". */
function recompute(events: EventRow[]): Map<string, { events: number; goldsteinSum: number; q: number[] }> {
  const m = new Map<string, { events: number; goldsteinSum: number; q: number[] }>();
  for (const e of events) {
    if (e.modality !== 'actual' || !e.counted || !e.effectiveDate || !e.source?.code || !e.target?.code) continue;
    const k = `${e.source.code}|${e.target.code}|${e.effectiveDate}`;
    const r = m.get(k) ?? { events: 0, goldsteinSum: 0, q: [0, 0, 0, 0] };
    r.events++; r.goldsteinSum = Math.round((r.goldsteinSum + e.goldstein) * 10) / 10; r.q[e.quadClass - 1]++;
    m.set(k, r);
  }
  return m;
}

/** The rollup as the store reports it, through topDyads and exact daily series. */
async function reported(s: Store) {
  const m = new Map<string, { events: number; goldsteinSum: number; q: number[] }>();
  for (const d of await s.topDyads({ ...ALL_TIME, limit: 10_000 })) {
    for (const r of await s.dyadSeries(d.source, d.target, { exact: true })) {
      m.set(`${d.source}|${d.target}|${r.period}`, { events: r.events, goldsteinSum: Math.round(r.goldsteinSum * 10) / 10, q: [r.q1, r.q2, r.q3, r.q4] });
    }
  }
  return m;
}

/** Asserts the rollup equals what the stored events add up to (also used by the driver tests). */
export async function assertRollupConsistent(s: Store) {
  const events = await s.queryEvents({ limit: 10_000, includeDuplicates: true });
  assert.deepEqual(Object.fromEntries(await reported(s)), Object.fromEntries(recompute(events)));
}

export function storeContract(name: string, open: StoreFactory): void {
  const run = (title: string, fn: (s: SqlStore) => Promise<void>) => test(title, () => withStore(open, fn));

  describe(`store contract: ${name}`, () => {
    viewsContract(run);
    run('migrations create exactly the columns of schema.ts and can run again', async (s) => {
      await s.migrate();
      for (const table of Object.keys(schema) as TableName[]) {
        const live = await s.describe(table);
        assert.deepEqual(live.map((c) => [c.name, c.nullable]), columnsOf(table).map((c) => [c.name, c.nullable]), table);
      }
      assert.equal((await s.stats()).schemaVersion, 2);
    });

    run('documentIds walks every stored document in id order, page by page', async (s) => {
      const f = await putAll(s);
      const want = [f.jpnUsa, f.chnUsa, f.usaChn, f.jpnUsaLater].map((x) => x.doc.document.id).sort();
      assert.deepEqual(await s.documentIds(), want);
      const walked: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await s.documentIds({ after, limit: 3 });
        if (!page.length) break;
        assert.ok(page.length <= 3);
        walked.push(...page);
        after = page[page.length - 1];
      }
      assert.deepEqual(walked, want);
      await rejectsWith(s.documentIds({ limit: 0 }), 'E_USAGE', /limit/);
    });

    run('a stored document reads back as the coded document it was', async (s) => {
      const f = fixtures();
      const r = await put(s, f.chnUsa);
      assert.deepEqual(r, { inserted: true, id: f.chnUsa.doc.document.id });
      const got = await s.getDocument(f.chnUsa.doc.document.id);
      assert.ok(got);
      assert.deepEqual(got.coded, f.chnUsa.doc);
      assert.equal(got.text, f.chnUsa.text);
      assert.equal(got.textHash, textHash(f.chnUsa.text));
      assert.equal(got.coderVersion, 'test-1');
      assert.deepEqual(got.meta, { fixture: 'chn-usa' });
      assert.equal(got.minhash, minhash(f.chnUsa.text));
      assert.equal(await s.getDocument('0'.repeat(64)), null);
    });

    run('putDocument is idempotent: the same document twice changes nothing', async (s) => {
      const f = await putAll(s);
      const before = await s.stats();
      const eventsBefore = (await s.queryEvents({ limit: 1000 })).map((e) => `${e.documentId}/${e.id}`);
      const again = await put(s, f.usaChn);
      assert.deepEqual(again, { inserted: false, id: f.usaChn.doc.document.id });
      const batch = await s.putDocuments([f.jpnUsa, f.jpnUsa].map((x) => ({ doc: x.doc, input: { text: x.text, url: null, canonicalUrl: null, title: null, coderVersion: 'x' } })));
      assert.deepEqual(batch.map((b) => b.inserted), [false, false]);
      assert.deepEqual(await s.stats(), before);
      assert.deepEqual((await s.queryEvents({ limit: 1000 })).map((e) => `${e.documentId}/${e.id}`), eventsBefore);
      assert.equal(before.documents, 4);
      assert.equal(before.events, 15);
    });

    run('concurrent puts from one process each store once', async (s) => {
      const docs = Array.from({ length: 20 }, (_, i) => syntheticDoc(i, 'p'));
      const results = await Promise.all([...docs, ...docs].map(({ doc, text }) =>
        s.putDocument(doc, { text, url: null, canonicalUrl: null, title: null, coderVersion: 'c' })));
      assert.equal(results.filter((r) => r.inserted).length, 20);
      assert.equal((await s.stats()).documents, 20);
      await assertRollupConsistent(s);
    });

    run('the rollup equals a recomputation from the events, after puts and after a recode', async (s) => {
      const f = await putAll(s);
      await put(s, f.rerun, f.jpnUsa.doc.document.id);
      await assertRollupConsistent(s);
      const recoded = recodedJpnUsa();
      await s.replaceEvents(f.jpnUsa.doc.document.id, recoded, 'test-2');
      await assertRollupConsistent(s);
      const got = await s.getDocument(recoded.document.id);
      assert.deepEqual(got?.coded.events, recoded.events);
      assert.equal(got?.coderVersion, 'test-2');
      // Biden -> Kishida now exists; the negated meeting is gone.
      assert.deepEqual((await s.dyadSeries('USAGOV', 'JPNGOV')).map((r) => [r.period, r.events]), [['2024-04-10', 1]]);
      assert.equal((await s.queryEvents({ modalities: ['negated'] })).length, 0);
      // Recoding back restores the original totals exactly.
      await s.replaceEvents(f.jpnUsa.doc.document.id, f.jpnUsa.doc, 'test-3');
      await assertRollupConsistent(s);
      assert.deepEqual(await s.dyadSeries('USAGOV', 'JPNGOV'), []);
    });

    run('replaceEvents refuses an unknown document or a mismatched id', async (s) => {
      const f = await putAll(s);
      await rejectsWith(s.replaceEvents('f'.repeat(64), { ...f.jpnUsa.doc, document: { ...f.jpnUsa.doc.document, id: 'f'.repeat(64) } }, 'v'), 'E_INPUT', /no stored document/);
      await rejectsWith(s.replaceEvents(f.chnUsa.doc.document.id, f.jpnUsa.doc, 'v'), 'E_INPUT', /id/);
    });

    run('series count actual events only unless other modalities are asked for', async (s) => {
      await putAll(s);
      const actual = await s.dyadSeries('JPNGOV', 'USAGOV');
      assert.deepEqual(actual, [{ period: '2024-04-10', events: 2, goldsteinSum: 6.2, goldsteinMean: 3.1, q1: 2, q2: 0, q3: 0, q4: 0 }]);
      const withNegated = await s.dyadSeries('JPNGOV', 'USAGOV', { modalities: ['actual', 'negated'] });
      assert.deepEqual(withNegated.map((r) => [r.period, r.events, r.goldsteinSum]), [['2024-04-10', 3, 7.2]]);
      const negatedOnly = await s.dyadSeries('JPN', 'USA', { modalities: ['negated'] });
      assert.deepEqual(negatedOnly.map((r) => [r.period, r.events]), [['2024-04-10', 1]]);
      assert.deepEqual(await s.dyadSeries('CHN', 'USABUS'), [], 'speculative sanctions are not counted');
      assert.equal((await s.dyadSeries('CHN', 'USABUS', { modalities: ['speculative'] }))[0].events, 1);
    });

    run('series by week and month, prefix and exact codes, one or both directions', async (s) => {
      await putAll(s);
      const weekly = await s.dyadSeries('JPN', 'USA', { by: 'week' });
      assert.deepEqual(weekly.map((r) => [r.period, r.events, r.goldsteinSum]), [['2024-04-08', 2, 6.2], ['2024-04-15', 2, 2.9]]);
      assert.deepEqual((await s.dyadSeries('JPN', 'USA', { by: 'month' })).map((r) => [r.period, r.events]), [['2024-04', 4]]);
      assert.deepEqual((await s.dyadSeries('jpn', 'usa', { by: 'month', both: true })).map((r) => [r.period, r.events]), [['2024-04', 5]]);
      assert.deepEqual((await s.dyadSeries('CHN', 'USA')).map((r) => [r.period, r.events]), [['2024-04-12', 2]]);
      assert.deepEqual((await s.dyadSeries('CHN', 'USA', { both: true })).map((r) => [r.period, r.events]), [['2024-04-12', 2], ['2024-04-26', 2]]);
      assert.deepEqual((await s.dyadSeries('USA', 'CHN', { both: true, from: '2024-04-20' })).map((r) => r.period), ['2024-04-26']);
      assert.deepEqual(await s.dyadSeries('CHN', 'USA', { exact: true }), []);
      assert.deepEqual((await s.dyadSeries('CHNGOV', 'USA', { exact: true })).map((r) => r.events), [1]);
      assert.deepEqual(await s.dyadSeries('ZZZ', 'USA'), []);
      await rejectsWith(s.dyadSeries('U S', 'CHN'), 'E_USAGE', /actor code/);
      await rejectsWith(s.dyadSeries('USA', 'CHN', { from: 'last week' }), 'E_USAGE', /date/);
      await rejectsWith(s.dyadSeries('USA', 'CHN', { by: 'year' as 'day' }), 'E_USAGE');
    });

    run('topDyads ranks the window by counted actual events', async (s) => {
      await putAll(s);
      const top = await s.topDyads({ from: '2024-04-01', to: '2024-04-30', limit: 3 });
      assert.deepEqual(top[0], { source: 'JPNGOV', target: 'USAGOV', events: 2, goldsteinSum: 6.2, goldsteinMean: 3.1 });
      assert.equal(top.length, 3);
      const week = await s.topDyads({ from: '2024-04-15', to: '2024-04-21' });
      assert.deepEqual(week.map((d) => [d.source, d.target, d.events]), [['JPNMIL', 'USAMIL', 2], ['USAMIL', 'JPN', 1]]);
      assert.deepEqual(await s.topDyads({ from: '2023-01-01', to: '2023-12-31' }), []);
    });

    run('queryEvents filters', async (s) => {
      const f = await putAll(s);
      const ids = (rows: EventRow[]) => rows.map((e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'}:${e.cameo}:${e.modality}`);
      assert.equal((await s.queryEvents()).length, 15);
      assert.deepEqual(ids(await s.queryEvents({ actor: 'CHNBUS' })), ['USAGOV>CHNBUS:163:future']);
      assert.equal((await s.queryEvents({ actor: 'CHN' })).length, 6);
      assert.deepEqual(ids(await s.queryEvents({ dyad: ['USA', 'CHN'], both: true, modalities: ['actual'] })),
        ['CHNGOV>USA:112:actual', 'CHN>USAGOV:111:actual', 'USAGOV>CHN:111:actual', 'USAGOV>CHNGOV:040:actual']);
      assert.deepEqual(ids(await s.queryEvents({ cameo: ['04'], to: '2024-04-16' })), ['JPNGOV>USAGOV:040:actual', 'JPNGOV>USAGOV:040:negated', 'JPNMIL>USAMIL:042:actual']);
      assert.equal((await s.queryEvents({ root: ['16'] })).length, 2);
      assert.equal((await s.queryEvents({ quadClass: [4] })).length, 2);
      assert.equal((await s.queryEvents({ plover: ['ACCUSE'] })).length, 3);
      assert.deepEqual((await s.queryEvents({ voice: 'reported' })).map((e) => e.attribution.speaker?.text ?? e.attribution.outlet),
        ['Fumio Kishida', 'Kyodo', 'Mao Ning', "China's foreign ministry", 'State Department']);
      assert.deepEqual((await s.queryEvents({ modalities: ['future', 'hypothetical'] })).map((e) => e.modality), ['future', 'hypothetical', 'future']);
      const late = await s.queryEvents({ from: '2024-04-17', order: '-date' });
      assert.deepEqual(late.map((e) => e.effectiveDate), ['2024-04-26', '2024-04-26', '2024-04-26', '2024-04-17', '2024-04-17']);
      const viaText = await s.queryEvents({ text: 'Yokosuka' });
      assert.deepEqual([...new Set(viaText.map((e) => e.documentId))], [f.jpnUsaLater.doc.document.id]);
      assert.equal(viaText.find((e) => e.id === 'e3')?.effectiveDate, '2024-04-15', "an event's own date wins over the published date");
      assert.equal((await s.queryEvents({ documentId: f.chnUsa.doc.document.id })).length, 4);
      const page = await s.queryEvents({ limit: 4, offset: 4 });
      assert.deepEqual(page.map((e) => e.id), (await s.queryEvents()).slice(4, 8).map((e) => e.id));
      await rejectsWith(s.queryEvents({ modalities: ['probable' as 'actual'] }), 'E_USAGE', /modality/);
      await rejectsWith(s.queryEvents({ cameo: ["04' OR 1=1 --"] }), 'E_USAGE', /CAMEO/);
      await rejectsWith(s.queryEvents({ limit: -1 }), 'E_USAGE');
    });

    run('full-text search, with stemming and phrases; malformed queries are clear errors', async (s) => {
      const f = await putAll(s);
      const hits = await s.search('Blinken');
      assert.deepEqual(hits.map((h) => h.id), [f.usaChn.doc.document.id]);
      assert.match(hits[0].snippet, /Blinken/);
      assert.deepEqual((await s.search('sanction')).map((h) => h.id), [f.chnUsa.doc.document.id], 'stemmed: sanctions');
      assert.deepEqual((await s.search('"export controls"')).map((h) => h.id), [f.usaChn.doc.document.id]);
      assert.deepEqual(await s.search('"controls export"'), []);
      assert.equal((await s.search('defense')).length, 2);
      assert.deepEqual((await s.search('defense Yokosuka')).map((h) => h.id), [f.jpnUsaLater.doc.document.id]);
      for (const q of ['NEAR(Blinken Wang', 'title:Blinken', 'Blinken*', '-Blinken', 'Blinken AND OR NOT', '(Blinken))', "Blinken'; DROP TABLE documents; --", 'Blinken & | ! <->']) {
        const r = await s.search(q);
        assert.ok(Array.isArray(r), q);
      }
      assert.equal((await s.search('Blinken* ^"Wang Yi" -:')).length, 1, 'operators are plain text');
      await rejectsWith(s.search('"export controls'), 'E_USAGE', /unbalanced quote/);
      await rejectsWith(s.search('  ** () '), 'E_USAGE', /no words/);
      await rejectsWith(s.queryEvents({ text: 'say "hello' }), 'E_USAGE', /unbalanced/);
      assert.equal((await s.stats()).documents, 4);
    });

    run('an event restating an earlier one of its document is stored, linked and not counted', async (s) => {
      const text = 'Japan protests to China. Japan protested to China on Monday over the survey ship, officials said.';
      const doc = buildDoc({
        text,
        title: 'Japan protests', published: '2024-05-08',
        actors: [
          { id: 'a1', text: 'Japan', code: 'JPN', country: 'JPN', kind: 'state', mentions: ['Japan protests', 'Japan protested'] },
          { id: 'a2', text: 'China', code: 'CHN', country: 'CHN', kind: 'state', mentions: ['China.', 'China on'] },
        ],
        events: [
          { id: 'h1', source: 'a1', target: 'a2', cameo: '111', goldstein: -2, quadClass: 3, evidence: 'Japan protests to China' },
          { id: 'b1', source: 'a1', target: 'a2', cameo: '111', goldstein: -2, quadClass: 3, date: '2024-05-06', evidence: 'Japan protested to China on Monday' },
        ],
      });
      markRestatements(doc.events, doc.document.published);
      assert.deepEqual(doc.events.map((e) => e.restates ?? null), ['b1', null], 'the dated mention is the one counted');
      await s.putDocument(doc, { text, url: null, canonicalUrl: null, title: null, coderVersion: 'test-1' });
      const rows = await s.queryEvents({ documentId: doc.document.id, includeDuplicates: true });
      assert.deepEqual(rows.map((e) => [e.id, e.counted]).sort(), [['b1', true], ['h1', false]]);
      assert.deepEqual((await s.topDyads(ALL_TIME)).map((d) => [d.source, d.target, d.events]), [['JPN', 'CHN', 1]]);
      const back = await s.getDocument(doc.document.id);
      assert.deepEqual(back?.coded.events.map((e) => e.restates ?? null), ['b1', null], 'recomputed on reading');
    });

    run('near-duplicates are found by signature, linked and not counted', async (s) => {
      const f = await putAll(s);
      const sig = minhash(f.rerun.text);
      const similar = await s.similarDocuments(sig);
      assert.deepEqual(similar.map((d) => d.id), [f.jpnUsa.doc.document.id], 'the re-run finds its original, nothing else');
      assert.ok(similar[0].similarity >= 0.6 && similar[0].similarity < 1, String(similar[0].similarity));
      const self = await s.similarDocuments(minhash(f.usaChn.text), 1);
      assert.deepEqual(self.map((d) => [d.id, d.similarity]), [[f.usaChn.doc.document.id, 1]]);
      assert.deepEqual(await s.similarDocuments(minhash('An unrelated note about tomato prices at the Lagos market this week.')), []);
      // Several signatures at once give what each gives alone, in order.
      const sigs = [sig, minhash('An unrelated note about tomato prices at the Lagos market this week.'), minhash(f.usaChn.text)];
      const many = await s.similarDocumentsMany(sigs, 0.5);
      assert.deepEqual(many, await Promise.all(sigs.map((g) => s.similarDocuments(g, 0.5))));
      assert.deepEqual((await s.similarDocumentsMany(sigs, 0.8)).map((l) => l.map((d) => d.id)), [[], [], [f.usaChn.doc.document.id]]);
      assert.deepEqual(await s.similarDocumentsMany([]), []);
      await rejectsWith(s.similarDocumentsMany([sig, 'xyz']), 'E_USAGE', /MinHash/);
      const before = await s.topDyads(ALL_TIME);
      const r = await put(s, f.rerun, f.jpnUsa.doc.document.id);
      assert.equal(r.inserted, true);
      assert.equal((await s.getDocument(r.id))?.duplicateOf, f.jpnUsa.doc.document.id);
      assert.deepEqual(await s.topDyads(ALL_TIME), before);
      assert.equal((await s.queryEvents({ documentId: r.id })).length, 0);
      const linked = await s.queryEvents({ documentId: r.id, includeDuplicates: true });
      assert.equal(linked.length, 4);
      assert.ok(linked.every((e) => !e.counted));
      const st = await s.stats();
      assert.equal(st.duplicates, 1);
      assert.equal(st.countedActualEvents, (await s.topDyads({ ...ALL_TIME, limit: 1000 })).reduce((n, d) => n + d.events, 0));
      await rejectsWith(put(s, f.rerun, 'a'.repeat(64)), 'E_INPUT', /not a stored document/);
      await rejectsWith(s.similarDocuments('xyz'), 'E_USAGE', /MinHash/);
      await rejectsWith(s.similarDocuments(sig, 0), 'E_USAGE', /minSimilarity/);
    });

    run('lookups by canonical URL and text hash', async (s) => {
      const f = await putAll(s);
      const byUrl = await s.findByCanonicalUrl(f.chnUsa.url);
      assert.deepEqual(byUrl.map((d) => [d.id, d.title, d.published]), [[f.chnUsa.doc.document.id, f.chnUsa.title, '2024-04-12']]);
      assert.deepEqual((await s.findByTextHash(textHash(f.usaChn.text))).map((d) => d.id), [f.usaChn.doc.document.id]);
      assert.deepEqual(await s.findByCanonicalUrl('https://nowhere.example/'), []);
    });

    run('actors with counts, and unresolved names with the sentences they occur in', async (s) => {
      await putAll(s);
      const actors = await s.actors();
      const usagov = actors.find((a) => a.code === 'USAGOV');
      assert.ok(usagov);
      // counted actual events with USAGOV as source or target: JPN->USAGOV x2, CHN->USAGOV, USAGOV->CHN, USAGOV->CHNGOV
      assert.equal(usagov.events, 5);
      assert.equal(usagov.country, 'USA');
      assert.equal(actors.find((a) => a.code === 'CHNGOV')?.name, "China's foreign ministry");
      assert.ok(!actors.some((a) => a.code === null));
      const unresolved = await s.unresolvedActors();
      assert.deepEqual(unresolved.map((u) => u.text), ['Straits Patriotic Front']);
      assert.equal(unresolved[0].contexts[0].sentence,
        'A group calling itself the Straits Patriotic Front threatened U.S. diplomats in an online statement.');
      // The event with an unknown source is stored but cannot enter the rollup.
      assert.equal((await s.queryEvents({ actor: 'USAGOV', cameo: ['138'] })).length, 1);
    });

    run('bad documents are refused whole', async (s) => {
      const f = fixtures();
      const bad = structuredClone(f.chnUsa.doc);
      bad.events[1].id = bad.events[0].id;
      await rejectsWith(s.putDocument(bad, { text: f.chnUsa.text, url: null, canonicalUrl: null, title: null, coderVersion: 'v' }), 'E_INPUT', /twice/);
      const badDate = structuredClone(f.chnUsa.doc);
      badDate.events[0].date = '12 April';
      await rejectsWith(s.putDocuments([
        { doc: f.usaChn.doc, input: { text: f.usaChn.text, url: null, canonicalUrl: null, title: null, coderVersion: 'v' } },
        { doc: badDate, input: { text: f.chnUsa.text, url: null, canonicalUrl: null, title: null, coderVersion: 'v' } },
      ]), 'E_INPUT', /YYYY-MM-DD/);
      // A failure inside the transaction (second document's duplicateOf unknown) rolls back the first too.
      await rejectsWith(s.putDocuments([
        { doc: f.usaChn.doc, input: { text: f.usaChn.text, url: null, canonicalUrl: null, title: null, coderVersion: 'v' } },
        { doc: f.chnUsa.doc, input: { text: f.chnUsa.text, url: null, canonicalUrl: null, title: null, coderVersion: 'v', duplicateOf: 'b'.repeat(64) } },
      ]), 'E_INPUT', /not a stored document/);
      const st = await s.stats();
      assert.equal(st.documents, 0);
      assert.equal(st.events, 0);
      assert.equal(st.rollupRows, 0);
    });
  });
}
