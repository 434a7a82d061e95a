/**
 * Verb-verb code arithmetic: how "A agreed to meet B" or "A refused to cooperate with B" combine
 * the upper verb's code with the lower verb's. The numbers are PETRARCH-2's internal "PICO"
 * encoding (petrarch2/utilities.py convert_code and combine_code, MIT, Open Event Data Alliance):
 * each CAMEO code maps to a 16-bit value whose top nibble is a speech-act family (say, appeal,
 * intend, demand, threaten, ...) and whose low bits are a material content (aid, meet, fight, ...),
 * so "intend" + "meet" composes by addition. Reject (12x) is "minus 0xFFFF" plus the content.
 * The table is data; the functions below are written for dyad.
 */

const REJECT = -0xffff;

/** CAMEO code -> PICO value (PETRARCH-2's table, transcribed). */
const PICO: ReadonlyMap<string, number> = new Map<string, number>([
  ['010', 0x1000], ['011', 0x1000 - 0xffff], ['012', 0x100c], ['013', 0x1001], ['014', 0x1002],
  ['015', 0x10a0], ['016', 0x10a0 - 0xffff], ['017', 0x1003], ['018', 0x1004], ['019', 0x1005],
  ['020', 0x2000], ['021', 0x2070], ['0211', 0x2075], ['0212', 0x2076], ['0213', 0x2078], ['0214', 0x207a],
  ['022', 0x2080], ['023', 0x2040], ['0231', 0x2045], ['0232', 0x2046], ['0233', 0x2047], ['0234', 0x2049],
  ['024', 0x2060], ['0241', 0x2061], ['0242', 0x2062], ['0243', 0x2063], ['0244', 0x2064],
  ['025', 0x2200], ['0251', 0x220b], ['0252', 0x220c], ['0253', 0x220d], ['0254', 0x2205], ['0255', 0x220e],
  ['0256', 0x220f], ['026', 0x2010], ['027', 0x2020], ['028', 0x2030],
  ['030', 0x3000], ['031', 0x3070], ['0311', 0x3075], ['0312', 0x3076], ['0313', 0x3078], ['0314', 0x307a],
  ['032', 0x3080], ['033', 0x3040], ['0331', 0x3045], ['0332', 0x3046], ['0333', 0x3047], ['0334', 0x3049],
  ['034', 0x3060], ['0341', 0x3061], ['0342', 0x3062], ['0343', 0x3063], ['0344', 0x3064],
  ['035', 0x3200], ['0351', 0x320b], ['0352', 0x320c], ['0353', 0x320d], ['0354', 0x3205], ['0355', 0x320e],
  ['0356', 0x320f], ['036', 0x3010], ['037', 0x3020], ['038', 0x3230], ['039', 0x3030],
  ['040', 0xb000], ['041', 0xb001], ['042', 0xb002], ['043', 0xb003], ['044', 0xb010], ['045', 0xb030], ['046', 0xb010],
  ['050', 0x0080], ['051', 0x0081], ['052', 0x0082], ['053', 0x0083], ['054', 0x0084], ['055', 0x0085],
  ['056', 0x0086], ['057', 0x0087],
  ['060', 0x0070], ['061', 0x0075], ['062', 0x0076], ['063', 0x0078], ['064', 0x007a],
  ['070', 0x0040], ['071', 0x0045], ['072', 0x0046], ['073', 0x0047], ['074', 0x0049], ['075', 0x004e],
  ['080', 0x0200], ['081', 0x020b], ['0811', 0x0203], ['0812', 0x0201], ['0813', 0x0204], ['0814', 0x0206],
  ['082', 0x020c], ['083', 0x0260], ['0831', 0x0261], ['0832', 0x0262], ['0833', 0x0263], ['0834', 0x0264],
  ['084', 0x0250], ['0841', 0x020c], ['0842', 0x020c], ['085', 0x0205], ['086', 0x020e], ['0861', 0x0209],
  ['0862', 0x020a], ['0863', 0x0207], ['087', 0x02c0], ['0871', 0x02c9], ['0872', 0x02c1], ['0873', 0x02c6],
  ['0874', 0x02c2],
  ['090', 0xa000], ['091', 0xa001], ['092', 0xa002], ['093', 0xa003], ['094', 0xa004],
  ['100', 0x4000], ['101', 0x4070], ['1011', 0x4075], ['1012', 0x4076], ['1013', 0x4078], ['1014', 0x407a],
  ['102', 0x4080], ['103', 0x4040], ['1031', 0x4045], ['1032', 0x4046], ['1033', 0x4047], ['1034', 0x4049],
  ['104', 0x4060], ['1041', 0x4061], ['1042', 0x4062], ['1043', 0x4063], ['1044', 0x4064],
  ['105', 0x4200], ['1051', 0x420b], ['1052', 0x420c], ['1053', 0x420d], ['1054', 0x4205], ['1055', 0x420e],
  ['1056', 0x420f], ['106', 0x4010], ['107', 0x4020], ['108', 0x4030],
  ['110', 0x7000], ['111', 0x7001], ['112', 0x70a0], ['1121', 0x70a1], ['1122', 0x70a2], ['1123', 0x70a3],
  ['1124', 0x70a4], ['1125', 0x70a5], ['113', 0x7002], ['114', 0x7003], ['115', 0x7008], ['116', 0x7005],
  ['120', REJECT], ['121', REJECT + 0x0070], ['1211', REJECT + 0x0075], ['1212', REJECT + 0x0076],
  // 0x300 keeps "refuse aid" from reading as "refuse to ask for aid".
  ['122', REJECT + 0x2340], ['1221', REJECT + 0x2345], ['1222', REJECT + 0x2346], ['1223', REJECT + 0x2347],
  ['1224', REJECT + 0x2349], ['123', REJECT + 0x2360], ['1231', REJECT + 0x2361], ['1232', REJECT + 0x2362],
  ['1233', REJECT + 0x2363], ['1234', REJECT + 0x2364], ['124', REJECT + 0x0200], ['1241', REJECT + 0x020b],
  ['1242', REJECT + 0x020c], ['1243', REJECT + 0x020d], ['1244', REJECT + 0x0205], ['1245', REJECT + 0x020e],
  ['1246', REJECT + 0x02c0], ['125', REJECT + 0x0010], ['126', REJECT + 0x0030], ['127', REJECT + 0x0020],
  ['128', REJECT + 0x0002], ['129', REJECT + 0x0001],
  ['130', 0x6000], ['131', 0x6100], ['1311', 0x6140], ['1312', 0x6105], ['1313', 0x6180], ['132', 0x600b],
  ['1321', 0x6003], ['1322', 0x6001], ['1323', 0x6004], ['1324', 0x6006], ['133', 0x600c], ['134', 0x6010],
  ['135', 0x6030], ['136', 0x600e], ['137', 0x6004], ['138', 0x60a0], ['1381', 0x60a1], ['1382', 0x60a2],
  ['1383', 0x60a3], ['1384', 0x60a4], ['1385', 0x60b0], ['139', 0x6005],
  ['140', 0x5000], ['145', 0x50a0],
  ['150', 0x8000], ['151', 0x8001], ['152', 0x8002], ['153', 0x8003], ['154', 0x8004],
  ['160', 0x0100], ['161', 0x0180], ['162', 0x0140], ['1621', 0x0145], ['1622', 0x0146], ['1623', 0x0147],
  ['163', 0x000b], ['164', 0x0110], ['165', 0x0130], ['166', 0x0150], ['1661', 0x0159], ['1662', 0x015a],
  ['1663', 0x015e],
  ['170', 0x9000], ['171', 0x9010], ['1711', 0x9011], ['1712', 0x9012], ['172', 0x900b], ['1721', 0x9003],
  ['1722', 0x9001], ['1723', 0x9004], ['1724', 0x9006], ['173', 0x9020], ['174', 0x9030], ['175', 0x9040],
  ['180', 0x0090], ['181', 0x0091], ['182', 0x0092], ['1821', 0x0093], ['1822', 0x0094], ['1823', 0x0095],
  ['1824', 0x0096], ['183', 0x0097], ['1831', 0x0098], ['1832', 0x0099], ['1833', 0x009a], ['1834', 0x009b],
  ['184', 0x009c], ['185', 0x009d], ['186', 0x009e],
  ['190', 0x00a0], ['191', 0x00a1], ['192', 0x00a2], ['193', 0x00a3], ['194', 0x00a4], ['195', 0x00a5],
  ['1951', 0x00a6], ['1952', 0x00a7], ['196', 0x00a8],
  ['200', 0x00b0],
]);

