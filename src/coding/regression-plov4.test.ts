/**
 * Regression suite on the shipped model and dictionaries: families of wordings of PLOVER's event
 * types, each text in our own words with the exact events it must give (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('SANCTION: exports, supplies, deliveries, links and contacts halted, cut or severed reduce relations', [
  // The tagger read "arms" as the subject of the verb "exports", and "cut" as an adjective ("cut gas").
  ['Germany halted arms exports to Turkey over its offensive in northern Syria.', ['DEU TUR 163 actual author 2026-03-05']],
  ['Russia cut gas supplies to Moldova.', ['RUS MDA 162 actual author 2026-03-05']],
  ['Azerbaijan cut oil supplies to Armenia on Monday.', ['AZE ARM 162 actual author 2026-03-02']],
  ['Azerbaijan stopped oil deliveries to Armenia.', ['AZE ARM 162 actual author 2026-03-05']],
  ['Turkey severed trade links with Israel, the trade ministry said.', ['TUR ISR 163 actual reported 2026-03-05']],
  ['Egypt cut all contacts with Hamas.', ['EGY PSEREBHMS 161 actual author 2026-03-05']],
  ['Ukraine cut trade ties with Iran over its drone deliveries to Moscow.', ['UKR IRN 163 actual author 2026-03-05']],
]);
