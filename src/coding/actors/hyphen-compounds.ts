/**
 * Hyphenated country adjectives: "Sino-US relations", "U.S.-Japan alliance", "Russo-Ukrainian war"
 * name two states at once; "U.S.-led", "Beijing-backed" name one. Each part is a combining form
 * (SINO- = China) or a one-word state name from the dictionary.
 */
import type { Cand, DocContext } from './cand.js';
import { entryCand } from './dictionary.js';
import type { SentenceView } from './units.js';

const COMBINING: Record<string, string> = {
  SINO: 'CHN', RUSSO: 'RUS', INDO: 'IND', ANGLO: 'GBR', FRANCO: 'FRA', NIPPO: 'JPN', TURCO: 'TUR',
  GRECO: 'GRC', ITALO: 'ITA', GERMANO: 'DEU', AUSTRO: 'AUT', HISPANO: 'ESP', LUSO: 'PRT', AMERICO: 'USA',
};
/** Second parts that make the first an agent, not a partner ("U.S.-led"). */
const AFFIXES = new Set(['LED', 'BACKED', 'BASED', 'BORN', 'MADE', 'FUNDED', 'ALLIED', 'CONTROLLED', 'SPONSORED', 'OWNED']);

export function matchHyphenCompounds(v: SentenceView, ctx: DocContext, covered: Uint8Array): Cand[] {
  const out: Cand[] = [];
  for (const unit of v.units) {
    if (!unit.norm.includes('-') || covered[unit.first]) continue;
    const words: number[] = [];
    for (let w = unit.first; w <= unit.last; w++) if (v.s.words[w] !== '-') words.push(w);
    const parts = unit.norm.split('-').filter((p) => p !== '');
    // The word list and the parts line up only when the tokenizer split at every hyphen; otherwise
    // each member spans the whole unit.
    const wordOf = (i: number): number => (words.length === parts.length ? words[i] : unit.first);
    const members: Cand[] = [];
    let affix = false;
    let unknown = false;
    parts.forEach((p, i) => {
      const w = wordOf(i);
      const last = words.length === parts.length ? w : unit.last;
      const comb = COMBINING[p];
      const e = ctx.index.phraseEntries([p]).find((x) => x.kind === 'state');
      if (comb) {
        members.push({ first: w, last, head: w, code: comb, kind: 'state', via: 'demonym', rule: `combining form ${p}-`,
          key: `C:${comb}`, resolved: true, plural: false });
      } else if (e) {
        const c = entryCand(v, ctx, e, w, last);
        members.push({ ...c, head: w, via: 'demonym' });
      } else if (AFFIXES.has(p)) affix = true;
      else unknown = true;
    });
    if (unknown || members.length === 0) continue;
    if (members.length === 1 && affix) out.push({ ...members[0], first: unit.first, last: unit.last });
    else if (members.length >= 2) {
      out.push({
        first: unit.first, last: unit.last, head: unit.last, code: null, kind: 'group', via: 'demonym',
        rule: 'hyphen-compound', key: '', resolved: true, plural: true, members,
      });
    }
  }
  return out;
}
