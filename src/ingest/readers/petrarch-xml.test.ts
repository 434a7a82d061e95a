import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parsePetrarch, readPetrarchXml } from './petrarch-xml.js';
import { fixturePath } from './fixtures.js';

const xml = readFileSync(fixturePath('records.xml'), 'utf8');

test('well-formed records become documents with date and record id', () => {
  const { docs } = readPetrarchXml(xml, 'records.xml');
  assert.deepEqual(docs.map((d) => d.meta.sourceId), ['T-01', 'T-02', 'T-03', 'T-04']);
  const first = docs[0];
  assert.equal(first.text, 'Essos sent its foreign minister to Rhoyne on Monday for talks on the river treaty & fishing rights.');
  assert.equal(first.meta.published, '2015-08-04');
  assert.equal(first.meta.format, 'petrarch-xml');
  assert.equal(first.meta.file, 'records.xml');
});

test('numeric character references decode; spaced and single-quoted attributes read', () => {
  const { docs } = readPetrarchXml(xml);
  assert.equal(docs[1].text, 'Weather in Rhoyne was mild, \u2014 officials said \u201cnothing\u201d.');
  assert.equal(docs[1].meta.published, '2015-08-05');
  assert.equal(docs[2].meta.published, '2015-08-06');
});

test('malformed records are reported by id or index and line, the rest still read', () => {
  const { errors } = readPetrarchXml(xml);
  const byRecord = new Map(errors.map((e) => [e.record, e]));
  assert.match(byRecord.get('T-BADDATE')!.message, /bad date "20151399"/);
  assert.equal(byRecord.get('T-BADDATE')!.line, xml.split('\n').findIndex((l) => l.includes('T-BADDATE')) + 1);
  assert.match(byRecord.get('T-UNCLOSED-TEXT')!.message, /<Text> not closed/);
  assert.match(byRecord.get('#6')!.message, /missing id/);
  assert.match(byRecord.get('T-NOT-CLOSED')!.message, /not closed before line \d+/);
  assert.equal(errors.length, 4);
});

test('expected codings, no-event flags and config in force are exposed per record', () => {
  const file = parsePetrarch(xml);
  const [r1, r2, r3] = file.records;
  assert.deepEqual(r1.codings, [
    { source: 'ESS', target: 'RHO', event: '042' },
    { source: 'RHO', target: 'ESS', event: '043' },
  ]);
  assert.equal(r1.source, 'AFP');
  assert.equal(r1.category, 'DEMO');
  assert.equal(r2.noEvents, true);
  assert.equal(r2.sentence, false);
  assert.deepEqual(r3.codings, [{ source: '"RIVER COUNCIL"', target: 'ESS', event: '111' }]);
  assert.deepEqual(r1.config, { stop_on_error: 'False' });
  assert.deepEqual(r2.config, { stop_on_error: 'False', require_dyad: 'false' });
  assert.deepEqual(file.environment, {
    verbfile: 'Test.verbs.txt', actorfile: 'Test.actors.txt', agentfile: 'Test.agents.txt',
    discardfile: 'Test.discards.txt', errorfile: null, include: ['valid', 'DEMO'], other: {},
  });
});

test('an entity-expansion bomb is not expanded', () => {
  const levels = Array.from({ length: 9 }, (_, i) =>
    `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
  const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n` +
    '<Sentences><Sentence date="20200101" id="B-1"><Text>Boom &lol9; here.</Text></Sentence></Sentences>';
  const { docs, errors } = readPetrarchXml(bomb);
  assert.deepEqual(errors, []);
  assert.equal(docs[0].text, 'Boom &lol9; here.');
});

test('a file with no records, or truncated markup, reports errors instead of throwing', () => {
  assert.match(readPetrarchXml('<Sentences></Sentences>').errors[0].message, /no <Sentence> records/);
  const truncated = readPetrarchXml('<Sentences><Sentence date="20200101" id="X-1"><Text>Half a rec');
  assert.equal(truncated.docs.length, 0);
  assert.equal(truncated.errors[0].record, 'X-1');
  const comment = readPetrarchXml('<Sentences><Sentence date="20200101" id="X-2"><Text>ok</Text></Sentence><!-- never ends');
  assert.equal(comment.docs.length, 1);
  assert.match(comment.errors[0].message, /unterminated comment/);
});

test('a stray < inside text is reported against its record', () => {
  const r = readPetrarchXml('<Sentences><Sentence date="20200101" id="S-1"><Text>a < b</Text></Sentence></Sentences>');
  assert.equal(r.docs.length, 0);
  assert.equal(r.errors[0].record, 'S-1');
  assert.match(r.errors[0].message, /'<' not starting a tag/);
});
