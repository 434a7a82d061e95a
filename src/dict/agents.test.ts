import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAgentDictionary, matchAgent } from './agents.js';
import { parseDiscards, findDiscard } from './discards.js';
import { parseIssues, expandIssuePhrase } from './issues.js';
import { fixture } from './fixtures.js';

const agents = parseAgentDictionary(fixture('agents.txt'), 'agents.txt');
const words = (s: string) => s.split(' ');

test('agents: plurals, null plurals, substitution sets, prefix codes, loose words', () => {
  assert.deepEqual(matchAgent(agents, words('PRESIDENTS SAID'))?.entry.code, 'GOVPRS');
  assert.equal(matchAgent(agents, words('ATTORNEYS GENERAL'))?.length, 2);
  assert.equal(matchAgent(agents, words('POLICES')), null, '{} means no plural');
  assert.equal(matchAgent(agents, words('CONGRESSWOMAN'))?.entry.code, 'LEG');
  assert.equal(matchAgent(agents, words('CONGRESSWOMANS')), null, 'substituted forms get no plural');
  const body = matchAgent(agents, words('HUMAN RIGHTS BODY'))!.entry;
  assert.deepEqual([body.code, body.position], ['NGO', 'prefix']);
  const mod = agents.entries.find((e) => e.code === 'GOVMIL')!;
  assert.deepEqual([mod.words, mod.loose], [['MINISTER', 'OF', 'DEFENSE'], [false, true, false]]);
});

test('agents: a line without a code is an error naming the line, or a warning when lenient', () => {
  assert.throws(() => parseAgentDictionary('PRESIDENT [~GOV]\nMINISTER\n', 'a.txt'), /a\.txt:2: malformed agent line/);
  assert.throws(() => parseAgentDictionary('CONGRESS!X! [~LEG]\n', 'a.txt'), /a\.txt:1: substitution set !X! is not defined/);
  const w: { line: number }[] = [];
  const d = parseAgentDictionary('PRESIDENT [~GOV]\nDEPT [~ENV}\n', 'a.txt', w as never, { strict: false });
  assert.equal(d.entries.length, 2);
  assert.equal(w[0].line, 2);
});

test('discards: sentence and story scope, stems and whole words', () => {
  const d = parseDiscards(fixture('discards.txt'), 'discards.txt');
  assert.equal(findDiscard(d, words('THE BASEBALLS WERE'))?.scope, 'sentence');
  assert.equal(findDiscard(d, words('THE WORLD CUP FINAL'))?.scope, 'story');
  assert.equal(findDiscard(d, words('A GRAND PRIX RACE'))?.line, 3);
  assert.equal(findDiscard(d, words('A GRAND PRIXES RACE')), null, 'trailing _ means a whole word');
  assert.equal(findDiscard(d, words('THE WORLD BANK')), null);
});

test('issues: n:, v: and + expansions, sections and ignores', () => {
  assert.deepEqual(expandIssuePhrase('pre+n:school'), [['PRE', 'SCHOOL'], ['PRE-SCHOOL'], ['PRE', 'SCHOOLS'], ['PRE-SCHOOLS']]);
  const d = parseIssues(fixture('issues.txt'), 'issues.txt');
  assert.equal(d.index.longest(['PRE-SCHOOLS'])?.values[0].category, 'EDUCATION');
  assert.equal(d.index.longest(['MASSACRED'])?.values[0].code, 'ATROCITY');
  assert.equal(d.ignoreIndex.longest(words('A HEAD START'))?.values[0].scope, 'sentence');
  assert.throws(() => parseIssues('school [A] [B]\n', 'i.txt'), /i\.txt:1: malformed issue line/);
});
