/** ParsedSentence -> CoNLL-U sentence, with `# sent_id`, `# text` and SpaceAfter=No from offsets. */
import type { ConlluSentence } from './conllu.js';
import type { ParsedSentence } from './types.js';

export function toConllu(s: ParsedSentence, sentId: string, text: string): ConlluSentence {
  const words = s.words.map((form, i) => {
    const next = i + 1 < s.words.length ? s.start[i + 1] : -1;
    const glued = s.end[i] >= 0 && next >= 0 && s.end[i] === next;
    return {
      id: i + 1, form, lemma: '_', upos: s.upos[i], xpos: s.xpos[i], feats: '_',
      head: s.head[i], deprel: s.deprel[i], deps: '_', misc: glued ? 'SpaceAfter=No' : '_',
    };
  });
  // A comment is one line: newlines inside the sentence's text become spaces.
  return { comments: [`# sent_id = ${sentId}`, `# text = ${text.replace(/\s+/g, ' ').trim()}`], words, extra: [] };
}
