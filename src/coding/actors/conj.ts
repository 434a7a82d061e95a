/**
 * Compound actors: mentions joined by `conj` in the tree ("Australia and the UK", "Japan, South Korea
 * and the United States") become one mention with `members`; the event coder makes one event per
 * member. UD attaches every later conjunct to the first, so a group is the first conjunct and the
 * mentions whose head's head is its head with relation conj. Parsers also chain conjuncts
 * ("Fornost and Bree" with Bree under Fornost), so a conjunct climbs the conj chain to the first.
 */
import type { Cand } from './cand.js';
import type { SentenceView } from './units.js';

export function compounds(v: SentenceView, cands: Cand[]): Cand[] {
  const byHead = new Map<number, Cand>();
  for (const c of cands) byHead.set(c.head, c);
  const groups = new Map<Cand, Cand[]>();
  const grouped = new Set<Cand>();
  for (const c of cands) {
    if (v.s.deprel[c.head] !== 'conj') continue;
    const first = byHead.get(firstConjunct(v, c.head));
    if (!first || first === c || first.kind === 'location' || c.kind === 'location') continue;
    const list = groups.get(first) ?? [first];
    list.push(c);
    groups.set(first, list);
    grouped.add(first);
    grouped.add(c);
  }
  if (groups.size === 0) return cands;
  const out = cands.filter((c) => !grouped.has(c));
  for (const members of groups.values()) {
    members.sort((a, b) => a.first - b.first);
    // A compound dictionary entry in the list ("the Shire") contributes its own members.
    const flat = members.flatMap((m) => m.members ?? [m]);
    out.push({
      first: members[0].first, last: members[members.length - 1].last, head: members[0].head, code: null,
      kind: 'group', via: members[0].via, rule: `compound:conj(${flat.length})`, key: '',
      resolved: flat.every((m) => m.resolved), plural: true, members: flat,
    });
  }
  return out.sort((a, b) => a.first - b.first);
}

/** The first conjunct of a (possibly chained) conj list: climb while the relation is conj. */
function firstConjunct(v: SentenceView, head: number): number {
  let h = head;
  for (let guard = 0; v.s.deprel[h] === 'conj' && v.s.head[h] > 0 && guard < 64; guard++) h = v.s.head[h] - 1;
  return h;
}
