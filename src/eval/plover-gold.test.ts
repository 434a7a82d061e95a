import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goldTriggerSpan, type GoldRecord } from './plover-gold.js';

const rec = (text: string, markup: string | undefined, eventText?: string): GoldRecord =>
  ({ id: 'x', event: 'AGREE', text, eventText, textInfo: markup === undefined ? undefined : { markup } });

test('the first marked event phrase is located in the plain text', () => {
  const text = 'Libya has offered to hand over to Great Britain two of its nationals suspected by the West.';
  const r = rec(text, '(SRC: Libya) has (EVT: offered to hand over) to (TAR: Great Britain) two of its nationals (EVT: suspected) by the West.');
  const span = goldTriggerSpan(r);
  assert.ok(span);
  assert.equal(text.slice(...span), 'offered to hand over');
});

test('markup typos and nested brackets are tolerated; without markup the eventText is used', () => {
  const text = 'The United Nations has sent 21 military personnel to Bosnia.';
  const typo = goldTriggerSpan(rec(text, 'The (SRC: United Nations) (EVT: has sent} 21 (SRC: military personnel) (LOC:to (TAR: Bosnia)).'));
  assert.equal(typo && text.slice(...typo), 'has sent');
  const plain = goldTriggerSpan(rec(text, undefined, 'sent'));
  assert.equal(plain && text.slice(...plain), 'sent');
  assert.equal(goldTriggerSpan(rec(text, '(EVT: vetoed) nothing')), null);
});
