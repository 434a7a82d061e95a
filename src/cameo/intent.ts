/**
 * CAMEO's intent codes: an actor announcing that it will do something has already done something,
 * by CAMEO's rules: "Finland will give Tanzania a grant", said by Finland, is 0331 (express intent to
 * provide economic aid), and "we will impose sanctions", said by the sanctioning state, is 1312
 * (threaten to sanction). This maps the announced action's code to the code of announcing it;
 * null when CAMEO has no such code (verbal roots 01-03 and 09-14 are already statements).
 */

/** Most specific first: a code takes the entry of its longest listed prefix. */
const INTENT: [string, string][] = [
  // Cooperation: roots 04-08 -> 03x.
  ['045', '039'], ['04', '036'],
  ['057', '030'], ['05', '032'],
  ['061', '0311'], ['062', '0312'], ['063', '0313'], ['064', '0314'], ['06', '031'],
  ['071', '0331'], ['072', '0332'], ['073', '0333'], ['074', '0334'], ['07', '033'],
  ['081', '0351'], ['082', '0352'], ['0831', '0341'], ['0832', '0342'], ['0833', '0343'], ['0834', '0344'], ['083', '034'],
  ['084', '0353'], ['085', '0354'], ['086', '0355'], ['087', '0356'], ['08', '035'],
  // Conflict: roots 15-20 -> 13x (threats).
  ['15', '138'],
  ['161', '1313'], ['162', '1311'], ['163', '1312'], ['164', '134'], ['165', '135'], ['166', '136'], ['16', '1313'],
  ['1721', '1321'], ['1722', '1322'], ['1723', '1323'], ['1724', '1324'], ['172', '132'], ['17', '137'],
  ['191', '1381'], ['192', '1382'], ['18', '1383'], ['19', '1384'], ['20', '1385'],
];

export function intentCode(code: string): string | null {
  let best: [string, string] | null = null;
  for (const e of INTENT) if (code.startsWith(e[0]) && (!best || e[0].length > best[0].length)) best = e;
  return best ? best[1] : null;
}

/**
 * The code of threatening an action: its intent code when that is a threat (13x: "threatened to
 * impose sanctions" is 1312), else the bare threat 130 ("threatened to stop negotiations": CAMEO's
 * intent code for halting talks is a cooperative 03x, which a threat is not); a protest
 * threatened is a threat of dissent (133).
 */
export function threatCode(code: string): string {
  // "threatened to stage nationwide protests": a threat of dissent (133), though announcing one is no intent code.
  if (code.startsWith('14')) return '133';
  const intent = intentCode(code);
  return intent && intent.startsWith('13') ? intent : '130';
}
