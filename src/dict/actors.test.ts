import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseActorDictionary } from './actors.js';
import { codeAt, codeForEntries, roleAt } from './actor-roles.js';
import { buildActorDictionary, matchActor } from './actor-dictionary.js';
import { parseOverlayRecords, overlayEntries } from './overlay.js';
import { normalizeToken } from './phrase-index.js';
import { fixture } from './fixtures.js';
import type { DictWarning } from './source.js';

const entries = parseActorDictionary(fixture('actors.txt'), 'actors.txt');
const byName = (n: string) => entries.find((e) => e.phrases[0].join(' ') === n)!;

test('phrases, synonyms and roles', () => {
  assert.equal(entries.length, 4);
  assert.deepEqual(byName('JAPAN').phrases, [['JAPAN'], ['JAPANESE'], ['TOKYO']]);
  assert.deepEqual(byName('SHINZO ABE').roles[1], { codes: ['JPNGOV'], from: 20060926, to: 20070926, line: 9 });
  assert.deepEqual(byName('LORIEN').roles[0].codes, ['ELR', 'GAL']);
});

test('codeAt picks the role valid on a date', () => {
  const abe = byName('SHINZO ABE');
  assert.equal(codeAt(abe, '2000-01-01'), 'JPNELI');
  assert.equal(codeAt(abe, '2005-12-01'), 'JPNGOV', 'on a handover day the role that begins wins');
  assert.equal(codeAt(abe, '2007-10-31'), 'JPNGOV', 'bounds are inclusive');
  assert.equal(codeAt(abe, '2007-11-01'), 'JPNELI', 'after every dated role: the default');
  assert.equal(codeAt(abe), 'JPNELI', 'no date: the default');
  const gollum = byName('GOLLUM');
  assert.equal(codeAt(gollum, '1995-05-31'), 'HOB', '< is strictly before');
  assert.equal(codeAt(gollum, '1995-06-01'), 'HOBGOV');
  assert.equal(codeAt(gollum, '1999-08-16'), 'HOBREB', '> includes the day');
  assert.equal(codeAt(gollum, new Date(Date.UTC(2020, 0, 1))), 'HOBREB');
  assert.equal(roleAt(gollum)?.codes[0], 'HOBREB', 'no default: the most recent role');
});

test('longest-match lookup over dictionary and overlay entries, overlay first', () => {
  const overlay = overlayEntries(parseOverlayRecords(fixture('overlay.jsonl'), 'overlay.jsonl'), 'overlay.jsonl');
  const dict = buildActorDictionary(overlay, entries);
  const toks = 'PM Fumio Kishida visited Tokyo'.split(' ').map(normalizeToken);
  assert.equal(matchActor(dict, toks, 0), null);
  const m = matchActor(dict, toks, 1)!;
  assert.equal(m.length, 2);
  assert.equal(codeForEntries(m.entries, '2022-01-01')?.role.title, 'prime minister');
  assert.equal(codeForEntries(m.entries, '2019-01-01'), null, 'out of every role and no default');
  assert.equal(codeForEntries(matchActor(dict, toks, 4)!.entries, '2022-01-01')?.code, 'JPN');
});

test('malformed dates name file and line; lenient mode reads them as PETRARCH does', () => {
  assert.throws(() => parseActorDictionary(fixture('actors-bad.txt'), 'actors-bad.txt'), /actors-bad\.txt:2: malformed date '991315'/);
  assert.throws(() => parseActorDictionary('X\n\t[ABC 20121204]\n', 'a.txt'), /a\.txt:2: date '20121204' needs/);
  const w: DictWarning[] = [];
  const [e] = parseActorDictionary('X\n\t[ABC 9008223-911221]\n', 'a.txt', w, { strict: false });
  assert.equal(e.roles[0].from, 19900822);
  assert.equal(w.length, 1);
  assert.throws(() => parseActorDictionary('\t[ABC]\n', 'a.txt'), /a\.txt:1: role \[code\] before any actor phrase/);
});
