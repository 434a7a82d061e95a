/**
 * Regression suite from whole documents coded end to end (a Xinhua-style wire story, a foreign-ministry
 * briefing transcript, a commentary translated from Russian, a Reuters conflict report, an EU statement,
 * an op-ed and an AFP story on Sudan), each text in our own words with the exact events it must give
 * (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('a dateline filed from two places ("GAZA/CAIRO, March 5 (Reuters) -") is a dateline: its places are no actors of the first sentence', [
  ['GAZA/CAIRO, March 5 (Reuters) - Israeli air strikes killed 12 Palestinians in Khan Younis on Wednesday, according to local health officials.', [
    'ISR PSE 195 actual reported 2026-03-04']],
]);

cases('asking not to be named or identified is a source\'s anonymity, no appeal (020)', [
  ['A Hamas official, who asked not to be named, said the group would not hand over its weapons while the strikes continued.', [
    'PSEREBHMS - 0873 negated reported 2026-03-05', 'PSEREBHMS - 1246 actual reported 2026-03-05']],
  ['A Hamas commander, who requested not to be identified, said the movement would not release the hostages.', [
    'PSEREBHMS - 0841 negated reported 2026-03-05', 'PSEREBHMS - 1243 actual reported 2026-03-05']],
]);

cases('translated copy\'s inverted tags (", stressed the minister", ", warned the minister") and "informed that" report what they follow', [
  ['The Serbian minister met Kosovo officials. Belgrade will not recognize the vote, stressed the minister.', [
    'SRBGOV KSVGOV 040 actual author 2026-03-05', 'SRB - 051 negated reported 2026-03-05', 'SRB - 120 actual reported 2026-03-05']],
  ['Kremlin spokesman Dmitry Peskov informed that Putin had telephoned Erdogan.', [
    'RUSGOV TURGOV 041 actual reported 2026-03-05', 'TURGOV RUSGOV 041 actual reported 2026-03-05']],
]);

cases('a condition opened by "In case" is parsed as one: what follows it is hypothetical', [
  ['In case such plans are carried out, Moscow will be forced to take military measures, warned the minister.', [
    'RUS - 138 actual reported 2026-03-05', 'RUS - 154 hypothetical reported 2026-03-05']],
]);

cases('"the sides" (translated copy) and "both parties" are the pair named before', [
  ['Putin spoke by telephone with Hungarian Prime Minister Viktor Orban. The sides discussed gas supplies, informed the Kremlin press service.', [
    'RUSGOV HUNGOV 041 actual author 2026-03-05', 'HUNGOV RUSGOV 041 actual author 2026-03-05',
    'RUSGOV HUNGOV 060 actual reported 2026-03-05', 'HUNGOV RUSGOV 060 actual reported 2026-03-05']],
  ['Sudan\'s army and the RSF met in Jeddah. Qatar urged both parties to agree on a truce.', [
    'SDNMIL SDNREB 044 actual author 2026-03-05', 'SDNREB SDNMIL 044 actual author 2026-03-05',
    'QAT SDNMIL 0256 actual author 2026-03-05', 'QAT SDNREB 0256 actual author 2026-03-05']],
]);

cases('co-agents who praise, welcome or host do so to a third party, not to each other; agreeing to talk stays mutual', [
  ['Norway and Switzerland welcomed the ceasefire in Yemen.', ['NOR YEM 051 actual author 2026-03-05', 'CHE YEM 051 actual author 2026-03-05']],
  ['France and Germany praised the agreement.', ['FRA - 051 actual author 2026-03-05', 'DEU - 051 actual author 2026-03-05']],
  ['Oman and Qatar hosted talks on Monday.', ['OMN - 043 actual author 2026-03-02', 'QAT - 043 actual author 2026-03-02']],
  ['Japan and South Korea agreed to hold talks.', [
    'JPN KOR 036 actual author 2026-03-05', 'KOR JPN 036 actual author 2026-03-05', 'JPN KOR 046 future author 2026-03-05', 'KOR JPN 046 future author 2026-03-05']],
]);

cases('"Speaking for X, NAME ..." makes NAME X\'s speaker; speaking for X is no statement to X', [
  ['Speaking for the Taliban delegation, Abdul Rahman accused Pakistan of bombing Kabul.', ['AFGGOV PAK 111 actual author 2026-03-05']],
]);

cases('"said on Thursday that X did Y" with "that" read as a relative of the day: the clause is what is said', [
  ['The Vietnamese coast guard said on Thursday that Chinese vessels fired water cannon at a Vietnamese fishing boat.', ['CHN VNM 190 actual reported 2026-03-05']],
]);

cases('a briefing transcript: "Q:" and "A:" labels are no part of the sentence, and "we" in an answer is the state the briefing is about', [
  ['Q: Vietnam says Chinese ships harassed its fishermen. What is your comment?\n\nA: China firmly opposes the claims. China\'s position on the South China Sea is consistent. We urge Vietnam to stop spreading false information about China.', [
    'CHN VNMAGR 140 actual reported 2026-03-05', 'CHN - 111 actual author 2026-03-05', 'CHN VNM 020 actual author 2026-03-05']],
  // A label must open its line: "Plan A:" is no speaker.
  ['Plan A: China urged Vietnam to stop the drills.', ['CHN VNM 020 actual author 2026-03-05']],
]);

cases('a noun after ", and" before a verb with its own auxiliary is that clause\'s subject, not a conjunct of the object before it', [
  ['Oman and Qatar have offered to host talks, and European capitals would likely support such an arrangement.', [
    'OMN - 036 actual author 2026-03-05', 'QAT - 036 actual author 2026-03-05', 'OMN - 043 future author 2026-03-05', 'QAT - 043 future author 2026-03-05']],
  ['Egypt sent aid to Gaza, and Jordan opened its border.', ['EGY PSEGZA 070 actual author 2026-03-05', 'JOR - 080 actual author 2026-03-05']],
]);

cases('the Peace and Security Council (overlay alias) is the African Union\'s, not the UN Security Council', [
  ['In a statement, the African Union\'s Peace and Security Council demanded an immediate ceasefire in Sudan.', ['IGOAFRAFU SDN 1056 actual author 2026-03-05']],
]);

cases('"political forces" are parties (PTY), not the military FORCES codes', [
  ['The EU urges the Georgian government to reverse these measures and to engage in an inclusive dialogue with all political forces and civil society.', [
    'IGOEUREEC GEOGOV 020 actual author 2026-03-05', 'GEOGOV GEOPTY 046 future author 2026-03-05', 'GEOGOV GEOCVL 046 future author 2026-03-05']],
]);
