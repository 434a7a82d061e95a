/**
 * CAMEO's rejection codes (root 12) for an actor refusing to do something: "refused to meet" is 125
 * (reject proposal to meet), "refused to lift the curfew" 1241 (refuse to ease administrative
 * sanctions), "refused to deploy peacekeepers" 1224. They mirror the intent codes (03x) of the same
 * action, which is how this maps them; null for actions with no cooperative intent code (refusing
 * to attack is no rejection event).
 */
import { intentCode } from './intent.js';

const FROM_INTENT: Record<string, string> = {
  '030': '120', '031': '121', '0311': '1211', '0312': '1212', '0313': '121', '0314': '121', '032': '120',
  '033': '122', '0331': '1221', '0332': '1222', '0333': '1223', '0334': '1224',
  '034': '123', '0341': '1231', '0342': '1232', '0343': '1233', '0344': '1234',
  '035': '124', '0351': '1241', '0352': '1242', '0353': '1243', '0354': '1244', '0355': '1245', '0356': '1246',
  '036': '125', '037': '127', '038': '126', '039': '126',
};

export function rejectCode(code: string): string | null {
  const intent = code.startsWith('03') ? code : intentCode(code);
  return intent ? FROM_INTENT[intent] ?? null : null;
}
