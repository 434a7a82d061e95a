/**
 * Issue tags of a sentence (Phoenix.IssueCoding.txt): every issue phrase found in the sentence,
 * unless a `~` phrase cancels issue coding for it. Story-level cancels (`~~`) are the caller's.
 */
import type { IssueDictionary } from '../../dict/index.js';
import { normalizeToken } from '../../dict/index.js';

export function sentenceIssues(dict: IssueDictionary | null, words: readonly string[]): string[] {
  if (!dict) return [];
  const tokens = words.map(normalizeToken);
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

/** True when a story-level cancel phrase (`~~`) occurs in these words. */
export function cancelsStoryIssues(dict: IssueDictionary | null, words: readonly string[]): boolean {
  if (!dict) return false;
  const tokens = words.map(normalizeToken);
  for (let i = 0; i < tokens.length; i++) {
    if (dict.ignoreIndex.longest(tokens, i)?.values.some((g) => g.scope === 'story')) return true;
  }
  return false;
}
