/**
 * Regression suite on the shipped model and dictionaries: constructions met in wire documents of
 * session 13, each text in our own words with the exact events it must give (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('"as" opening a clause is a subordinator: the clause\'s event is coded, its subject the target of a bare act beside it', [
  // The tagger read "as" as a preposition and "struck" as a participle ("struck facilities").
  ['The talks ended, even as Russian drones struck energy facilities in the Kharkiv region overnight.', ['RUS UKR 195 actual author 2026-03-05']],
  ['Kyiv warned of more attacks as Russian drones hit power plants overnight.', ['RUS - 195 actual author 2026-03-05']],
  ['Police fired tear gas as protesters gathered in front of parliament in Nairobi.', ['KENCOP KENOPP 175 actual author 2026-03-05', 'KENOPP KENLEG 040 actual author 2026-03-05']],
  ['Israeli troops raided the town as Palestinian youths threw stones.', ['ISRMIL PSE 190 actual author 2026-03-05', 'PSE - 182 actual author 2026-03-05']],
  // A conflictual act takes the subject of a "when" clause too.
  ['Soldiers opened fire when protesters tried to storm the presidential palace in Khartoum.', ['SDNMIL SDNOPP 193 actual author 2026-03-05', 'SDNOPP SDNGOV 145 actual author 2026-03-05']],
  // "as" before a noun phrase only, and comparisons, stay prepositions.
  ['Sergei Lavrov met Wang Yi in Beijing as foreign minister.', ['RUSGOV CHNGOV 040 actual author 2026-03-05']],
  ['As many as 40 people were killed when Russian missiles hit the city.', ['RUS - 193 actual author 2026-03-05']],
]);
