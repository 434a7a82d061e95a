/**
 * Regression suite on the shipped model and dictionaries: constructions from wire copy on Lebanon,
 * Kosovo, Congo and the Caucasus, each text in our own words with the exact events it must give
 * (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('a relative clause\'s verb is not the predicate: a past tense read as a participle before "dozens of X who ..." is retried', [
  ['Police in Yerevan detained dozens of opposition protesters who rallied against the agreement, an opposition leader said.', ['ARMCOP ARMOPP 173 actual reported 2026-03-05']],
  ['Police in Minsk arrested scores of students who marched on parliament, a rights group said.', ['BLRCOP BLREDU 173 actual reported 2026-03-05']],
  ['Georgian police detained several activists who had blocked a highway, the interior ministry said.', ['GEOCOP GEOOPP 173 actual reported 2026-03-05']],
]);
