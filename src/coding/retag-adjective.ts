/**
 * An -ing adjective the tagger read as a verb: in "Salaheddine Sidhoum, Algeria's leading human
 * rights activist, staged a hunger strike" it calls "leading" a verb, which then takes "activist"
 * as its object and Algeria as its subject, and in "willing to withdraw its troops from
 * neighboring Lebanon" it calls "neighboring" a verb opening an adverbial clause. A few -ing words
 * are, before a noun, adjectives in news English ("the ruling party", "the outgoing president",
 * "the warring sides"): after a determiner or a possessive and before a nominal, such a word is
 * tagged an adjective and the sentence parsed again; "neighboring" also after a preposition ("from
 * neighboring Lebanon"), where "leading" or "ruling" may be a gerund ("after ruling Iraq for
 * decades"). The new parse is kept only when the parser makes the word a modifier (`amod`).
 *
 * The reverse slip, a noun tagged an adjective: in "A top U.S. official today praised Haiti" or "A
 * senior official yesterday denied the report" the tagger calls "official" an adjective with no
 * noun after it to modify, and the parser finds no subject for the verb (retagNoun). "official"
 * followed by a verb (a participle then read as the past tense), a day word or a comma is the
 * noun, and the sentence is parsed again; the new parse is kept when the noun becomes a subject.
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { Reparser } from './retag.js';
import { isReportingWord } from './events/attribution.js';

/** -ing words that before a noun modify it. */
const ATTRIBUTIVE = new Set(['leading', 'ruling', 'governing', 'neighboring', 'neighbouring', 'outgoing', 'ongoing', 'incoming', 'warring']);
/** Of those, the ones that are adjectives after a preposition too (no transitive verb reading in news). */
const AFTER_PREPOSITION = new Set(['neighboring', 'neighbouring', 'outgoing', 'ongoing', 'warring']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);

function opensPhrase(s: ParsedSentence, k: number): boolean {
  const w = s.words[k - 1]?.toLowerCase() ?? '';
  const u = s.upos[k - 1];
  if (u === 'DET' || w === "'s" || w === '’s' || w === "'" || (u === 'PRON' && s.xpos[k - 1] === 'PRP$')) return true;
  // The tagger may call the preposition a subordinator once it reads a verb after it.
  return (u === 'ADP' || (u === 'SCONJ' && s.xpos[k - 1] === 'IN')) && AFTER_PREPOSITION.has(s.words[k].toLowerCase());
}

export function retagAttributive(s: ParsedSentence, parser: Reparser): ParsedSentence {
  let out = s;
  for (let k = 1; k + 1 < out.words.length; k++) {
    if (out.upos[k] !== 'VERB' || !ATTRIBUTIVE.has(out.words[k].toLowerCase())) continue;
    if (!NOMINAL.has(out.upos[k + 1]) || !opensPhrase(out, k)) continue;
    const upos = out.upos.slice(), xpos = out.xpos.slice();
    upos[k] = 'ADJ';
    if (upos[k - 1] === 'SCONJ') upos[k - 1] = 'ADP';
    xpos[k] = 'JJ';
    const { head, deprel } = parser.parse(out.words, upos, xpos);
    if (deprel[k] === 'amod') out = { ...out, upos, xpos, head, deprel };
  }
  return out;
}

const NOUN_READINGS = new Set(['official']);
const DAY_WORDS = /^(today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * "..., a Chinese general warned.": an adjective (after a comma, determiners and modifiers) right
 * before a reporting verb with no other verb after it is the head noun of a closing tag's speaker.
 */
function tagSpeaker(s: ParsedSentence, k: number): boolean {
  if (!isReportingWord(s.words[k + 1].toLowerCase())) return false;
  for (let j = k + 2; j < s.words.length; j++) if (s.upos[j] === 'VERB' || s.upos[j] === 'AUX') return false;
  let j = k - 1;
  while (j > 0 && /^(ADJ|DET|PROPN|NOUN)$/.test(s.upos[j])) j--;
  return j < k - 1 && s.words[j] === ',';
}

export function retagNoun(s: ParsedSentence, parser: Reparser): ParsedSentence {
  for (let k = 1; k + 1 < s.words.length; k++) {
    if (s.upos[k] !== 'ADJ' || !(NOUN_READINGS.has(s.words[k].toLowerCase()) || tagSpeaker(s, k))) continue;
    const next = s.words[k + 1];
    if (!(s.upos[k + 1] === 'VERB' || DAY_WORDS.test(next) || next === ',')) continue;
    const upos = s.upos.slice(), xpos = s.xpos.slice();
    upos[k] = 'NOUN';
    xpos[k] = 'NN';
    // The tagger read the verb after it as a participle modifying the next noun ("official praised Haiti").
    if (upos[k + 1] === 'VERB' && xpos[k + 1] === 'VBN') xpos[k + 1] = 'VBD';
    const { head, deprel } = parser.parse(s.words, upos, xpos);
    if (deprel[k].startsWith('nsubj')) return { ...s, upos, xpos, head, deprel };
  }
  return s;
}
