/**
 * A headline in title case ("When the Patron Warms to the Rival, the Ally Feels the Cold"): no
 * closing punctuation, and nearly every longer word capitalised, so capitals say nothing of names.
 */
export function isTitleCase(words: readonly string[]): boolean {
  if (words.length === 0 || /^[.!?"”’')]$/.test(words[words.length - 1])) return false;
  const long = words.slice(1).filter((w) => /^[A-Za-z][A-Za-z'-]{3,}$/.test(w));
  return long.length >= 3 && long.filter((w) => /^[A-Z]/.test(w)).length >= 0.75 * long.length;
}
