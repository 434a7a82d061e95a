/**
 * Regression suite from whole articles coded end to end (wire copy and translated commentary on the
 * Sahel, the Red Sea, the Taiwan Strait, Korea, the South Caucasus, eastern Congo and Sudan), each
 * text in our own words with the exact events it must give (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('a name compounded on a subject noun is a subject for a pronoun after it ("The UN peacekeeping mission said it ...")', [
  ['Qatar urged both sides to respect the ceasefire. The UN peacekeeping mission said it would not withdraw from South Kivu.', [
    'QAT - 0256 actual author 2026-03-05', 'IGOUNO - 0874 negated reported 2026-03-05', 'IGOUNO - 1246 actual reported 2026-03-05']],
  ['Turkey condemned the attack. The EU monitoring mission said it had condemned the violence.', [
    'TUR - 111 actual author 2026-03-05', 'IGOEUREEC - 112 actual reported 2026-03-05']],
]);

cases('"the minister" is the person an earlier title named minister, not an agent of the most mentioned state', [
  ['Egyptian Foreign Minister Badr Abdelatty met Sudanese army chief Abdel Fattah al-Burhan in Port Sudan on Saturday. During the meeting, Egypt expressed support for Sudan. The minister also promised additional humanitarian aid.', [
    'EGYGOV SDNMIL 040 actual author 2026-02-28', 'EGY SDN 032 actual author 2026-03-05', 'EGYGOV - 0333 actual author 2026-03-05']],
]);

cases('"both sides" is a pair named together earlier in its sentence ("talks between Kinshasa and the rebels ... urged both sides"), not an earlier sentence\'s pair', [
  ['Protesters burned tires outside the Belgian and French embassies in Kinshasa. Qatar, which has hosted negotiations between Kinshasa and the M23 rebels, urged both sides to respect the ceasefire.', [
    'QAT COD 0256 actual author 2026-03-05', 'QAT CODREB 0256 actual author 2026-03-05']],
]);

cases('"the two sides" after "X met Y in <place>, and": the place is no side, and the first clause\'s subject is one', [
  ['Wang Yi met US Secretary of State Marco Rubio in Kuala Lumpur, and the two sides agreed to maintain communication.', [
    'CHNGOV USAGOV 040 actual author 2026-03-05', 'CHNGOV USAGOV 032 actual author 2026-03-05', 'USAGOV CHNGOV 032 actual author 2026-03-05']],
]);

cases('the ECOWAS Commission president (overlay office) is ECOWAS\'s, not his home state\'s open-ended 2008 office', [
  ['ECOWAS Commission President Omar Touray urged the junta to resume dialogue. He said the bloc was ready to send mediators to Niamey.', [
    'IGOWAFWAS - 010 actual author 2026-03-05', 'IGOWAFWAS - 026 actual author 2026-03-05']],
]);

cases('a clause with its own subject right after a reporting verb\'s day, with no "that", is the report ("said on Sunday they had fired ..."): reported, on its day', [
  ['Yemen\'s Houthi rebels said on Sunday they had fired missiles at a Greek-owned oil tanker in the Red Sea.', ['YEMREB GRCBUS 190 actual reported 2026-03-01']],
]);

// Published 2026-03-05: "in July", "last month", "in 2025", "in December" are earlier periods; "in March" is the
// document's month. A null date shows as an empty last field ("... author ").
cases('a past act dated to an earlier month or year ("met ... in Kuala Lumpur in July", "in 2025", "last month") has no day: its date is null, not the document\'s', [
  ['Wang Yi met with US Secretary of State Marco Rubio in Kuala Lumpur in July.', ['CHNGOV USAGOV 040 actual author ']],
  ['Russia condemned Japan in 2025.', ['RUS JPN 111 actual author ']],
  ['ECOWAS threatened Mali with sanctions last month.', ['IGOWAFWAS MLI 130 actual author ']],
  ['China condemned Japan in March.', ['CHN JPN 111 actual author 2026-03-05']],
  ['China condemned Japan in December.', ['CHN JPN 111 actual author ']],
]);

cases('"the North" / "the South" in Korean news is the half the text named before; a verb with its object read as an agent with no "by" is active ("The North fired two missiles")', [
  ['Seoul proposed talks with North Korea. The North also fired two short-range ballistic missiles into the sea on Friday.', [
    'KOR PRK 036 actual author 2026-03-05', 'PRK - 150 actual author 2026-02-27']],
  // Only a half the text named: with South Korea never named, "the South" stays unresolved.
  ['Pyongyang rejected the offer. The South condemned the launch.', ['PRK - 120 actual author 2026-03-05', '- - 111 actual author 2026-03-05']],
  ['Seoul warned Pyongyang. The South condemned the launch.', ['KOR PRK 130 actual author 2026-03-05', 'KOR - 111 actual author 2026-03-05']],
]);
