/**
 * Whole-chunk tokens the splitting rules must not touch: URLs, e-mail addresses, bare domain
 * names ("example.com/news/2026/02/05/1234/") and emoticons. Each test is linear in the chunk and
 * only applied to chunks of bounded length.
 */
import { TLDS } from './abbreviations.js';
import { isAlnum, isLetter } from './chars.js';

export const MAX_SPECIAL_LENGTH = 2048;

const EMOTICONS: ReadonlySet<string> = new Set([
  ':)', ':-)', ':(', ':-(', ';)', ';-)', ':D', ':-D', ':P', ':p', ':-P', ':-p', '=)', '=(', '=D', ':/', ':-/',
  '<3', '</3', '^_^', '^^', '^.^', ":'(", ':o', ':O', ':-O', '8)', ';(', ':]', ':[', '-_-', 'o_O', 'O_o', 'XD',
  ':|', ':-|', ':*', ';D', ';P', ';p', 'xD', ':3', 'T_T', '>:(', 'D:', ':S', ':-S',
]);

// Labels cannot contain dots, so the repetition is unambiguous and matching stays linear.
const DOMAIN_RE = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.([a-z]{2,6})(?::\d{1,5})?(?:[/?#]\S*)?$/;

export function isEmoticon(text: string, s: number, e: number): boolean {
  return e - s <= 4 && EMOTICONS.has(text.slice(s, e));
}

/** URL with a scheme, "www." address, e-mail address (or Enron-style "Name@HOST") or bare domain. */
export function isUrlLike(text: string, s: number, e: number): boolean {
  if (e - s < 4 || e - s > MAX_SPECIAL_LENGTH) return false;
  const w = text.slice(s, e);
  const scheme = w.indexOf('://');
  if (scheme > 0 && isLetter(w.charCodeAt(0))) return true;
  if (/^www\./i.test(w) || /^(?:mailto|news):/i.test(w)) return true;
  const at = w.indexOf('@');
  if (at > 0 && at < w.length - 1 && (isAlnum(w.charCodeAt(at - 1)) || w.charCodeAt(at - 1) === 46) && isAlnum(w.charCodeAt(at + 1))) return true;
  const m = DOMAIN_RE.exec(w);
  return m !== null && TLDS.has(m[1]);
}
