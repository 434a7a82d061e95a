import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhraseIndex, phraseWords } from './phrase-index.js';

test('PhraseIndex.longest takes the longest phrase at a position, whatever the first words start elsewhere', () => {
  const idx = new PhraseIndex<string>();
  idx.add(['THE'], 'the');
  idx.add(['THE', 'GREY', 'HAVENS'], 'havens');
  idx.add(['THE', 'GREY', 'HAVENS', 'OF', 'LINDON'], 'lindon');
  idx.add(['THE', 'SHIRE'], 'shire');
  idx.add(['MINAS', 'TIRITH', 'GARRISON'], 'garrison');
  const at = (text: string, start = 0) => {
    const m = idx.longest(text.split(' '), start);
    return m ? `${m.values.join('/')}:${m.length}` : null;
  };
  assert.equal(at('THE GREY HAVENS OF LINDON WAIT'), 'lindon:5');
  assert.equal(at('THE GREY HAVENS OF MORDOR'), 'havens:3');
  assert.equal(at('THE GREY SHIPS'), 'the:1');
  assert.equal(at('THE SHIRE OF OLD'), 'shire:2');
  assert.equal(at('THE SHIRE'), 'shire:2');
  assert.equal(at('THE'), 'the:1');
  assert.equal(at('IN THE SHIRE', 1), 'shire:2');
  assert.equal(at('MINAS TIRITH GARRISON'), 'garrison:3');
  assert.equal(at('MINAS TIRITH'), null);
  assert.equal(at('ROHAN'), null);
});

test('a token written with underscores matches the phrase of its words, counted as one token', () => {
  const idx = new PhraseIndex<string>();
  idx.add(phraseWords('QUEEN OF WEST MARCHES'), 'WMQ');
  idx.add(phraseWords('WEST_MARCHES'), 'WM');
  assert.deepEqual(idx.longest(['THE', 'QUEEN', 'OF', 'WEST_MARCHES'], 1), { length: 3, values: ['WMQ'] });
  assert.deepEqual(idx.longest(['WEST_MARCHES', 'SAID'], 0), { length: 1, values: ['WM'] });
  assert.deepEqual(idx.longest(['QUEEN', 'OF', 'WEST', 'MARCHES'], 0), { length: 4, values: ['WMQ'] });
  assert.equal(idx.longest(['_', 'WEST'], 0), null);
});
