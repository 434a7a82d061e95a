/**
 * An unknown name written after a state or its demonym is that state's body or group: "the Nigerian
 * Union of Teachers", "Iraqi Kurds", "the Fatah Party"; so is a people named by a plural demonym
 * after one: "Bosnian Serbs" live in Bosnia, not Serbia. As in PETRARCH, the first actor of the
 * phrase gives the code (the state's), so the phrase is one mention, not a state beside a name no
 * dictionary has. Persons and places keep their own reading ("Egyptian Cairo" is no body).
 */
import type { Cand } from './cand.js';
import type { SentenceView } from './units.js';

/** Merges each state standing right before an unknown body or group name; returns what to drop and add. */
export function nationalNames(v: SentenceView, cands: Cand[]): { remove: Set<Cand>; add: Cand[] } {
  const remove = new Set<Cand>();
  const add: Cand[] = [];
  for (const name of cands) {
    if (!unknownBody(name) && !people(v, name)) continue;
    const state = cands.find((s) => s.last + 1 === name.first && s.kind === 'state' && s.code !== null && !s.members && within(v, s.head, name));
    if (!state || !state.code) continue;
    const code = state.code.slice(0, 3);
    remove.add(name).add(state);
    add.push({
      ...name, first: state.first, code, via: 'demonym', resolved: true, rule: `${name.rule} + ${state.via}:${state.rule}`,
      key: `${name.key}:${code}`, owner: state,
    });
  }
  return { remove, add };
}

function unknownBody(c: Cand): boolean {
  return c.via === 'unknown' && (c.kind === 'organization' || c.kind === 'group');
}

/** A people named by its plural demonym ("Serbs", "Kurds" when listed): "Bosnian Serbs" are Bosnia's. */
function people(v: SentenceView, c: Cand): boolean {
  return (c.kind === 'state' || c.kind === 'group') && c.code !== null && !c.members && c.first === c.last && /s$/i.test(v.s.words[c.last]);
}

/** The state modifies a word of the name ("Nigerian" -> "Union"): it is part of the phrase. */
function within(v: SentenceView, w: number, name: Cand): boolean {
  const h = v.s.head[w] - 1;
  return h >= name.first && h <= name.last;
}
