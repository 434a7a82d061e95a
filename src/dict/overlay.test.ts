import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOverlayRecords, overlayEntries, loadOverlay } from './overlay.js';
import { fixture, fixturePath } from './fixtures.js';
import { codeAt } from './actor-roles.js';

test('records with the same first name merge into one actor with several roles', () => {
  const entries = loadOverlay(fixturePath('overlay.jsonl'), 0, 'overlay.jsonl');
  assert.equal(entries.length, 2);
  const k = entries[0];
  assert.deepEqual(k.phrases, [['FUMIO', 'KISHIDA'], ['KISHIDA', 'FUMIO']]);
  assert.equal(k.roles.length, 2);
  assert.deepEqual([k.kind, k.country, k.origin, k.line], ['person', 'JPN', 'overlay', 2]);
  assert.equal(codeAt(k, '2016-01-01'), 'JPNGOV');
  assert.equal(k.roles.find((r) => r.from === 20121226)?.title, 'foreign minister');
  assert.equal(entries[1].use, 'metonym');
  assert.equal(overlayEntries(parseOverlayRecords(fixture('overlay.jsonl'), 'o'), 'o', 10)[1].id, 11);
});

test('overlay errors name file and line and the problem', () => {
  const bad = (text: string, re: RegExp) => assert.throws(() => parseOverlayRecords(text, 'mine.jsonl'), re);
  bad('# c\n{"names":["A"],"code":"USAGOV"}\n{"names":["B"], code:1}\n', /mine\.jsonl:3: invalid JSON/);
  bad('{"names":["A"],"code":"USAGOV","form":"2020-01-01"}', /mine\.jsonl:1: unknown field "form"/);
  bad('{"names":["A"],"code":"USAGOV","from":"2020-13-01"}', /"from" must be a date YYYY-MM-DD/);
  bad('{"names":["A"],"code":"USAGOV","from":"2021-01-01","to":"2020-01-01"}', /"to" \(2020-01-01\) is before "from"/);
  bad('{"names":[],"code":"USAGOV"}', /"names" must be a non-empty array/);
  bad('{"names":["A"]}', /"code" is required/);
  bad('{"names":["A"],"code":"usa gov"}', /"code" must be upper-case/);
  bad('[1,2]', /must be a JSON object/);
  bad('{"names":["A"],"code":"USAGOV","kind":"planet"}', /"kind" must be one of/);
});
