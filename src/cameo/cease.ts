/**
 * CAMEO's codes for an actor stopping what it was doing: "stopped supplying gas" or "ceased
 * cooperating" reduce relations (root 16), "stopped shelling the town" de-escalates (087). The
 * stopped act's code picks the reduction: talks halted are 164, mediation 165, aid 162 (1621-1623
 * by kind), diplomatic cooperation 161, material cooperation 160; fighting, assaults, coercion and
 * shows of force 087. Null for an act whose stopping CAMEO does not code (a statement, an appeal, a
 * protest): it is no event, and never the act itself.
 */
const EXACT: Record<string, string> = {
  '045': '165', '046': '165', '071': '1621', '072': '1622', '073': '1623', '075': '1623',
};

const BY_ROOT: Record<string, string> = {
  '04': '164', '05': '161', '06': '160', '07': '162', '15': '087', '17': '087', '18': '087', '19': '087', '20': '087',
};

export function ceaseCode(code: string): string | null {
  return EXACT[code] ?? BY_ROOT[code.slice(0, 2)] ?? null;
}
