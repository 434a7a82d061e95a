import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu, formatConllu, conlluComment } from './conllu.js';

const sample = [
  '# sent_id = s1',
  '# text = I can\'t go.',
  '1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_',
  '2-3\tcan\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tca\tcan\tAUX\tMD\t_\t4\taux\t4:aux\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_',
  '4\tgo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
].join('\n') + '\n';

test('CoNLL-U round-trips, keeping multiword ranges', () => {
  const s = parseConllu(sample);
  assert.equal(s.length, 1);
  assert.equal(s[0].words.length, 5);
  assert.equal(s[0].words[3].head, 0);
  assert.equal(conlluComment(s[0], 'sent_id'), 's1');
  assert.equal(formatConllu(s), sample);
});

test('a line with the wrong number of columns names the file and line', () => {
  assert.throws(() => parseConllu('1\tI\tI\n', 'bad.conllu'), /bad\.conllu:1: expected 10 tab-separated columns/);
});
