/**
 * Regular English inflection for dictionary entries that do not list their forms. PETRARCH's own
 * rules are cruder (PLAY -> PLAIES, FRANCS -> FRANCES); these follow ordinary spelling rules and
 * leave irregular forms to the dictionaries, which list them in {...}.
 */

const VOWELS = 'AEIOU';

/** Plural of an upper-case noun, or null where none should be made (already ends in a plain S). */
export function pluralNoun(word: string): string | null {
  if (word.length === 0) return null;
  if (/(SS|SH|CH|X|Z)$/.test(word)) return word + 'ES';
  if (word.endsWith('S')) return null;
  if (word.endsWith('Y') && word.length > 1 && !VOWELS.includes(word[word.length - 2])) return word.slice(0, -1) + 'IES';
  return word + 'S';
}

/** Regular verb forms of an upper-case verb: third person singular, past, present participle. */
export function regularVerbForms(verb: string): string[] {
  if (verb.length === 0) return [];
  const prev = verb.length > 1 ? verb[verb.length - 2] : '';
  const consonantY = verb.endsWith('Y') && prev !== '' && !VOWELS.includes(prev);
  let third: string;
  if (/(SS|SH|CH|X|Z|S|O)$/.test(verb)) third = verb + 'ES';
  else if (consonantY) third = verb.slice(0, -1) + 'IES';
  else third = verb + 'S';
  let past: string;
  if (verb.endsWith('E')) past = verb + 'D';
  else if (consonantY) past = verb.slice(0, -1) + 'IED';
  else past = verb + 'ED';
  let ing: string;
  if (verb.endsWith('IE')) ing = verb.slice(0, -2) + 'YING';
  else if (verb.endsWith('E') && !/(EE|YE|OE)$/.test(verb) && verb.length > 2) ing = verb.slice(0, -1) + 'ING';
  else ing = verb + 'ING';
  return [third, past, ing];
}
