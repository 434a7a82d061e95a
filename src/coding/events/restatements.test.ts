import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent, Modality } from '../types.js';
import { markRestatements } from './restatements.js';

const PUB = '2026-03-05';

function ev(id: string, src: string | null, tgt: string | null, cameo: string, date: string | null, modality: Modality = 'actual'): CodedEvent {
  const ref = (code: string | null) => (code === null ? null : { actor: code, text: code, code, country: code, sector: null });
  return {
    id, sentence: 0, source: ref(src), target: ref(tgt), cameo, root: cameo.slice(0, 2), goldstein: 0, quadClass: 1, plover: null,
    modality, attribution: { voice: 'author', speaker: null, outlet: null }, date, issues: [], evidence: { span: [0, 0], text: '' }, rule: 'test',
  };
}

const restated = (events: CodedEvent[]) => {
  markRestatements(events, PUB);
  return events.map((e) => e.restates ?? '-');
};

test('a repeat of an earlier event of the document restates it; the first dated mention is the one counted', () => {
  // Headline (undated), dated lead, restatement further down.
  assert.deepEqual(restated([ev('h', 'CHN', 'JPN', '111', PUB), ev('l', 'CHN', 'JPN', '111', '2026-03-04'), ev('r', 'CHN', 'JPN', '111', PUB)]), ['l', '-', 'l']);
  assert.deepEqual(restated([ev('a', 'CHN', 'JPN', '111', '2026-03-04'), ev('b', 'CHN', 'JPN', '111', '2026-03-04')]), ['-', 'a']);
});

test('different dates, codes, directions or modalities are different events, and uncoded actors never restate', () => {
  assert.deepEqual(restated([ev('a', 'ISR', 'PSE', '190', '2026-03-02'), ev('b', 'ISR', 'PSE', '190', '2026-03-04')]), ['-', '-']);
  assert.deepEqual(restated([ev('a', 'CHN', 'JPN', '111', PUB), ev('b', 'CHN', 'JPN', '112', PUB), ev('c', 'JPN', 'CHN', '111', PUB)]), ['-', '-', '-']);
  assert.deepEqual(restated([ev('a', 'CHN', 'JPN', '111', PUB), ev('b', 'CHN', 'JPN', '111', PUB, 'speculative')]), ['-', '-']);
  assert.deepEqual(restated([ev('a', 'CHN', null, '010', PUB), ev('b', 'CHN', null, '010', PUB)]), ['-', '-']);
});

test('marking again gives the same answer (the store recomputes it on reading)', () => {
  const events = [ev('h', 'CHN', 'JPN', '111', PUB), ev('l', 'CHN', 'JPN', '111', '2026-03-04')];
  const once = restated(events);
  assert.deepEqual(restated(events), once);
});
