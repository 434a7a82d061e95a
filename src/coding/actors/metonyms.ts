/**
 * Capitals and seats of government used for their state or government ("Tokyo protested",
 * "the Kremlin said"). Phoenix lists some capitals as plain synonyms of the country, which loses the
 * difference between "Tokyo said" (the state) and "in Tokyo" (a place); marking them as metonyms lets
 * the resolver tell the two apart by the dependency relation (locative.ts). Overlay entries with
 * "use":"metonym" add more. Capitals take the state code, as PETRARCH does; seats of government the
 * government's (or military's, for the Pentagon) code. Written in the PETRARCH actor format and read
 * by src/dict's reader, so `rule` can cite a line.
 */
import { parseActorDictionary } from '../../dict/actors.js';
import type { ActorEntry } from '../../dict/actor-types.js';

export const METONYM_FILE = 'metonyms.ts';

const CAPITALS = `
TOKYO [JPN]
BEIJING [CHN]
WASHINGTON [USA]
MOSCOW [RUS]
SEOUL [KOR]
PYONGYANG [PRK]
LONDON [GBR]
PARIS [FRA]
BERLIN [DEU]
ROME [ITA]
MADRID [ESP]
CANBERRA [AUS]
OTTAWA [CAN]
NEW_DELHI [IND]
ISLAMABAD [PAK]
KABUL [AFG]
TEHRAN [IRN]
BAGHDAD [IRQ]
DAMASCUS [SYR]
ANKARA [TUR]
CAIRO [EGY]
RIYADH [SAU]
JERUSALEM [ISR]
KYIV [UKR]
KIEV [UKR]
MINSK [BLR]
WARSAW [POL]
BRUSSELS [BEL]
TAIPEI [TWN]
MANILA [PHL]
HANOI [VNM]
JAKARTA [IDN]
BANGKOK [THA]
KUALA_LUMPUR [MYS]
NAYPYITAW [MMR]
DHAKA [BGD]
KATHMANDU [NPL]
COLOMBO [LKA]
ULAANBAATAR [MNG]
WELLINGTON [NZL]
MEXICO_CITY [MEX]
BRASILIA [BRA]
BUENOS_AIRES [ARG]
CARACAS [VEN]
HAVANA [CUB]
BOGOTA [COL]
LIMA [PER]
SANTIAGO [CHL]
PRETORIA [ZAF]
NAIROBI [KEN]
ADDIS_ABABA [ETH]
ABUJA [NGA]
KHARTOUM [SDN]
TRIPOLI [LBY]
ALGIERS [DZA]
RABAT [MAR]
TUNIS [TUN]
AMMAN [JOR]
BEIRUT [LBN]
DOHA [QAT]
ABU_DHABI [ARE]
MUSCAT [OMN]
SANAA [YEM]
KUWAIT_CITY [KWT]
TBILISI [GEO]
YEREVAN [ARM]
BAKU [AZE]
ASTANA [KAZ]
TASHKENT [UZB]
ATHENS [GRC]
VIENNA [AUT]
STOCKHOLM [SWE]
OSLO [NOR]
HELSINKI [FIN]
COPENHAGEN [DNK]
THE_HAGUE [NLD]
BUDAPEST [HUN]
PRAGUE [CZE]
BUCHAREST [ROU]
BELGRADE [SRB]
`;

const SEATS = `
WHITE_HOUSE [USAGOV]
THE_WHITE_HOUSE [USAGOV]
PENTAGON [USAMIL]
THE_PENTAGON [USAMIL]
KREMLIN [RUSGOV]
THE_KREMLIN [RUSGOV]
DOWNING_STREET [GBRGOV]
WHITEHALL [GBRGOV]
BLUE_HOUSE [KORGOV]
THE_BLUE_HOUSE [KORGOV]
ZHONGNANHAI [CHNGOV]
ELYSEE [FRAGOV]
ELYSEE_PALACE [FRAGOV]
QUAI_D'ORSAY [FRAGOV]
KASUMIGASEKI [JPNGOV]
NAGATACHO [JPNGOV]
FOGGY_BOTTOM [USAGOV]
CAPITOL_HILL [USALEG]
`;

/** Built-in metonyms as actor entries with use 'metonym'; ids start at firstId. */
export function builtinMetonyms(firstId: number): ActorEntry[] {
  const caps = parseActorDictionary(CAPITALS, `${METONYM_FILE}#capitals`, [], { firstId });
  const seats = parseActorDictionary(SEATS, `${METONYM_FILE}#seats`, [], { firstId: firstId + caps.length });
  return [...caps, ...seats].map((e) => ({ ...e, use: 'metonym' as const, kind: e.roles[0]?.codes[0]?.length === 3 ? 'state' as const : 'organization' as const }));
}
