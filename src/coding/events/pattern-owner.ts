/**
 * Whose pattern is it? CAMEO.2.0.txt merges the patterns of a block's verbs and notes after each the
 * verb(s) it came from ("- * &MILITARY [062] # SEND" and "- * &MILITARY [154] # DEPLOY" in one
 * block). Patterns apply to every verb of their block (PETRARCH's reading; the notes name
 * near-synonyms whose patterns fit the others: "launched war games" takes START's pattern), but
 * among equally good matches the verb's own pattern should win: "deployed troops" is DEPLOY's 154,
 * not SEND's 062, and "closed its border ... after clashes" CLOSE's BORDER, not HALT's CLASHES.
 */
import type { VerbBlock, VerbEntry, VerbPattern } from '../../dict/verb-types.js';

const lemmasOf = new WeakMap<VerbBlock, ReadonlySet<string>>();

function lemmaName(entry: VerbEntry): string {
  return entry.lemma.words.join('_');
}

function blockLemmas(block: VerbBlock): ReadonlySet<string> {
  let set = lemmasOf.get(block);
  if (!set) {
    set = new Set(block.verbs.map(lemmaName));
    lemmasOf.set(block, set);
  }
  return set;
}

/**
 * How much pattern p is the entry's own: 3 noted for this verb alone, 2 for it among others, 1 noted
 * for no verb of the block (a date or an editor's initials, or no note), 0 for other verbs only.
 */
export function ownership(block: VerbBlock, entry: VerbEntry, p: VerbPattern): number {
  if (!p.comment) return 1;
  const lemmas = blockLemmas(block);
  const owners = p.comment.toUpperCase().split(/[\s,]+/).filter((w) => lemmas.has(w));
  if (!owners.length) return 1;
  if (!owners.includes(lemmaName(entry))) return 0;
  return owners.length === 1 ? 3 : 2;
}
