/**
 * Issue tags of a sentence (Phoenix.IssueCoding.txt): every issue phrase found in the sentence,
 * unless a `~` phrase cancels issue coding for it. Story-level cancels (`~~`) are the caller's.
 * Both functions take the sentence's words already normalised (normalizeToken), as the coder
 * normalises each sentence once for the discard list and these.
 */
import type { IssueDictionary } from '../../dict/index.js';

export function sentenceIssues(dict: IssueDictionary | null, tokens: readonly string[]): string[] {
  if (!dict) return [];
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (dict.ignoreIndex.longest(tokens, i)?.values.some((g) => g.scope === 'sentence')) return [];
    const hit = dict.index.longest(tokens, i);
    if (!hit) continue;
    for (const e of hit.values) if (!found.includes(e.code)) found.push(e.code);
    i += hit.length - 1;
  }
  return found;
}

/** True when a story-level cancel phrase (`~~`) occurs in these (normalised) words. */
export function cancelsStoryIssues(dict: IssueDictionary | null, tokens: readonly string[]): boolean {
  if (!dict) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (dict.ignoreIndex.longest(tokens, i)?.values.some((g) => g.scope === 'story')) return true;
  }
  return false;
}
