/**
 * Synonym sets of the verb dictionary: `&NAME` then `+member` lines. A member is a word or phrase
 * (`_` or spaces join words), or another set `+&OTHER`. Plurals of the last word are added unless the
 * member or the set's label ends in `_`.
 */
import { pluralNoun } from './morphology.js';
import type { Synset } from './verb-types.js';

export interface RawSynset {
  name: string;
  noPlural: boolean;
  members: { text: string; line: number }[];
  line: number;
}

/** Parses a `&NAME` label line; returns null when the name is malformed. */
export function parseSynsetLabel(t: string, line: number): RawSynset | null {
  const label = t.slice(1).trim();
  if (!/^[A-Za-z0-9_]+$/.test(label)) return null;
  const noPlural = label.endsWith('_');
  return { name: label.replace(/_+$/, '').toUpperCase(), noPlural, members: [], line };
}

type Fail = (problem: string, line: number) => never;

function memberPhrases(text: string, setNoPlural: boolean): string[][] {
  const noPlural = setNoPlural || text.endsWith('_');
  const words = text.split(/[_\s]+/).filter((w) => w !== '').map((w) => w.toUpperCase());
  if (words.length === 0) return [];
  const out = [words];
  const plural = noPlural ? null : pluralNoun(words[words.length - 1]);
  if (plural) out.push([...words.slice(0, -1), plural]);
  return out;
}

/** Expands every set's members into phrases, resolving nested sets; cycles and unknown sets fail. */
export function expandSynsets(raw: Map<string, RawSynset>, fail: Fail): Map<string, Synset> {
  const done = new Map<string, Synset>();
  const visiting = new Set<string>();
  const expand = (s: RawSynset): Synset => {
    const have = done.get(s.name);
    if (have) return have;
    if (visiting.has(s.name)) fail(`synset &${s.name} contains itself`, s.line);
    visiting.add(s.name);
    const phrases: string[][] = [];
    for (const m of s.members) {
      if (m.text.startsWith('&')) {
        const inner = raw.get(m.text.slice(1).replace(/_+$/, '').toUpperCase());
        if (!inner) fail(`synset member ${m.text} names an undefined synset`, m.line);
        phrases.push(...expand(inner).phrases);
      } else {
        phrases.push(...memberPhrases(m.text, s.noPlural));
      }
    }
    visiting.delete(s.name);
    const out: Synset = { name: s.name, phrases, line: s.line };
    done.set(s.name, out);
    return out;
  };
  for (const s of raw.values()) expand(s);
  return done;
}
