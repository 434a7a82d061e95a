/**
 * Hyphenated country adjectives: "Sino-US relations", "U.S.-Japan alliance", "Russo-Ukrainian war"
 * name two states at once; "U.S.-led", "Beijing-backed" name one. Each part is a combining form
 * (SINO- = China) or a state name from the dictionary ("Japan-South Korea relations").
 */
import type { Cand, DocContext } from './cand.js';
import { entryCand } from './dictionary.js';
import type { SentenceView } from './units.js';

const COMBINING: Record<string, string> = {
  SINO: 'CHN', RUSSO: 'RUS', INDO: 'IND', ANGLO: 'GBR', FRANCO: 'FRA', NIPPO: 'JPN', TURCO: 'TUR',
  GRECO: 'GRC', ITALO: 'ITA', GERMANO: 'DEU', AUSTRO: 'AUT', HISPANO: 'ESP', LUSO: 'PRT', AMERICO: 'USA',
};
/** Second parts that make the first an agent, not a partner ("U.S.-led"). */
const AFFIXES = new Set(['LED', 'BACKED', 'BASED', 'BORN', 'MADE', 'FUNDED', 'ALLIED', 'CONTROLLED', 'SPONSORED', 'OWNED', 'FLAGGED', 'REGISTERED', 'BUILT', 'ARMED', 'TRAINED']);

export function matchHyphenCompounds(v: SentenceView, ctx: DocContext, covered: Uint8Array): Cand[] {
  const out: Cand[] = [];
  v.units.forEach((unit, u) => {
    if (!unit.norm.includes('-') || covered[unit.first]) return;
    const words: number[] = [];
    for (let w = unit.first; w <= unit.last; w++) if (v.s.words[w] !== '-') words.push(w);
    const parts = unit.norm.split('-').filter((p) => p !== '');
    // The word list and the parts line up only when the tokenizer split at every hyphen; otherwise
    // each member spans the whole unit.
    const wordOf = (i: number): number => (words.length === parts.length ? words[i] : unit.first);
    const members: Cand[] = [];
    let affix = false;
    let unknown = false;
    let [first, last] = [unit.first, unit.last];
    parts.forEach((p, i) => {
      let w = wordOf(i);
      let end = words.length === parts.length ? w : unit.last;
      const comb = COMBINING[p];
      let e = stateNamed(ctx, [p]);
      // A state name of two words across the unit's edge: "Japan-South Korea", "South Korea-Japan".
      if (!comb && !e && i === parts.length - 1 && u + 1 < v.units.length && !covered[v.units[u + 1].first]) {
        e = stateNamed(ctx, [p, v.norms[u + 1]]);
        if (e) last = end = v.units[u + 1].last;
      }
      if (!comb && !e && i === 0 && u > 0 && !covered[v.units[u - 1].first]) {
        e = stateNamed(ctx, [v.norms[u - 1], p]);
        if (e) first = w = v.units[u - 1].first;
      }
      if (comb) {
        members.push({ first: w, last, head: w, code: comb, kind: 'state', via: 'demonym', rule: `combining form ${p}-`,
          key: `C:${comb}`, resolved: true, plural: false });
      } else if (e) {
        const c = entryCand(v, ctx, e, w, end);
        members.push({ ...c, head: w, via: 'demonym' });
      } else if (AFFIXES.has(p)) affix = true;
      else unknown = true;
    });
    if (unknown || members.length === 0) return;
    if (members.length === 1 && affix) out.push({ ...members[0], first, last });
    else if (members.length >= 2) {
      out.push({
        first, last, head: last, code: null, kind: 'group', via: 'demonym',
        rule: 'hyphen-compound', key: '', resolved: true, plural: true, members,
      });
    }
  });
  return out;
}

function stateNamed(ctx: DocContext, words: string[]) {
  return ctx.index.phraseEntries(words).find((x) => x.kind === 'state');
}
