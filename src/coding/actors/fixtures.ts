/**
 * Test fixtures: a tiny actor and agent dictionary in the PETRARCH formats (lines copied or adapted
 * from the Phoenix files, read by src/dict's readers), an overlay in dyad's JSONL format, and a
 * builder for hand-made UD trees.
 */
import { parseActorDictionary } from '../../dict/actors.js';
import { parseAgentDictionary } from '../../dict/agents.js';
import { overlayEntries, parseOverlayRecords } from '../../dict/overlay.js';
import type { ParsedSentence } from '../../syntax/types.js';
import { ActorIndex } from './actor-index.js';

export const ACTORS_TXT = `
JAPAN_  [JPN]
+JAPANESE_
+NIHON_
+TOKYO_
SOUTH_KOREA_  [KOR]
+SOUTH_KOREAN_
+REPUBLIC_OF_KOREA_
+SEOUL_
CHINA_  [CHN]
+CHINESE_
+BEIJING_
UNITED_STATES_OF_AMERICA_  [USA]
+UNITED_STATES_
+AMERICAN_
+US_
+U.S.
+WASHINGTON_
AUSTRALIA_  [AUS]
+AUSTRALIAN_
UNITED_KINGDOM_  [GBR]
+UK_
+BRITAIN_
+BRITISH_
RUSSIA_  [RUS]
+RUSSIAN_
KREMLIN_
+RUSSIAN_WHITE_HOUSE
\t[RUSGOV]
SHINZO_ABE_  # CountryInfo.txt
\t[JPNELI 720101-051201]
\t[JPNGOV 060926-070926]
\t[JPNGOV 121226-200916]
\t[JPNELI]
FUMIO_KISHIDA_  # CountryInfo.txt
\t[JPNGOV 070901-080831]
MOON_JAE_IN_  # CountryInfo.txt
\t[KORGOV 170510-220509]
\t[KORELI]
UNITED_NATIONS_ [IGOUNO]
+UN_
BENELUX_  [BEL/NLD/LUX]
`;

export const AGENTS_TXT = `
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
ARMY [~MIL]
AMNESTY [NGO~]
DEFENCE_MINIST [~GOVMIL]
DEFENSE_MINIST [~GOVMIL]
DEPUTY [~COP]
FOREIGN_!MINIST! [~GOV]
GOVERNMENT [~GOV]
MINISTRY_  [~GOV]
PRESIDENT [~GOV]
PRIME_MINISTER [~GOV]
SPOKES!PERSON!  [~MED]
TROOP [~MIL]
`;

export const OVERLAY_JSONL = `
{"names":["Lee Jae-myung","Lee Jae Myung"],"code":"KOROPP","from":"2022-05-10","to":"2025-06-03","kind":"person","country":"KOR"}
{"names":["Lee Jae-myung"],"code":"KORGOV","from":"2025-06-04","role":"president","kind":"person","country":"KOR"}
{"names":["Fumio Kishida"],"code":"JPNGOV","from":"2021-10-04","to":"2024-10-01","role":"prime minister","kind":"person","country":"JPN"}
`;

/** The fixture index: overlay first (it wins for the same phrase), then the PETRARCH-format files. */
export function fixtureIndex(): ActorIndex {
  const overlay = overlayEntries(parseOverlayRecords(OVERLAY_JSONL, 'fixture-overlay.jsonl'), 'fixture-overlay.jsonl');
  const actors = parseActorDictionary(ACTORS_TXT, 'fixture.actors.txt', [], { firstId: overlay.length });
  const agents = parseAgentDictionary(AGENTS_TXT, 'fixture.agents.txt');
  return new ActorIndex({ actors: [...overlay, ...actors], agents: [agents] });
}

const XPOS: Record<string, string> = {
  PROPN: 'NNP', NOUN: 'NN', VERB: 'VBD', ADJ: 'JJ', DET: 'DT', ADP: 'IN', PRON: 'PRP', PART: 'POS', PUNCT: '.',
  CCONJ: 'CC', AUX: 'VBZ', ADV: 'RB', NUM: 'CD', SCONJ: 'IN',
};

/**
 * A parsed sentence from `text` and a tree written one word per item, "word/UPOS/head/deprel" with an
 * optional "/XPOS" (default from UPOS; write NNS for plurals). Heads are 1-based, 0 = root, as in
 * CoNLL-U. Words are found in `text` left to right starting at `from`, giving real offsets.
 */
export function tree(text: string, spec: string, from = 0): ParsedSentence {
  const items = spec.trim().split(/\s+/).map((it) => {
    const parts = it.split('/');
    // A word may itself be "/": then the item starts with "//".
    const [word, upos, head, deprel, xpos] = it.startsWith('//') ? ['/', ...parts.slice(2)] : parts;
    return { word, upos, head: Number(head), deprel, xpos: xpos ?? XPOS[upos] ?? upos };
  });
  const n = items.length;
  const s: ParsedSentence = {
    words: [], start: new Int32Array(n), end: new Int32Array(n), upos: [], xpos: [], head: new Int32Array(n), deprel: [],
  };
  let pos = from;
  items.forEach((it, i) => {
    const at = text.indexOf(it.word, pos);
    if (at < 0) throw new Error(`fixture: "${it.word}" not found in text after ${pos}`);
    s.words.push(it.word);
    s.start[i] = at;
    s.end[i] = at + it.word.length;
    pos = at + it.word.length;
    s.upos.push(it.upos);
    s.xpos.push(it.xpos);
    s.head[i] = it.head;
    s.deprel.push(it.deprel);
  });
  return s;
}

/** Several sentences of one text, each tree spec in order (offsets continue from the previous). */
export function doc(text: string, specs: string[]): ParsedSentence[] {
  const out: ParsedSentence[] = [];
  let from = 0;
  for (const spec of specs) {
    const s = tree(text, spec, from);
    out.push(s);
    from = s.end[s.words.length - 1];
  }
  return out;
}
