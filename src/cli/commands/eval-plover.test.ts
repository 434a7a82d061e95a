import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main.js';
import { memoryIo } from '../command.js';
import { goldSplit } from '../../eval/plover-gold.js';

const rec = (id: string, event: string, text: string, markup: string, source: string[], target: string[]) => ({
  id, event, text, date: '2026-03-05', textInfo: { markup },
  source: source.map((code) => ({ actorText: code, code })), target: target.map((code) => ({ actorText: code, code })),
});

test('eval plover scores the gold-marked event, legacy codes and joint sources as documented', async () => {
  const gold = [
    { id: 'DOC', event: 'DOCUMENT' },
    // Legacy JAP for Japan; 0.5b1 DISAPPROVE is 2.0 ACCUSE.
    rec('A', 'DISAPPROVE', 'Japan accused China of violating its airspace.', '(SRC: Japan) (EVT: accused) (TAR: China) of violating its airspace.', ['JAP'], ['CHN']),
    // A joint action with no gold target: dyad's CHN -> PHL agrees.
    rec('B', 'CONSULT', 'China and the Philippines held talks in Manila.', '(SRC: China) and (SRC: the Philippines) (EVT: held talks) in Manila.', ['CHN', 'PHL'], []),
    // Two events; the gold marks the second, which is scored, not the sentence's first.
    rec('C', 'DISAPPROVE', 'Libya offered aid to Britain, and France condemned the attack.', 'Libya offered aid to Britain, and (SRC: France) (EVT: condemned) the attack.', ['FRA'], []),
    // 0.5b1's host is 2.0's recipient, and so is the host of dyad's CAMEO 043 (EGYGOV -> JORGOV).
    { ...rec('E', 'CONSULT', 'The Egyptian president received the Jordanian king in Cairo on Monday.', '(SRC: The Egyptian president) (EVT: received) the (TAR: Jordanian king) in Cairo on Monday.', ['EGY'], ['JOR']), mode: 'host' },
    // A miss: no event at all.
    rec('D', 'AGREE', 'The weather was fine.', 'The weather (EVT: was) fine.', ['USA'], ['CHN']),
  ];
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-plover-')), 'gold.json');
  writeFileSync(file, JSON.stringify(gold));
  const io = memoryIo();
  assert.equal(await main(['eval', 'plover', file, '--failures'], io), 0);
  assert.match(io.stdout, /^records 5\ntype {4}4\/5 = 0\.800\nsource {2}4\/5 = 0\.800\ntarget {2}4\/5 = 0\.800\n/m);
  assert.match(io.stdout, /D: gold AGREE USA -> CHN; dyad \(none\)/);
  assert.doesNotMatch(io.stdout, /^[ABCE]: gold/m);
});

test('eval plover names the file it cannot read', async () => {
  const io = memoryIo();
  assert.equal(await main(['eval', 'plover', '/nonexistent/gold.json'], io), 2);
  assert.match(io.stderr, /E_INPUT: \/nonexistent\/gold\.json: cannot read the PLOVER gold file/);
});

test('eval plover prints both fixed halves of the gold, and --split scores one half only', async () => {
  const gold = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8'].map((id) =>
    rec(id, 'DISAPPROVE', 'Japan accused China of violating its airspace.', '(SRC: Japan) (EVT: accused) (TAR: China) of violating its airspace.', ['JPN'], ['CHN']));
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-plover-')), 'gold.json');
  writeFileSync(file, JSON.stringify(gold));
  const dev = gold.filter((r) => goldSplit(r.id) === 'dev').length;
  assert.ok(dev > 0 && dev < gold.length, 'the eight ids fall in both halves');
  const all = memoryIo();
  assert.equal(await main(['eval', 'plover', file], all), 0);
  assert.match(all.stdout, new RegExp(`^dev {3}half ${dev} records: type 1\\.000`, 'm'));
  assert.match(all.stdout, new RegExp(`^test {2}half ${gold.length - dev} records: type 1\\.000`, 'm'));
  const one = memoryIo();
  assert.equal(await main(['eval', 'plover', file, '--split', 'test'], one), 0);
  assert.match(one.stdout, new RegExp(`^records ${gold.length - dev} \\(test half\\)\\n`));
  assert.doesNotMatch(one.stdout, /half \d+ records/);
  const bad = memoryIo();
  assert.notEqual(await main(['eval', 'plover', file, '--split', 'train'], bad), 0);
  assert.match(bad.stderr, /--split must be dev or test/);
});
