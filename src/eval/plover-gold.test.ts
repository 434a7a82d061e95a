import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goldSplit, goldTriggerSpans, type GoldRecord } from './plover-gold.js';

const rec = (text: string, markup: string | undefined, eventText?: string): GoldRecord =>
  ({ id: 'x', event: 'AGREE', text, eventText, textInfo: markup === undefined ? undefined : { markup } });

test('the first marked event phrase is located in the plain text', () => {
  const text = 'Libya has offered to hand over to Great Britain two of its nationals suspected by the West.';
  const r = rec(text, '(SRC: Libya) has (EVT: offered to hand over) to (TAR: Great Britain) two of its nationals (EVT: suspected) by the West.');
  assert.deepEqual(goldTriggerSpans(r).map((s) => text.slice(...s)), ['offered to hand over', 'suspected']);
});

test('markup typos and nested brackets are tolerated; without markup the eventText is used', () => {
  const text = 'The United Nations has sent 21 military personnel to Bosnia.';
  const typo = goldTriggerSpans(rec(text, 'The (SRC: United Nations) (EVT: has sent} 21 (SRC: military personnel) (LOC:to (TAR: Bosnia)).'));
  assert.deepEqual(typo.map((s) => text.slice(...s)), ['has sent']);
  assert.deepEqual(goldTriggerSpans(rec(text, undefined, 'sent')).map((s) => text.slice(...s)), ['sent']);
  assert.deepEqual(goldTriggerSpans(rec(text, '(EVT: vetoed) nothing')), []);
});

test('the gold split halves the record ids', () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `rec-${i}`);
  const dev = ids.filter((id) => goldSplit(id) === 'dev').length;
  assert.ok(dev > 400 && dev < 600, `dev half ${dev} of 1000`);
});
