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
  ['Myanmar\'s military junta announced it would withdraw troops from the border region.', ['MMRGOVMIL - 0356 AGREE actual', 'MMRGOVMIL - 0874 CONCEDE future']],
  ['The defence minister of Peru said he will resign next week.', ['PERGOVMIL - 0341 AGREE actual', 'PERGOVMIL - 0831 RETREAT future']],
  ['Russian forces shelled the Ukrainian city of Kharkiv overnight.', ['RUSMIL UKR 194 ASSAULT actual']],
]);

ploverCases('sanctions imposed are PLOVER SANCTION (discontinue), as the manual says, not the 2021 table\'s COERCE; an envoy expelled reduces relations (161)', [
  ['The European Union slapped new sanctions on Russian banks.', ['IGOEUREEC RUSBUS 163 SANCTION actual']],
  ['Washington imposed sanctions on three Iranian oil companies.', ['USA IRNBUS 163 SANCTION actual']],
  ['Mali expelled the French ambassador.', ['MLI FRAGOV 161 SANCTION actual']],
  ['Poland expelled two Russian diplomats.', ['POL RUSGOV 161 SANCTION actual']],
]);

cases('a hyphenated pattern word matches the words the tokenizer split it into ("sit - in" is CAMEO.2.0.txt\'s SIT-IN)', [
  ['Students staged a sit-in outside the parliament in Dhaka.', ['BGDEDU BGDLEG 141 actual author 2026-03-05']],
  ['The army gave the go-ahead for the talks.', ['- - 030 actual author 2026-03-05']],
  ['Russia held live-fire drills in the Baltic Sea.', ['RUS - 150 actual author 2026-03-05']],
]);

cases('RETREAT: forces pulled out, arms laid down (plover-manual.verbs.txt); troops withdrawn as before', [
  ['Russia pulled its forces out of the city of Kherson.', ['RUS - 0874 actual author 2026-03-05']],
  ['Hundreds of rebels in eastern Congo laid down their arms.', ['CODREB - 0873 actual author 2026-03-05']],
  ['Russia withdrew its troops from the border.', ['RUS - 0874 actual author 2026-03-05']],
]);

cases('SANCTION: leaving a bloc reduces relations (160); aid cut off stays 1622', [
  ['The government of Burkina Faso withdrew from the regional bloc.', ['BFAGOV - 160 actual author 2026-03-05']],
  ['The United States cut off military aid to Egypt.', ['USA EGY 1622 actual author 2026-03-05']],
]);

cases('MOBILIZE: troops massed and warships deployed are a show of force (154)', [
  ['Russia massed tens of thousands of troops on the border with Ukraine.', ['RUS RUSMIL 154 actual author 2026-03-05']],
  ['China deployed warships near the disputed islands.', ['CHN - 154 actual author 2026-03-05']],
]);

cases('REJECT: demands dismissed and a package blocked are rejections (120), not disapproval or exclusion', [
  ['Venezuela\'s government dismissed the opposition\'s demands for new elections.', ['VENGOV - 120 actual author 2026-03-05']],
  ['Hungary blocked a European Union aid package for Ukraine.', ['HUN IGOEUREEC 120 actual author 2026-03-05']],
]);

cases('COERCE: offices raided are searched (171), a hideout raided attacked (190); the internet shut down is a restriction (172)', [
  ['Egyptian security forces raided the offices of a human rights group.', ['EGYCOP EGYHRI 171 actual author 2026-03-05']],
  ['Israeli troops raided a militant hideout in Jenin.', ['ISRMIL PSEUAF 190 actual author 2026-03-05']],
  ['The Ethiopian government shut down the internet in the Amhara region.', ['ETHGOV ETH 172 actual author 2026-03-05']],
]);

cases('COOPERATE and AID: extradition aimed at the receiving state, economic cooperation stepped up (061), fuel provided (070), police sent abroad (074)', [
  ['Colombia extradited a drug trafficker to the United States.', ['COL USA 063 actual author 2026-03-05']],
  ['Japan and the Philippines stepped up economic cooperation.', ['JPN PHL 061 actual author 2026-03-05', 'PHL JPN 061 actual author 2026-03-05']],
  ['Qatar provided fuel for Gaza\'s only power plant.', ['QAT PSEGZA 070 actual author 2026-03-05']],
  ['Kenya pledged to send 1,000 police officers to Haiti.', ['KEN HTI 0334 actual author 2026-03-05', 'KEN HTI 074 future author 2026-03-05']],
  ['India and France kicked off joint naval drills on Monday.', ['FRA IND 062 actual author 2026-03-02', 'IND FRA 062 actual author 2026-03-02']],
]);

cases('SANCTION withdraw: inspectors, observers, aid workers or an ambassador withdrawn halt involvement (166x, 161), not a military retreat; troops withdrawn stay 0874', [
  ['The UN will withdraw its inspectors from Iraq.', ['IGOUNO IRQ 1662 future author 2026-03-05']],
  ['The European Union withdrew its election observers from Venezuela.', ['IGOEUREEC VEN 1662 actual author 2026-03-05']],
  ['The Red Cross withdrew its aid workers from the region.', ['NGOHLHIRC - 1663 actual author 2026-03-05']],
  ['France pulled its ambassador out of Niger.', ['FRA NER 161 actual author 2026-03-05']],
  ['The United Nations withdrew its peacekeepers from Mali.', ['IGOUNO MLI 1661 actual author 2026-03-05']],
]);

cases('an -s word the tagger made a verb is a noun after a plural numeral ("three terror suspects") or under a verb of letting ("allowed UN monitors into")', [
  ['France handed over three terror suspects to Belgium.', ['FRA BEL 063 actual author 2026-03-05']],
  ['Myanmar\'s junta allowed United Nations monitors into Rakhine state.', ['MMRGOV IGOUNO 086 actual author 2026-03-05']],
]);

cases('REQUEST: a that-clause the parser left with no head ("that" an object, the verb a compound) has its bare verb back, and the demand takes its kind', [
  ['Iran demanded that the United States lift all sanctions.', ['IRN USA 1054 actual author 2026-03-05', 'USA - 085 future author 2026-03-05']],
]);

cases('verbs CAMEO.2.0.txt leaves without a code or miscodes: people rounded up (173), something vetoed (120; VETO keeps its patterns), money disbursed (071), combat readiness raised (152)', [
  ['Russian police rounded up hundreds of anti-war demonstrators.', ['RUSCOP RUSOPP 173 actual author 2026-03-05']],
  ['Hungary vetoed the European Union statement on China.', ['HUN IGOEUREEC 120 actual author 2026-03-05']],
  ['Russia vetoed a United Nations resolution on Ukraine.', ['RUS IGOUNO 129 actual author 2026-03-05']],
  ['The IMF disbursed $1.1 billion to Pakistan.', ['IGOBUSIMF PAK 071 actual author 2026-03-05']],
  ['Armenia raised the combat readiness of its army.', ['ARM ARMMIL 152 actual author 2026-03-05']],
]);
