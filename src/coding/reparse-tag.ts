/**
 * A reporting tag set off by commas inside a sentence ("North Korea fired a missile into the sea on
 * Wednesday, South Korea's military said, days after Pyongyang warned ...") is the way wire copy
 * names its source, and the parser reads it badly: "Wednesday, South Korea's" as one possessive,
 * "military said" a relative clause, the clause after it the tag's. Each part alone it reads well.
 * So the sentence without the tag is parsed as a sentence of its own, the tag ("South Korea's
 * military said") as another, and the tag's verb is hung on the reported clause's root as
 * `parataxis`, as the treebank writes a tag after what it reports. The new parse is kept only when
 * the reported clause has a root of its own before the tag and the tag's verb takes a subject.
 * A participle after the tag is the tag's ("..., the ministry said, adding that ..."), and parsed
 * with it. A headline's closing tag ("North Korea fires missile into sea, Seoul says") is taken too:
 * its clause, parsed with a stop, is tagged as a sentence (the tagger had "fires" a noun). A tag closing the sentence is left to the first parse and repair.ts: parsing it apart
 * too was measured worse (PLOVER dev half 130 / 133 / 120 against 131 / 134 / 122).
 */
import type { ParsedSentence } from '../syntax/types.js';
import type { WordParser } from './reparse-inverted.js';

/** Verbs a wire tag uses to name its source. */
const TAG_VERB = /^(said|says|say|told|tell|tells|reported|reports|report|added|adds|noted|stated|announced|confirmed|claimed|wrote|insisted|warned|stressed)$/;
/** Words a tag's speaker may hold: a noun phrase with possessives, "of" phrases and conjunctions. */
const SPEAKER_TAGS = /^(DET|PROPN|NOUN|ADJ|PRON|PART|NUM|ADP|CCONJ)$/;
/** The longest speaker phrase taken, and the longest phrase after the verb ("on Wednesday", "in a statement"). */
const MAX_SPEAKER = 10;
const MAX_AFTER_VERB = 5;
/**
 * What follows a tag that speaks for the tag itself ("..., officials said, adding that ..."): left
 * alone. Saying verbs, and speech acts a speaker does in saying (accusing, blaming, denying,
 * condemning, demanding, vowing ...): "..., the government said, accusing Belgrade of ..." is the
 * government's accusation. Not "threatening" or "raising": a clause's own effect ("..., officials
 * said, threatening the truce") reads the same.
 */
const TAG_CONTINUES =
  /^(adding|saying|citing|noting|calling|urging|warning|referring|according|accusing|blaming|denying|condemning|criticising|criticizing|demanding|vowing|rejecting|dismissing|describing|insisting|pledging|praising|welcoming)$/i;

interface Tag {
  /** The comma before the tag, and the first word after it (its closing comma, or the final stop). */
  open: number;
  close: number;
  verb: number;
}

export function reparseReportingTag(s: ParsedSentence, syntax: WordParser): ParsedSentence {
  if (s.reparsed) return s;
  const tag = findTag(s);
  if (!tag) return s;
  const { open, close, verb } = tag;
  const n = s.words.length;
  // The sentence without the tag (its closing comma stays, before what follows), and the tag alone.
  const outside = (j: number) => (j < open ? j : j + (close - open));
  const rest = [...s.words.slice(0, open), ...s.words.slice(close)];
  // A headline's clause is parsed as a sentence, with a stop, so that it is tagged as one.
  const main = syntax.parseWords(close === n ? [...rest, '.'] : rest);
  const mainRoot = main.head.indexOf(0);
  if (mainRoot < 0 || mainRoot >= open || main.upos[mainRoot] !== 'VERB') return s;
  const tagWords = s.words.slice(open + 1, close);
  tagWords[0] = tagWords[0].charAt(0).toUpperCase() + tagWords[0].slice(1);
  const own = syntax.parseWords([...tagWords, '.']);
  const tagVerb = verb - open - 1;
  if (own.head[tagVerb] !== 0 || !own.deprel.some((d, k) => d.startsWith('nsubj') && own.head[k] === tagVerb + 1)) return s;
  const head = new Int32Array(n);
  const upos = s.upos.slice(), xpos = s.xpos.slice(), deprel = s.deprel.slice();
  for (let j = 0; j < rest.length; j++) {
    const w = outside(j);
    head[w] = main.head[j] === 0 ? 0 : main.head[j] > rest.length ? outside(mainRoot) + 1 : outside(main.head[j] - 1) + 1;
    [upos[w], xpos[w], deprel[w]] = [main.upos[j], main.xpos[j], main.deprel[j]];
  }
  for (let t = 0; t < tagWords.length; t++) {
    const w = open + 1 + t;
    head[w] = t === tagVerb ? outside(mainRoot) + 1 : open + 1 + own.head[t];
    [upos[w], xpos[w], deprel[w]] = [own.upos[t], own.xpos[t], t === tagVerb ? 'parataxis' : own.deprel[t]];
  }
  head[open] = verb + 1;
  deprel[open] = 'punct';
  const where = close === n ? 'closing a headline (", Seoul says")' : 'inside the sentence (", X said, ...")';
  return { ...s, upos, xpos, head, deprel, reparsed: `a reporting tag ${where}, parsed apart from the clause it reports` };
}

/**
 * ", <speaker> said [on Wednesday], <more>"; null if the sentence has none. The clause before it
 * need not have a verb by the first tagging ("troops shot dead a man", "shot" a noun): the parse
 * without the tag must give it one.
 */
function findTag(s: ParsedSentence): Tag | null {
  const n = s.words.length;
  for (let open = 3; open < n - 2; open++) {
    if (s.words[open] !== ',') continue;
    let verb = open + 1;
    while (verb < n && verb - open - 1 < MAX_SPEAKER && s.words[verb] !== ',' && !TAG_VERB.test(s.words[verb])) verb++;
    if (verb === open + 1 || verb >= n || !TAG_VERB.test(s.words[verb])) continue;
    if (!speakerPhrase(s, open + 1, verb)) continue;
    let close = verb + 1;
    while (close < n && close - verb - 1 <= MAX_AFTER_VERB && s.words[close] !== ',' && !/^(VERB|AUX)$/.test(s.upos[close])) close++;
    // A headline's closing tag ("North Korea fires missile into sea, Seoul says"): no stop ends it.
    if (close === n && !/^[.!?"”']$/.test(s.words[n - 1])) return { open, close, verb };
    if (close >= n || s.words[close] !== ',' || n - close < 4) continue;
    // "..., the ministry said, adding that two others were wounded.": the participle is the tag's
    // own, so the tag runs to the sentence's end.
    if (TAG_CONTINUES.test(s.words[close + 1])) close = /^[.!?]$/.test(s.words[n - 1]) ? n - 1 : n;
    return { open, close, verb };
  }
  return null;
}

function speakerPhrase(s: ParsedSentence, from: number, to: number): boolean {
  let nominal = false;
  for (let k = from; k < to; k++) {
    if (!SPEAKER_TAGS.test(s.upos[k])) return false;
    if (/^(NOUN|PROPN|PRON)$/.test(s.upos[k])) nominal = true;
  }
  return nominal;
}
