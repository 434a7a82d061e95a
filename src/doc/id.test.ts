import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { documentId, normaliseForId } from './id.js';

test('id is sha256 of the NFC, whitespace-collapsed, trimmed text', () => {
  const text = '  Aldoria\u00a0and\n\nBenvia  agreed. ';
  assert.equal(normaliseForId(text), 'Aldoria and Benvia agreed.');
  assert.equal(documentId(text), createHash('sha256').update('Aldoria and Benvia agreed.').digest('hex'));
  assert.match(documentId(text), /^[0-9a-f]{64}$/);
});

test('same text in another Unicode form or wrapping gets the same id; different text does not', () => {
  assert.equal(documentId('Caf\u00e9 talks'), documentId('Cafe\u0301   talks'));
  assert.equal(documentId('a\r\nb'), documentId('a b'));
  assert.notEqual(documentId('Aldoria agreed.'), documentId('Aldoria disagreed.'));
});
