/** Parsing `[code]` brackets of the verb dictionary. */
import type { EventCode } from './verb-types.js';

/** Parses the text between `[` and `]`; returns a problem string when malformed. */
export function parseEventCode(raw: string): EventCode | string {
  let text = raw.trim();
  // CAMEO.2.0.txt has one `[080!]`: a TABARI-era mark with no meaning in PETRARCH-2; ignore the `!`.
  if (text.endsWith('!')) text = text.slice(0, -1);
  if (text === '') return `empty code [${raw}]`;
  const parts = text.split(':');
  if (parts.length > 2) return `code [${raw}] has more than one ':'`;
  const norm = (p: string): string | null | undefined => {
    const s = p.trim();
    if (s === '' || s === '---') return null;
    return /^[^\s[\]:]+$/.test(s) ? s : undefined;
  };
  const active = norm(parts[0]);
  const passive = parts.length === 2 ? norm(parts[1]) : null;
  if (active === undefined || passive === undefined) return `malformed code [${raw}]`;
  return { active, passive, raw };
}