/** PICO value -> CAMEO code; where two codes share a value the first listed wins. */
function buildReverse(): Map<number, string> {
  const rev = new Map<number, string>();
  for (const [code, v] of PICO) if (!rev.has(v)) rev.set(v, code);
  rev.set(0x30a0, '138'); // "want to attack": PETRARCH's one extra reverse entry
  return rev;
}
const REVERSE: ReadonlyMap<number, string> = buildReverse();

/** PICO value of a CAMEO code; unknown subcodes fall back to their three-digit root code. */
export function toPico(code: string): number | null {
  return PICO.get(code) ?? PICO.get(code.slice(0, 2) + '0') ?? null;
}

/** CAMEO code of a PICO value, or null where the composition names no CAMEO category. */
export function fromPico(value: number): string | null {
  return REVERSE.get(value) ?? null;
}

/**
 * Combines an upper verb's code with the code of the verb it governs ("agreed" + "to meet").
 * Speech-act families nest to the lower one ("say" + "intend" = "intend"); a material content
 * is added to a speech act ("intend" + "provide aid" = "intend to provide aid"); reject adds its
 * negative offset ("refuse" + "cooperate" = 121). Returns null when the result is no CAMEO code (the caller then keeps the
 * upper code alone).
 */
export function combineCodes(upper: string, lower: string): string | null {
  const u = toPico(upper);
  const l = toPico(lower);
  if (u === null || l === null) return null;
  let v: number;
  if (l < 0) v = l + u;
  // PETRARCH-2 returns the lower code here and relies on a separate negation flag; dyad composes
  // "refused to cooperate" into reject-cooperation (121) directly.
  else if (u < 0) v = u + l;
  else if (u >= 0x1000 && l >= 0x1000) v = l;
  else if (l >= u) v = l;
  else v = u + l;
  // Codes that share a value (044 and 046 are both 0xb010) keep their own name when the composition
  // is one of them unchanged: "considering resuming talks" is still negotiation (046), not 044.
  if (v === l) return lower;
  if (v === u) return upper;
  return fromPico(v);
}
