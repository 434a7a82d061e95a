/**
 * Regression suite from the PLOVER manual (PLOVER_MANUAL.tex): for each event type and its modes,
 * wire sentences in our own words, with the exact events they must give. `cases` asserts the CAMEO
 * events; `ploverCases` also each event's PLOVER type, where the type is the point of the case.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cases, codeText } from './regression-cases.js';

/** One test: each text gives exactly its events, as "SOURCE TARGET CAMEO PLOVER modality". */
function ploverCases(name: string, table: [string, string[]][]): void {
  test(name, () => {
    for (const [text, want] of table) {
      const got = codeText(text).events.map((e) => [e.source?.code ?? '-', e.target?.code ?? '-', e.cameo, e.plover?.type ?? '-', e.modality].join(' ')).sort();
      assert.deepEqual(got, [...want].sort(), text);
    }
  });
}

ploverCases('future cooperation is PLOVER AGREE and an announced withdrawal CONCEDE; a resignation to come stays RETREAT', [
  ['Germany will host a donor conference on Sudan next month.', ['DEU SDN 053 AGREE future']],
  ['India expressed its willingness to mediate between Russia and Ukraine.', ['IND RUS 013 - actual', 'IND UKR 013 - actual', 'IND RUS 045 AGREE future', 'IND UKR 045 AGREE future']],
  ['Myanmar\'s military junta announced it would withdraw troops from the border region.', ['MMRGOVMIL MMRMIL 0356 AGREE actual', 'MMRGOVMIL MMRMIL 0874 CONCEDE future']],
  ['The defence minister of Peru said he will resign next week.', ['PERGOVMIL - 0341 AGREE actual', 'PERGOVMIL - 0831 RETREAT future']],
  ['Russian forces shelled the Ukrainian city of Kharkiv overnight.', ['RUSMIL UKR 194 ASSAULT actual']],
]);
